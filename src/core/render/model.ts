/**
 * The render's data: units (one Flux Kustomization build, one HelmRelease, one Argo CD Application,
 * one plain chart in one environment), what each produced, and the run as a whole. These are plain
 * values, written to index.json as they are.
 */
import type { SourceLocation } from '../errors.js';
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import type { ObjectIdentity } from '../manifest/identity.js';

/**
 * `Application`: an Argo CD Application (one an ApplicationSet generated included) with every source
 * it deploys. `Chart`: a plain chart from `.gitops-actions.yaml` in one environment, which is then
 * the unit's cluster. `ResourceSet`: a Flux Operator ResourceSet and the objects it produces (the
 * ResourceSet object itself is in the output of the Kustomization that applies it).
 */
export type UnitKind = 'Kustomization' | 'ResourceSet' | 'HelmRelease' | 'Application' | 'Chart';

/**
 * - `rendered`: built in this run; `cached`: taken from the unit cache, inputs unchanged;
 * - `planned`: `--plan`, inputs worked out and nothing rendered;
 * - `failed`: the unit's error is in `error`; `unsupported`: render cannot build it (its source
 *   cannot be fetched), listed rather than dropped.
 */
export type UnitStatus = 'rendered' | 'cached' | 'planned' | 'failed' | 'unsupported';

/** One rendered object, ready to write: Secret values already redacted. */
export interface OutputObject {
  identity: ObjectIdentity;
  object: KubeObject;
  /** The chart template (`web-app/templates/deployment.yaml`) or the hand-written file:line. */
  source?: string;
}

export interface ChartInfo {
  name: string;
  version: string;
  /** The upstream URL, `git:this-repository` or `git:<url>`. */
  source: string;
  /** `sha256:…` of the package, or of the chart directory's files. */
  digest: string;
}

export interface UnitError {
  message: string;
  hint?: string;
}

export interface RenderUnit {
  /** `<cluster>/<kind>/<namespace>/<name>`: unique in a run, and what sharding hashes. */
  id: string;
  cluster: string;
  kind: UnitKind;
  namespace: string;
  name: string;
  /** Where the owning object is written (for a Chart, its entry in `.gitops-actions.yaml`). */
  owner?: SourceLocation;
  /**
   * What led here, from the cluster's root: Flux Kustomizations as `namespace/name`, then the Argo CD
   * Applications of an app of apps as `Application/namespace/name`.
   */
  chain: string[];
  /** `spec.dependsOn`, as `namespace/name`. */
  dependsOn: string[];
  /** Over every input: files, chart, values, options, tool versions. */
  inputsDigest?: string;
  chart?: ChartInfo;
  valuesDigest?: string;
  status: UnitStatus;
  durationMs: number;
  objects: OutputObject[];
  error?: UnitError;
}

/** A problem outside any one unit's output, or a warning: unsupported objects, cycles, missing dependencies. */
export interface RenderDiagnostic {
  cluster: string;
  severity: 'error' | 'warning';
  code: string;
  message: string;
  hint?: string;
  location?: SourceLocation;
  /** The unit the diagnostic belongs to, when there is one. */
  unit?: string;
}

export interface ClusterInfo {
  name: string;
  /** The entry directory, relative to the rendered repository. */
  entry: string;
  /** How long building the cluster's Kustomization tree took (0 when cached). */
  kustomizeMs: number;
}

export interface RenderRun {
  clusters: ClusterInfo[];
  /** Sorted by id. With a shard, only this shard's units. */
  units: RenderUnit[];
  diagnostics: RenderDiagnostic[];
  shard?: { index: number; count: number };
  kubeVersion: string;
}

export function unitId(cluster: string, kind: UnitKind, namespace: string, name: string): string {
  return `${cluster}/${kind}/${namespace}/${name}`;
}

/** Whether the run should fail: a failed unit, or an error diagnostic (a dependsOn cycle). */
export function runFailed(run: Pick<RenderRun, 'units' | 'diagnostics'>): boolean {
  return (
    run.units.some((unit) => unit.status === 'failed') ||
    run.diagnostics.some((diagnostic) => diagnostic.severity === 'error')
  );
}

/** Diagnostics in one order whatever the order clusters and shards finished in. */
export function sortDiagnostics(diagnostics: readonly RenderDiagnostic[]): RenderDiagnostic[] {
  const key = (d: RenderDiagnostic) =>
    [
      d.cluster,
      d.unit ?? '',
      d.location?.file ?? '',
      String(d.location?.line ?? 0).padStart(8, '0'),
      d.code,
      d.message,
    ].join('\0');
  return [...diagnostics].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
