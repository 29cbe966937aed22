/**
 * A cluster's Flux Kustomizations as render units. `renderClusterKustomizations` builds the whole
 * tree in one pass (each build may read ConfigMaps an earlier one produced, for postBuild), so the
 * tree is cached as a whole, by a digest of every file of the rendered repository: any edit rebuilds
 * the tree with kustomize, which is fast, while HelmReleases, the slow part, are cached one by one.
 */
import path from 'node:path';
import {
  type BuildMemo,
  type ClusterRender,
  type RenderClusterOptions,
  renderClusterKustomizations,
} from '../flux/kustomization-tree.js';
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import { idOf, type KustomizationId } from '../kustomize/flux-kustomization.js';
import type { ObjectOrigin } from '../kustomize/provenance.js';
import type { ObjectIdentity } from '../manifest/identity.js';
import type { Tools } from '../tools/tools.js';
import { digestOf } from './digest.js';
import type { OutputObject, RenderDiagnostic, RenderUnit } from './model.js';
import { unitId } from './model.js';
import { redactSecrets } from './redact.js';
import type { UnitCache } from './unit-cache.js';

/** One object of the cluster as its Kustomizations apply it. */
export interface TreeObject {
  object: KubeObject;
  identity: ObjectIdentity;
  origin: ObjectOrigin;
  /** `namespace/name` of the Kustomizations from the root to the one that applies it. */
  chain: string[];
}

export interface ClusterTree {
  units: RenderUnit[];
  /** Every object of the cluster. Secrets are redacted when the tree came from the cache. */
  objects: TreeObject[];
  diagnostics: RenderDiagnostic[];
  cached: boolean;
  durationMs: number;
}

export interface ClusterTreeOptions {
  cluster: string;
  /** Provenance paths are relative to it. */
  repoRoot: string;
  sourceRoot: string;
  entry: string;
  tools: Tools;
  cache: UnitCache;
  redactionKey: Buffer | undefined;
  /** Digest of the rendered repository's files, and of the tools and options that build them. */
  inputsDigest: string;
  repositoryUrls: readonly string[];
  /** Reuses the builds of Kustomizations whose inputs did not change (render/kustomization-memo.ts). */
  memo?: BuildMemo;
  /** Clones the GitRepositories of other repositories that Kustomizations build from. */
  clone?: RenderClusterOptions['clone'];
}

interface CachedTree {
  units: RenderUnit[];
  objects: TreeObject[];
  diagnostics: RenderDiagnostic[];
}

/** kustomize-controller 1.9 makes postBuild substitution strict by default; so does render. */
export const STRICT_SUBSTITUTION = true;

export async function buildClusterTree(options: ClusterTreeOptions): Promise<ClusterTree> {
  const digest = digestOf({ unit: 'kustomization-tree', entry: options.entry, inputs: options.inputsDigest });
  const started = performance.now();
  const hit = await options.cache.get<CachedTree>(digest);
  // Cached objects carry redacted Secrets; a HelmRelease reading values from a Secret needs the
  // real data, so such a cluster is rebuilt rather than rendered with the marker as its values.
  if (hit !== undefined && !readsSecretValues(hit.objects)) {
    return {
      ...hit,
      units: hit.units.map((unit) => ({
        ...unit,
        status: unit.status === 'rendered' ? 'cached' : unit.status,
      })),
      cached: true,
      durationMs: performance.now() - started,
    };
  }
  const render = await renderClusterKustomizations({
    repoRoot: options.repoRoot,
    sourceRoot: options.sourceRoot,
    entry: options.entry,
    tools: options.tools,
    strict: STRICT_SUBSTITUTION,
    repositoryUrls: options.repositoryUrls,
    ...(options.memo ? { memo: options.memo } : {}),
    ...(options.clone ? { clone: options.clone } : {}),
  });
  const durationMs = performance.now() - started;
  const tree = fromRender(options, render, digest, durationMs);
  await options.cache.put(digest, {
    units: tree.units,
    objects: tree.objects.map((entry) => ({ ...entry, object: redact(entry.object, options.redactionKey) })),
    diagnostics: tree.diagnostics,
  } satisfies CachedTree);
  return tree;
}

