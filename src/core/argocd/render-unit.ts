import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import type { Application, Unsupported } from './model.js';

/**
 * A chart from a Helm repository (`chart` + `targetRevision`), which the chart sources module fetches:
 * the render asks for it through `resolveRemoteChart` rather than downloading anything itself.
 */
export interface RemoteChartRequest {
  repoURL: string;
  chart: string;
  version: string;
}

/**
 * A file Helm reads: in this repository (a path relative to its root, also for `$ref/...` into a
 * source that is this repository), inside the chart (relative to the chart's root, for a remote
 * chart), or a URL Helm downloads itself.
 */
export type FileRef =
  | { kind: 'repository'; path: string }
  | { kind: 'chart'; path: string }
  | { kind: 'url'; url: string };

export interface HelmUnit {
  type: 'helm';
  /** Index in `spec.sources` (0 for `spec.source`). */
  sourceIndex: number;
  chart: { kind: 'repository'; path: string } | { kind: 'remote'; request: RemoteChartRequest };
  /** `helm.releaseName`, else the Application's name. */
  releaseName: string;
  /** `helm.namespace`, else `spec.destination.namespace`. */
  namespace: string;
  /** Resolved, in order, duplicates and (with `ignoreMissingValueFiles`) missing files dropped. */
  valueFiles: FileRef[];
  /** `helm.valuesObject` (as JSON) or else `helm.values`: passed as the last `--values` file. */
  values?: string;
  /** `parameters` without `forceString`, after envsubst; a repeated name keeps its last value. */
  set: [string, string][];
  /** `parameters` with `forceString: true`. */
  setString: [string, string][];
  /** `fileParameters`. */
  setFile: [string, FileRef][];
  skipCrds: boolean;
  skipTests: boolean;
  skipSchemaValidation: boolean;
  /** `helm.kubeVersion`, else the render's. */
  kubeVersion?: string;
  /** `helm.apiVersions`, else the render's. */
  apiVersions?: string[];
}

export interface KustomizeUnit {
  type: 'kustomize';
  sourceIndex: number;
  /** The kustomization directory, relative to the repository root. */
  path: string;
  /** The source's `kustomize` block (after envsubst of images and labels), applied as `kustomize edit` would. */
  kustomize: KubeObject;
}

export interface DirectoryUnit {
  type: 'directory';
  sourceIndex: number;
  path: string;
  recurse: boolean;
  /** Read every file, not only `.yaml`, `.yml`, `.json` and `.jsonnet`; include/exclude still apply. */
  disableExtensionFilter: boolean;
  include?: string;
  exclude?: string;
}

export type RenderUnit = HelmUnit | KustomizeUnit | DirectoryUnit;

/** What one Application deploys, source by source, and what of it we cannot render. */
export interface ApplicationPlan {
  application: Application;
  units: RenderUnit[];
  unsupported: Unsupported[];
}
