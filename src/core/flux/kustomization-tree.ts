import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describeError, GitopsError, type SourceLocation } from '../errors.js';
import type { GitCheckout } from '../helm/sources/chart-request.js';
import type { GitTree } from '../helm/sources/git-source.js';
import { type BuildResult, type BuiltObject, buildFluxKustomization } from '../kustomize/build.js';
import {
  type FluxKustomization,
  idOf,
  isFluxKustomization,
  isObject,
  isReadableVersion,
  type KustomizationId,
} from '../kustomize/flux-kustomization.js';
import type { VariablesSource } from '../kustomize/post-build.js';
import { SourceWorkspace } from '../kustomize/source-workspace.js';
import type { Tools } from '../tools/tools.js';
import { ArtifactStore } from './artifacts/artifact-store.js';
import { findCycle, nextToBuild } from './dependency-order.js';
import { isResourceSet } from './resourceset/resourceset-spec.js';
import { expandInCluster, type ResourceSetExpansion } from './resourceset/tree-expansion.js';
import type { KubeObject } from './substitute/substitute-resource.js';
import { type ArtifactSource, type CloneSource, labelled, locationOf, TreeSources } from './tree-sources.js';
import { unsupportedObjectDiagnostic } from './unsupported-objects.js';

export interface RenderClusterOptions {
  repoRoot: string;
  /** The root of this repository's source as Flux sees it (a GitRepository's root directory). */
  sourceRoot: string;
  /** The cluster's entry directory relative to `sourceRoot`, for example `clusters/staging`. */
  entry: string;
  tools: Tools;
  /** Strict postBuild substitution (kustomize-controller 1.9's default). */
  strict: boolean;
  /** Other URLs of this repository: a GitRepository with one of them is built from the working tree. */
  repositoryUrls?: readonly string[];
  /** Reuses an earlier build of the same inputs (see render/kustomization-memo.ts); none by default. */
  memo?: BuildMemo;
  /**
   * Clones another repository's GitRepository at its ref; without it, Kustomizations from other
   * repositories are reported as not rendered.
   */
  clone?: (checkout: GitCheckout, what: string) => Promise<GitTree>;
}

/**
 * Runs `build`, or returns what an earlier build of the same Kustomization, with the same
 * substituteFrom objects (`variables`) and the same files, returned.
 */
export type BuildMemo = (
  ks: FluxKustomization,
  variables: readonly (VariablesSource | null)[],
  build: () => Promise<BuildResult>,
) => Promise<BuildResult>;

/** A problem that stops part of a render, or that a person should see; never thrown. */
export interface RenderDiagnostic {
  severity: 'error' | 'warning';
  code:
    | 'build-failed'
    | 'dependency-cycle'
    | 'dependency-missing'
    | 'unsupported-source'
    | 'unsupported-object'
    | 'unsupported-api-version'
    | 'duplicate-kustomization'
    | 'resourceset-failed'
    | 'duplicate-resourceset';
  message: string;
  location?: SourceLocation;
  hint?: string;
  kustomization?: KustomizationId;
}

export interface KustomizationNode {
  kustomization: FluxKustomization;
  /** The Kustomizations that led here, from the cluster's root to this one inclusive. */
  chain: KustomizationId[];
  dependsOn: KustomizationId[];
  status: 'built' | 'failed' | 'unsupported-source';
  result?: BuildResult;
}

export interface RenderedObject extends BuiltObject {
  /** The Kustomization that applies the object last; its ancestors before it. */
  chain: readonly KustomizationId[];
}

/** A Flux Operator ResourceSet of the cluster and what it produced. */
export interface ResourceSetNode extends ResourceSetExpansion {
  /** The Kustomizations that led to the one applying the ResourceSet. */
  chain: KustomizationId[];
}

export interface ClusterRender {
  entry: string;
  /** In build order, the root first. */
  kustomizations: KustomizationNode[];
  /** In expansion order. */
  resourceSets: ResourceSetNode[];
  objects: RenderedObject[];
  diagnostics: RenderDiagnostic[];
}

