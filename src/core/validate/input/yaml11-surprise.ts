import type { JsonPath } from '../../yaml/json-path.js';
import type { NonStringScalar } from './yaml-scan.js';

const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
/** Keys that hold a string in nearly every Helm chart's values: an image tag or a version. */
const VALUES_STRING_KEYS = new Set(['tag', 'imageTag', 'version', 'appVersion', 'image']);

/**
 * Fields known to hold strings, recognised without a schema. The OpenAPI schema types many more,
 * but for those the schema check already reports "expected string"; these are the ones where a
 * person most often writes an unquoted `yes`, `1.10` or `0777`, plus Helm values, where no schema
 * exists and the value reaches the chart silently converted.
 */
export function isKnownStringField(kind: string | undefined, path: JsonPath): boolean {
  const n = path.length;
  const last = path[n - 1];
  const parent = path[n - 2];
  if (n >= 3 && path[n - 3] === 'metadata' && (parent === 'labels' || parent === 'annotations')) return true;
  if (typeof last === 'number' && (parent === 'args' || parent === 'command')) return true;
  if (last === 'image' && typeof parent === 'number' && CONTAINER_LISTS.has(String(path[n - 3]))) return true;
  if (last === 'value' && typeof parent === 'number' && path[n - 3] === 'env') return true;
  if (n === 2 && kind === 'ConfigMap' && path[0] === 'data') return true;
  if (n === 2 && kind === 'Secret' && path[0] === 'stringData') return true;
  return (
    kind === 'HelmRelease' &&
    path[0] === 'spec' &&
    path[1] === 'values' &&
    typeof last === 'string' &&
    VALUES_STRING_KEYS.has(last)
  );
}

/** `"yes" is read as the boolean true …`: what Kubernetes sees, and the fix. */
export function surpriseMessage(scalar: NonStringScalar): string {
  const { resolved, text } = scalar;
  const seen =
    resolved.kind === 'bool'
      ? `the boolean ${String(resolved.value)}`
      : `the number ${resolved.kind === 'int' ? resolved.value.toString() : String(resolved.value)}`;
  return `${text} is read as ${seen} (YAML 1.1, as Kubernetes reads it), but this field holds a string; quote it: "${text}"`;
}
