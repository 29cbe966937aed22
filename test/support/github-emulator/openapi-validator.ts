import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { JsonSchema, OpenApiDocument, OpenApiMediaType, OpenApiResponse } from './openapi-document.js';
import { resolveReference } from './openapi-document.js';
import type { Route } from './route-table.js';
import { COMPONENT_ID_PREFIX, convertSchema } from './schema-convert.js';

/**
 * Statuses GitHub can answer on any endpoint, whether or not the operation documents them: bad
 * credentials (401), rate limits (403, 429) and a repository or object the token cannot see (404).
 * Their bodies must still be a documented `basic-error`.
 */
const CROSS_CUTTING_STATUSES = new Set([401, 403, 404, 429]);

export interface RequestToCheck {
  params: Record<string, string>;
  query: Record<string, string>;
  /** The parsed JSON body, or undefined when the request had none. */
  body: unknown;
}

/** Typed path and query parameters after a successful check (`pull_number` becomes a number). */
export interface CheckedParameters {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
}

export type CheckResult<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Compiles validators on demand from the OpenAPI description, only for the operations a test uses,
 * and caches them for the rest of the process.
 */
export class OpenApiValidator {
  // Parameters arrive as strings: this instance coerces them to the documented types.
  private readonly parameterAjv = createAjv(true);
  private readonly bodyAjv = createAjv(false);
  private readonly registered = new WeakMap<Ajv, Set<string>>();
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenApiDocument) {}

  checkRequest(route: Route, request: RequestToCheck): CheckResult<CheckedParameters> {
    const params: Record<string, unknown> = { ...request.params };
    const query: Record<string, unknown> = { ...request.query };
    const pathCheck = this.validate(route, 'path', () => this.parameterSchema(route, 'path'), params);
    if (pathCheck) return { ok: false, error: pathCheck };
    const queryCheck = this.validate(route, 'query', () => this.parameterSchema(route, 'query'), query);
    if (queryCheck) return { ok: false, error: queryCheck };
    const requestBody = route.operation.requestBody
      ? resolveReference<{ required?: boolean; content?: Record<string, OpenApiMediaType> }>(
          this.document,
          route.operation.requestBody,
        )
      : undefined;
    if (request.body === undefined) {
      if (requestBody?.required) return { ok: false, error: 'the request body is required' };
    } else {
      const schema = requestBody?.content?.['application/json']?.schema;
      if (schema === undefined) return { ok: false, error: 'the operation documents no JSON request body' };
      const bodyCheck = this.validate(route, 'body', () => schema, request.body);
      if (bodyCheck) return { ok: false, error: bodyCheck };
    }
    return { ok: true, value: { params, query } };
  }

  /** Undefined when the response is documented and its body fits the documented schema. */
  checkResponse(route: Route, status: number, body: unknown): string | undefined {
    const documented = route.operation.responses[String(status)] ?? route.operation.responses.default;
    if (documented === undefined) {
      if (!CROSS_CUTTING_STATUSES.has(status)) {
        const statuses = Object.keys(route.operation.responses).join(', ');
        return `status ${status} is not documented (documented: ${statuses})`;
      }
      return this.validate(
        route,
        'cross-cutting',
        () => ({ $ref: '#/components/schemas/basic-error' }),
        body,
      );
    }
    const response = resolveReference<OpenApiResponse>(this.document, documented);
    const schema = response.content?.['application/json']?.schema;
    if (status === 204 && body !== undefined) return 'status 204 must have no body';
    if (schema === undefined) return undefined;
    if (body === undefined) return `status ${status} documents a JSON body but none was sent`;
    return this.validate(route, `response ${status}`, () => schema, body);
  }

  private validate(route: Route, part: string, schema: () => JsonSchema, data: unknown): string | undefined {
    const key = `${route.operation.operationId} ${part}`;
    let validator = this.cache.get(key);
    if (validator === undefined) {
      const ajv = part === 'path' || part === 'query' ? this.parameterAjv : this.bodyAjv;
      validator = this.compile(ajv, schema());
      this.cache.set(key, validator);
    }
    if (validator(data)) return undefined;
    const name = part.startsWith('response') || part === 'cross-cutting' ? 'response' : part;
    return formatErrors(validator.errors ?? [], name);
  }

  private parameterSchema(route: Route, location: 'path' | 'query'): JsonSchema {
    const parameters = route.parameters.filter((parameter) => parameter.in === location);
    return {
      type: 'object',
      properties: Object.fromEntries(parameters.map((p) => [p.name, p.schema ?? {}])),
      required: parameters.filter((p) => p.required).map((p) => p.name),
      // GitHub ignores unknown query parameters, which hides typos such as `heads=`: flag them.
      additionalProperties: false,
    };
  }

  private compile(ajv: Ajv, openApiSchema: JsonSchema): ValidateFunction {
    const { schema, references } = convertSchema(openApiSchema);
    this.register(ajv, references);
    return ajv.compile(schema);
  }

  /** Adds referenced components, and the components they reference, to ajv (compiled lazily). */
  private register(ajv: Ajv, names: Iterable<string>): void {
    let known = this.registered.get(ajv);
    if (known === undefined) {
      known = new Set();
      this.registered.set(ajv, known);
    }
    const pending = [...names];
    for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
      if (known.has(name)) continue;
      known.add(name);
      const source = this.document.components.schemas?.[name];
      if (source === undefined) throw new Error(`the description has no schema component ${name}`);
      const { schema, references } = convertSchema(source);
      ajv.addSchema({ ...schema, $id: `${COMPONENT_ID_PREFIX}${name}` });
      pending.push(...references);
    }
  }
}

function createAjv(coerceTypes: boolean): Ajv {
  const ajv = new Ajv({
    coerceTypes,
    allErrors: false,
    strictSchema: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    validateSchema: false,
  });
  addFormats.default(ajv);
  // Formats GitHub's description uses beyond JSON Schema's own.
  ajv.addFormat('repo.nwo', /^[^/\s]+\/[^/\s]+$/);
  ajv.addFormat('timestamp', true);
  return ajv;
}

function formatErrors(errors: ErrorObject[], root: string): string {
  return errors
    .map((error) => {
      const where = `${root}${error.instancePath}`;
      const extra = error.keyword === 'additionalProperties' ? ` (${JSON.stringify(error.params)})` : '';
      return `${where} ${error.message ?? error.keyword}${extra}`;
    })
    .join('; ');
}
