/**
 * A JSON Schema (draft-07, the dialect ajv compiles by default) as the converters produce it. Kept
 * loose on purpose: schemas come from swagger.json, CRDs and schema catalogs, and the converters
 * only touch the keywords they know.
 */
export interface JsonSchema {
  [keyword: string]: unknown;
}

/** The key of every schema lookup: an object's apiVersion split into group and version, and its kind. */
export interface GroupVersionKind {
  /** '' for the core group. */
  group: string;
  version: string;
  kind: string;
}

/** `apps/v1/Deployment`, `/v1/ConfigMap` for the core group: one string per GVK, for maps. */
export function gvkKey(gvk: GroupVersionKind): string {
  return `${gvk.group}/${gvk.version}/${gvk.kind}`;
}

export function apiVersionOf(gvk: GroupVersionKind): string {
  return gvk.group === '' ? gvk.version : `${gvk.group}/${gvk.version}`;
}

/**
 * A server-side check the validator does not evaluate: a CEL rule (`x-kubernetes-validations`), or
 * a `pattern` JavaScript cannot compile. Listed per GVK so that a report can say which checks a
 * green run did not cover.
 */
export interface NotEvaluatedRule {
  kind: 'cel' | 'pattern';
  /** Where the rule sits in the object, as a JSON path: `spec.chart` (`''` for the root). */
  path: string;
  rule: string;
  message?: string;
}

/** One GVK a bundle serves: the definition that validates it, and what the conversion left out. */
export interface BundleKind {
  gvk: GroupVersionKind;
  /** Key in the bundle's `definitions`. */
  definition: string;
  notEvaluated: NotEvaluatedRule[];
}

/**
 * Converted schemas from one source (a swagger.json, one CRD), ready for ajv: `definitions` refer
 * to each other with local `#/definitions/...` refs, so the bundle is added to ajv once and every
 * GVK's validator shares the compiled definitions (PodSpec is compiled once, not per workload kind).
 */
export interface SchemaBundle {
  /** A URI naming the bundle in ajv; unique per source content. */
  id: string;
  /** What a person would call the source: `Kubernetes v1.35 (…/swagger.json)`, `CRD helmreleases.helm.toolkit.fluxcd.io`. */
  source: string;
  definitions: Record<string, JsonSchema>;
  kinds: BundleKind[];
  /** Bundles this one refers to by absolute `$ref` (a CRD's metadata → the Kubernetes ObjectMeta). */
  uses?: SchemaBundle[];
}
