import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../paths.js';

/** The slice of an OpenAPI 3.0 document the emulator reads. Schemas stay untyped JSON. */
export type JsonSchema = Record<string, unknown>;

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
  'x-multi-segment'?: boolean;
}

export interface OpenApiMediaType {
  schema?: JsonSchema;
}

export interface OpenApiResponse {
  description?: string;
  content?: Record<string, OpenApiMediaType>;
}

export interface OpenApiOperation {
  operationId: string;
  parameters?: (OpenApiParameter | Reference)[];
  requestBody?: { required?: boolean; content?: Record<string, OpenApiMediaType> } | Reference;
  responses: Record<string, OpenApiResponse | Reference>;
  externalDocs?: { url?: string };
}

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, OpenApiOperation | unknown>>;
  components: Record<string, Record<string, unknown>>;
}

interface Reference {
  $ref: string;
}

/**
 * The description GitHub publishes for api.github.com. It is read from the file, not through the
 * package's index, which would pull every variant (GHES, GHEC, dereferenced) into memory.
 */
export const openApiPath = path.join(
  repoRoot,
  'node_modules',
  '@octokit',
  'openapi',
  'generated',
  'api.github.com.json',
);

let loading: Promise<OpenApiDocument> | undefined;

/** Parses the 13 MB description once per process, on first use. */
export function loadOpenApiDocument(): Promise<OpenApiDocument> {
  loading ??= readFile(openApiPath, 'utf8').then((text) => JSON.parse(text) as OpenApiDocument);
  return loading;
}

/** Follows a `#/components/<kind>/<name>` reference (parameters, responses, request bodies). */
export function resolveReference<T>(document: OpenApiDocument, value: T | Reference): T {
  if (value === null || typeof value !== 'object' || !('$ref' in value)) return value as T;
  const match = /^#\/components\/([^/]+)\/(.+)$/.exec(value.$ref);
  const target = match ? document.components[match[1] ?? '']?.[match[2] ?? ''] : undefined;
  if (target === undefined) throw new Error(`unresolvable reference ${value.$ref} in ${openApiPath}`);
  return resolveReference(document, target as T | Reference);
}
