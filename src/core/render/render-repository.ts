/**
 * The render of a repository: plan, schedule and cache. Each cluster's Kustomization tree is built
 * first (its HelmReleases are discovered in it, and valuesFrom reads the ConfigMaps it produced), then
 * the cluster's HelmReleases are queued. Everything shares one pool of `concurrency` slots, so the
 * releases of a cluster already built run while another cluster's tree is still building.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { findCycle } from '../flux/dependency-order.js';
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import { apiVersionsOfCrds } from '../helm/engine/api-versions.js';
import { DEFAULT_KUBE_VERSION } from '../helm/engine/engine.js';
import { HelmTemplateEngine } from '../helm/engine/helm-template-engine.js';
import { ChartResolver, type MirrorMap } from '../helm/sources/index.js';
import type { Tools } from '../tools/tools.js';
import { buildClusterTree, type ClusterTree, clusterName, type TreeObject } from './cluster-tree.js';
import { directoryDigest } from './digest.js';
import { type HelmReleaseContext, renderHelmRelease } from './helm-release-unit.js';
import type { ClusterInfo, RenderDiagnostic, RenderRun, RenderUnit } from './model.js';
import { sortDiagnostics, unitId } from './model.js';
import { TaskPool } from './pool.js';
import { inShard, type Shard } from './shard.js';
import { UnitCache } from './unit-cache.js';

export interface RenderRepositoryOptions {
  /** Files in the index and in messages are named relative to it (the workspace). */
  repoRoot: string;
  /** The GitOps repository: the bootstrap GitRepository's files. */
  sourceRoot: string;
  /** Cluster entry directories relative to `sourceRoot`; default every `clusters/*` directory. */
  clusters?: readonly string[];
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
}

export async function renderRepository(options: RenderRepositoryOptions): Promise<RenderRun> {
  const entries = options.clusters?.length
    ? [...options.clusters]
    : await defaultClusters(options.sourceRoot);
  const names = clusterNames(entries);
  const kubeVersion = normalizeKubeVersion(options.kubeVersion);
  const cache = new UnitCache(options.cacheDir);
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'gitops-actions-render-'));
  const resolver = await ChartResolver.create({
    tools: options.tools,
    cacheDir: options.cacheDir ?? path.join(workDir, 'cache'),
    repoRoot: options.sourceRoot,
    ...(options.repositoryUrls ? { repositoryUrls: options.repositoryUrls } : {}),
    ...(options.mirrors ? { mirrors: options.mirrors } : {}),
  });
  try {
    const [helm, kubectl, redactionKey] = await Promise.all([
      options.tools.helm(),
      options.tools.kubectl(),
      cache.redactionKey(),
    ]);
    const [helmVersion, kubectlVersion] = await Promise.all([helm.version(), kubectl.version()]);
    const toolVersions = { helm: helmVersion, kustomize: kubectlVersion.kustomize };
    const excluded = [...(options.exclude ?? []), ...(options.cacheDir ? [options.cacheDir] : [])];
    const repositoryDigest = await directoryDigest(options.sourceRoot, excluded);
    const pool = new TaskPool(options.concurrency);
    const engine = HelmTemplateEngine.create(helm);
    const chartDigests = new Map<string, Promise<string>>();

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
        }),
      );
      const releases = planHelmReleases(cluster, tree);
      const context: HelmReleaseContext = {
        resolver,
        engine,
        kubectl,
        cache,
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
      const rendered = await Promise.all(
        releases.units
          .filter(({ unit }) => inShard(unit.id, options.shard))
          .map(({ unit, object }) =>
            unit.status === 'failed' ? unit : pool.run(() => renderHelmRelease(unit, object, context)),
          ),
      );
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
        units: [...ksUnits, ...rendered],
        diagnostics: [
          ...tree.diagnostics,
          ...releases.diagnostics,
          ...unsupportedArgo(cluster, tree.objects),
        ],
      };
    };

    const results = await Promise.all(
      entries.map((entry, index) => renderCluster(entry, names[index] as string)),
    );
    const units = results.flatMap((result) => result.units).sort((a, b) => compare(a.id, b.id));
    const shardOwnsCluster = (diagnostic: RenderDiagnostic) =>
      diagnostic.unit === undefined
        ? options.shard === undefined || options.shard.index === 1
        : inShard(diagnostic.unit, options.shard);
    return {
      clusters: results.map((result) => result.info),
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

/** Argo CD objects applied by Flux: what they deploy is not rendered, and the output must say so. */
function unsupportedArgo(cluster: string, objects: readonly TreeObject[]): RenderDiagnostic[] {
  return objects.flatMap(({ identity, origin }) => {
    if (!identity.apiVersion.startsWith('argoproj.io/')) return [];
    if (identity.kind !== 'Application' && identity.kind !== 'ApplicationSet') return [];
    return [
      {
        cluster,
        severity: 'warning' as const,
        code: 'unsupported-object',
        message: `${identity.kind} ${identity.namespace ?? 'default'}/${identity.name} is rendered as an object, but the manifests it deploys are not rendered`,
        hint: 'Rendering Argo CD Applications is not implemented yet.',
        location: { file: origin.file, ...(origin.line === undefined ? {} : { line: origin.line }) },
      },
    ];
  });
}

async function defaultClusters(sourceRoot: string): Promise<string[]> {
  const entries = await readdir(path.join(sourceRoot, 'clusters'), { withFileTypes: true }).catch(() => []);
  const dirs = entries.filter((entry) => entry.isDirectory()).map((entry) => `clusters/${entry.name}`);
  if (dirs.length === 0) {
    throw new UsageError(`${sourceRoot} has no clusters/* directories`, {
      hint: 'Name the cluster entry directories with --cluster (input clusters).',
    });
  }
  return dirs.sort(compare);
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
