/**
 * The render of a repository: plan, schedule and cache. Each cluster's Kustomization tree is built
 * first (its HelmReleases and Argo CD Applications are discovered in it, and valuesFrom reads the
 * ConfigMaps it produced), then the cluster's HelmReleases and Applications are queued, and the
 * configured plain charts with them. Everything shares one pool of `concurrency` slots, so the
 * releases of a cluster already built run while another cluster's tree is still building.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { findCycle } from '../flux/dependency-order.js';
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import { apiVersionsOfCrds } from '../helm/engine/api-versions.js';
import { DEFAULT_KUBE_VERSION } from '../helm/engine/engine.js';
import { HelmTemplateEngine } from '../helm/engine/helm-template-engine.js';
import { GitSource } from '../helm/sources/git-source.js';
import { ChartResolver, type GitCommands, type MirrorMap } from '../helm/sources/index.js';
import type { Tools } from '../tools/tools.js';
import type { DirectoryFacts } from './argo-inputs.js';
import { argoRoots, knownRepositoryUrls, renderArgoApplications } from './argo-units.js';
import { chartUnit, renderChartUnit } from './chart-units.js';
import {
  buildClusterTree,
  type ClusterTree,
  clusterName,
  STRICT_SUBSTITUTION,
  type TreeObject,
} from './cluster-tree.js';
import { directoryDigest } from './digest.js';
import { type HelmReleaseContext, renderHelmRelease } from './helm-release-unit.js';
import { kustomizationMemo } from './kustomization-memo.js';
import type { ClusterInfo, RenderDiagnostic, RenderRun, RenderUnit } from './model.js';
import { sortDiagnostics, unitId } from './model.js';
import { TaskPool } from './pool.js';
import type { ChartSpec } from './render-config.js';
import { inShard, type Shard } from './shard.js';
import { memoizedVersion } from './tool-versions.js';
import { UnitCache } from './unit-cache.js';

export interface RenderRepositoryOptions {
  /** Files in the index and in messages are named relative to it (the workspace). */
  repoRoot: string;
  /** The GitOps repository: the bootstrap GitRepository's files. */
  sourceRoot: string;
  /** Cluster entry directories relative to `sourceRoot`; default every `clusters/*` directory. */
  clusters?: readonly string[];
  /** Plain charts × environments from `.gitops-actions.yaml` (`loadRenderConfig`). */
  charts?: readonly ChartSpec[];
  tools: Tools;
  /** Chart packages and rendered units. Without one, charts go to a temporary directory and nothing is cached. */
  cacheDir?: string;
  mirrors?: MirrorMap;
  concurrency: number;
  shard?: Shard;
  /** Work out units and their inputs (Kustomizations are built to find the HelmReleases); render no chart. */
  plan?: boolean;
  /** `.Capabilities.KubeVersion`: `1.35`, `v1.35.2`. */
  kubeVersion?: string;
  /** Directories under `sourceRoot` that are not inputs, such as the output directory. */
  exclude?: readonly string[];
  /** Other URLs of the repository, read from the working tree rather than cloned. */
  repositoryUrls?: readonly string[];
  /**
   * Clones other repositories' GitRepositories (Kustomization sources and charts). Without it,
   * those Kustomizations are reported as not rendered and those charts fail.
   */
  git?: GitCommands;
  /**
   * Render only these unit ids; the others are planned (inputs digested, nothing rendered). The
   * pull-request check uses it to render just the units whose inputs differ between base and head.
   */
  renderOnly?: ReadonlySet<string>;
  /**
   * `false` renders units afresh even when the cache holds them (the result is not stored): the
   * check renders changed units twice this way to find the fields that change on every render.
   */
  reuseRenders?: boolean;
}

