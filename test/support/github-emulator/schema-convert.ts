import type { JsonSchema } from './openapi-document.js';

/** Where converted `#/components/schemas/<name>` live in ajv, each under its own `$id`. */
export const COMPONENT_ID_PREFIX = 'https://github-emulator.invalid/components/schemas/';

/**
 * The JSON Schema keywords an OpenAPI 3.0 schema object shares with draft-07. Everything else
 * (`example`, `x-github`, `discriminator`, `xml`, `nullable` once applied) is dropped, so ajv can run
 * in strict-schema mode and a keyword we forgot would fail loudly instead of being ignored.
 */
const KEPT_KEYWORDS = new Set([
  'type',
  'format',
  'enum',
  'const',
  'properties',
  'additionalProperties',
  'required',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minProperties',
  'maxProperties',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'default',
  'title',
  'description',
  'readOnly',
  'writeOnly',
  'deprecated',
]);

export interface ConvertedSchema {
  schema: JsonSchema;
  /** Names of the components this schema references, to register before compiling it. */
  references: Set<string>;
}

/**
 * Turns an OpenAPI 3.0 schema object into draft-07 JSON Schema for ajv. `nullable: true` adds
 * null to the type (or wraps a type-less schema in `anyOf` with null). A `$ref` ignores its siblings,
 * as OpenAPI 3.0 says. `oneOf` and `anyOf` are kept as written.
 */
export function convertSchema(source: unknown): ConvertedSchema {
  const references = new Set<string>();
  const schema = convertNode(source, references);
  return { schema, references };
}

function convertNode(source: unknown, references: Set<string>): JsonSchema {
  if (source === null || typeof source !== 'object' || Array.isArray(source)) {
    throw new Error(`not a schema object: ${JSON.stringify(source)}`);
  }
  const input = source as JsonSchema;
  if (typeof input.$ref === 'string') {
    const name = /^#\/components\/schemas\/(.+)$/.exec(input.$ref)?.[1];
    if (name === undefined) throw new Error(`unsupported schema reference ${input.$ref}`);
    references.add(name);
    return { $ref: `${COMPONENT_ID_PREFIX}${name}` };
  }
  const output: JsonSchema = {};
  for (const [keyword, value] of Object.entries(input)) {
    if (!KEPT_KEYWORDS.has(keyword)) continue;
    output[keyword] = convertKeyword(keyword, value, references);
  }
  if (input.nullable !== true) return output;
  if (typeof output.type === 'string') {
    output.type = [output.type, 'null'];
    // OpenAPI 3.0.3: nullable allows null even when an enum lists only strings.
    if (Array.isArray(output.enum) && !output.enum.includes(null)) output.enum = [...output.enum, null];
    return output;
  }
  return { anyOf: [output, { type: 'null' }] };
}

function convertKeyword(keyword: string, value: unknown, references: Set<string>): unknown {
  switch (keyword) {
    case 'properties':
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([name, schema]) => [
          name,
          convertNode(schema, references),
        ]),
      );
    case 'items':
    case 'not':
      return convertNode(value, references);
    case 'additionalProperties':
      return typeof value === 'boolean' ? value : convertNode(value, references);
    case 'allOf':
    case 'anyOf':
    case 'oneOf':
      return (value as unknown[]).map((schema) => convertNode(schema, references));
    default:
      return value;
  }
}