/** The Kustomization `flux bootstrap` creates to apply the entry directory. */
const BOOTSTRAP_ROOT: KustomizationId = { name: 'flux-system', namespace: 'flux-system' };

/**
 * Renders a cluster: the entry directory as its root Kustomization applies it, then every Flux
 * Kustomization found in the output whose source is this repository, recursively, dependencies
 * first. A Kustomization that fails, or whose source cannot be fetched, is a diagnostic; the others
 * still render.
 */
export async function renderClusterKustomizations(options: RenderClusterOptions): Promise<ClusterRender> {
  const workspace = await SourceWorkspace.create(options.sourceRoot);
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'gitops-actions-artifacts-'));
  const artifacts = new ArtifactStore({
    sourceRoot: options.sourceRoot,
    repositoryUrls: options.repositoryUrls ?? [],
    workDir,
  });
  const tree = new TreeRender(options, workspace, artifacts);
  try {
    return await tree.run();
  } finally {
    await tree.dispose();
    await workspace.dispose();
    await rm(workDir, { recursive: true, force: true });
  }
}

class TreeRender {
  private readonly render: ClusterRender;
  private readonly waiting: KustomizationNode[] = [];
  private readonly known = new Map<string, KustomizationNode>();
  /** Nodes whose source is not the working tree. */
  private readonly sourceOfNode = new Map<KustomizationNode, ArtifactSource | CloneSource>();
  private readonly sources: TreeSources;
  /** ResourceSets found and not yet expanded, with the chain of the Kustomization applying them. */
  private readonly pendingSets: { found: BuiltObject; chain: KustomizationId[] }[] = [];
  private readonly knownSets = new Set<string>();

  constructor(
    private readonly options: RenderClusterOptions,
    private readonly workspace: SourceWorkspace,
    artifacts: ArtifactStore,
  ) {
    this.render = {
      entry: options.entry,
      kustomizations: [],
      resourceSets: [],
      objects: [],
      diagnostics: [],
    };
    this.sources = new TreeSources(options, artifacts, () => this.render.objects);
  }

  dispose(): Promise<void> {
    return this.sources.dispose();
  }

  async run(): Promise<ClusterRender> {
    const entryPath = normalizePath(this.options.entry);
    const root = this.node({ ...BOOTSTRAP_ROOT, spec: { path: this.options.entry } }, [], []);
    await this.build(root);
    // The entry usually defines its own root (gotk-sync.yaml); build it as that one applies it.
    const own = root.result?.objects.find(({ object }) => this.isRootOf(object, entryPath));
    if (own !== undefined) {
      const ks = this.readKustomization(own.object, own.origin);
      if (ks !== undefined && (idOf(ks) !== idOf(root.kustomization) || hasBuildFields(ks.spec))) {
        this.render.objects = [];
        this.known.delete(idOf(root.kustomization));
        root.kustomization = ks;
        root.chain = [{ name: ks.name, namespace: ks.namespace }];
        await this.build(root);
      }
    }
    this.known.set(idOf(root.kustomization), root);
    this.render.kustomizations.push(root);
    this.discover(root);
    await this.drain();
    this.reportMissingDependencies();
    return this.render;
  }

  /**
   * Builds every waiting Kustomization, then expands the ResourceSets found so far, and again
   * while expansions produce Kustomizations or ResourceSets. Expanding last lets a ResourceSet read
   * providers and copyFrom sources whichever Kustomization applies them, as the operator sees them
   * once the cluster has settled.
   */
  private async drain(): Promise<void> {
    await this.drainKustomizations();
    while (this.pendingSets.length > 0) {
      for (const pending of this.pendingSets.splice(0)) await this.expand(pending.found, pending.chain);
      await this.drainKustomizations();
    }
  }

