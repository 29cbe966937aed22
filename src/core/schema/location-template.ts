import { UsageError } from '../errors.js';
import { type KubernetesVersion, normalizedKubernetesVersion } from './kubernetes-version.js';
import { apiVersionOf, type GroupVersionKind } from './types.js';

/** kubeconform's default layout, appended to a location that does not end in `json`. */
const DEFAULT_LAYOUT =
  '/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json';

const FIELD = /\{\{\s*\.([A-Za-z]+)\s*\}\}/g;
const FIELDS = new Set([
  'NormalizedKubernetesVersion',
  'StrictSuffix',
  'ResourceKind',
  'ResourceAPIVersion',
  'Group',
  'KindSuffix',
]);

/** kubeconform's `-schema-location default`: the catalog generated from each release's swagger.json. */
const DEFAULT_LOCATION = 'https://raw.githubusercontent.com/yannh/kubernetes-json-schema/master';

/**
 * Checks a kubeconform `-schema-location` once, up front, so a typo fails as a usage error naming
 * the location rather than as a missing schema for every object. Returns the full template.
 */
export function parseLocationTemplate(location: string): string {
  const base = location === 'default' ? DEFAULT_LOCATION : location;
  const template = base.endsWith('json') ? base : base.replace(/\/+$/, '') + DEFAULT_LAYOUT;
  for (const match of template.matchAll(FIELD)) {
    if (!FIELDS.has(match[1] ?? '')) {
      throw new UsageError(`schema location ${location} uses unknown field {{.${match[1]}}}`, {
        hint: `Use ${[...FIELDS].map((f) => `{{.${f}}}`).join(', ')}.`,
      });
    }
  }
  if (template.replace(FIELD, '').includes('{{')) {
    throw new UsageError(`schema location ${location} has a template action other than {{.Field}}`);
  }
  return template;
}

/**
 * Expands a template exactly as kubeconform's `schemaPath` does, quirks included: the kind is
 * lower-cased, `KindSuffix` uses the first label of the group (`helm.toolkit.fluxcd.io/v2` gives
 * `-helm-v2`), and `Group` of a core object is its version (`v1`), since kubeconform splits the
 * apiVersion on `/` and takes the first part.
 */
export function expandLocation(
  template: string,
  gvk: GroupVersionKind,
  version: KubernetesVersion,
  strict: boolean,
): string {
  const apiVersion = apiVersionOf(gvk);
  const parts = apiVersion.split('/');
  const first = parts[0] ?? '';
  let kindSuffix = `-${(first.split('.')[0] ?? '').toLowerCase()}`;
  if (parts.length > 1) kindSuffix += `-${(parts[1] ?? '').toLowerCase()}`;
  const values: Record<string, string> = {
    NormalizedKubernetesVersion: normalizedKubernetesVersion(version),
    StrictSuffix: strict ? '-strict' : '',
    ResourceKind: gvk.kind.toLowerCase(),
    ResourceAPIVersion: parts[parts.length - 1] ?? '',
    Group: first,
    KindSuffix: kindSuffix,
  };
  return template.replace(FIELD, (_, field: string) => values[field] ?? '');
}
