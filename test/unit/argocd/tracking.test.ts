import { expect, test } from 'vitest';
import { scopeLookup } from '../../../src/core/argocd/cluster-scope.js';
import { instanceName, TRACKING_ANNOTATION, trackObjects } from '../../../src/core/argocd/tracking.js';
import type { KubeObject } from '../../../src/core/flux/substitute/substitute-resource.js';

/** A nested object field of a value that may be absent (an empty object then). */
const field = (value: KubeObject | undefined, key: string): KubeObject => (value?.[key] ?? {}) as KubeObject;

const app = { name: 'web', namespace: 'argocd' };
const deployment = (): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web' },
});

test('Argo CD 3 default: the tracking-id annotation, with the destination namespace given to namespaced objects', () => {
  const [object] = trackObjects([deployment()], app, 'prod', scopeLookup([])).objects;
  expect(object?.metadata).toEqual({
    name: 'web',
    namespace: 'prod',
    annotations: { [TRACKING_ANNOTATION]: 'web:apps/Deployment:prod/web' },
  });
});

test('cluster-scoped objects lose a namespace; CRDs get no tracking from repo-server', () => {
  const crd: KubeObject = {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: 'widgets.acme.example' },
    spec: { group: 'acme.example', scope: 'Cluster', names: { kind: 'Widget' } },
  };
  const widget: KubeObject = {
    apiVersion: 'acme.example/v1',
    kind: 'Widget',
    metadata: { name: 'w', namespace: 'x' },
  };
  const objects = [crd, widget];
  const result = trackObjects(objects, app, 'prod', scopeLookup(objects)).objects;
  expect(field(result[0], 'metadata').annotations).toBeUndefined();
  expect(result[1]?.metadata).toEqual({
    name: 'w',
    // UnstructuredToAppInstanceValue falls back to the destination namespace, whatever the scope.
    annotations: { [TRACKING_ANNOTATION]: 'web:acme.example/Widget:prod/w' },
  });
});

test('label tracking sets the instance label; annotation+label sets both', () => {
  const [labelled] = trackObjects([deployment()], app, 'prod', scopeLookup([]), { method: 'label' }).objects;
  expect(labelled?.metadata).toEqual({
    name: 'web',
    namespace: 'prod',
    labels: { 'app.kubernetes.io/instance': 'web' },
  });
  const [both] = trackObjects([deployment()], app, 'prod', scopeLookup([]), {
    method: 'annotation+label',
    labelKey: 'argocd.argoproj.io/instance',
  }).objects;
  expect(field(both, 'metadata').labels).toEqual({ 'argocd.argoproj.io/instance': 'web' });
  expect(field(both, 'metadata').annotations).toHaveProperty([TRACKING_ANNOTATION]);
});

test('an object rendered twice is kept once (the last) and reported', () => {
  const first = deployment();
  const second = { ...deployment(), spec: { replicas: 2 } };
  const result = trackObjects([first, second], app, 'prod', scopeLookup([]));
  expect(result.objects).toEqual([second]);
  expect(result.repeated).toEqual(['apps/Deployment/prod/web (2 times)']);
});

test('an Application outside the control-plane namespace is tracked as namespace_name', () => {
  expect(instanceName({ name: 'web', namespace: 'team-a' })).toBe('team-a_web');
  expect(instanceName(app)).toBe('web');
});