  private async expand(found: BuiltObject, chain: KustomizationId[]): Promise<void> {
    const expansion = await expandInCluster(found, this.render.objects, this.options.repoRoot);
    this.render.resourceSets.push({ ...expansion, chain });
    for (const gap of expansion.gaps) {
      this.render.diagnostics.push({ severity: 'warning', code: 'unsupported-object', ...gap });
    }
    if (expansion.error !== undefined) {
      this.render.diagnostics.push({
        severity: 'error',
        code: 'resourceset-failed',
        message: expansion.error.message,
        location: expansion.error.location,
        ...(expansion.error.hint ? { hint: expansion.error.hint } : {}),
      });
    }
    for (const built of expansion.objects) this.render.objects.push({ ...built, chain });
    this.discoverIn(expansion.objects, chain, undefined);
  }

  private async drainKustomizations(): Promise<void> {
    while (this.waiting.length > 0) {
      const stateOf = (key: string) => {
        const node = this.known.get(key);
        if (node === undefined) return 'unknown' as const;
        return this.waiting.includes(node) ? ('waiting' as const) : ('done' as const);
      };
      const keysOf = (node: KustomizationNode) => node.dependsOn.map(idOf);
      const next = nextToBuild(this.waiting, keysOf, stateOf);
      if (next === undefined) {
        this.failCycle();
        continue;
      }
      this.waiting.splice(this.waiting.indexOf(next), 1);
      this.render.kustomizations.push(next);
      await this.build(next);
      this.discover(next);
    }
  }

  private failCycle(): void {
    const keys = this.waiting.map((node) => idOf(node.kustomization));
    const cycle = findCycle(keys, (key) => this.known.get(key)?.dependsOn.map(idOf) ?? []) ?? keys;
    for (const key of new Set(cycle)) {
      const node = this.known.get(key);
      if (node === undefined) continue;
      this.waiting.splice(this.waiting.indexOf(node), 1);
      node.status = 'failed';
      this.render.kustomizations.push(node);
      this.report(node, 'error', 'dependency-cycle', `dependsOn forms a cycle: ${cycle.join(' → ')}`, {
        hint: 'kustomize-controller would wait for these Kustomizations forever; remove one dependsOn entry.',
      });
    }
  }

  private async build(node: KustomizationNode): Promise<void> {
    try {
      const source = this.sourceOfNode.get(node);
      const { workspace, repoRoot, label } =
        source === undefined
          ? { workspace: this.workspace, repoRoot: this.options.repoRoot, label: undefined }
          : await this.sources.workspaceOf(source);
      const build = () =>
        buildFluxKustomization({
          repoRoot,
          sourceRoot: workspace.sourceRoot,
          kustomization: node.kustomization,
          resolveVariables: (ref) => this.lookup(ref.kind, ref.name, ref.namespace),
          strict: this.options.strict,
          tools: this.options.tools,
          workspace,
        });
      // Only the working tree's builds are memoized: an artifact is assembled for this render, and
      // a clone is pinned by its commit, not by the files build-inputs digests.
      const memo = source === undefined ? this.options.memo : undefined;
      try {
        node.result =
          memo === undefined ? await build() : await memo(node.kustomization, this.variablesOf(node), build);
      } catch (error) {
        if (label === undefined || !(error instanceof GitopsError) || error.location === undefined)
          throw error;
        throw new GitopsError(error.message, {
          location: { ...error.location, file: `${label}/${error.location.file}` },
          ...(error.hint === undefined ? {} : { hint: error.hint }),
          cause: error,
        });
      }
      if (label !== undefined) node.result = labelled(node.result, label);
      node.status = 'built';
      for (const built of node.result.objects) this.render.objects.push({ ...built, chain: node.chain });
    } catch (error) {
      if (!(error instanceof GitopsError)) throw error;
      node.status = 'failed';
      const { message, hint } = describeError(error);
      this.report(node, 'error', 'build-failed', message, {
        ...(error.location ? { location: error.location } : {}),
        ...(hint ? { hint } : {}),
      });
    }
  }

