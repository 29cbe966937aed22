/**
 * One HelmRelease as a render unit: resolve its chart, compose its values from the cluster's
 * objects, digest every input, and render (`helm template`, then helm-controller's post-render)
 * only when the unit cache has no entry for that digest.
 */
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import type { SourceLocation } from '../errors.js';
import type { Values } from '../flux/helmrelease/merge-maps.js';
import type { CommonMetadata } from '../flux/helmrelease/post-render-metadata.js';
import { releaseName, releaseNamespace } from '../flux/helmrelease/release-name.js';
import { composeValues } from '../flux/helmrelease/values-merge.js';
import type { ResolveValuesSource, ValuesReference } from '../flux/helmrelease/values-reference.js';
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import { extractChartArchive } from '../helm/chart-archive.js';
import type { CrdPolicy, HelmEngine, RenderOptions } from '../helm/engine/engine.js';
import { type PostRenderSpec, type PostRenderStrategy, postRender } from '../helm/engine/post-render.js';
import type { ChartResolver, ManifestObject, ResolvedChart } from '../helm/sources/index.js';
import type { Kubectl } from '../tools/kubectl.js';
import { digestOf } from './digest.js';
import type { OutputObject, RenderUnit } from './model.js';
import type { UnitCache } from './unit-cache.js';
import { outputObjects, runUnit, sharedDirectoryDigest } from './unit-run.js';
import { mergeValuesFiles, packagedChart } from './values-files.js';

export interface HelmReleaseContext {
  resolver: ChartResolver;
  engine: HelmEngine;
  kubectl: Kubectl;
  cache: UnitCache;
  redactionKey: Buffer | undefined;
  kubeVersion: string;
  /** `.Capabilities.APIVersions` beyond Kubernetes' own: the CRDs among the cluster's objects. */
  apiVersions: readonly string[];
  /** helm and kustomize versions: a new tool may render differently, so it is an input. */
  toolVersions: Readonly<Record<string, string>>;
  /** The cluster's source objects (GitRepository, HelmRepository, OCIRepository, HelmChart). */
  sources: readonly ManifestObject[];
  /** ConfigMaps and Secrets of the cluster, for valuesFrom. */
  lookup: ResolveValuesSource;
  /** Scratch space for chart copies; removed by the caller. */
  workDir: string;
  /** Work out inputs only; render nothing. */
  plan: boolean;
  /** Digests of chart directories, shared by the releases of one run. */
  chartDigests: Map<string, Promise<string>>;
}

interface HelmReleaseSpec {
  releaseName?: string;
  targetNamespace?: string;
  storageNamespace?: string;
  chart?: { spec?: { valuesFiles?: string[]; ignoreMissingValuesFiles?: boolean } };
  values?: KubeObject;
  valuesFrom?: ValuesReference[];
  install?: { crds?: CrdPolicy; disableHooks?: boolean; disableSchemaValidation?: boolean };
  postRenderers?: PostRenderSpec['postRenderers'];
  commonMetadata?: CommonMetadata;
  postRenderStrategy?: PostRenderStrategy;
}

/** Bump when the rendered form of a unit changes, so old cache entries are not reused. */
const UNIT_FORMAT = 1;

/** Renders `unit` (whose owner is `helmRelease`) in place: status, chart, digests, objects or error. */
export function renderHelmRelease(
  unit: RenderUnit,
  helmRelease: KubeObject,
  context: HelmReleaseContext,
): Promise<RenderUnit> {
  return runUnit(unit, (known) => renderUnit(unit, helmRelease, context, known));
}

