/** Small in-memory Flux repositories for the image automation tests. */

export interface PolicyOptions {
  namespace?: string;
  name?: string;
  range?: string;
  image?: string;
  digestReflectionPolicy?: 'Never' | 'IfNotPresent' | 'Always';
  repositoryName?: string;
  /** Leaves out the ImageRepository. */
  withoutRepository?: boolean;
}

/** An ImageRepository and a semver ImagePolicy, as one multi-document file. */
export function policyFile(options: PolicyOptions = {}): string {
  const namespace = options.namespace ?? 'flux-system';
  const name = options.name ?? 'app';
  const repositoryName = options.repositoryName ?? name;
  const reflect = options.digestReflectionPolicy;
  const repository = [
    'apiVersion: image.toolkit.fluxcd.io/v1',
    'kind: ImageRepository',
    'metadata:',
    `  name: ${repositoryName}`,
    `  namespace: ${namespace}`,
    'spec:',
    `  image: ${options.image ?? 'ghcr.io/acme/app'}`,
    '---',
  ];
  return [
    ...(options.withoutRepository ? [] : repository),
    'apiVersion: image.toolkit.fluxcd.io/v1',
    'kind: ImagePolicy',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ${namespace}`,
    'spec:',
    '  imageRepositoryRef:',
    `    name: ${repositoryName}`,
    ...(reflect === undefined ? [] : [`  digestReflectionPolicy: ${reflect}`]),
    ...(reflect === 'Always' ? ['  interval: 5m'] : []),
    '  policy:',
    '    semver:',
    `      range: "${options.range ?? '>=1.0.0'}"`,
    '',
  ].join('\n');
}

/** A HelmRelease whose values carry the given marked lines (already indented for `values:`). */
export function releaseFile(lines: readonly string[]): string {
  return [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    '  name: app',
    '  namespace: apps',
    'spec:',
    '  values:',
    ...lines.map((line) => `    ${line}`),
    '',
  ].join('\n');
}

/** A Flux Kustomization applying `path`. */
export function kustomizationFile(name: string, path: string): string {
  return [
    'apiVersion: kustomize.toolkit.fluxcd.io/v1',
    'kind: Kustomization',
    'metadata:',
    `  name: ${name}`,
    '  namespace: flux-system',
    'spec:',
    `  path: ${path}`,
    '',
  ].join('\n');
}

export const DIGEST_A = `sha256:${'a'.repeat(64)}`;
export const DIGEST_B = `sha256:${'b'.repeat(64)}`;
