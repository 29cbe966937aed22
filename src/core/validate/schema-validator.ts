import { Ajv, type ValidateFunction } from 'ajv';
import type { SourceLocation } from '../errors.js';
import { splitApiVersion } from '../manifest/identity.js';
import type { SchemaLookup, SchemaRegistry } from '../schema/registry.js';
import { type GroupVersionKind, gvkKey, type NotEvaluatedRule, type SchemaBundle } from '../schema/types.js';
import { locationOf, type YamlDocument, type YamlFile } from '../yaml/documents.js';
import { type JsonPath, locatePath, nodeAtPath } from '../yaml/json-path.js';
import { pruneNulls } from './prune-nulls.js';
import { describeErrors } from './schema-messages.js';

/** A schema violation, ready for the findings layer. */
export interface SchemaFinding {
  ruleId: 'schema';
  severity: 'error';
  message: string;
  jsonPath: JsonPath;
  /** Present when the object came with its YAML document; computed only for objects with findings. */
  location?: SourceLocation;
}

export type SchemaResult =
  | { status: 'valid'; source: string; notEvaluated: NotEvaluatedRule[] }
  | { status: 'invalid'; source: string; findings: SchemaFinding[]; notEvaluated: NotEvaluatedRule[] }
  /** No schema: reported, never counted as passed. */
  | { status: 'skipped'; reason: string };

/** The YAML an object was decoded from, so that findings can point at lines. */
export interface ObjectOrigin {
  yaml: YamlFile;
  document: YamlDocument;
}

/**
 * The origin, or a function producing it. A fast parser without positions can hand in objects and
 * a function that parses the file with positions: it runs only for objects with findings.
 */
export type OriginSource = ObjectOrigin | (() => ObjectOrigin | undefined);

interface CompiledKind {
  lookup: Extract<SchemaLookup, { status: 'found' }>;
  fast: ValidateFunction;
  detailed?: ValidateFunction;
}

/**
 * Validates one decoded object at a time against its GVK's schema, like kubeconform's validator.
 * Each GVK compiles once, on first use, into two validators: a fast one that stops at the first
 * error (most objects are valid), and a detailed one with every error, compiled only when an
 * object fails.
 *
 * Nulls are accepted where the API server accepts them. Built-in types decode `null` into Go's
 * zero value, and for CRDs the apiextensions server prunes a null field that is not `nullable`
 * before validating (defaulting's PruneNonNullableNullsWithoutDefaults). So a failing object is
 * checked again with null object fields removed; array items stay, as the server keeps them. A
 * required field written as `null` then fails as missing, which is what the server reports.
 */
export class SchemaValidator {
  private readonly fastAjv = createAjv(false);
  private readonly detailedAjv = createAjv(true);
  private readonly added = new Map<Ajv, Set<string>>();
  private readonly compiled = new Map<string, CompiledKind | Promise<CompiledKind | SchemaResult>>();

  constructor(private readonly registry: SchemaRegistry) {}

  async validate(object: Record<string, unknown>, origin?: OriginSource): Promise<SchemaResult> {
    const gvk = gvkOf(object);
    if (gvk === undefined)
      return { status: 'skipped', reason: 'the object has no string apiVersion and kind' };
    const key = gvkKey(gvk);
    let entry = this.compiled.get(key);
    if (entry === undefined) {
      entry = this.compile(gvk);
      this.compiled.set(key, entry);
    }
    const kind = 'fast' in entry ? entry : await entry;
    if (!('fast' in kind)) return kind;
    this.compiled.set(key, kind);
    return this.run(kind, object, origin);
  }