async function renderUnit(
  unit: RenderUnit,
  helmRelease: KubeObject,
  context: HelmReleaseContext,
  known: Partial<RenderUnit>,
): Promise<Partial<RenderUnit>> {
  const spec = (helmRelease.spec ?? {}) as HelmReleaseSpec;
  const identity = {
    metadata: { name: unit.name, namespace: unit.namespace },
    spec: {
      ...(spec.releaseName === undefined ? {} : { releaseName: spec.releaseName }),
      ...(spec.targetNamespace === undefined ? {} : { targetNamespace: spec.targetNamespace }),
    },
    ...(unit.owner === undefined ? {} : { location: unit.owner }),
  };
  const what = `HelmRelease ${unit.namespace}/${unit.name}`;
  const resolved = await context.resolver.resolve(helmRelease, context.sources);
  const chartDigest =
    resolved.digest ?? (await sharedDirectoryDigest(context.chartDigests, resolved.chartPath));
  const chart = {
    name: resolved.name,
    version: resolved.version,
    source: resolved.source,
    digest: chartDigest,
  };
  known.chart = chart;
  const archive = { path: resolved.chartPath, shown: archiveName(resolved), what };
  const { defaults, unpacked } = await chartDefaults(resolved, spec, archive, unit.owner, context.workDir);

  const values = composeValues({
    helmRelease: {
      name: unit.name,
      namespace: unit.namespace,
      ...(unit.owner ? { location: unit.owner } : {}),
    },
    ...(spec.valuesFrom ? { valuesFrom: spec.valuesFrom } : {}),
    ...(spec.values ? { values: spec.values } : {}),
    resolve: context.lookup,
  });
  const options: RenderOptions = {
    releaseName: releaseName(identity),
    namespace: releaseNamespace(identity),
    kubeVersion: context.kubeVersion,
    apiVersions: context.apiVersions,
    ...(spec.install?.crds ? { crds: spec.install.crds } : {}),
    ...(spec.install?.disableHooks ? { disableHooks: true } : {}),
    ...(spec.install?.disableSchemaValidation ? { disableSchemaValidation: true } : {}),
  };
  const post: PostRenderSpec = {
    helmRelease: { name: unit.name, namespace: unit.namespace },
    ...(spec.postRenderers ? { postRenderers: spec.postRenderers } : {}),
    ...(spec.commonMetadata ? { commonMetadata: spec.commonMetadata } : {}),
    ...(spec.postRenderStrategy ? { postRenderStrategy: spec.postRenderStrategy } : {}),
  };
  const valuesDigest = digestOf({ defaults: defaults ?? null, values });
  const inputsDigest = digestOf({
    unit: 'HelmRelease',
    format: UNIT_FORMAT,
    chart,
    valuesDigest,
    options,
    post,
    tools: context.toolVersions,
  });
  const described = { chart, valuesDigest, inputsDigest };
  Object.assign(known, described);
  if (context.plan) return { ...described, status: 'planned' };

  const hit = await context.cache.get<OutputObject[]>(inputsDigest);
  if (hit !== undefined) return { ...described, status: 'cached', objects: hit };

  const versioned = resolved.build.versionMetadata !== '';
  const chartPath =
    defaults === undefined && !versioned
      ? resolved.chartPath
      : await packagedChart(
          { ...archive, ...(unpacked === undefined ? {} : { unpacked }) },
          {
            ...(defaults === undefined ? {} : { values: defaults }),
            ...(versioned ? { version: resolved.version } : {}),
          },
          context.workDir,
        );
  const rendered = await context.engine.render(
    { path: chartPath, name: resolved.name, version: resolved.version },
    values,
    options,
  );
  const { manifests } = await postRender(rendered, post, {
    kubectl: context.kubectl,
    what,
    tempRoot: context.workDir,
  });
  const objects = outputObjects(
    manifests.map((manifest) => ({ object: manifest.object as KubeObject, source: manifest.source })),
    context.redactionKey,
  );
  await context.cache.put(inputsDigest, objects);
  return { ...described, status: 'rendered', objects };
}

/**
 * The values.yaml source-controller would package in place of the chart's own, if any. A chart from
 * a Helm repository (HTTP or OCI) names files inside itself, so it is unpacked here, once, and the
 * copy returned for the render to change further.
 */
async function chartDefaults(
  resolved: ResolvedChart,
  spec: HelmReleaseSpec,
  archive: { path: string; shown: string; what: string },
  location: SourceLocation | undefined,
  workDir: string,
): Promise<{ defaults?: Values; unpacked?: string }> {
  const files = resolved.build.valuesFiles;
  if (files.length === 0) return {};
  const inChart = resolved.request.kind === 'http' || resolved.request.kind === 'oci';
  const unpacked =
    inChart && archive.path.endsWith('.tgz')
      ? await extractChartArchive(
          { file: archive.path, shown: archive.shown, what: archive.what },
          await mkdtemp(path.join(workDir, 'chart-')),
        )
      : undefined;
  const defaults = await mergeValuesFiles({
    files,
    baseDir: unpacked ?? (inChart ? resolved.chartPath : (resolved.sourceRoot ?? resolved.chartPath)),
    within: inChart ? 'chart' : 'source',
    ignoreMissing: spec.chart?.spec?.ignoreMissingValuesFiles === true,
    what: archive.what,
    ...(location ? { location } : {}),
  });
  return { defaults, ...(unpacked === undefined ? {} : { unpacked }) };
}

/** How errors name a packaged chart: its path in a Git source, or its name and repository. */
function archiveName(resolved: ResolvedChart): string {
  if (resolved.sourceRoot !== undefined) {
    return `${path.relative(resolved.sourceRoot, resolved.chartPath)} in ${resolved.source}`;
  }
  return `of ${resolved.name} from ${resolved.source}`;
}
