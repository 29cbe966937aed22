import { GitopsError, type SourceLocation } from '../../errors.js';
import type { KubeValue } from '../../yaml/kubernetes-decode.js';
import { isValuesMap } from './merge-maps.js';

/** One `spec.valuesFrom` entry (`meta.ValuesReference` in fluxcd/pkg apis/meta). */
export interface ValuesReference {
  /** `ConfigMap` or `Secret`; the CRD's enum, checked again by `ChartValuesFromReferences`. */
  kind: string;
  /** In the HelmRelease's namespace. */
  name: string;
  /** The data key; defaults to `values.yaml`. */
  valuesKey?: string;
  /** Helm `--set` path the value is written at; unset means merge the YAML at the root. */
  targetPath?: string;
  /** Tolerate a missing object, or a missing key in it. */
  optional?: boolean;
  /** With targetPath, take the value verbatim (helm-controller 1.6, `--set-literal`-like). */
  literal?: boolean;
}

/** The HelmRelease being composed, named in every error. */
export interface HelmReleaseRef {
  name: string;
  namespace: string;
  location?: SourceLocation;
}

/** A decoded Kubernetes object: a ConfigMap or Secret as the API server would hold it. */
export type KubeObject = { [key: string]: KubeValue };

/**
 * Looks up a ConfigMap or Secret in the HelmRelease's namespace; undefined means it does not
 * exist (the controller's NotFound). Called at most once per object and composition, as the
 * controller reads each object once so that all references to it see one version.
 */
export type ResolveValuesSource = (
  kind: 'ConfigMap' | 'Secret',
  namespace: string,
  name: string,
) => KubeObject | undefined;

/** fluxcd/pkg chartutil's `ErrValuesRefReason`s, plus the CRD checks the API server makes first. */
export type ValuesReferenceReason =
  | 'invalid reference'
  | 'resource not found'
  | 'key not found'
  | 'unsupported values reference kind'
  | 'failed to read values data'
  | 'failed to merge value';

const HINTS: Record<ValuesReferenceReason, string> = {
  'invalid reference': 'The API server rejects this HelmRelease; fix the reference to match the CRD schema.',
  'resource not found':
    'Add the object to the manifests rendered with this HelmRelease, or mark the reference optional: true.',
  'key not found': 'Check valuesKey (default values.yaml), or mark the reference optional: true.',
  'unsupported values reference kind': 'valuesFrom supports kind ConfigMap and Secret only.',
  'failed to read values data':
    'Without targetPath the data must be a YAML mapping; set targetPath to place a single value.',
  'failed to merge value':
    'The value is parsed with Helm --set syntax; quote it, escape commas with \\, or set literal: true.',
};

/** A `valuesFrom` reference helm-controller could not resolve or merge. */
export class ValuesReferenceError extends GitopsError {
  override readonly name = 'ValuesReferenceError';

  constructor(
    readonly reason: ValuesReferenceReason,
    message: string,
    helmRelease: HelmReleaseRef,
    cause?: unknown,
  ) {
    super(`HelmRelease ${helmRelease.namespace}/${helmRelease.name}: ${message}`, {
      ...(helmRelease.location ? { location: helmRelease.location } : {}),
      hint: HINTS[reason],
      ...(cause === undefined ? {} : { cause }),
    });
  }
}

export const DEFAULT_VALUES_KEY = 'values.yaml';

/**
 * fluxcd/pkg `ErrValuesReference.Error()`'s wording: "could not resolve [optional] <Kind> chart
 * values reference '<namespace>/<name>' with key '<key>': <reason>".
 */
export function referenceError(
  helmRelease: HelmReleaseRef,
  ref: ValuesReference,
  reason: ValuesReferenceReason,
  detail?: string,
  cause?: unknown,
): ValuesReferenceError {
  const optional = ref.optional ? ' optional' : '';
  const key = ref.valuesKey || DEFAULT_VALUES_KEY;
  const message =
    `could not resolve${optional} ${ref.kind} chart values reference ` +
    `'${helmRelease.namespace}/${ref.name}' with key '${key}': ${detail ?? reason}`;
  return new ValuesReferenceError(reason, message, helmRelease, cause);
}