  private run(
    kind: CompiledKind,
    object: Record<string, unknown>,
    originSource?: OriginSource,
  ): SchemaResult {
    const { source } = kind.lookup.bundle;
    const { notEvaluated } = kind.lookup;
    if (kind.fast(object)) return { status: 'valid', source, notEvaluated };
    const pruned = pruneNulls(object);
    if (pruned !== object && kind.fast(pruned)) return { status: 'valid', source, notEvaluated };
    kind.detailed ??= this.compileWith(this.detailedAjv, kind.lookup);
    kind.detailed(pruned);
    const violations = describeErrors(kind.detailed.errors ?? [], object);
    const origin = typeof originSource === 'function' ? originSource() : originSource;
    const findings = violations.map((violation): SchemaFinding => {
      const finding: SchemaFinding = {
        ruleId: 'schema',
        severity: 'error',
        message: violation.message,
        jsonPath: violation.path,
      };
      if (origin !== undefined) finding.location = locate(origin, violation.path, violation.atKey);
      return finding;
    });
    // ajv reports in schema order; a person reads a file top to bottom.
    findings.sort(
      (a, b) =>
        (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        (a.location?.column ?? 0) - (b.location?.column ?? 0),
    );
    return { status: 'invalid', source, findings, notEvaluated };
  }

  private async compile(gvk: GroupVersionKind): Promise<CompiledKind | SchemaResult> {
    const lookup = await this.registry.lookup(gvk);
    if (lookup.status === 'missing') return { status: 'skipped', reason: lookup.reason };
    if (lookup.status === 'not-served') {
      return {
        status: 'invalid',
        source: 'CRD',
        notEvaluated: [],
        findings: [{ ruleId: 'schema', severity: 'error', message: lookup.reason, jsonPath: ['apiVersion'] }],
      };
    }
    return { lookup, fast: this.compileWith(this.fastAjv, lookup) };
  }

  private compileWith(ajv: Ajv, lookup: Extract<SchemaLookup, { status: 'found' }>): ValidateFunction {
    this.addBundle(ajv, lookup.bundle);
    // No apiVersion/kind enums here: the schema was looked up by the object's own apiVersion and
    // kind, so they would always hold.
    return ajv.compile({ $ref: `${lookup.bundle.id}#/definitions/${lookup.definition}` });
  }

  private addBundle(ajv: Ajv, bundle: SchemaBundle): void {
    let ids = this.added.get(ajv);
    if (ids === undefined) {
      ids = new Set();
      this.added.set(ajv, ids);
    }
    if (ids.has(bundle.id)) return;
    ajv.addSchema({ $id: bundle.id, definitions: bundle.definitions });
    ids.add(bundle.id);
    for (const used of bundle.uses ?? []) this.addBundle(ajv, used);
  }
}

function gvkOf(object: Record<string, unknown>): GroupVersionKind | undefined {
  const { apiVersion, kind } = object;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string' || apiVersion === '' || kind === '')
    return undefined;
  return { ...splitApiVersion(apiVersion), kind };
}

function locate(origin: ObjectOrigin, path: JsonPath, atKey: boolean): SourceLocation {
  if (atKey) {
    const match = nodeAtPath(origin.document.document, path);
    if (match?.key !== undefined) return locationOf(origin.yaml, match.key);
  }
  return locatePath(origin.yaml, origin.document, path).location;
}

/**
 * The formats Kubernetes enforces on strings: `byte` as Go's base64.StdEncoding decodes it
 * (padding required, line breaks ignored), and `date-time` leniently, as kube-openapi accepts
 * several RFC 3339 spellings.
 */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

function createAjv(detailed: boolean): Ajv {
  return new Ajv({
    allErrors: detailed,
    // Kinds share most of their definitions (PodSpec, ObjectMeta, …): compiled once each as a
    // function of their own instead of inlined into every kind that uses them, which cuts the
    // compile time by a third and does not change what is reported.
    inlineRefs: false,
    verbose: detailed,
    // Schemas come from swagger.json, CRDs and catalogs: unknown keywords are theirs, not typos of ours.
    strict: false,
    logger: false,
    formats: {
      byte: { type: 'string', validate: (value: string) => BASE64.test(value.replace(/[\r\n]/g, '')) },
      'date-time': { type: 'string', validate: (value: string) => DATE_TIME.test(value) },
    },
  });
}
