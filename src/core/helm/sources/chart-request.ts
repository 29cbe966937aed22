/**
 * Which chart a HelmRelease asks for, worked out from its `spec.chart.spec` or `spec.chartRef` and
 * the cluster's source objects, without touching the network: the part of helm-controller and
 * source-controller that turns references into "this chart, from this URL, at this version".
 */
import { GitopsError } from '../../errors.js';
import { normalizeGitUrl } from '../../flux/kustomization-source.js';
import {
  describeRef,
  type ManifestObject,
  mapField,
  type ObjectRef,
  refOf,
  SourceCatalog,
  stringField,
} from './flux-objects.js';

interface RequestBase {
  /** `HelmRelease apps/web`, for messages. */
  readonly release: string;
  /** `HelmRepository flux-system/acme`: the source object the chart comes from. */
  readonly source: string;
  /** `chart.spec.valuesFiles` (HelmChart `spec.valuesFiles`); empty for chartRef OCIRepository. */
  readonly valuesFiles: readonly string[];
  /** `Revision` makes source-controller repackage on every source revision; default `ChartVersion`. */
  readonly reconcileStrategy: 'ChartVersion' | 'Revision';
}

/** A chart in a Helm HTTP(S) repository's index.yaml. */
export interface HttpChartRequest extends RequestBase {
  readonly kind: 'http';
  /** The HelmRepository's `spec.url`. */
  readonly url: string;
  readonly chart: string;
  /** A Masterminds constraint or an exact version; `*` when the release gives none. */
  readonly version: string;
}

/**
 * How an OCI tag is chosen. `constraint` is HelmChart-from-OCI-HelmRepository behaviour (an exact
 * tag first, then the highest matching version); `semver`, `tag` and `digest` are OCIRepository's.
 */
export type OciSelector =
  | { readonly type: 'constraint'; readonly constraint: string }
  | { readonly type: 'semver'; readonly range: string; readonly filter?: string }
  | { readonly type: 'tag'; readonly tag: string }
  | { readonly type: 'digest'; readonly digest: string };

/** A chart in an OCI registry; `url` names the chart itself (`oci://ghcr.io/acme/charts/agent`). */
export interface OciChartRequest extends RequestBase {
  readonly kind: 'oci';
  readonly url: string;
  readonly chart: string;
  readonly selector: OciSelector;
  /** `spec.insecure`: plain HTTP. Loopback registries get it anyway. */
  readonly insecure: boolean;
}

/** Where a GitRepository's files come from: the repository being rendered, or a clone. */
export type GitCheckout =
  | { readonly type: 'this-repository' }
  | {
      readonly type: 'clone';
      readonly url: string;
      readonly branch?: string;
      readonly tag?: string;
      readonly commit?: string;
    };

/** A chart directory (or packaged `.tgz`) at `path` inside a Git source. */
export interface GitChartRequest extends RequestBase {
  readonly kind: 'git';
  readonly checkout: GitCheckout;
  readonly path: string;
}

/**
 * A chart that is the content of an ExternalArtifact (`chartRef.kind: ExternalArtifact`): the
 * artifact's root holds the chart, as an ArtifactGenerator that copies a chart to `@artifact/`
 * makes it.
 */
export interface ArtifactChartRequest extends RequestBase {
  readonly kind: 'artifact';
  readonly namespace: string;
  readonly name: string;
}

export type ChartRequest = HttpChartRequest | OciChartRequest | GitChartRequest | ArtifactChartRequest;

export interface ChartRequestOptions {
  /**
   * URLs of the repository being rendered. A GitRepository with one of them (or the bootstrap
   * `flux-system/flux-system`) is read from the working tree instead of being cloned.
   */
  repositoryUrls?: readonly string[];
}

/** The chart a HelmRelease asks for. Errors name the release and the missing or unusable source. */
export function chartRequestFor(
  release: ManifestObject,
  sources: Iterable<ManifestObject>,
  options: ChartRequestOptions = {},
): ChartRequest {
  const ref = refOf(release);
  const what = describeRef(ref);
  const spec = mapField(release, 'spec');
  const chartSpec = mapField(mapField(spec, 'chart'), 'spec');
  const chartRef = mapField(spec, 'chartRef');
  // helm-controller's CEL rule: exactly one of chart and chartRef.
  if ((chartSpec === undefined) === (chartRef === undefined)) {
    throw new GitopsError(`${what} must set exactly one of spec.chart.spec and spec.chartRef`);
  }
  const catalog = new SourceCatalog(sources);
  const context: Context = { what, catalog, options };
  if (chartSpec !== undefined) return fromChartSpec(chartSpec, ref.namespace, context, 'spec.chart.spec');
  return fromChartRef(chartRef ?? {}, ref.namespace, context);
}

