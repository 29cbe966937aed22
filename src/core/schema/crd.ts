import { normalizeSchema } from './normalize.js';
import type { GroupVersionKind, JsonSchema, NotEvaluatedRule, SchemaBundle } from './types.js';

export interface CrdConversionOptions {
  id: string;
  strict: boolean;
  /**
   * Where ObjectMeta's schema lives (`<bundle id>#/definitions/io.k8s…ObjectMeta`), when a
   * Kubernetes bundle is loaded. The API server validates a custom resource's metadata as
   * ObjectMeta whatever the CRD says, so `metadata.lables` is an unknown field there too.
   */
  objectMetaRef?: string;
}

export interface CrdConversion {
  /** `CRD helmreleases.helm.toolkit.fluxcd.io`. */
  name: string;
  /** Undefined when the object is not a usable apiextensions.k8s.io/v1 CRD; see `problems`. */
  bundle?: SchemaBundle;
  /** Versions the CRD lists with `served: false`: the API server refuses objects of these. */
  notServed: GroupVersionKind[];
  /** Why (part of) the CRD could not be used, for a finding on the CRD itself. */
  problems: string[];
}

interface CrdVersion {
  name?: unknown;
  served?: unknown;
  schema?: { openAPIV3Schema?: unknown };
}

/**
 * The schemas a CustomResourceDefinition contributes: one per served version, from
 * `spec.versions[].schema.openAPIV3Schema`, converted like the built-in ones (strict, int-or-string,
 * preserve-unknown-fields, embedded resources). CEL rules are listed per GVK as not evaluated.
 */
export function convertCrd(crd: Record<string, unknown>, options: CrdConversionOptions): CrdConversion {
  const metadata = record(crd.metadata);
  const spec = record(crd.spec);
  const names = record(spec.names);
  const name = `CRD ${typeof metadata.name === 'string' ? metadata.name : '(unnamed)'}`;
  const result: CrdConversion = { name, notServed: [], problems: [] };
  if (crd.apiVersion !== 'apiextensions.k8s.io/v1') {
    result.problems.push(
      `${name} is ${String(crd.apiVersion)}, not apiextensions.k8s.io/v1; its schemas are not used`,
    );
    return result;
  }
  const group = spec.group;
  const kind = names.kind;
  if (typeof group !== 'string' || typeof kind !== 'string' || !Array.isArray(spec.versions)) {
    result.problems.push(
      `${name} has no spec.group, spec.names.kind or spec.versions; its schemas are not used`,
    );
    return result;
  }
  const bundle: SchemaBundle = { id: options.id, source: name, definitions: {}, kinds: [] };
  for (const entry of spec.versions as CrdVersion[]) {
    if (typeof entry?.name !== 'string') continue;
    const gvk = { group, version: entry.name, kind };
    if (entry.served !== true) {
      result.notServed.push(gvk);
      continue;
    }
    const notEvaluated: NotEvaluatedRule[] = [];
    const definition = `${kind}_${entry.name}`;
    const schema = entry.schema?.openAPIV3Schema;
    if (schema === undefined) {
      result.problems.push(
        `${name} version ${entry.name} has no schema.openAPIV3Schema; its objects are not checked`,
      );
      bundle.definitions[definition] = {};
    } else {
      bundle.definitions[definition] = customResourceRoot(schema, options, notEvaluated);
    }
    bundle.kinds.push({ gvk, definition, notEvaluated });
  }
  result.bundle = bundle;
  return result;
}

/**
 * The root of a custom resource always has `apiVersion`, `kind` and `metadata`, whether or not the
 * CRD lists them; kubeconform's converter leaves the root open for that reason, which lets a
 * misspelt `spec` through. Adding the three makes a strict root safe.
 */
export function customResourceRoot(
  schema: unknown,
  options: { strict: boolean; objectMetaRef?: string },
  notEvaluated: NotEvaluatedRule[],
): JsonSchema {
  const normalizeOptions = { dialect: 'crd', strict: options.strict, notEvaluated } as const;
  const root = normalizeSchema(schema, normalizeOptions);
  const properties = (root.properties as Record<string, JsonSchema> | undefined) ?? {};
  // Kept when declared: catalog schemas (kubeconform's) pin them with enums, the only guard against
  // `kind: deployment`, since their file names are the lower-cased kind.
  properties.apiVersion ??= { type: 'string' };
  properties.kind ??= { type: 'string' };
  const declaredMeta = record(record(schema).properties).metadata;
  // The CRD's own metadata rules (a maxLength on name) add to ObjectMeta; they never list every field.
  const crdMeta = normalizeSchema(declaredMeta, { ...normalizeOptions, strict: false }, 'metadata');
  const meta = { type: 'object', ...crdMeta };
  properties.metadata = options.objectMetaRef ? { allOf: [{ $ref: options.objectMetaRef }, meta] } : meta;
  root.properties = properties;
  const preserve = record(schema)['x-kubernetes-preserve-unknown-fields'] === true;
  if (options.strict && root.additionalProperties === undefined && !preserve)
    root.additionalProperties = false;
  return root;
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
