import { GitopsError, type SourceLocation } from '../errors.js';
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import type { KubeValue } from '../yaml/kubernetes-decode.js';

/** The API group of Flux Kustomizations; kustomize's own `Kustomization` is kustomize.config.k8s.io. */
export const KUSTOMIZE_TOOLKIT_GROUP = 'kustomize.toolkit.fluxcd.io';

/** The versions we read. The current CRD serves only v1; v1beta2 objects are read as v1. */
const READABLE_VERSIONS = ['v1', 'v1beta2'];

/** Which Flux Kustomization is being built: the labels and messages name it. */
export interface KustomizationId {
  name: string;
  namespace: string;
}

/**
 * A Flux Kustomization as the build needs it: its identity, its `spec` as written (the generator reads
 * fields by name from the unstructured object, as fluxcd/pkg `kustomize.Generator` does), and where it
 * is defined, for messages.
 */
export interface FluxKustomization extends KustomizationId {
  apiVersion?: string;
  spec: KubeObject;
  /** The manifest that defines it, relative to the repository root, when known. */
  location?: SourceLocation;
}

export const isObject = (value: KubeValue | undefined): value is KubeObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export function idOf(ks: KustomizationId): string {
  return `${ks.namespace}/${ks.name}`;
}

/** `Kustomization flux-system/apps` (at clusters/staging/apps.yaml:3): how messages name one. */
export function describeKustomization(ks: FluxKustomization): string {
  const where = ks.location ? ` (${ks.location.file}${ks.location.line ? `:${ks.location.line}` : ''})` : '';
  return `Kustomization ${idOf(ks)}${where}`;
}

/** True for a Flux Kustomization object (not kustomize's own `kustomize.config.k8s.io` kind). */
export function isFluxKustomization(object: KubeObject): boolean {
  const apiVersion = object.apiVersion;
  return (
    object.kind === 'Kustomization' &&
    typeof apiVersion === 'string' &&
    apiVersion.startsWith(`${KUSTOMIZE_TOOLKIT_GROUP}/`)
  );
}

/** A version we do not know how to read: the caller reports it instead of guessing. */
export function isReadableVersion(apiVersion: string): boolean {
  return READABLE_VERSIONS.includes(apiVersion.slice(KUSTOMIZE_TOOLKIT_GROUP.length + 1));
}

export function stringField(spec: KubeObject, field: string): string | undefined {
  const value = spec[field];
  return typeof value === 'string' ? value : undefined;
}

export function stringMapField(spec: KubeObject, field: string): Record<string, string> {
  const value = spec[field];
  const result: Record<string, string> = {};
  if (!isObject(value)) return result;
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry === 'string') result[key] = entry;
  }
  return result;
}

/** A list-of-objects field; anything else there is an error the API server would have refused. */
export function objectListField(ks: FluxKustomization, field: string): KubeObject[] {
  const value = ks.spec[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every(isObject)) {
    throw new GitopsError(`${describeKustomization(ks)}: spec.${field} must be a list of objects`, {
      ...(ks.location ? { location: ks.location } : {}),
    });
  }
  return value as KubeObject[];
}

export function stringListField(ks: FluxKustomization, field: string): string[] {
  const value = ks.spec[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new GitopsError(`${describeKustomization(ks)}: spec.${field} must be a list of strings`, {
      ...(ks.location ? { location: ks.location } : {}),
    });
  }
  return value as string[];
}
