import type { JsonSchema, NotEvaluatedRule } from './types.js';

/**
 * Kubernetes' own quantity syntax (`resource.ParseQuantity`), the pattern controller-gen puts on
 * quantity fields of CRDs. Built-in schemas say only `type: string`, but the API server refuses
 * `memory: 512MB`, so the converted Quantity carries the pattern too.
 */
export const QUANTITY_PATTERN =
  '^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$';

/** Where a schema comes from decides a few rules: built-in types are decoded by Go structs, CRDs by the apiextensions validator. */
export type SchemaDialect = 'swagger' | 'crd';

export interface NormalizeOptions {
  dialect: SchemaDialect;
  /** `additionalProperties: false` on every object that lists `properties` (kubeconform's `-strict`). */
  strict: boolean;
  /** Receives the rules the validator cannot evaluate (CEL, patterns JavaScript cannot compile). */
  notEvaluated: NotEvaluatedRule[];
}

/** Keywords ajv evaluates the way the Kubernetes validators do; everything else (descriptions, examples, `default`) is dropped. */
const COPIED = [
  'required',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  'multipleOf',
  'uniqueItems',
] as const;

const INT32 = { minimum: -(2 ** 31), maximum: 2 ** 31 - 1 };

/**
 * Turns one OpenAPI schema node (swagger 2.0 or a CRD's OpenAPI v3 structural schema) into the
 * JSON Schema ajv compiles. `path` is the JSON path of the values the node validates, for messages
 * about rules left unevaluated.
 */
export function normalizeSchema(input: unknown, options: NormalizeOptions, path = ''): JsonSchema {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return {};
  const node = input as JsonSchema;
  if (typeof node.$ref === 'string') {
    // Swagger puts only a description beside $ref; the referenced definition holds the rules.
    return { $ref: node.$ref };
  }
  const out: JsonSchema = {};
  const preserveUnknown = node['x-kubernetes-preserve-unknown-fields'] === true;
  const intOrString = node['x-kubernetes-int-or-string'] === true || node.format === 'int-or-string';

  let types = typeList(node.type);
  if (intOrString) types = ['integer', 'string'];
  if (types !== undefined && node.nullable === true && !types.includes('null')) types = [...types, 'null'];
  if (types !== undefined) out.type = types.length === 1 ? types[0] : types;

  copyFormat(node, out, options.dialect, types);
  copyNumericBounds(node, out);
  for (const keyword of COPIED) if (node[keyword] !== undefined) out[keyword] = node[keyword];
  if (Array.isArray(node.enum)) {
    out.enum = node.nullable === true && !node.enum.includes(null) ? [...node.enum, null] : node.enum;
  }
  if (typeof node.pattern === 'string') copyPattern(node.pattern, out, options, path);
  // A CRD `set` is validated for duplicates by the API server (apiextensions' listtype validation).
  if (options.dialect === 'crd' && node['x-kubernetes-list-type'] === 'set') out.uniqueItems = true;

  const properties = node.properties;
  if (properties !== null && typeof properties === 'object' && !Array.isArray(properties)) {
    const converted: Record<string, JsonSchema> = {};
    for (const [name, child] of Object.entries(properties)) {
      converted[name] = normalizeSchema(child, options, joinPath(path, name));
    }
    out.properties = converted;
  }
  if (node['x-kubernetes-embedded-resource'] === true) embedResource(out);
  const additional = node.additionalProperties;
  if (typeof additional === 'boolean') out.additionalProperties = additional;
  else if (additional !== null && typeof additional === 'object') {
    out.additionalProperties = normalizeSchema(additional, options, `${path}[*]`);
  } else if (options.strict && out.properties !== undefined && !preserveUnknown) {
    out.additionalProperties = false;
  }
  if (Array.isArray(node.items)) {
    out.items = node.items.map((item) => normalizeSchema(item, options, `${path}[*]`));
  } else if (node.items !== undefined) {
    out.items = normalizeSchema(node.items, options, `${path}[*]`);
  }
  copyJunctors(node, out, options, path, intOrString);
  collectCel(node, options, path);
  return out;
}

function typeList(type: unknown): string[] | undefined {
  if (typeof type === 'string') return [type];
  if (Array.isArray(type) && type.every((t) => typeof t === 'string')) return type as string[];
  return undefined;
}

function joinPath(path: string, name: string): string {
  return /^[A-Za-z_$][\w$-]*$/.test(name)
    ? path === ''
      ? name
      : `${path}.${name}`
    : `${path}[${JSON.stringify(name)}]`;
}