export async function renderRepository(options: RenderRepositoryOptions): Promise<RenderRun> {
  const entries = options.clusters?.length
    ? [...options.clusters]
    : await defaultClusters(options.sourceRoot, (options.charts ?? []).length > 0);
  const names = clusterNames(entries);
  const kubeVersion = normalizeKubeVersion(options.kubeVersion);
  const cache = new UnitCache(options.cacheDir);
  const unitCache = options.reuseRenders === false ? cache.bypassed() : cache;
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'gitops-actions-render-'));
  const resolver = await ChartResolver.create({
    tools: options.tools,
    cacheDir: options.cacheDir ?? path.join(workDir, 'cache'),
    repoRoot: options.sourceRoot,
    ...(options.repositoryUrls ? { repositoryUrls: options.repositoryUrls } : {}),
    ...(options.mirrors ? { mirrors: options.mirrors } : {}),
    ...(options.git ? { git: options.git } : {}),
  });
  // Kustomization sources share the chart resolver's clone cache directory, not its instance.
  const gitSource =
    options.git === undefined
      ? undefined
      : new GitSource({ cacheDir: options.cacheDir ?? path.join(workDir, 'cache'), git: options.git });
  try {
    const [helm, kubectl, redactionKey] = await Promise.all([
      options.tools.helm(),
      options.tools.kubectl(),
      cache.redactionKey(),
    ]);
    const excluded = [...(options.exclude ?? []), ...(options.cacheDir ? [options.cacheDir] : [])];
    const fileDigests = new Map<string, string>();
    const [helmVersion, kubectlVersion, repositoryDigest] = await Promise.all([
      memoizedVersion(cache, helm.binary, () => helm.version()),
      memoizedVersion(cache, kubectl.binary, () => kubectl.version()),
      directoryDigest(options.sourceRoot, excluded, (file, bytes) => {
        fileDigests.set(file, createHash('sha256').update(bytes).digest('hex'));
      }),
    ]);
    const toolVersions = { helm: helmVersion, kustomize: kubectlVersion.kustomize };
    const memo = kustomizationMemo({
      cache: unitCache,
      repoRoot: options.repoRoot,
      sourceRoot: options.sourceRoot,
      fileDigests,
      settings: { kustomize: toolVersions.kustomize, strict: STRICT_SUBSTITUTION },
    });
    const pool = new TaskPool(options.concurrency);
    const engine = HelmTemplateEngine.create(helm);
    const chartDigests = new Map<string, Promise<string>>();
    const facts: DirectoryFacts = new Map();

    // Units outside `renderOnly` are digested like --plan does, and not rendered.
    const contextFor = <C extends { plan: boolean }>(id: string, context: C): C =>
      options.renderOnly === undefined || context.plan || options.renderOnly.has(id)
        ? context
        : { ...context, plan: true };

    const renderCluster = async (entry: string, cluster: string) => {
      const tree = await pool.run(() =>
        buildClusterTree({
          cluster,
          repoRoot: options.repoRoot,
          sourceRoot: options.sourceRoot,
          entry,
          tools: options.tools,
          cache,
          redactionKey,
          inputsDigest: `${repositoryDigest}|${toolVersions.kustomize}|${path.relative(options.repoRoot, options.sourceRoot)}`,
          repositoryUrls: options.repositoryUrls ?? [],
          memo,
          ...(gitSource === undefined ? {} : { clone: (checkout, what) => gitSource.tree(checkout, what) }),
        }),
      );
      const releases = planHelmReleases(cluster, tree);
      const context: HelmReleaseContext = {
        resolver,
        engine,
        kubectl,
        cache: unitCache,
        redactionKey,
        kubeVersion,
        apiVersions: apiVersionsOfCrds(tree.objects.map(({ object }) => object)),
        toolVersions,
        sources: tree.objects.map(({ object }) => object),
        lookup: (kind, namespace, name) => lookup(tree.objects, kind, namespace, name),
        workDir,
        plan: options.plan === true,
        chartDigests,
      };
      const roots = argoRoots(tree.objects);
      const [rendered, argo] = await Promise.all([
        Promise.all(
          releases.units
            .filter(({ unit }) => inShard(unit.id, options.shard))
            .map(({ unit, object }) =>
              unit.status === 'failed'
                ? unit
                : pool.run(() => renderHelmRelease(unit, object, contextFor(unit.id, context))),
            ),
        ),
        renderArgoApplications(cluster, roots, {
          ...context,
          repoRoot: options.repoRoot,
          sourceRoot: options.sourceRoot,
          tools: options.tools,
          facts,
          repositoryUrls: knownRepositoryUrls(options.repositoryUrls ?? [], tree.objects, roots),
          pool,
          shard: options.shard,
        }),
      ]);
      const ksUnits = tree.units
        .filter((unit) => inShard(unit.id, options.shard))
        .map((unit) =>
          options.plan && unit.status === 'rendered' ? { ...unit, status: 'planned' as const } : unit,
        );
      return {
        info: {
          name: cluster,
          entry,
          kustomizeMs: tree.cached ? 0 : Math.round(tree.durationMs),
        } satisfies ClusterInfo,
        units: [...ksUnits, ...rendered, ...argo.units],
        diagnostics: [...tree.diagnostics, ...releases.diagnostics, ...argo.diagnostics],
      };
    };

    const chartContext = {
      repoRoot: options.repoRoot,
      sourceRoot: options.sourceRoot,
      resolver,
      engine,
      cache: unitCache,
      redactionKey,
      kubeVersion,
      toolVersions,
      plan: options.plan === true,
      chartDigests,
    };
    const [results, charts] = await Promise.all([
      Promise.all(entries.map((entry, index) => renderCluster(entry, names[index] as string))),
      Promise.all(
        (options.charts ?? [])
          .filter((spec) => inShard(chartUnit(spec, chartContext).id, options.shard))
          .map((spec) =>
            pool.run(() => renderChartUnit(spec, contextFor(chartUnit(spec, chartContext).id, chartContext))),
          ),
      ),
    ]);
    const units = [...results.flatMap((result) => result.units), ...charts].sort((a, b) =>
      compare(a.id, b.id),
    );
    const clusters = results.map((result) => result.info);
    const shardOwnsCluster = (diagnostic: RenderDiagnostic) =>
      diagnostic.unit === undefined
        ? options.shard === undefined || options.shard.index === 1
        : inShard(diagnostic.unit, options.shard);
    return {
      clusters: [...clusters, ...environmentClusters(options.charts ?? [], clusters)],
      units,
      diagnostics: sortDiagnostics(results.flatMap((result) => result.diagnostics).filter(shardOwnsCluster)),
      ...(options.shard ? { shard: { index: options.shard.index, count: options.shard.count } } : {}),
      kubeVersion,
    };
  } finally {
    await resolver.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

/** HelmReleases among a cluster's objects, as units; a dependsOn cycle fails every release in it. */
function planHelmReleases(
  cluster: string,
  tree: ClusterTree,
): { units: { unit: RenderUnit; object: KubeObject }[]; diagnostics: RenderDiagnostic[] } {
  const byId = new Map<string, { unit: RenderUnit; object: KubeObject }>();
  const diagnostics: RenderDiagnostic[] = [];
  for (const { object, identity, origin, chain } of tree.objects) {
    if (identity.kind !== 'HelmRelease' || !identity.apiVersion.startsWith('helm.toolkit.fluxcd.io/'))
      continue;
    const namespace = identity.namespace ?? 'default';
    const id = unitId(cluster, 'HelmRelease', namespace, identity.name);
    const owner = { file: origin.file, ...(origin.line === undefined ? {} : { line: origin.line }) };
    if (byId.has(id)) {
      diagnostics.push({
        cluster,
        severity: 'warning',
        code: 'duplicate-helmrelease',
        message: `HelmRelease ${namespace}/${identity.name} is defined twice; the last definition is rendered`,
        location: owner,
        unit: id,
      });
    }
    byId.set(id, {
      object,
      unit: {
        id,
        cluster,
        kind: 'HelmRelease',
        namespace,
        name: identity.name,
        owner,
        chain,
        dependsOn: dependsOnOf(object, namespace),
        status: 'planned',
        durationMs: 0,
        objects: [],
      },
    });
  }
  const keyOf = (unit: RenderUnit) => `${unit.namespace}/${unit.name}`;
  const byKey = new Map([...byId.values()].map((entry) => [keyOf(entry.unit), entry]));
  const failed = new Set<string>();
  for (;;) {
    const keys = [...byKey.keys()].filter((key) => !failed.has(key));
    const cycle = findCycle(keys, (key) => byKey.get(key)?.unit.dependsOn ?? []);
    if (cycle === undefined) break;
    const message = `HelmRelease dependsOn forms a cycle: ${cycle.join(' → ')}`;
    const hint = 'helm-controller would wait for these HelmReleases forever; remove one dependsOn entry.';
    for (const key of new Set(cycle)) {
      failed.add(key);
      const entry = byKey.get(key);
      if (entry === undefined) continue;
      entry.unit = { ...entry.unit, status: 'failed', error: { message, hint } };
      diagnostics.push({
        cluster,
        severity: 'error',
        code: 'dependency-cycle',
        message,
        hint,
        ...(entry.unit.owner ? { location: entry.unit.owner } : {}),
        unit: entry.unit.id,
      });
    }
  }
  return { units: [...byKey.values()], diagnostics };
}

function dependsOnOf(object: KubeObject, namespace: string): string[] {
  const list = (object.spec as { dependsOn?: unknown } | undefined)?.dependsOn;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry) => {
    const ref = entry as { name?: unknown; namespace?: unknown };
    if (typeof ref?.name !== 'string') return [];
    return [`${typeof ref.namespace === 'string' ? ref.namespace : namespace}/${ref.name}`];
  });
}

