/**
 * The `render` section of `.gitops-actions.yaml`, as render takes it: the cluster entry points to
 * use when none are given, and each configured chart × environment as one chart unit to plan, with
 * the file and line of every entry so that a missing values file is reported where it is written.
 */

import { readConfig } from '../config/config.js';
import type { SourceLocation } from '../errors.js';

/** One plain chart in one environment. Paths and locations are relative to the rendered repository. */
export interface ChartSpec {
  name: string;
  /** The chart directory, relative to the repository root. */
  chart: string;
  namespace: string;
  releaseName: string;
  /** The unit's cluster in the output. */
  environment: string;
  /** Relative to the chart directory, in the order helm reads them; each with its line in the config. */
  valuesFiles: { file: string; location: SourceLocation }[];
  /** The environment's entry in the configuration. */
  location: SourceLocation;
  /** The `chart:` line, for a chart directory that is missing. */
  chartLocation: SourceLocation;
}

export interface RenderSettingsFromConfig {
  /** Cluster entry directories; undefined when the configuration names none. */
  clusters?: string[];
  charts: ChartSpec[];
}

/** Reads `.gitops-actions.yaml` at `root` (no file: nothing configured). */
export async function loadRenderConfig(root: string): Promise<RenderSettingsFromConfig> {
  const { config, locate } = await readConfig(root);
  const render = config.render ?? {};
  const charts = (render.charts ?? []).flatMap((entry, index) =>
    Object.entries(entry.environments).map(
      ([environment, files]): ChartSpec => ({
        name: entry.name,
        chart: entry.chart,
        namespace: entry.namespace ?? 'default',
        releaseName: entry.releaseName ?? entry.name,
        environment,
        valuesFiles: files.map((file, position) => ({
          file,
          location: locate(['render', 'charts', index, 'environments', environment, position]),
        })),
        location: locate(['render', 'charts', index, 'environments', environment]),
        chartLocation: locate(['render', 'charts', index, 'chart']),
      }),
    ),
  );
  return { ...(render.clusters === undefined ? {} : { clusters: render.clusters }), charts };
}
