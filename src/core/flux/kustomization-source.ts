import type { KubeObject } from './substitute/substitute-resource.js';

/** How a Kustomization's `sourceRef` maps to files we can build. */
export type SourceMapping =
  | { kind: 'this-repository' }
  | { kind: 'unsupported'; reason: string; hint: string };

export interface SourceReference {
  kind: string;
  name: string;
  namespace: string;
}

const isMap = (value: unknown): value is KubeObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** `spec.sourceRef`, its namespace defaulting to the Kustomization's, as the controller reads it. */
export function sourceReferenceOf(spec: KubeObject, namespace: string): SourceReference | undefined {
  const ref = spec.sourceRef;
  if (!isMap(ref) || typeof ref.kind !== 'string' || typeof ref.name !== 'string') return undefined;
  const refNamespace = typeof ref.namespace === 'string' && ref.namespace !== '' ? ref.namespace : namespace;
  return { kind: ref.kind, name: ref.name, namespace: refNamespace };
}

/**
 * Whether a source is the repository being rendered. `flux bootstrap` names that GitRepository
 * `flux-system` in `flux-system`; any other GitRepository is this repository when its URL is one of
 * `repositoryUrls`. Everything else needs fetching, which render does not do yet.
 */
export function mapSource(
  ref: SourceReference,
  gitRepositories: ReadonlyMap<string, KubeObject>,
  repositoryUrls: readonly string[],
): SourceMapping {
  if (ref.kind !== 'GitRepository') {
    return {
      kind: 'unsupported',
      reason: `its source is ${ref.kind} ${ref.namespace}/${ref.name}, which render cannot fetch yet`,
      hint:
        ref.kind === 'ExternalArtifact'
          ? 'ExternalArtifacts are produced by an ArtifactGenerator; rendering them is not implemented yet.'
          : `Rendering ${ref.kind} sources is not implemented yet; only this repository's GitRepository is.`,
    };
  }
  if (ref.namespace === 'flux-system' && ref.name === 'flux-system') return { kind: 'this-repository' };
  const repository = gitRepositories.get(`${ref.namespace}/${ref.name}`);
  const spec = isMap(repository?.spec) ? repository.spec : {};
  const url = typeof spec.url === 'string' ? normalizeGitUrl(spec.url) : undefined;
  if (url !== undefined && repositoryUrls.some((known) => normalizeGitUrl(known) === url)) {
    return { kind: 'this-repository' };
  }
  return {
    kind: 'unsupported',
    reason:
      repository === undefined
        ? `its source GitRepository ${ref.namespace}/${ref.name} is not defined in this cluster's manifests`
        : `its source GitRepository ${ref.namespace}/${ref.name} (${String(spec.url)}) is another repository`,
    hint: "Cloning other repositories is not implemented yet; list this repository's URLs if it is this one.",
  };
}

/**
 * One spelling for the URLs of a Git repository: `https://github.com/acme/fleet.git`,
 * `ssh://git@github.com/acme/fleet` and `git@github.com:acme/fleet` are the same repository.
 */
export function normalizeGitUrl(url: string): string {
  let rest = url.trim().toLowerCase();
  const scp = /^([^@/]+@)?([^:/]+):(?!\/)(.*)$/.exec(rest);
  if (scp && !/^[a-z+]+:\/\//.test(rest)) rest = `${scp[2]}/${scp[3]}`;
  rest = rest.replace(/^[a-z+]+:\/\//, '').replace(/^[^@/]+@/, '');
  rest = rest.replace(/^([^/]+):\d+\//, '$1/');
  return rest.replace(/\/+$/, '').replace(/\.git$/, '');
}
