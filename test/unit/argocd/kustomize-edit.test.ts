import { expect, test } from 'vitest';
import { applyKustomizeEdits, parseImageArg } from '../../../src/core/argocd/kustomize-edit.js';

const never = () => false;

test('sets namePrefix, nameSuffix and namespace, replacing what the kustomization had', () => {
  const result = applyKustomizeEdits(
    { resources: ['a.yaml'], namePrefix: 'old-', namespace: 'x' },
    { namePrefix: 'prod-', nameSuffix: '-v2', namespace: 'prod' },
    never,
  );
  expect(result).toMatchObject({
    namePrefix: 'prod-',
    nameSuffix: '-v2',
    namespace: 'prod',
    resources: ['a.yaml'],
  });
});

test('parses kustomize edit set image arguments', () => {
  expect(parseImageArg('nginx=registry.example/nginx:1.27')).toEqual({
    name: 'nginx',
    newName: 'registry.example/nginx',
    newTag: '1.27',
  });
  expect(parseImageArg('nginx:1.27')).toEqual({ name: 'nginx', newTag: '1.27' });
  expect(parseImageArg('nginx@sha256:abc')).toEqual({ name: 'nginx', digest: 'sha256:abc' });
  expect(() => parseImageArg('nginx')).toThrow(/no tag or digest/);
});

test('an image argument replaces the entry of the same name, * keeps its old value, the list is sorted', () => {
  const result = applyKustomizeEdits(
    {
      images: [
        { name: 'web', newName: 'mirror/web', newTag: '1' },
        { name: 'api', newTag: '2' },
      ],
    },
    { images: ['web=*:3', 'cache:7'] },
    never,
  );
  expect(result.images).toEqual([
    { name: 'api', newTag: '2' },
    { name: 'cache', newTag: '7' },
    { name: 'web', newName: 'mirror/web', newTag: '3' },
  ]);
});

test('commonLabels refuse to overwrite a label unless forced, and can go without selectors', () => {
  expect(() =>
    applyKustomizeEdits({ commonLabels: { team: 'a' } }, { commonLabels: { team: 'b' } }, never),
  ).toThrow(/already in kustomization/);
  expect(
    applyKustomizeEdits(
      { commonLabels: { team: 'a' } },
      { commonLabels: { team: 'b' }, forceCommonLabels: true },
      never,
    ).commonLabels,
  ).toEqual({ team: 'b' });
  expect(
    applyKustomizeEdits({}, { commonLabels: { team: 'b' }, labelWithoutSelector: true }, never).labels,
  ).toEqual([{ pairs: { team: 'b' } }]);
});

test('patches are appended; replicas replace by name; missing components are dropped only when allowed', () => {
  const result = applyKustomizeEdits(
    { patches: [{ path: 'p.yaml' }], replicas: [{ name: 'web', count: 1 }] },
    {
      patches: [{ patch: 'x' }],
      replicas: [
        { name: 'web', count: '3' },
        { name: 'api', count: 2 },
      ],
      components: ['../c1', '../c2'],
      ignoreMissingComponents: true,
    },
    (component) => component === '../c1',
  );
  expect(result.patches).toEqual([{ path: 'p.yaml' }, { patch: 'x' }]);
  expect(result.replicas).toEqual([
    { name: 'web', count: 3 },
    { name: 'api', count: 2 },
  ]);
  expect(result.components).toEqual(['../c1']);
});