  /** Flux Kustomizations, ResourceSets and unsupported objects in a node's output. */
  private discover(parent: KustomizationNode): void {
    this.discoverIn(parent.result?.objects ?? [], parent.chain, parent);
  }

  /** `chain` leads to what applies `objects`: `parent`'s build, or a ResourceSet under it. */
  private discoverIn(
    objects: readonly BuiltObject[],
    chain: KustomizationId[],
    parent: KustomizationNode | undefined,
  ): void {
    for (const built of objects) {
      const location = locationOf(built);
      if (isResourceSet(built.object)) {
        const key = `${built.identity.namespace ?? ''}/${built.identity.name}`;
        if (this.knownSets.has(key)) {
          this.render.diagnostics.push({
            severity: 'warning',
            code: 'duplicate-resourceset',
            message: `ResourceSet ${key} is defined twice; the first definition is expanded`,
            location,
          });
        } else {
          this.knownSets.add(key);
          this.pendingSets.push({ found: built, chain });
        }
        continue;
      }
      const unsupported = unsupportedObjectDiagnostic(built.object);
      if (unsupported) {
        this.render.diagnostics.push({
          severity: 'warning',
          code: 'unsupported-object',
          location,
          ...unsupported,
        });
      }
      if (!isFluxKustomization(built.object)) continue;
      const ks = this.readKustomization(built.object, built.origin);
      if (ks === undefined) continue;
      const existing = this.known.get(idOf(ks));
      if ((parent !== undefined && existing === parent) || existing?.chain.length === 1) continue;
      if (existing !== undefined) {
        this.report(existing, 'warning', 'duplicate-kustomization', `${idOf(ks)} is defined twice`, {
          location,
        });
        continue;
      }
      const dependsOn = dependenciesOf(ks);
      const node = this.node(ks, [...chain, { name: ks.name, namespace: ks.namespace }], dependsOn);
      const source = this.sources.sourceOf(ks);
      if (source.kind === 'unsupported') {
        node.status = 'unsupported-source';
        this.known.set(idOf(ks), node);
        this.render.kustomizations.push(node);
        this.report(node, 'warning', 'unsupported-source', `${idOf(ks)} is not rendered: ${source.reason}`, {
          location,
          hint: source.hint,
        });
        continue;
      }
      if (source.kind === 'external-artifact' || source.kind === 'clone') this.sourceOfNode.set(node, source);
      this.known.set(idOf(ks), node);
      this.waiting.push(node);
    }
  }

  private readKustomization(
    object: KubeObject,
    origin: BuiltObject['origin'],
  ): FluxKustomization | undefined {
    const metadata = isObject(object.metadata) ? object.metadata : {};
    const apiVersion = String(object.apiVersion);
    const ks: FluxKustomization = {
      apiVersion,
      name: String(metadata.name ?? ''),
      namespace: typeof metadata.namespace === 'string' ? metadata.namespace : 'default',
      spec: isObject(object.spec) ? object.spec : {},
      location: { file: origin.file, ...(origin.line ? { line: origin.line } : {}) },
    };
    if (!isReadableVersion(apiVersion)) {
      this.render.diagnostics.push({
        severity: 'error',
        code: 'unsupported-api-version',
        message: `Kustomization ${idOf(ks)} uses ${apiVersion}, which render does not read (v1, or v1beta2 read as v1)`,
        location: ks.location as SourceLocation,
        kustomization: ks,
      });
      return undefined;
    }
    return ks;
  }

  /** The substituteFrom objects a build of `node` reads, as they are now. */
  private variablesOf(node: KustomizationNode): (VariablesSource | null)[] {
    const postBuild = node.kustomization.spec.postBuild;
    const refs =
      isObject(postBuild) && Array.isArray(postBuild.substituteFrom) ? postBuild.substituteFrom : [];
    return refs
      .filter(isObject)
      .map((ref) => this.lookup(String(ref.kind), String(ref.name), node.kustomization.namespace) ?? null);
  }

