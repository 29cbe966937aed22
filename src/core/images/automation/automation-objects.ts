/**
 * The Flux objects image automation needs, read from the repository's manifests: ImagePolicy and
 * ImageRepository (image-reflector-controller) and ImageUpdateAutomation
 * (image-automation-controller), `image.toolkit.fluxcd.io/v1`, with `v1beta2` read as v1 (the
 * fields used here did not change), plus the `spec.path` of every Flux Kustomization, which
 * cluster-scope.ts needs to tell clusters apart.
 */
import { apiGroup, splitApiVersion } from '../../manifest/identity.js';
import { loadManifests, type Manifest } from '../../manifest/load-manifests.js';
import type { KubeValue } from '../../yaml/kubernetes-decode.js';
import type { ImageDiagnostic, PolicyRef } from '../diagnostics.js';
import type { ImagePolicySpec } from '../policy/index.js';
import { readUpdateAutomation, type UpdateAutomation } from './update-automation.js';

export const IMAGE_GROUP = 'image.toolkit.fluxcd.io';
export const KUSTOMIZE_GROUP = 'kustomize.toolkit.fluxcd.io';
const IMAGE_VERSIONS = ['v1', 'v1beta2'];

/** Where an object is written: the file and the line of its `kind`. */
export interface ObjectSource {
  file: string;
  line: number;
}

export interface ImageRepositoryObject extends ObjectSource {
  ref: PolicyRef;
  /** `spec.image`, verbatim: it becomes `latestRef.name`. */
  image: string;
  /** `spec.exclusionList`; absent means Flux's default. */
  exclusionList?: string[];
}

/** image-reflector-controller `spec.digestReflectionPolicy`; the CRD's default is `Never`. */
export type DigestReflectionPolicy = 'Never' | 'IfNotPresent' | 'Always';

export interface ImagePolicyObject extends ObjectSource {
  ref: PolicyRef;
  /** `spec.policy` and `spec.filterTags`; the exclusion list comes from the ImageRepository. */
  spec: Pick<ImagePolicySpec, 'policy' | 'filterTags'>;
  /** `spec.imageRepositoryRef`, its namespace defaulted to the policy's. */
  repositoryRef: PolicyRef | undefined;
  digestReflection: DigestReflectionPolicy;
}

/** A Flux Kustomization's `spec.path`, relative to the source root (`''` for the root). */
export interface KustomizationPath extends ObjectSource {
  path: string;
}

export interface AutomationObjects {
  policies: ImagePolicyObject[];
  repositories: ImageRepositoryObject[];
  automations: UpdateAutomation[];
  kustomizations: KustomizationPath[];
  diagnostics: ImageDiagnostic[];
}

/** Text the loader looks for before parsing a file: only these files can hold the objects. */
export const OBJECT_TOKENS = [IMAGE_GROUP, KUSTOMIZE_GROUP] as const;

/**
 * Reads the objects from files, in the order given. An object without `metadata.namespace` is
 * taken to be in `default`, where `kubectl apply` would put it. Files that do not parse are
 * skipped (a Helm template mentioning a Flux group is not a manifest); a problem inside an object
 * of interest is reported at that object.
 */
export function loadAutomationObjects(files: readonly { file: string; text: string }[]): AutomationObjects {
  const out: AutomationObjects = {
    policies: [],
    repositories: [],
    automations: [],
    kustomizations: [],
    diagnostics: [],
  };
  for (const { file, text } of files) {
    if (!OBJECT_TOKENS.some((token) => text.includes(token))) continue;
    for (const manifest of loadManifests(file, text).manifests) read(manifest, out);
  }
  return out;
}

function read(manifest: Manifest, out: AutomationObjects): void {
  const { apiVersion, kind } = manifest.identity;
  const group = apiGroup(apiVersion);
  const source: ObjectSource = { file: manifest.provenance.file, line: manifest.provenance.kindLine };
  const spec = asObject(manifest.object.spec) ?? {};
  const ref = { namespace: manifest.identity.namespace ?? 'default', name: manifest.identity.name };
  if (group === KUSTOMIZE_GROUP && kind === 'Kustomization') {
    const path = typeof spec.path === 'string' ? normaliseSourcePath(spec.path) : '';
    if (path !== undefined) out.kustomizations.push({ ...source, path });
    return;
  }
  if (group !== IMAGE_GROUP || !['ImagePolicy', 'ImageRepository', 'ImageUpdateAutomation'].includes(kind))
    return;
  if (!IMAGE_VERSIONS.includes(splitApiVersion(apiVersion).version)) {
    out.diagnostics.push({
      severity: 'warning',
      code: 'automation-invalid',
      location: source,
      reason: `${kind} ${ref.namespace}/${ref.name} uses ${apiVersion}; only v1 and v1beta2 are read, so it is ignored`,
    });
    return;
  }
  if (kind === 'ImageRepository') {
    const exclusion = Array.isArray(spec.exclusionList)
      ? spec.exclusionList.filter((p): p is string => typeof p === 'string')
      : undefined;
    out.repositories.push({
      ...source,
      ref,
      image: typeof spec.image === 'string' ? spec.image : '',
      ...(exclusion === undefined ? {} : { exclusionList: exclusion }),
    });
  } else if (kind === 'ImagePolicy') {
    const repoRef = asObject(spec.imageRepositoryRef);
    const repoName = typeof repoRef?.name === 'string' ? repoRef.name : '';
    const repoNamespace =
      typeof repoRef?.namespace === 'string' && repoRef.namespace ? repoRef.namespace : ref.namespace;
    const reflection = spec.digestReflectionPolicy;
    out.policies.push({
      ...source,
      ref,
      spec: {
        policy: (asObject(spec.policy) ?? {}) as ImagePolicySpec['policy'],
        ...(spec.filterTags === undefined
          ? {}
          : { filterTags: spec.filterTags as ImagePolicySpec['filterTags'] }),
      },
      repositoryRef: repoName === '' ? undefined : { namespace: repoNamespace, name: repoName },
      digestReflection: reflection === 'Always' || reflection === 'IfNotPresent' ? reflection : 'Never',
    });
  } else {
    const read = readUpdateAutomation(manifest.object, ref, source);
    out.diagnostics.push(...read.diagnostics);
    out.automations.push(read.automation);
  }
}

/**
 * A source-relative path (`./apps/staging`) as a repository-relative POSIX path (`apps/staging`),
 * `''` for the root. Undefined when it climbs out of the source, which the controller refuses.
 */
export function normaliseSourcePath(value: string): string | undefined {
  const parts: string[] = [];
  for (const part of value.replaceAll('\\', '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

export function asObject(value: KubeValue | undefined): { [key: string]: KubeValue } | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