/** The ConfigMap or Secret as the cluster's Kustomizations apply it (the last definition wins). */
function lookup(objects: readonly TreeObject[], kind: string, namespace: string, name: string) {
  return objects.findLast(
    ({ identity }) =>
      identity.apiVersion === 'v1' &&
      identity.kind === kind &&
      identity.name === name &&
      (identity.namespace ?? 'default') === namespace,
  )?.object;
}

/** Every `clusters/*` directory; none is fine when configured charts give render something to do. */
async function defaultClusters(sourceRoot: string, hasCharts: boolean): Promise<string[]> {
  const entries = await readdir(path.join(sourceRoot, 'clusters'), { withFileTypes: true }).catch(() => []);
  const dirs = entries.filter((entry) => entry.isDirectory()).map((entry) => `clusters/${entry.name}`);
  if (dirs.length === 0 && !hasCharts) {
    throw new UsageError(`${sourceRoot} has no clusters/* directories`, {
      hint: 'Name the cluster entry directories with --cluster (input clusters) or render.clusters in .gitops-actions.yaml, or configure render.charts there.',
    });
  }
  return dirs.sort(compare);
}

/** The environments of configured charts that are no cluster of the run: each is one in the output. */
function environmentClusters(charts: readonly ChartSpec[], clusters: readonly ClusterInfo[]): ClusterInfo[] {
  const known = new Set(clusters.map((cluster) => cluster.name));
  const added = new Map<string, ClusterInfo>();
  for (const spec of charts) {
    if (known.has(spec.environment) || added.has(spec.environment)) continue;
    added.set(spec.environment, { name: spec.environment, entry: spec.location.file, kustomizeMs: 0 });
  }
  return [...added.values()];
}

/** Each entry's last segment, or its whole path when two entries share one. */
function clusterNames(entries: readonly string[]): string[] {
  const short = entries.map(clusterName);
  return entries.map((entry, index) =>
    short.filter((name) => name === short[index]).length > 1
      ? entry
          .replaceAll('\\', '/')
          .replace(/^\.?\/+|\/+$/g, '')
          .replaceAll('/', '-')
      : (short[index] as string),
  );
}

/** `1.35` → `v1.35.0`: Helm keeps the text it is given, and clusters report `vMAJOR.MINOR.PATCH`. */
export function normalizeKubeVersion(version: string | undefined): string {
  if (version === undefined || version.trim() === '') return DEFAULT_KUBE_VERSION;
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?([-+].*)?$/.exec(version.trim());
  if (match === null) {
    throw new UsageError(`Kubernetes version "${version}" is not MAJOR.MINOR or MAJOR.MINOR.PATCH`, {
      hint: 'For example 1.35 or v1.35.2.',
    });
  }
  return `v${match[1]}.${match[2]}.${match[3] ?? '0'}${match[4] ?? ''}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
