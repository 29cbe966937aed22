/**
 * HelmRelease → a chart on disk that `helm template` can render: what source-controller's HelmChart
 * (or OCIRepository) artifact would hold. One ChartResolver serves one run: it shares index.yaml
 * reads, registry logins, clones and in-flight downloads between releases, so one chart version
 * used by fifty releases is fetched once.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { GitopsError } from '../../errors.js';
import { ArtifactStore } from '../../flux/artifacts/artifact-store.js';
import type { KubeObject } from '../../flux/substitute/substitute-resource.js';
import { redactText } from '../../tools/tool.js';
import type { Tools } from '../../tools/tools.js';
import { ChartCache, sha256File } from '../chart-cache.js';
import { type ChartBuild, chartBuildFor, withBuildMetadata } from './chart-build.js';
import { ChartCredentials } from './chart-credentials.js';
import {
  type ArtifactChartRequest,
  type ChartRequest,
  chartRequestFor,
  type GitChartRequest,
} from './chart-request.js';
import { buildDependencies, type RemoteDependency } from './dependencies.js';
import { isMap, type ManifestObject } from './flux-objects.js';
import { chartPathIn, type GitCommands, GitSource, type GitTree } from './git-source.js';
import { type FetchedChart, HttpRepositorySource } from './http-repository.js';
import { MirrorMap } from './mirrors.js';
import { OciRepositorySource } from './oci-repository.js';

export interface ChartResolverOptions {
  /** helm, for OCI pulls and reading packaged charts. */
  readonly tools: Tools;
  /** Packages go to `<cacheDir>/charts`, clones to `<cacheDir>/git`. */
  readonly cacheDir: string;
  /** The working tree being rendered: the bootstrap `flux-system` GitRepository's files. */
  readonly repoRoot?: string;
  /** Other URLs of the repository being rendered (see ChartRequestOptions). */
  readonly repositoryUrls?: readonly string[];
  readonly mirrors?: MirrorMap;
  readonly credentials?: ChartCredentials;
  /**
   * For GitRepositories other than this one, and for HEAD's commit of this one when a release
   * asks for `reconcileStrategy: Revision`; without it those fail with a clear error.
   */
  readonly git?: GitCommands;
  /** Replaces the global fetch for Helm HTTP repositories. */
  readonly fetch?: typeof fetch;
}

export interface ResolvedChart {
  /** A packaged chart (`.tgz`) or a chart directory; either is what `helm template` takes. */
  readonly chartPath: string;
  /** From the repository index, the OCI repository name, or the chart's Chart.yaml. */
  readonly name: string;
  /**
   * The version source-controller's artifact carries: the chart's own, with SemVer build
   * metadata when it re-packages the chart (see `build`).
   */
  readonly version: string;
  /** What source-controller changes when it packages the chart: values files, version metadata. */
  readonly build: ChartBuild;
  /** `sha256:…` of the package (the manifest digest for OCI); undefined for chart directories. */
  readonly digest?: string;
  /** The upstream URL (`https://…`, `oci://…`) or `git:<url>` / `git:this-repository`. */
  readonly source: string;
  /** Git sources: the source root, to which chart.spec.valuesFiles are relative. */
  readonly sourceRoot?: string;
  /** Git sources cloned at a commit, and this repository's HEAD for `reconcileStrategy: Revision`. */
  readonly revision?: string;
  readonly request: ChartRequest;
}

export class ChartResolver {
  private readonly credentials: ChartCredentials;
  private readonly http: HttpRepositorySource;
  private readonly oci: OciRepositorySource;
  private readonly git: GitSource;
  private readonly artifacts: ArtifactStore;
  private readonly builds = new Map<string, Promise<string>>();
  private readonly metadata = new Map<string, Promise<{ name: string; version: string }>>();

  private constructor(
    private readonly options: ChartResolverOptions,
    private readonly workDir: string,
  ) {
    const cache = new ChartCache(options.cacheDir);
    const mirrors = options.mirrors ?? new MirrorMap();
    this.credentials = options.credentials ?? new ChartCredentials();
    const shared = { mirrors, credentials: this.credentials, cache };
    this.http = new HttpRepositorySource({ ...shared, ...(options.fetch ? { fetch: options.fetch } : {}) });
    this.oci = new OciRepositorySource({ ...shared, tools: options.tools, workDir });
    this.artifacts = new ArtifactStore({
      ...(options.repoRoot === undefined ? {} : { sourceRoot: options.repoRoot }),
      repositoryUrls: options.repositoryUrls ?? [],
      workDir: path.join(workDir, 'artifacts'),
    });
    this.git = new GitSource({
      cacheDir: options.cacheDir,
      ...(options.repoRoot === undefined ? {} : { repoRoot: options.repoRoot }),
      ...(options.git === undefined ? {} : { git: options.git }),
    });
  }

  /** A resolver with its own scratch directory; call close() when the run is over. */
  static async create(options: ChartResolverOptions): Promise<ChartResolver> {
    return new ChartResolver(options, await mkdtemp(path.join(os.tmpdir(), 'gitops-actions-charts-')));
  }

  /** The chart `release` asks for, given the cluster's source objects. */
  resolve(release: ManifestObject, sources: Iterable<ManifestObject>): Promise<ResolvedChart> {
    const list = [...sources];
    const request = chartRequestFor(release, list, {
      ...(this.options.repositoryUrls ? { repositoryUrls: this.options.repositoryUrls } : {}),
    });
    return this.resolveRequest(request, list);
  }