  /** The ConfigMap or Secret as rendered for this cluster so far (the last definition wins). */
  private lookup(kind: string, name: string, namespace: string): VariablesSource | undefined {
    const found = this.render.objects.findLast(
      ({ identity }) =>
        identity.apiVersion === 'v1' &&
        identity.kind === kind &&
        identity.name === name &&
        identity.namespace === namespace,
    );
    if (found === undefined) return undefined;
    return { data: stringsOf(found.object.data), stringData: stringsOf(found.object.stringData) };
  }

  private isRootOf(object: KubeObject, entryPath: string): boolean {
    if (!isFluxKustomization(object) || !isObject(object.spec)) return false;
    const ks = this.readKustomization(object, { file: '' });
    if (ks === undefined || this.sources.sourceOf(ks).kind !== 'this-repository') return false;
    return normalizePath(typeof object.spec.path === 'string' ? object.spec.path : '') === entryPath;
  }

  private reportMissingDependencies(): void {
    for (const node of this.known.values()) {
      for (const dependency of node.dependsOn) {
        const found = this.known.get(idOf(dependency));
        if (found?.status === 'built') continue;
        const why =
          found === undefined ? 'is not defined in this cluster' : `was not rendered (${found.status})`;
        this.report(
          node,
          'warning',
          'dependency-missing',
          `${idOf(node.kustomization)} depends on ${idOf(dependency)}, which ${why}`,
          {
            hint: 'kustomize-controller keeps a Kustomization waiting until every dependency is Ready.',
          },
        );
      }
    }
  }

  private node(
    ks: FluxKustomization,
    chain: KustomizationId[],
    dependsOn: KustomizationId[],
  ): KustomizationNode {
    const ownChain = chain.length > 0 ? chain : [{ name: ks.name, namespace: ks.namespace }];
    return { kustomization: ks, chain: ownChain, dependsOn, status: 'failed' };
  }

  private report(
    node: KustomizationNode,
    severity: RenderDiagnostic['severity'],
    code: RenderDiagnostic['code'],
    message: string,
    extra: { location?: SourceLocation; hint?: string } = {},
  ): void {
    const location = extra.location ?? node.kustomization.location;
    this.render.diagnostics.push({
      severity,
      code,
      message,
      ...(location ? { location } : {}),
      ...(extra.hint ? { hint: extra.hint } : {}),
      kustomization: { name: node.kustomization.name, namespace: node.kustomization.namespace },
    });
  }
}

/** `spec.dependsOn` entries; a missing namespace means the Kustomization's own. */
function dependenciesOf(ks: FluxKustomization): KustomizationId[] {
  const list = Array.isArray(ks.spec.dependsOn) ? ks.spec.dependsOn : [];
  return list.filter(isObject).flatMap((entry) =>
    typeof entry.name === 'string'
      ? [
          {
            name: entry.name,
            namespace: typeof entry.namespace === 'string' ? entry.namespace : ks.namespace,
          },
        ]
      : [],
  );
}

/** Fields that change what the build of a directory produces, beyond its identity. */
function hasBuildFields(spec: KubeObject): boolean {
  return [
    'targetNamespace',
    'namePrefix',
    'nameSuffix',
    'patches',
    'images',
    'components',
    'commonMetadata',
    'postBuild',
    'buildMetadata',
  ].some((field) => spec[field] !== undefined && spec[field] !== null);
}

function normalizePath(value: string): string {
  return path.posix.normalize(`/${value.replaceAll('\\', '/')}`).replace(/\/+$/, '') || '/';
}

function stringsOf(value: unknown): Record<string, string> | undefined {
  if (!isObject(value as KubeObject)) return undefined;
  const result: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value as KubeObject)) {
    if (typeof entry === 'string') result[key] = entry;
  }
  return result;
}
