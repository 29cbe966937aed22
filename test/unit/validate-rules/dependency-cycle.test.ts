import { describe, expect, it } from 'vitest';
import { dependencyCycleRule } from '../../../src/core/validate/rules/dependency-cycle.js';
import { inputOf, yaml } from './rule-input.js';

const settings = { kubernetesVersion: '1.35' };

function ks(name: string, ...dependsOn: string[]): string {
  return yaml(
    '---', // 1
    'apiVersion: kustomize.toolkit.fluxcd.io/v1', // 2
    'kind: Kustomization', // 3
    'metadata:', // 4
    `  name: ${name}`, // 5
    '  namespace: flux-system', // 6
    'spec:', // 7
    ...(dependsOn.length === 0 ? [] : ['  dependsOn:', ...dependsOn.map((d) => `    - name: ${d}`)]), // 8, 9…
  );
}

describe('flux/dependency-cycle', () => {
  it('names the cycle and points at the dependsOn entry that closes it', () => {
    const input = inputOf({ file: 'infra.yaml', text: ks('a', 'b') + ks('b', 'c') + ks('c', 'a') });
    expect(dependencyCycleRule.check(input, settings)).toEqual([
      expect.objectContaining({
        ruleId: 'flux/dependency-cycle',
        severity: 'error',
        message: 'Kustomization a depends on itself through dependsOn: a → b → c → a',
        location: { file: 'infra.yaml', line: 9, column: 13 },
        jsonPath: ['spec', 'dependsOn', 0, 'name'],
      }),
    ]);
  });

  it('reports a Kustomization that depends on itself', () => {
    const input = inputOf({ file: 'x.yaml', text: ks('solo', 'solo') });
    expect(dependencyCycleRule.check(input, settings).map((f) => f.message)).toEqual([
      'Kustomization solo depends on itself through dependsOn: solo → solo',
    ]);
  });

  it('reports each separate cycle once, and nothing for a chain', () => {
    const input = inputOf({
      file: 'x.yaml',
      text: ks('a', 'b') + ks('b', 'a') + ks('c', 'd') + ks('d', 'c') + ks('e', 'a') + ks('f'),
    });
    expect(dependencyCycleRule.check(input, settings).map((f) => f.message)).toEqual([
      'Kustomization a depends on itself through dependsOn: a → b → a',
      'Kustomization c depends on itself through dependsOn: c → d → c',
    ]);
    const chain = inputOf({
      file: 'y.yaml',
      text: ks('apps', 'configs') + ks('configs', 'controllers') + ks('controllers'),
    });
    expect(dependencyCycleRule.check(chain, settings)).toEqual([]);
  });

  it('follows HelmRelease dependsOn across namespaces, naming members with their namespace', () => {
    const hr = (name: string, namespace: string, dependsOn: string) =>
      yaml(
        '---',
        'apiVersion: helm.toolkit.fluxcd.io/v2',
        'kind: HelmRelease',
        `metadata: {name: ${name}, namespace: ${namespace}}`,
        'spec:',
        '  dependsOn:',
        `    - ${dependsOn}`,
      );
    const input = inputOf({
      file: 'hr.yaml',
      text: hr('db', 'data', '{name: api, namespace: web}') + hr('api', 'web', '{name: db, namespace: data}'),
    });
    expect(dependencyCycleRule.check(input, settings).map((f) => f.message)).toEqual([
      'HelmRelease data/db depends on itself through dependsOn: data/db → web/api → data/db',
    ]);
  });

  it('keeps clusters apart: a dependency in another cluster closes no cycle', () => {
    const input = inputOf(
      { file: 'prod.yaml', text: ks('a', 'b'), cluster: 'prod' },
      { file: 'staging.yaml', text: ks('b', 'a'), cluster: 'staging' },
    );
    expect(dependencyCycleRule.check(input, settings)).toEqual([]);
  });
});
