/**
 * A CRD's OpenAPI schema runs to thousands of lines, and a chart upgrade touches hundreds of them
 * (descriptions, new optional fields). Line by line that drowns the comment and says little to a
 * reviewer, so schema changes collapse to one line with a count; the rest of the CRD (versions
 * served, storage version, names, scope) is diffed as usual.
 */
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import type { ObjectIdentity } from '../manifest/identity.js';
import { apiGroup } from '../manifest/identity.js';
import { digestOf } from '../render/digest.js';
import type { RawHunk } from './field-diff.js';
import { type FieldPath, isMap } from './field-path.js';
import type { FieldHunk } from './model.js';

export const SCHEMA_PATH = 'spec.versions[*].schema';

export function isCrd(identity: ObjectIdentity): boolean {
  return (
    identity.kind === 'CustomResourceDefinition' && apiGroup(identity.apiVersion) === 'apiextensions.k8s.io'
  );
}

/** `spec.versions[…].schema…`, or `spec.validation…` of apiextensions.k8s.io/v1beta1. */
export function isSchemaPath(path: FieldPath): boolean {
  if (path[0] !== 'spec') return false;
  if (path[1] === 'validation') return true;
  return path[1] === 'versions' && path[3] === 'schema';
}

/** One hunk standing for every schema field that changed. */
export function schemaSummary(hunks: readonly RawHunk[]): FieldHunk {
  const count = hunks.length;
  return {
    path: SCHEMA_PATH,
    change: 'changed',
    summary: `${count} schema field${count === 1 ? '' : 's'} changed`,
  };
}

/** A copy for the text diff with each schema replaced by its digest: one line that changes or not. */
export function digestSchemas(object: KubeObject): KubeObject {
  const spec = object.spec;
  if (!isMap(spec)) return object;
  const copy = { ...object, spec: { ...spec } };
  if (spec.validation !== undefined) copy.spec.validation = `<schema ${short(digestOf(spec.validation))}>`;
  if (Array.isArray(spec.versions)) {
    copy.spec.versions = spec.versions.map((version) =>
      isMap(version) && version.schema !== undefined
        ? { ...version, schema: `<schema ${short(digestOf(version.schema))}>` }
        : version,
    );
  }
  return copy;
}

function short(digest: string): string {
  return digest.slice(0, 'sha256:'.length + 12);
}