/**
 * Formats Kubernetes checks at decode or validation time. Built-in `int32` fields fail to decode
 * beyond 32 bits; kube-openapi checks string formats only, so a CRD's `int32` is not enforced and
 * neither is it here. Other formats (`uri`, `email`, …) are not checked: kube-openapi's definitions
 * differ in detail from JSON Schema's, and a false alarm costs more than a missed one.
 */
function copyFormat(
  node: JsonSchema,
  out: JsonSchema,
  dialect: SchemaDialect,
  types: string[] | undefined,
): void {
  const format = node.format;
  if (typeof format !== 'string') return;
  if (format === 'byte' || format === 'date-time') {
    if (types === undefined || types.includes('string')) out.format = format;
  } else if (format === 'int32' && dialect === 'swagger') {
    if (node.minimum === undefined) out.minimum = INT32.minimum;
    if (node.maximum === undefined) out.maximum = INT32.maximum;
  }
}

/** OpenAPI v2/v3.0 and JSON Schema draft-4 spell exclusive bounds as booleans; draft-07 as numbers. */
function copyNumericBounds(node: JsonSchema, out: JsonSchema): void {
  if (typeof node.minimum === 'number') {
    if (node.exclusiveMinimum === true) out.exclusiveMinimum = node.minimum;
    else out.minimum = node.minimum;
  }
  if (typeof node.maximum === 'number') {
    if (node.exclusiveMaximum === true) out.exclusiveMaximum = node.maximum;
    else out.maximum = node.maximum;
  }
}

/**
 * The API server compiles patterns with Go's RE2, ajv with JavaScript's RegExp. The two agree on
 * the patterns CRDs use in practice; one JavaScript cannot compile (a `(?i)` flag group) is
 * listed as not evaluated rather than failing every object of the kind.
 */
function copyPattern(pattern: string, out: JsonSchema, options: NormalizeOptions, path: string): void {
  try {
    new RegExp(pattern, 'u');
    out.pattern = pattern;
  } catch {
    options.notEvaluated.push({
      kind: 'pattern',
      path,
      rule: pattern,
      message: 'not a JavaScript regular expression; the validator does not check it',
    });
  }
}

/**
 * `allOf`, `anyOf`, `oneOf` and `not` in a structural schema only restrict values the node's
 * `properties` already describe, so strictness is never applied inside them: an
 * `anyOf: [{required: [a]}, {required: [b]}]` must not reject every other field.
 */
function copyJunctors(
  node: JsonSchema,
  out: JsonSchema,
  options: NormalizeOptions,
  path: string,
  intOrString: boolean,
): void {
  const loose: NormalizeOptions = { ...options, strict: false };
  for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
    const branches = node[keyword];
    if (!Array.isArray(branches)) continue;
    // controller-gen writes `anyOf: [{type: integer}, {type: string}]` beside
    // x-kubernetes-int-or-string; the type list above already says it, more cheaply.
    if (intOrString && branches.every(isTypeOnly)) continue;
    out[keyword] = branches.map((branch) => normalizeSchema(branch, loose, path));
  }
  if (node.not !== undefined) out.not = normalizeSchema(node.not, loose, path);
}

function isTypeOnly(branch: unknown): boolean {
  return branch !== null && typeof branch === 'object' && Object.keys(branch).every((key) => key === 'type');
}

/**
 * `x-kubernetes-embedded-resource`: the API server requires a non-empty `apiVersion` and `kind`
 * in the embedded object and validates its metadata (apiextensions' validateEmbeddedResource).
 */
function embedResource(out: JsonSchema): void {
  const properties = (out.properties as Record<string, JsonSchema> | undefined) ?? {};
  properties.apiVersion ??= { type: 'string', minLength: 1 };
  properties.kind ??= { type: 'string', minLength: 1 };
  properties.metadata ??= { type: 'object' };
  out.properties = properties;
  const required = Array.isArray(out.required) ? (out.required as string[]) : [];
  out.required = [...new Set([...required, 'apiVersion', 'kind'])];
}

function collectCel(node: JsonSchema, options: NormalizeOptions, path: string): void {
  const rules = node['x-kubernetes-validations'];
  if (!Array.isArray(rules)) return;
  for (const rule of rules) {
    if (rule === null || typeof rule !== 'object' || typeof rule.rule !== 'string') continue;
    const entry: NotEvaluatedRule = { kind: 'cel', path, rule: rule.rule };
    if (typeof rule.message === 'string') entry.message = rule.message;
    options.notEvaluated.push(entry);
  }
}
