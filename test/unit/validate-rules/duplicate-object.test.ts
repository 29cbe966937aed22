import { describe, expect, it } from 'vitest';
import { duplicateObjectRule } from '../../../src/core/validate/rules/duplicate-object.js';
import { inputOf, yaml } from './rule-input.js';

const settings = { kubernetesVersion: '1.35' };
const deployment = (apiVersion: string) =>
  yaml(
    '# the web tier',
    `apiVersion: ${apiVersion}`,
    'kind: Deployment',
    'metadata:',
    '  name: web',
    '  namespace: shop',
  );

describe('object/duplicate', () => {
  it('reports the second definition, naming both locations, whatever the versions', () => {
    const input = inputOf(
      { file: 'apps/web.yaml', text: deployment('apps/v1'), cluster: 'prod' },
      { file: 'legacy/web.yaml', text: deployment('apps/v1beta2'), cluster: 'prod' },
    );
    expect(duplicateObjectRule.check(input, settings)).toEqual([
      {
        ruleId: 'object/duplicate',
        severity: 'error',
        message: 'Deployment shop/web is defined twice: at apps/web.yaml:3 and at legacy/web.yaml:3',
        location: { file: 'legacy/web.yaml', line: 3 },
        object: { apiVersion: 'apps/v1beta2', kind: 'Deployment', namespace: 'shop', name: 'web' },
        hint: 'Keep one definition; vary it per environment with an overlay patch.',
      },
    ]);
  });

  it('accepts the same object in two clusters, in two namespaces, or of two kinds', () => {
    const input = inputOf(
      { file: 'a.yaml', text: deployment('apps/v1'), cluster: 'prod' },
      { file: 'b.yaml', text: deployment('apps/v1'), cluster: 'staging' },
      {
        file: 'c.yaml',
        text: deployment('apps/v1').replace('namespace: shop', 'namespace: other'),
        cluster: 'prod',
      },
      {
        file: 'd.yaml',
        text: deployment('apps/v1').replace('kind: Deployment', 'kind: StatefulSet'),
        cluster: 'prod',
      },
    );
    expect(duplicateObjectRule.check(input, settings)).toEqual([]);
  });

  it('ignores kustomize patches, kustomization files and generateName objects', () => {
    const input = inputOf(
      { file: 'base/web.yaml', text: deployment('apps/v1') },
      { file: 'prod/replicas.yaml', text: deployment('apps/v1') },
      {
        file: 'prod/kustomization.yaml',
        text: yaml(
          'apiVersion: kustomize.config.k8s.io/v1beta1',
          'kind: Kustomization',
          'resources: [../base]',
          'patchesStrategicMerge: [replicas.yaml]',
        ),
      },
      {
        file: 'staging/kustomization.yaml',
        text: yaml('apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization'),
      },
      {
        file: 'jobs.yaml',
        text: yaml(
          'apiVersion: batch/v1',
          'kind: Job',
          'metadata: {generateName: run-}',
          '---',
          'apiVersion: batch/v1',
          'kind: Job',
          'metadata: {generateName: run-}',
        ),
      },
    );
    expect(duplicateObjectRule.check(input, settings)).toEqual([]);
  });
});
