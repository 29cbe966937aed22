import { KUSTOMIZATION_FILE_NAMES } from '../../kustomize/generate.js';
import type { ObjectIdentity } from '../../manifest/identity.js';
import type { KubeValue } from '../../yaml/kubernetes-decode.js';
import { KUSTOMIZE_CONFIG_GROUP } from '../rules/kube-values.js';

/**
 * Files in a GitOps repository that configure a tool rather than describe an object the cluster
 * receives: kustomize's kustomization files and transformer configurations, Helm charts and values
 * files. They have no Kubernetes schema, and calling them "skipped: no schema" would hide the real
 * gaps among the skips, so they are recognised, counted on their own, and listed as configuration.
 */

/** What kustomize assumes when a kustomization file names no apiVersion (api/types DefaultKustomization). */
const KUSTOMIZE_DEFAULT_API_VERSION = `${KUSTOMIZE_CONFIG_GROUP}/v1beta1`;
const KUSTOMIZE_KINDS = new Set(['Kustomization', 'Component']);
/**
 * The top-level fields of kustomize's TransformerConfig: the files a kustomization lists under
 * `configurations` (by convention `kustomizeconfig.yaml`), each a list of field specs.
 */
const TRANSFORMER_FIELDS = new Set([
  'namePrefix',
  'nameSuffix',
  'namespace',
  'commonLabels',
  'labels',
  'templateLabels',
  'commonAnnotations',
  'nameReference',
  'varReference',
  'images',
  'replicas',
]);
/** Helm's values files by convention: `values.yaml`, `values-prod.yaml`, `values.staging.yml`. */
const VALUES_FILE = /^values(?:[-._][^/]*)?\.ya?ml$/i;

/** Why a file is configuration, as reports show it: `kustomize Kustomization`, `Helm values`. */
export type ConfigurationKind =
  | 'kustomize Kustomization'
  | 'kustomize Component'
  | 'kustomize transformer configuration'
  | 'Helm chart'
  | 'Helm values';

/** kustomize's configuration among objects that do carry apiVersion and kind. */
export function kustomizeConfigurationOf(identity: ObjectIdentity): ConfigurationKind | undefined {
  if (!identity.apiVersion.startsWith(`${KUSTOMIZE_CONFIG_GROUP}/`)) return undefined;
  return identity.kind === 'Component' ? 'kustomize Component' : 'kustomize Kustomization';
}

/**
 * A kustomization file without apiVersion (or kind): kustomize reads it as
 * `kustomize.config.k8s.io/v1beta1` Kustomization, and so do the rules, which need its generators
 * and patches. Undefined for anything else.
 */
export function defaultedKustomizationIdentity(
  file: string,
  value: Readonly<Record<string, KubeValue>>,
): ObjectIdentity | undefined {
  const { apiVersion, kind } = value;
  if (apiVersion !== undefined && apiVersion !== null) return undefined;
  const kindName = typeof kind === 'string' ? kind : undefined;
  if (
    kindName !== undefined
      ? !KUSTOMIZE_KINDS.has(kindName)
      : !(KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(baseName(file))
  )
    return undefined;
  return { apiVersion: KUSTOMIZE_DEFAULT_API_VERSION, kind: kindName ?? 'Kustomization', name: '' };
}

/**
 * What a document without apiVersion and kind configures, judged by its file name and fields; or
 * undefined when it looks like nothing known (then it is a skip, reported as such).
 */
export function configurationOf(file: string, value: KubeValue): ConfigurationKind | undefined {
  const name = baseName(file);
  if (name === 'Chart.yaml') return 'Helm chart';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  if (
    keys.length > 0 &&
    keys.every((key) => TRANSFORMER_FIELDS.has(key)) &&
    keys.some((key) => Array.isArray(value[key]))
  )
    return 'kustomize transformer configuration';
  if (VALUES_FILE.test(name)) return 'Helm values';
  return undefined;
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}