function fromRender(
  options: ClusterTreeOptions,
  render: ClusterRender,
  digest: string,
  durationMs: number,
): Omit<ClusterTree, 'cached'> & { cached: false } {
  const { cluster } = options;
  const objects: TreeObject[] = render.objects.map((built) => ({
    object: built.object,
    identity: built.identity,
    origin: built.origin,
    chain: built.chain.map(idOf),
  }));
  const diagnostics: RenderDiagnostic[] = render.diagnostics.map((diagnostic) => ({
    cluster,
    severity: diagnostic.severity,
    code: diagnostic.code,
    message: diagnostic.message,
    ...(diagnostic.hint === undefined ? {} : { hint: diagnostic.hint }),
    ...(diagnostic.location === undefined ? {} : { location: diagnostic.location }),
    ...(diagnostic.kustomization === undefined ? {} : { unit: ksUnitId(cluster, diagnostic.kustomization) }),
  }));
  const units = render.kustomizations.map((node): RenderUnit => {
    const ks = node.kustomization;
    const id = ksUnitId(cluster, ks);
    const failure = diagnostics.find(
      (diagnostic) => diagnostic.unit === id && diagnostic.severity === 'error',
    );
    const chain = node.chain.map(idOf);
    return {
      id,
      cluster,
      kind: 'Kustomization',
      namespace: ks.namespace,
      name: ks.name,
      ...(ks.location === undefined ? {} : { owner: ks.location }),
      chain,
      dependsOn: node.dependsOn.map(idOf),
      inputsDigest: digest,
      status: node.status === 'built' ? 'rendered' : node.status === 'failed' ? 'failed' : 'unsupported',
      // The tree is built in one pass; its time is the cluster's, not any one Kustomization's.
      durationMs: 0,
      objects: (node.result?.objects ?? []).map((built) => ({
        identity: built.identity,
        object: redact(built.object, options.redactionKey),
        source:
          built.origin.line === undefined ? built.origin.file : `${built.origin.file}:${built.origin.line}`,
      })) satisfies OutputObject[],
      ...(failure === undefined
        ? node.status === 'failed'
          ? { error: { message: `${idOf(ks)} was not built` } }
          : {}
        : { error: { message: failure.message, ...(failure.hint ? { hint: failure.hint } : {}) } }),
    };
  });
  return {
    units: [...units, ...resourceSetUnits(options, render, digest)],
    objects,
    diagnostics,
    cached: false,
    durationMs,
  };
}

/**
 * One unit per ResourceSet, like a HelmRelease's: the Kustomization's unit holds the ResourceSet
 * object as applied, this one what the operator applies for it. Its objects point at the
 * ResourceSet's file:line, where a person changes them.
 */
function resourceSetUnits(options: ClusterTreeOptions, render: ClusterRender, digest: string): RenderUnit[] {
  const { cluster } = options;
  return render.resourceSets.map((node): RenderUnit => {
    const source =
      node.location.line === undefined ? node.location.file : `${node.location.file}:${node.location.line}`;
    return {
      id: unitId(cluster, 'ResourceSet', node.namespace, node.name),
      cluster,
      kind: 'ResourceSet',
      namespace: node.namespace,
      name: node.name,
      owner: node.location,
      chain: node.chain.map(idOf),
      dependsOn: [],
      inputsDigest: digest,
      status: node.status === 'expanded' ? 'rendered' : node.status,
      durationMs: 0,
      objects: node.objects.map((built) => ({
        identity: built.identity,
        object: redact(built.object, options.redactionKey),
        source,
      })),
      ...(node.error
        ? { error: { message: node.error.message, ...(node.error.hint ? { hint: node.error.hint } : {}) } }
        : {}),
    };
  });
}

function ksUnitId(cluster: string, ks: KustomizationId): string {
  return unitId(cluster, 'Kustomization', ks.namespace, ks.name);
}

function redact(object: KubeObject, key: Buffer | undefined): KubeObject {
  return redactSecrets([object], key === undefined ? {} : { key })[0] ?? object;
}

function readsSecretValues(objects: readonly TreeObject[]): boolean {
  return objects.some(
    ({ identity, object }) =>
      identity.kind === 'HelmRelease' &&
      JSON.stringify((object.spec as KubeObject | undefined)?.valuesFrom ?? []).includes('"kind":"Secret"'),
  );
}

/** The cluster's name in the output: the entry directory's last segment. */
export function clusterName(entry: string): string {
  return path.posix.basename(entry.replaceAll('\\', '/').replace(/\/+$/, '')) || 'root';
}