interface Context {
  readonly what: string;
  readonly catalog: SourceCatalog;
  readonly options: ChartRequestOptions;
}

function fromChartRef(chartRef: Readonly<Record<string, unknown>>, namespace: string, ctx: Context) {
  const target = referenceOf(chartRef, namespace, ctx, 'spec.chartRef');
  if (target.kind === 'ExternalArtifact') {
    return {
      kind: 'artifact',
      release: ctx.what,
      source: describeRef(target),
      valuesFiles: [],
      reconcileStrategy: 'ChartVersion',
      namespace: target.namespace,
      name: target.name,
    } satisfies ArtifactChartRequest;
  }
  if (target.kind !== 'OCIRepository' && target.kind !== 'HelmChart') {
    throw new GitopsError(`${ctx.what}: spec.chartRef.kind "${target.kind}" is not a chart source`, {
      hint: 'helm-controller accepts OCIRepository, HelmChart or ExternalArtifact.',
    });
  }
  const object = lookup(target, ctx, 'spec.chartRef');
  const spec = mapField(object, 'spec');
  if (target.kind === 'HelmChart') {
    // A HelmChart's sourceRef has no namespace: it is always the HelmChart's own.
    return fromChartSpec(spec ?? {}, target.namespace, ctx, `${describeRef(target)} spec`);
  }
  const url = requireString(spec, 'url', target, ctx);
  return {
    kind: 'oci',
    release: ctx.what,
    source: describeRef(target),
    url: url.replace(/\/+$/, ''),
    chart: url.replace(/\/+$/, '').split('/').at(-1) ?? '',
    selector: ociRepositorySelector(mapField(spec, 'ref')),
    insecure: spec?.insecure === true,
    valuesFiles: [],
    reconcileStrategy: 'ChartVersion',
  } satisfies OciChartRequest;
}

/**
 * source-controller's precedence for `OCIRepository.spec.ref`: digest, then semver (with the
 * optional semverFilter regexp), then tag; no ref at all means the `latest` tag.
 */
function ociRepositorySelector(ref: Readonly<Record<string, unknown>> | undefined): OciSelector {
  const digest = stringField(ref, 'digest');
  if (digest !== undefined) return { type: 'digest', digest };
  const range = stringField(ref, 'semver');
  if (range !== undefined) {
    const filter = stringField(ref, 'semverFilter');
    return filter === undefined ? { type: 'semver', range } : { type: 'semver', range, filter };
  }
  return { type: 'tag', tag: stringField(ref, 'tag') ?? 'latest' };
}

function fromChartSpec(
  spec: Readonly<Record<string, unknown>>,
  namespace: string,
  ctx: Context,
  field: string,
): ChartRequest {
  const chart = stringField(spec, 'chart');
  if (chart === undefined) throw new GitopsError(`${ctx.what}: ${field}.chart is not set`);
  const sourceRef = mapField(spec, 'sourceRef');
  if (sourceRef === undefined) throw new GitopsError(`${ctx.what}: ${field}.sourceRef is not set`);
  const target = referenceOf(sourceRef, namespace, ctx, `${field}.sourceRef`);
  const base = {
    release: ctx.what,
    source: describeRef(target),
    valuesFiles: stringList(spec.valuesFiles),
    reconcileStrategy: spec.reconcileStrategy === 'Revision' ? 'Revision' : 'ChartVersion',
  } as const;
  if (target.kind === 'Bucket') {
    throw new GitopsError(`${ctx.what}: charts from ${describeRef(target)} are not supported`, {
      hint: 'Render cannot read Bucket sources; use a GitRepository, HelmRepository or OCIRepository.',
    });
  }
  if (target.kind !== 'HelmRepository' && target.kind !== 'GitRepository') {
    throw new GitopsError(`${ctx.what}: ${field}.sourceRef.kind "${target.kind}" is not a chart source`, {
      hint: 'A chart.spec.sourceRef is a HelmRepository, GitRepository or Bucket.',
    });
  }
  const source = lookup(target, ctx, `${field}.sourceRef`);
  const sourceSpec = mapField(source, 'spec');
  if (target.kind === 'GitRepository') {
    // chart.spec.version is ignored for Git sources: the chart is whatever the path holds.
    return { ...base, kind: 'git', checkout: gitCheckout(target, sourceSpec, ctx), path: chart };
  }
  // source-controller's default (`version` unset) is the latest stable version: `*`.
  const version = stringField(spec, 'version') ?? '*';
  const url = requireString(sourceSpec, 'url', target, ctx).replace(/\/+$/, '');
  if (sourceSpec?.type === 'oci' || url.startsWith('oci://')) {
    // An OCI HelmRepository names a namespace of charts; the chart is `<url>/<chart>`.
    return {
      ...base,
      kind: 'oci',
      url: `${url}/${chart}`,
      chart,
      selector: { type: 'constraint', constraint: version },
      insecure: sourceSpec?.insecure === true,
    };
  }
  return { ...base, kind: 'http', url, chart, version };
}