  /** `sources`: the cluster's objects, where an ExternalArtifact's generator is looked up. */
  async resolveRequest(
    request: ChartRequest,
    sources: readonly ManifestObject[] = [],
  ): Promise<ResolvedChart> {
    try {
      const found = await this.locate(request, sources);
      const build = chartBuildFor(request, found.revision);
      const version = withBuildMetadata(found.version, build.versionMetadata, request.release);
      return { ...found, version, build };
    } catch (error) {
      throw this.attribute(error, request.release);
    }
  }

  private async locate(request: ChartRequest, sources: readonly ManifestObject[]): Promise<LocatedChart> {
    if (request.kind === 'git') return this.fromGit(request);
    if (request.kind === 'artifact') return this.fromArtifact(request, sources);
    const fetched =
      request.kind === 'http'
        ? await this.http.fetch(request.url, request.chart, request.version)
        : await this.oci.fetch(request);
    return { chartPath: fetched.path, ...pick(fetched), request };
  }

  /** Removes the scratch directory: chart directories with built dependencies live there. */
  async close(): Promise<void> {
    await rm(this.workDir, { recursive: true, force: true });
  }

  /** The chart at the root of an ExternalArtifact the cluster's ArtifactGenerators assemble. */
  private async fromArtifact(
    request: ArtifactChartRequest,
    sources: readonly ManifestObject[],
  ): Promise<LocatedChart> {
    const objects = sources.map((object) => ({ object: object as KubeObject }));
    const assembled = await this.artifacts.artifact(objects, request.namespace, request.name);
    if (assembled === undefined) {
      throw new GitopsError(
        `${request.release}: spec.chartRef ${request.source} is not generated by any ArtifactGenerator in this cluster's manifests`,
        { hint: 'Render assembles ExternalArtifacts from the ArtifactGenerators it renders.' },
      );
    }
    const tree = { root: assembled.root, source: `artifact:${request.namespace}/${request.name}` };
    return this.fromChartDirectory(request, tree, await chartPathIn(tree, '.', request.release));
  }

  private async fromGit(request: GitChartRequest): Promise<LocatedChart> {
    let tree = await this.git.tree(request.checkout, request.release);
    if (request.reconcileStrategy === 'Revision' && tree.revision === undefined) {
      tree = { ...tree, revision: await this.git.headRevision(request.release) };
    }
    const located = await chartPathIn(tree, request.path, request.release);
    return this.fromChartDirectory(request, tree, located);
  }

  /** A chart directory or package inside a source tree, with its dependencies built. */
  private async fromChartDirectory(
    request: ChartRequest,
    tree: GitTree,
    located: string,
  ): Promise<LocatedChart> {
    const origin = {
      source: tree.source,
      sourceRoot: tree.root,
      ...(tree.revision === undefined ? {} : { revision: tree.revision }),
      request,
    };
    if (located.endsWith('.tgz')) {
      // A package is one file: its digest is the chart's identity, as for a repository chart.
      const [metadata, digest] = await Promise.all([this.chartMetadata(located), sha256File(located)]);
      return { chartPath: located, ...metadata, digest, ...origin };
    }
    const metadata = await this.chartMetadata(located);
    const key = `${located}|${tree.revision ?? ''}`;
    let built = this.builds.get(key);
    if (built === undefined) {
      built = buildDependencies(located, {
        sourceRoot: tree.root,
        workDir: this.workDir,
        what: request.release,
        fetchRemote: (dependency) => this.fetchDependency(dependency),
      });
      built.catch(() => this.builds.delete(key));
      this.builds.set(key, built);
    }
    return { chartPath: await built, ...metadata, ...origin };
  }

  /** A chart's name and version, read once per run however many releases use the chart. */
  private chartMetadata(located: string): Promise<{ name: string; version: string }> {
    let pending = this.metadata.get(located);
    if (pending === undefined) {
      pending = (async () => {
        const text = located.endsWith('.tgz')
          ? await (await this.options.tools.helm()).showChart(located)
          : await readFile(path.join(located, 'Chart.yaml'), 'utf8');
        return nameAndVersion(parse(text) as unknown);
      })();
      pending.catch(() => this.metadata.delete(located));
      this.metadata.set(located, pending);
    }
    return pending;
  }

  private fetchDependency(dependency: RemoteDependency): Promise<FetchedChart> {
    if (dependency.kind === 'http')
      return this.http.fetch(dependency.url, dependency.chart, dependency.version);
    return this.oci.fetch({
      url: dependency.url,
      chart: dependency.chart,
      selector: { type: 'constraint', constraint: dependency.version },
      insecure: false,
    });
  }

  /** Every message names the release, and carries no password (tools may echo what they were given). */
  private attribute(error: unknown, release: string): unknown {
    if (!(error instanceof Error)) return error;
    const secrets = this.credentials.secrets();
    const message = redactText(error.message, secrets);
    const hint = error instanceof GitopsError ? error.hint : undefined;
    return new GitopsError(message.startsWith(release) ? message : `${release}: ${message}`, {
      ...(hint === undefined ? {} : { hint: redactText(hint, secrets) }),
    });
  }
}

/** A chart found, before source-controller's build options are applied. */
type LocatedChart = Omit<ResolvedChart, 'build'>;

function pick(fetched: FetchedChart) {
  return { name: fetched.name, version: fetched.version, digest: fetched.digest, source: fetched.source };
}

function nameAndVersion(metadata: unknown): { name: string; version: string } {
  const map = isMap(metadata) ? metadata : {};
  return { name: String(map.name ?? ''), version: String(map.version ?? '') };
}