// The CRD's OpenAPI rules for meta.ValuesReference (fluxcd/pkg apis/meta/reference_types.go).
const TARGET_PATH_PATTERN = /^([a-zA-Z0-9_\-.\\/]|\[[0-9]{1,5}\])+$/;
const VALUES_KEY_PATTERN = /^[-._a-zA-Z0-9]+$/;

/**
 * The checks the API server makes before helm-controller ever sees the HelmRelease: a reference
 * failing them cannot exist in a cluster, so rendering it would show something Flux never does.
 */
export function validateReference(helmRelease: HelmReleaseRef, ref: ValuesReference, index: number): void {
  const field = `spec.valuesFrom[${index}]`;
  const fail = (message: string): never => {
    throw new ValuesReferenceError('invalid reference', `${field}${message}`, helmRelease);
  };
  // The CRD's enum stops other kinds; ChartValuesFromReferences would refuse them with this reason.
  if (ref.kind !== 'ConfigMap' && ref.kind !== 'Secret') {
    throw referenceError(helmRelease, ref, 'unsupported values reference kind');
  }
  if (ref.name.length < 1 || ref.name.length > 253) fail('.name must be 1 to 253 characters long');
  if (ref.valuesKey !== undefined) {
    if (ref.valuesKey.length > 253) fail('.valuesKey must be at most 253 characters long');
    if (!VALUES_KEY_PATTERN.test(ref.valuesKey)) {
      fail(`.valuesKey ${JSON.stringify(ref.valuesKey)} does not match ${VALUES_KEY_PATTERN.source}`);
    }
  }
  if (ref.targetPath !== undefined) {
    if (ref.targetPath.length > 250) fail('.targetPath must be at most 250 characters long');
    if (!TARGET_PATH_PATTERN.test(ref.targetPath)) {
      fail(`.targetPath ${JSON.stringify(ref.targetPath)} does not match ${TARGET_PATH_PATTERN.source}`);
    }
  }
}

/**
 * The referenced key's data as text, or undefined when the key is absent. A ConfigMap is read
 * from `data` only (helm-controller ignores `binaryData`). A Secret's `data` is base64, which the
 * API server decodes strictly; `stringData` is what the API server folds into `data` on write,
 * winning on collision, so a Secret manifest from Git is read the way the controller later sees it.
 */
export function referencedData(
  helmRelease: HelmReleaseRef,
  ref: ValuesReference,
  object: KubeObject,
): string | undefined {
  const key = ref.valuesKey || DEFAULT_VALUES_KEY;
  const field = (name: string): KubeValue | undefined => {
    const map = object[name];
    return isValuesMap(map) && Object.hasOwn(map, key) ? map[key] : undefined;
  };
  const invalid = (detail: string): never => {
    throw referenceError(helmRelease, ref, 'failed to read values data', detail);
  };
  if (ref.kind === 'Secret') {
    const plain = field('stringData');
    if (plain !== undefined)
      return typeof plain === 'string' ? plain : invalid('stringData value is not a string');
    const encoded = field('data');
    if (encoded === undefined) return undefined;
    if (typeof encoded !== 'string') return invalid('data value is not a string');
    return decodeBase64(encoded) ?? invalid('data value is not valid base64');
  }
  const text = field('data');
  if (text === undefined || typeof text === 'string') return text;
  return invalid('data value is not a string');
}

/** Go's `base64.StdEncoding` as encoding/json decodes `[]byte`: padded, newlines ignored. */
function decodeBase64(encoded: string): string | undefined {
  const compact = encoded.replace(/[\r\n]/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  return Buffer.from(compact, 'base64').toString('utf8');
}