/**
 * Where a GitRepository's files come from, for anything that builds from one (a Kustomization's
 * source as well as a chart's): this repository, or a clone at its `spec.ref`.
 */
export function checkoutOfGitRepository(
  repository: ManifestObject,
  what: string,
  options: ChartRequestOptions = {},
): GitCheckout {
  return gitCheckout(refOf(repository), mapField(repository, 'spec'), {
    what,
    catalog: new SourceCatalog([]),
    options,
  });
}

function gitCheckout(
  target: ObjectRef,
  spec: Readonly<Record<string, unknown>> | undefined,
  ctx: Context,
): GitCheckout {
  const url = requireString(spec, 'url', target, ctx);
  // `flux bootstrap` names the GitRepository it syncs from flux-system/flux-system: this repository.
  if (target.namespace === 'flux-system' && target.name === 'flux-system') return { type: 'this-repository' };
  const own = (ctx.options.repositoryUrls ?? []).map(normalizeGitUrl);
  if (own.includes(normalizeGitUrl(url))) return { type: 'this-repository' };
  const ref = mapField(spec, 'ref');
  const unsupported = ['semver', 'name'].find((key) => stringField(ref, key) !== undefined);
  if (unsupported !== undefined) {
    throw new GitopsError(`${ctx.what}: ${describeRef(target)} uses spec.ref.${unsupported}, not supported`, {
      hint: 'Render clones GitRepositories by spec.ref.branch, tag or commit.',
    });
  }
  const commit = stringField(ref, 'commit');
  const tag = stringField(ref, 'tag');
  // The GitRepository API: "defaults to the master branch" when no ref is given.
  const branch =
    stringField(ref, 'branch') ?? (tag === undefined && commit === undefined ? 'master' : undefined);
  return {
    type: 'clone',
    url,
    ...(branch === undefined ? {} : { branch }),
    ...(tag === undefined ? {} : { tag }),
    ...(commit === undefined ? {} : { commit }),
  };
}

function referenceOf(
  value: Readonly<Record<string, unknown>>,
  namespace: string,
  ctx: Context,
  field: string,
): ObjectRef {
  const kind = stringField(value, 'kind');
  const name = stringField(value, 'name');
  if (kind === undefined || name === undefined) {
    throw new GitopsError(`${ctx.what}: ${field} needs a kind and a name`);
  }
  return { kind, name, namespace: stringField(value, 'namespace') ?? namespace };
}

function lookup(target: ObjectRef, ctx: Context, field: string): ManifestObject {
  const object = ctx.catalog.get(target);
  if (object === undefined) {
    throw new GitopsError(
      `${ctx.what}: ${field} names ${describeRef(target)}, which is not defined in this cluster's manifests`,
      {
        hint: `Add the ${target.kind} to the manifests rendered with this HelmRelease, or fix the reference.`,
      },
    );
  }
  return object;
}

function requireString(
  spec: Readonly<Record<string, unknown>> | undefined,
  key: string,
  target: ObjectRef,
  ctx: Context,
): string {
  const value = stringField(spec, key);
  if (value === undefined) throw new GitopsError(`${ctx.what}: ${describeRef(target)} has no spec.${key}`);
  return value;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
