/**
 * What a pull request changes in the rendered clusters: plain, JSON-serialisable values, written as
 * they are into the check's JSON report and turned into Markdown by `src/report/diff-markdown.ts`.
 */
import type { SourceLocation } from '../errors.js';
import type { ObjectIdentity } from '../manifest/identity.js';
import type { UnitStatus } from '../render/model.js';
import type { KubeValue } from '../yaml/kubernetes-decode.js';

/** Each noise filter, on unless set to false. */
export interface NoiseOptions {
  /** `helm.sh/chart` labels, and `app.kubernetes.io/version` in an object whose chart label moved too. */
  chartLabels: boolean;
  /** Annotations whose key starts with `checksum/`: charts hash their config into them to force rollouts. */
  checksumAnnotations: boolean;
  /** Fields that differ between two renders of the same head (`DiffOptions.volatile`). */
  volatile: boolean;
}

export interface DiffOptions {
  noise?: Partial<NoiseOptions>;
  /** From `volatileMasks(headRender, headRenderAgain)`; without it nothing is masked. */
  volatile?: VolatileMasks;
}

/**
 * Fields that changed between two renders of the same inputs (random passwords, timestamps), by
 * cluster and object key (`objectKey`), as formatted paths (`metadata.annotations.rollme`).
 */
export interface VolatileMasks {
  clusters: Record<string, Record<string, string[]>>;
}

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One field that differs. Secret values appear only as `**SECRET:1a2b3c4d**` markers. */
export interface FieldHunk {
  /** `spec.template.spec.containers[name=app].image`; list items by name when they have one, else `[0]`. */
  path: string;
  change: ChangeKind;
  old?: KubeValue;
  new?: KubeValue;
  /** Set instead of values when the hunk stands for many fields (a CRD's schema). */
  summary?: string;
}

export interface ObjectChange {
  change: ChangeKind;
  cluster: string;
  /** The head's identity, or the base's for a removed object. */
  identity: ObjectIdentity;
  /** `objectKey(identity)`: group, kind, namespace, name. */
  key: string;
  /** The unit that renders it on the head (on the base when removed). */
  unit: string;
  /** Where that unit's owning object is written. */
  owner?: SourceLocation;
  /** The chart template or hand-written file:line. */
  source?: string;
  /** The base's apiVersion when the head serves the object under another version. */
  previousApiVersion?: string;
  /** Field-level changes; empty for added and removed objects, which are shown whole. */
  hunks: FieldHunk[];
  /** Paths left out because they change on every render. */
  masked: string[];
  /** How many changed fields the noise filters dropped. */
  filteredFields: number;
  /** A unified diff of the object's YAML (base → head), Secret values replaced by hashes. */
  text: string;
  /** A Secret or SOPS-encrypted object: values are only ever shown as hashes. */
  sensitive?: boolean;
}

export interface KindCount {
  kind: string;
  added: number;
  changed: number;
  removed: number;
}

export interface ClusterDiff {
  cluster: string;
  added: number;
  changed: number;
  removed: number;
  /** Objects whose only differences were noise. */
  filtered: number;
  /** Sorted by kind. */
  kinds: KindCount[];
  /** Sorted by change (changed, removed, added), kind, namespace and name. */
  objects: ObjectChange[];
}

/** A container whose image differs; `old` is absent for a new container, `new` for a removed one. */
export interface ImageChange {
  cluster: string;
  identity: ObjectIdentity;
  unit: string;
  container: string;
  init: boolean;
  old?: string;
  new?: string;
}

export type RiskCode =
  | 'object-deleted'
  | 'namespace-deleted'
  | 'crd-deleted'
  | 'immutable-field'
  | 'pvc-spec-changed';

export interface Risk {
  level: 'error' | 'warning';
  code: RiskCode;
  cluster: string;
  identity: ObjectIdentity;
  unit: string;
  owner?: SourceLocation;
  message: string;
  /** The fields concerned, for field-level risks. */
  paths?: string[];
}

/** A unit that did not render on one side: its objects are unknown there, so none is called added or removed. */
export interface UnitFailure {
  side: 'base' | 'head' | 'both';
  cluster: string;
  /** The unit id; the cluster's name when the cluster's tree could not be built at all. */
  unit: string;
  status: Extract<UnitStatus, 'failed' | 'unsupported'>;
  /** The unit's owning object, or the place the cluster's build failed. */
  owner?: SourceLocation;
  message: string;
  hint?: string;
}

export interface DiffTotals {
  added: number;
  changed: number;
  removed: number;
  /** Objects whose only differences were noise, so not reported as changed. */
  filtered: number;
  /** Fields masked as changing on every render, over all objects. */
  masked: number;
}

export interface RenderDiff {
  /** Whether any object was added, changed or removed. */
  changed: boolean;
  totals: DiffTotals;
  /** Every cluster rendered on either side, sorted by name, unchanged ones included. */
  clusters: ClusterDiff[];
  images: ImageChange[];
  /** Errors first, then by cluster. */
  risks: Risk[];
  failures: UnitFailure[];
  /** Objects with fields that change on every render: the paths, whether or not the object is reported. */
  masked: { cluster: string; identity: ObjectIdentity; paths: string[] }[];
}
