import { describe, expect, it } from 'vitest';
import { apiGroup, describeObject, objectKey, splitApiVersion } from '../../../src/core/manifest/identity.js';
import { loadManifests } from '../../../src/core/manifest/load-manifests.js';

describe('object identity', () => {
  it('extracts the API group, empty for the core group', () => {
    expect(splitApiVersion('apps/v1')).toEqual({ group: 'apps', version: 'v1' });
    expect(apiGroup('v1')).toBe('');
    expect(apiGroup('helm.toolkit.fluxcd.io/v2')).toBe('helm.toolkit.fluxcd.io');
  });

  it('keys objects by group, kind, namespace and name, not version', () => {
    const v1 = { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'prod', name: 'api' };
    expect(objectKey(v1)).toBe('apps/Deployment/prod/api');
    expect(objectKey({ ...v1, apiVersion: 'apps/v1beta2' })).toBe(objectKey(v1));
    expect(objectKey({ apiVersion: 'v1', kind: 'Namespace', name: 'prod' })).toBe('/Namespace//prod');
    expect(objectKey({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'a', name: 'b/c' })).toBe(
      '/ConfigMap/a/b%2Fc',
    );
    expect(describeObject(v1)).toBe('Deployment prod/api');
  });
});

describe('loadManifests', () => {
  const text = [
    '# header',
    '---',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    '  namespace: prod',
    'spec:',
    '  paused: no',
    '---',
    '---',
    '- not',
    '- an object',
    '---',
    'metadata: {name: x}',
    'kind: ConfigMap',
    'apiVersion: v1',
    'data:',
    '  enabled: "on"',
    '---',
    'just a string',
  ].join('\r\n');

  it('returns each object with provenance, Kubernetes-typed values and its document', () => {
    const loaded = loadManifests('apps/prod.yaml', text);
    expect(loaded.manifests.map((m) => m.identity)).toEqual([
      { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'prod', name: 'api' },
      { apiVersion: 'v1', kind: 'ConfigMap', name: 'x' },
    ]);
    const [deployment, configMap] = loaded.manifests;
    expect(deployment?.provenance).toEqual({ file: 'apps/prod.yaml', line: 2, kindLine: 4 });
    expect(deployment?.object.spec).toEqual({ paused: false });
    expect(configMap?.provenance).toEqual({ file: 'apps/prod.yaml', line: 14, kindLine: 16 });
    expect(configMap?.object.data).toEqual({ enabled: 'on' });
    expect(configMap?.document.index).toBe(3);
  });

  it('skips empty documents silently and reports non-object documents', () => {
    const loaded = loadManifests('apps/prod.yaml', text);
    expect(loaded.diagnostics.map((d) => [d.code, d.location.line, d.message])).toEqual([
      ['NOT_AN_OBJECT', 12, 'document 3 is a list, not a Kubernetes object'],
      ['NOT_AN_OBJECT', 21, 'document 5 is a string, not a Kubernetes object'],
    ]);
  });

  it('reports syntax errors, decode failures and missing kinds without losing the other objects', () => {
    const loaded = loadManifests(
      'x.yaml',
      [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: {name: ok}',
        '---',
        'apiVersion: v1',
        'kind: [broken',
        '---',
        'apiVersion: v1',
        'kind: Secret',
        'metadata: {name: s}',
        'data: {a: .inf}',
        '---',
        'metadata: {name: nokind}',
        '',
      ].join('\n'),
    );
    expect(loaded.manifests.map((m) => m.identity.name)).toEqual(['ok']);
    expect(loaded.diagnostics.map((d) => [d.code, d.location.line])).toEqual([
      ['BAD_INDENT', 7],
      ['DECODE', 11],
      ['NOT_AN_OBJECT', 13],
    ]);
  });

  it('accepts objects without a name, such as a kustomize Kustomization', () => {
    const loaded = loadManifests(
      'kustomization.yaml',
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [a.yaml]\n',
    );
    expect(loaded.manifests[0]?.identity).toEqual({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      name: '',
    });
    expect(loaded.diagnostics).toEqual([]);
  });

  it('reports duplicate keys and keeps the object with the last value', () => {
    const loaded = loadManifests(
      'd.yaml',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n',
    );
    expect(loaded.manifests[0]?.identity.name).toBe('b');
    expect(loaded.diagnostics).toMatchObject([
      { code: 'DUPLICATE_KEY', location: { line: 5, column: 3 }, related: { line: 4 } },
    ]);
  });
});
