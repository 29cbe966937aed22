import { GitopsError } from '../errors.js';
import { normalizeSchema, QUANTITY_PATTERN } from './normalize.js';
import type { GroupVersionKind, JsonSchema, SchemaBundle } from './types.js';

const QUANTITY = 'io.k8s.apimachinery.pkg.api.resource.Quantity';

export interface SwaggerConversionOptions {
  /** The bundle's URI in ajv; derive it from the source's digest so two versions never collide. */
  id: string;
  source: string;
  strict: boolean;
}

/**
 * Converts Kubernetes' `api/openapi-spec/swagger.json` (Swagger 2.0) into one bundle holding every
 * definition, indexed by the GVKs in `x-kubernetes-group-version-kind`. This is the conversion the
 * published kubeconform schemas go through (instrumenta's openapi2jsonschema with `--kubernetes
 * --strict`), done in process and without expanding `$ref`s, so definitions are shared:
 *
 * - IntOrString (`format: int-or-string`) becomes `integer | string`;
 * - Quantity becomes `string | number`, as openapi2jsonschema has it (Quantity's UnmarshalJSON
 *   takes a bare number), with Kubernetes' quantity syntax checked on strings;
 * - strict adds `additionalProperties: false` where a definition lists `properties`, which is how
 *   kubectl's and the API server's strict field validation see unknown fields;
 * - `int32` fields get their range, since a larger number fails to decode into the Go struct.
 *
 * Nulls are not written into the schemas: the validator accepts them where the API server's
 * decoding does (see schema-validator.ts), which a per-field `type: [x, "null"]` cannot express
 * for `$ref` fields.
 */
export function convertSwagger(swagger: unknown, options: SwaggerConversionOptions): SchemaBundle {
  const definitions = definitionsOf(swagger, options.source);
  const bundle: SchemaBundle = { id: options.id, source: options.source, definitions: {}, kinds: [] };
  // swagger.json carries no CEL rules, and its patterns are few and plain: nothing to list per kind.
  const normalize = { dialect: 'swagger', strict: options.strict, notEvaluated: [] } as const;
  for (const [name, definition] of Object.entries(definitions)) {
    bundle.definitions[name] =
      name === QUANTITY
        ? { type: ['string', 'number'], pattern: QUANTITY_PATTERN }
        : normalizeSchema(definition, { ...normalize, notEvaluated: [] });
    for (const gvk of groupVersionKinds(definition)) {
      bundle.kinds.push({ gvk, definition: name, notEvaluated: [] });
    }
  }
  return bundle;
}

function definitionsOf(swagger: unknown, source: string): Record<string, unknown> {
  if (swagger !== null && typeof swagger === 'object' && !Array.isArray(swagger)) {
    const { definitions, swagger: version } = swagger as { definitions?: unknown; swagger?: unknown };
    if (
      typeof version === 'string' &&
      definitions !== null &&
      typeof definitions === 'object' &&
      !Array.isArray(definitions)
    ) {
      return definitions as Record<string, unknown>;
    }
  }
  throw new GitopsError(`${source} is not a Swagger 2.0 document with definitions`, {
    hint: "Use Kubernetes' api/openapi-spec/swagger.json from the release tag you deploy to.",
  });
}

function groupVersionKinds(definition: unknown): GroupVersionKind[] {
  const list = (definition as JsonSchema | null)?.['x-kubernetes-group-version-kind'];
  if (!Array.isArray(list)) return [];
  const found: GroupVersionKind[] = [];
  for (const entry of list) {
    const { group, version, kind } = (entry ?? {}) as Record<string, unknown>;
    if (typeof group === 'string' && typeof version === 'string' && typeof kind === 'string') {
      found.push({ group, version, kind });
    }
  }
  return found;
}
