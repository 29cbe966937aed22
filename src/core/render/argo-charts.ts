/**
 * The charts of an Argo CD Application's Helm sources: remote ones fetched through the run's chart
 * resolver (one download however many Applications and shards use a version), and the chart the
 * index names for the unit.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RemoteChartRequest } from '../argocd/index.js';
import type { ApplicationPlan } from '../argocd/render-unit.js';
import { decodeEmbeddedYaml } from '../argocd/yaml-value.js';
import type { ChartRequest, ChartResolver } from '../helm/sources/index.js';
import { type DirectoryFacts, directoryFacts, remoteKey } from './argo-inputs.js';
import type { ChartInfo } from './model.js';

export type RemoteCharts = Map<string, { path: string; digest: string; info: ChartInfo }>;

/** The Helm charts the plan fetches, from Helm HTTP repositories or OCI registries, through the run's resolver. */
export async function resolveRemoteCharts(
  plan: ApplicationPlan,
  app: { name: string; namespace: string },
  context: { resolver: ChartResolver; facts: DirectoryFacts },
): Promise<RemoteCharts> {
  const resolved: RemoteCharts = new Map();
  for (const unit of plan.units) {
    if (unit.type !== 'helm' || unit.chart.kind !== 'remote') continue;
    const request = unit.chart.request;
    const chart = await context.resolver.resolveRequest(
      chartRequest(request, `Application ${app.namespace}/${app.name}`),
    );
    const digest = chart.digest ?? (await directoryFacts(context.facts, chart.chartPath)).digest;
    resolved.set(remoteKey(request), {
      path: chart.chartPath,
      digest,
      info: { name: chart.name, version: chart.version, source: chart.source, digest },
    });
  }
  return resolved;
}

/**
 * Argo CD's Helm source: an `http(s)://` repoURL is a Helm repository with an index; anything else
 * (`oci://host/path`, or `host/path` as Argo CD writes OCI Helm repositories) is a registry where the
 * chart is `<repoURL>/<chart>`. `targetRevision` is a version or a semver constraint.
 */
function chartRequest(request: RemoteChartRequest, release: string): ChartRequest {
  const base = {
    release,
    source: request.repoURL,
    valuesFiles: [],
    reconcileStrategy: 'ChartVersion' as const,
  };
  const version = request.version === '' ? '*' : request.version;
  if (/^https?:\/\//i.test(request.repoURL)) {
    return { ...base, kind: 'http', url: request.repoURL, chart: request.chart, version };
  }
  const registry = request.repoURL.replace(/^oci:\/\//i, '').replace(/\/+$/, '');
  return {
    ...base,
    kind: 'oci',
    url: `oci://${registry}/${request.chart}`,
    chart: request.chart,
    selector: { type: 'constraint', constraint: version },
    insecure: false,
  };
}

/** The chart of the Application's first Helm source, for the index. */
export async function chartInfoOf(
  plan: ApplicationPlan,
  remote: ReadonlyMap<string, { info: ChartInfo }>,
  context: { sourceRoot: string; facts: DirectoryFacts },
): Promise<ChartInfo | undefined> {
  const helm = plan.units.find((unit) => unit.type === 'helm');
  if (helm === undefined || helm.type !== 'helm') return undefined;
  if (helm.chart.kind === 'remote') return remote.get(remoteKey(helm.chart.request))?.info;
  const dir = path.join(context.sourceRoot, helm.chart.path);
  const metadata = await readFile(path.join(dir, 'Chart.yaml'), 'utf8')
    .then((text) => decodeEmbeddedYaml('Chart.yaml', text))
    .catch(() => null);
  const fields = (metadata ?? {}) as Record<string, unknown>;
  return {
    name: String(fields.name ?? ''),
    version: String(fields.version ?? ''),
    source: 'git:this-repository',
    digest: (await directoryFacts(context.facts, dir)).digest,
  };
}
