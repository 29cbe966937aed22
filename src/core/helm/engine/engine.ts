import type { Values } from '../../flux/helmrelease/merge-maps.js';
import type { RenderedObject } from '../../flux/helmrelease/post-render-metadata.js';

/**
 * The Helm engine: a chart and override values in, Kubernetes objects out, the way Helm's install
 * action renders them for helm-controller. `HelmTemplateEngine` runs the real `helm template`; it is
 * the reference. A faster in-process engine may later implement this same interface for the charts
 * it can render exactly (chosen chart by chart), while the binary stays the oracle both are tested
 * against. Post-rendering (`post-render.ts`) is deliberately not part of the interface: it is the
 * same kustomize-based step whichever engine rendered, so an engine only has to match `helm
 * template`.
 */
export interface HelmEngine {
  render(chart: ChartRef, values: Values, options: RenderOptions): Promise<RenderedChart>;
}

/** A chart that is ready to render: dependencies already in its `charts/` directory. */
export interface ChartRef {
  /** A chart directory or a packaged `.tgz`. */
  path: string;
  /** `Chart.yaml`'s name and version: they name the chart in errors and cache keys. */
  name: string;
  version: string;
}

/** `spec.install.crds`. helm-controller's default is `Create` (internal/action/crds.go). */
export type CrdPolicy = 'Skip' | 'Create' | 'CreateReplace';

/**
 * The newest Kubernetes the suite knows: `.Capabilities.KubeVersion` unless told otherwise. Helm
 * keeps the text it is given, so this is spelled as a cluster reports it (`v1.35.0`, not `1.35`).
 */
export const DEFAULT_KUBE_VERSION = 'v1.35.0';

export interface RenderOptions {
  /** The Helm release name, already shortened: `releaseName()` of the HelmRelease. */
  releaseName: string;
  /** `.Release.Namespace`: `releaseNamespace()` of the HelmRelease (its targetNamespace or namespace). */
  namespace: string;
  /** `.Capabilities.KubeVersion`, for example `v1.34.2`. Default `DEFAULT_KUBE_VERSION`. */
  kubeVersion?: string;
  /**
   * Extra `.Capabilities.APIVersions`, on top of Helm's built-in Kubernetes APIs: what the cluster
   * serves besides, at least the CRDs of the cluster's render (see `apiVersionsOfCrds`).
   */
  apiVersions?: readonly string[];
  /**
   * Values files read before the override values, in order (later wins): a plain chart's
   * per-environment files, handed to helm as the files they are rather than re-serialised.
   */
  valuesFiles?: readonly string[];
  /** `spec.install.crds`: whether the chart's `crds/` reach the cluster. Default `Create`. */
  crds?: CrdPolicy;
  /** `spec.install.disableHooks`: hooks never run, so they are not rendered. */
  disableHooks?: boolean;
  /** `spec.install.disableSchemaValidation`: skip the chart's `values.schema.json`. */
  disableSchemaValidation?: boolean;
}

/** The Helm hook events (`helm.sh/hook`), as Helm's manifest sorter knows them. */
export const HOOK_EVENTS = [
  'pre-install',
  'post-install',
  'pre-delete',
  'post-delete',
  'pre-upgrade',
  'post-upgrade',
  'pre-rollback',
  'post-rollback',
  'test',
] as const;

export type HookEvent = (typeof HOOK_EVENTS)[number];

/** What Helm reads from a hook's annotations (release/v1/util/manifest_sorter.go). */
export interface HookInfo {
  events: HookEvent[];
  /** `helm.sh/hook-weight`; 0 when absent or not an integer. */
  weight: number;
  /** `helm.sh/hook-delete-policy`, lowercased; Helm's default when empty is `before-hook-creation`. */
  deletePolicies: string[];
}

export interface RenderedManifest {
  object: RenderedObject;
  /**
   * The chart file it came from, as Helm's `# Source:` comment names it:
   * `web-app/templates/deployment.yaml`, `parent/charts/sub/crds/crd.yaml`.
   */
  source: string;
  /** Set when the object is a Helm hook: not part of the release manifest, run at hook time. */
  hook?: HookInfo;
  /** True for objects from a chart's `crds/` directory (never templated, never post-rendered). */
  crd: boolean;
}

export interface RenderedChart {
  /** CRDs first, then the release manifest in Helm's install order, then hooks: `helm template`'s order. */
  manifests: RenderedManifest[];
}
