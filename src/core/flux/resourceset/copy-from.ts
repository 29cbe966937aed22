/**
 * The annotations the ResourceSet controller resolves against the cluster before applying
 * (resourceset_controller_configs.go). `fluxcd.controlplane.io/copyFrom: namespace/name` on a v1
 * ConfigMap or Secret copies the source's data: a ConfigMap's `data` (and `binaryData`) replace
 * the object's, a Secret's decoded data become `stringData` and its type is taken unless the
 * object sets one. Render resolves the source among the cluster's rendered objects; a source made
 * outside the repository (by bootstrap, by hand) cannot be known, and is reported.
 * `convertKubeConfigFrom` and `checksumFrom` read the same way but are reported, not computed.
 */
import type { KubeObject } from '../substitute/substitute-resource.js';
import type { ExpandContext, ExpandGap } from './expand.js';
import { OPERATOR_GROUP, type ResourceSet, ResourceSetError } from './resourceset-spec.js';

const COPY_FROM = `${OPERATOR_GROUP}/copyFrom`;
const NOT_COMPUTED = [`${OPERATOR_GROUP}/convertKubeConfigFrom`, `${OPERATOR_GROUP}/checksumFrom`];

/** Fills `object` from its copyFrom source; returns a gap when the source is not rendered. */
export function copyFromSource(
  object: KubeObject,
  lookup: ExpandContext['lookup'],
  rset: ResourceSet,
): ExpandGap | undefined {
  const annotations =
    (object.metadata as { annotations?: Record<string, unknown> } | undefined)?.annotations ?? {};
  const what = `${String(object.kind)} ${describeName(object)}`;
  const uncomputed = NOT_COMPUTED.find((key) => typeof annotations[key] === 'string');
  if (uncomputed !== undefined && object.apiVersion === 'v1') {
    return {
      message: `ResourceSet ${rset.namespace}/${rset.name}: ${what} uses ${uncomputed}, which render does not resolve; the object is rendered without what the operator adds`,
      hint: 'The operator reads the referenced Secret or ConfigMap in the cluster when it applies the object.',
      location: rset.location,
    };
  }
  const source = annotations[COPY_FROM];
  if (object.apiVersion !== 'v1' || typeof source !== 'string') return undefined;
  if (object.kind !== 'ConfigMap' && object.kind !== 'Secret') return undefined;
  const parts = source.split('/');
  if (parts.length !== 2) {
    throw new ResourceSetError(
      `ResourceSet ${rset.namespace}/${rset.name}: invalid ${COPY_FROM} annotation value '${source}' must be in the format 'namespace/name'`,
      { location: rset.location },
    );
  }
  const [namespace, name] = parts as [string, string];
  const found = lookup(object.kind, namespace, name);
  if (found === undefined) {
    return {
      message: `ResourceSet ${rset.namespace}/${rset.name}: ${what} copies its data from ${object.kind} ${source}, which this cluster's manifests do not define; it is rendered without that data`,
      hint: 'The operator copies the data from the cluster when it applies the object; render only knows objects the repository defines.',
      location: rset.location,
    };
  }
  if (object.kind === 'ConfigMap') {
    object.data = { ...stringMap(found.data) };
    const binary = stringMap(found.binaryData);
    if (Object.keys(binary).length > 0) object.binaryData = binary;
    return undefined;
  }
  if (object.type === undefined)
    object.type = typeof found.type === 'string' && found.type !== '' ? found.type : 'Opaque';
  // The source as the API server stores it: data decoded, stringData merged over it.
  const decoded: Record<string, string> = {};
  for (const [key, value] of Object.entries(stringMap(found.data))) {
    decoded[key] = Buffer.from(value, 'base64').toString('utf8');
  }
  object.stringData = { ...decoded, ...stringMap(found.stringData) };
  return undefined;
}

function stringMap(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const result: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) if (typeof entry === 'string') result[key] = entry;
  return result;
}

function describeName(object: KubeObject): string {
  const metadata = (object.metadata ?? {}) as { name?: unknown; namespace?: unknown };
  return [metadata.namespace, metadata.name].filter((part) => typeof part === 'string').join('/');
}
