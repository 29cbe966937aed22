/**
 * Plain Helm charts from `.gitops-actions.yaml`, one unit per chart and environment: what
 * `helm install -n <namespace> <releaseName> <chart> -f <file>…` would apply, rendered with the
 * same Helm engine as HelmReleases. The values files go to helm as the files they are, in the
 * configured order (later files win, as `-f` does), never merged and re-serialised here: helm
 * reads them with its own YAML rules. Nothing is post-rendered: no controller is involved.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatLocation, GitopsError, type SourceLocation } from '../errors.js';
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import type { HelmEngine, RenderOptions } from '../helm/engine/engine.js';
import type { ChartResolver } from '../helm/sources/index.js';
import { digestOf } from './digest.js';
import type { OutputObject, RenderUnit } from './model.js';
import { unitId } from './model.js';
import type { ChartSpec } from './render-config.js';
import type { UnitCache } from './unit-cache.js';
import { outputObjects, runUnit, sharedDirectoryDigest, workspacePath } from './unit-run.js';

export interface ChartUnitContext {
  /** Locations in units are relative to it. */
  repoRoot: string;
  /** The rendered repository: chart paths are relative to it. */
  sourceRoot: string;
  resolver: ChartResolver;
  engine: HelmEngine;
  cache: UnitCache;
  redactionKey: Buffer | undefined;
  kubeVersion: string;
  toolVersions: Readonly<Record<string, string>>;
  plan: boolean;
  chartDigests: Map<string, Promise<string>>;
}

/** Bump when the rendered form of a chart unit changes, so old cache entries are not reused. */
const UNIT_FORMAT = 1;

/** The unit of one chart in one environment, before rendering. */
export function chartUnit(
  spec: ChartSpec,
  context: Pick<ChartUnitContext, 'repoRoot' | 'sourceRoot'>,
): RenderUnit {
  return {
    id: unitId(spec.environment, 'Chart', spec.namespace, spec.name),
    cluster: spec.environment,
    kind: 'Chart',
    namespace: spec.namespace,
    name: spec.name,
    owner: rebase(spec.location, context),
    chain: [],
    dependsOn: [],
    status: 'planned',
    durationMs: 0,
    objects: [],
  };
}

export function renderChartUnit(spec: ChartSpec, context: ChartUnitContext): Promise<RenderUnit> {
  const unit = chartUnit(spec, context);
  return runUnit(unit, async (known) => {
    const chartDir = path.resolve(context.sourceRoot, spec.chart);
    if (!within(context.sourceRoot, chartDir) || !(await isFile(path.join(chartDir, 'Chart.yaml')))) {
      // The missing piece is named at its own line in the configuration, where the annotation goes.
      known.owner = rebase(spec.chartLocation, context);
      throw configError(`chart ${spec.chart} is not a chart directory (no Chart.yaml)`, known.owner, {
        hint: 'render.charts[].chart is a directory relative to the repository root.',
      });
    }
    const files: { file: string; digest: string }[] = [];
    for (const { file, location } of spec.valuesFiles) {
      const full = path.resolve(chartDir, file);
      const bytes = within(context.sourceRoot, full)
        ? await readFile(full).catch(() => undefined)
        : undefined;
      if (bytes === undefined) {
        known.owner = rebase(location, context);
        throw configError(
          `values file ${file} of chart ${spec.name} in ${spec.environment} does not exist (${path.relative(context.sourceRoot, full)})`,
          known.owner,
          { hint: 'Values files are relative to the chart directory and must stay inside the repository.' },
        );
      }
      files.push({ file: full, digest: digestOf(bytes.toString('base64')) });
    }
    const resolved = await context.resolver.resolveRequest({
      kind: 'git',
      checkout: { type: 'this-repository' },
      path: spec.chart,
      release: `Chart ${spec.name} (${spec.environment})`,
      source: '.gitops-actions.yaml',
      valuesFiles: [],
      reconcileStrategy: 'ChartVersion',
    });
    const chart = {
      name: resolved.name,
      version: resolved.version,
      source: resolved.source,
      digest: await sharedDirectoryDigest(context.chartDigests, chartDir),
    };
    known.chart = chart;
    const options: RenderOptions = {
      releaseName: spec.releaseName,
      namespace: spec.namespace,
      kubeVersion: context.kubeVersion,
      valuesFiles: files.map(({ file }) => file),
    };
    // The files' bytes and order are the values; their paths on this machine are not.
    const valuesDigest = digestOf(files.map(({ digest }) => digest));
    const inputsDigest = digestOf({
      unit: 'Chart',
      format: UNIT_FORMAT,
      chart,
      valuesDigest,
      options: { ...options, valuesFiles: undefined },
      tools: context.toolVersions,
    });
    const described = { chart, valuesDigest, inputsDigest };
    Object.assign(known, described);
    if (context.plan) return { ...described, status: 'planned' };
    const hit = await context.cache.get<OutputObject[]>(inputsDigest);
    if (hit !== undefined) return { ...described, status: 'cached', objects: hit };
    const rendered = await context.engine.render(
      { path: resolved.chartPath, name: resolved.name, version: resolved.version },
      {},
      options,
    );
    const objects = outputObjects(
      rendered.manifests.map(({ object, source }) => ({ object: object as KubeObject, source })),
      context.redactionKey,
    );
    await context.cache.put(inputsDigest, objects);
    return { ...described, status: 'rendered', objects };
  });
}

function configError(message: string, location: SourceLocation, options: { hint: string }): GitopsError {
  return new GitopsError(`${formatLocation(location)}: ${message}`, { location, ...options });
}

function rebase(location: SourceLocation, roots: Pick<ChartUnitContext, 'repoRoot' | 'sourceRoot'>) {
  return { ...location, file: workspacePath(location.file, roots) };
}

function within(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() === true;
}
