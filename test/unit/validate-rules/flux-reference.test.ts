import { describe, expect, it } from 'vitest';
import { fluxReferenceRule } from '../../../src/core/validate/rules/flux-reference.js';
import { inputOf, yaml } from './rule-input.js';

const settings = { kubernetesVersion: '1.35' };

const gitRepository = yaml(
  'apiVersion: source.toolkit.fluxcd.io/v1',
  'kind: GitRepository',
  'metadata:',
  '  name: flux-system',
  '  namespace: flux-system',
  'spec:',
  '  url: https://github.com/acme/fleet',
);

function kustomization(...spec: string[]): string {
  return yaml(
    'apiVersion: kustomize.toolkit.fluxcd.io/v1', // 1
    'kind: Kustomization', // 2
    'metadata:', // 3
    '  name: apps', // 4
    '  namespace: flux-system', // 5
    'spec:', // 6
    ...spec, // 7 on
  );
}

describe('flux/reference', () => {
  it('accepts a sourceRef whose namespace defaults to the Kustomization’s', () => {
    const input = inputOf(
      { file: 'clusters/prod/sync.yaml', text: gitRepository, cluster: 'prod' },
      {
        file: 'clusters/prod/apps.yaml',
        text: kustomization('  sourceRef:', '    kind: GitRepository', '    name: flux-system'),
        cluster: 'prod',
      },
    );
    expect(fluxReferenceRule.check(input, settings)).toEqual([]);
  });

  it('reports a sourceRef to a source another cluster defines, at the name line', () => {
    const input = inputOf(
      { file: 'clusters/staging/sync.yaml', text: gitRepository, cluster: 'staging' },
      {
        file: 'clusters/prod/apps.yaml',
        text: kustomization('  sourceRef:', '    kind: GitRepository', '    name: flux-system'),
        cluster: 'prod',
      },
    );
    expect(fluxReferenceRule.check(input, settings)).toEqual([
      {
        ruleId: 'flux/reference',
        severity: 'error',
        message:
          'spec.sourceRef refers to GitRepository flux-system/flux-system, which is not defined in cluster prod',
        location: { file: 'clusters/prod/apps.yaml', line: 9, column: 11 },
        object: {
          apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
          kind: 'Kustomization',
          namespace: 'flux-system',
          name: 'apps',
        },
        jsonPath: ['spec', 'sourceRef', 'name'],
        hint: 'Define the GitRepository in this cluster, or fix the name and namespace.',
      },
    ]);
  });

  it('reports a source in another namespace than the reference names', () => {
    const input = inputOf(
      { file: 'sync.yaml', text: gitRepository },
      {
        file: 'apps.yaml',
        text: kustomization(
          '  sourceRef:',
          '    kind: GitRepository',
          '    name: flux-system',
          '    namespace: other',
        ),
      },
    );
    expect(fluxReferenceRule.check(input, settings).map((f) => f.message)).toEqual([
      'spec.sourceRef refers to GitRepository other/flux-system, which is not defined',
    ]);
  });

  it('checks dependsOn and substituteFrom, skipping optional references', () => {
    const input = inputOf(
      { file: 'sync.yaml', text: gitRepository },
      {
        file: 'apps.yaml',
        text: kustomization(
          '  sourceRef: {kind: GitRepository, name: flux-system}', // 7
          '  dependsOn:', // 8
          '    - name: infra', // 9
          '  postBuild:', // 10
          '    substituteFrom:', // 11
          '      - kind: ConfigMap', // 12
          '        name: cluster-vars', // 13
          '      - kind: Secret', // 14
          '        name: cluster-secrets', // 15
          '        optional: true', // 16
        ),
      },
    );
    expect(fluxReferenceRule.check(input, settings).map((f) => [f.message, f.location.line])).toEqual([
      ['spec.dependsOn[0] refers to Kustomization flux-system/infra, which is not defined', 9],
      [
        'spec.postBuild.substituteFrom[0] refers to ConfigMap flux-system/cluster-vars, which is not defined',
        13,
      ],
    ]);
  });

  const release = (...spec: string[]) =>
    yaml(
      'apiVersion: helm.toolkit.fluxcd.io/v2', // 1
      'kind: HelmRelease', // 2
      'metadata:', // 3
      '  name: shop', // 4
      '  namespace: shop', // 5
      'spec:', // 6
      ...spec,
    );

  it('resolves valuesFrom to a configMapGenerator ConfigMap of hand-written kustomize input', () => {
    const input = inputOf(
      { file: 'sync.yaml', text: gitRepository },
      {
        file: 'apps/shop/release.yaml',
        text: release(
          '  chart:',
          '    spec:',
          '      chart: ./charts/web-app',
          '      sourceRef: {kind: GitRepository, name: flux-system, namespace: flux-system}',
          '  valuesFrom:',
          '    - kind: ConfigMap',
          '      name: shop-values',
        ),
      },
      {
        file: 'apps/shop/kustomization.yaml',
        text: yaml(
          'apiVersion: kustomize.config.k8s.io/v1beta1',
          'kind: Kustomization',
          'namespace: shop',
          'configMapGenerator:',
          '  - name: shop-values',
          '    files: [values.yaml]',
        ),
      },
    );
    expect(fluxReferenceRule.check(input, settings)).toEqual([]);
  });

  it('hints at a missing name reference when only the hashed generated ConfigMap exists (rendered output)', () => {
    const input = inputOf(
      { file: 'sync.yaml', text: gitRepository },
      {
        file: 'rendered.yaml',
        text: yaml(
          'apiVersion: v1', // 1
          'kind: ConfigMap',
          'metadata:',
          '  name: shop-values-5t8hk9m2bd',
          '  namespace: shop',
          '---', // 6
          'apiVersion: helm.toolkit.fluxcd.io/v2',
          'kind: HelmRelease',
          'metadata:',
          '  name: shop',
          '  namespace: shop',
          'spec:',
          '  chartRef: {kind: OCIRepository, name: web-app, namespace: flux-system}', // 13
          '  valuesFrom:',
          '    - kind: ConfigMap',
          '      name: shop-values', // 16
        ),
      },
    );
    const findings = fluxReferenceRule.check(input, settings);
    expect(findings.map((f) => [f.message, f.location.line])).toEqual([
      ['spec.chartRef refers to OCIRepository flux-system/web-app, which is not defined', 13],
      ['spec.valuesFrom[0] refers to ConfigMap shop/shop-values, which is not defined', 16],
    ]);
    expect(findings[1]?.hint).toMatch(
      /^ConfigMap shop-values-5t8hk9m2bd exists: kustomize added its hash suffix/,
    );
  });

  it('accepts a chartRef to the HelmChart helm-controller creates for another HelmRelease', () => {
    const input = inputOf(
      { file: 'sync.yaml', text: gitRepository },
      {
        file: 'a.yaml',
        text: release(
          '  chart:',
          '    spec:',
          '      chart: ./charts/web-app',
          '      sourceRef: {kind: GitRepository, name: flux-system, namespace: flux-system}',
        ),
      },
      {
        file: 'b.yaml',
        text: yaml(
          'apiVersion: helm.toolkit.fluxcd.io/v2',
          'kind: HelmRelease',
          'metadata: {name: shop-canary, namespace: shop}',
          'spec:',
          '  chartRef: {kind: HelmChart, name: shop-shop, namespace: flux-system}',
        ),
      },
    );
    expect(fluxReferenceRule.check(input, settings)).toEqual([]);
  });

  it('checks ImagePolicy → ImageRepository and $imagepolicy markers, at the marked value', () => {
    const policies = yaml(
      'apiVersion: image.toolkit.fluxcd.io/v1',
      'kind: ImagePolicy',
      'metadata: {name: shop, namespace: flux-system}',
      'spec:',
      '  imageRepositoryRef:',
      '    name: shop', // 6
    );
    const values = yaml(
      'apiVersion: helm.toolkit.fluxcd.io/v2', // 1
      'kind: HelmRelease',
      'metadata: {name: shop, namespace: shop}',
      'spec:',
      '  values:',
      '    image:',
      '      repository: ghcr.io/acme/shop # {"$imagepolicy": "flux-system:shop:name"}', // 7
      '      tag: 1.4.2 # {"$imagepolicy": "flux-system:shopp:tag"}', // 8
    );
    const input = inputOf(
      { file: 'clusters/prod/images.yaml', text: policies, cluster: 'prod' },
      { file: 'apps/prod/shop-values.yaml', text: values, cluster: 'prod' },
      {
        file: 'apps/prod/kustomization.yaml',
        text: yaml(
          'apiVersion: kustomize.config.k8s.io/v1beta1',
          'kind: Kustomization',
          'patches:',
          '  - path: shop-values.yaml',
        ),
        cluster: 'prod',
      },
    );
    const findings = fluxReferenceRule.check(input, settings);
    expect(findings.map((f) => [f.message, f.location])).toEqual([
      [
        'spec.imageRepositoryRef refers to ImageRepository flux-system/shop, which is not defined in cluster prod',
        { file: 'clusters/prod/images.yaml', line: 6, column: 11 },
      ],
      [
        'the $imagepolicy marker "flux-system:shopp:tag" refers to ImagePolicy flux-system/shopp, which is not defined in cluster prod',
        { file: 'apps/prod/shop-values.yaml', line: 8, column: 12 },
      ],
    ]);
  });

  it('matches a target without a namespace to any: kustomize or Flux sets it on apply', () => {
    const input = inputOf(
      {
        file: 'repo.yaml',
        text: yaml(
          'apiVersion: source.toolkit.fluxcd.io/v1',
          'kind: GitRepository',
          'metadata: {name: flux-system}',
        ),
      },
      { file: 'apps.yaml', text: kustomization('  sourceRef: {kind: GitRepository, name: flux-system}') },
    );
    expect(fluxReferenceRule.check(input, settings)).toEqual([]);
  });
});
