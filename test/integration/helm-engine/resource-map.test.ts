import { describe, expect, it } from 'vitest';
import type { RenderedObject } from '../../../src/core/flux/helmrelease/post-render-metadata.js';
import { kustomizePass } from '../../../src/core/helm/engine/kustomize-post-renderer.js';
import { loadResourceMap } from '../../../src/core/helm/engine/resource-map.js';
import { tempDir } from '../../support/temp.js';
import { testTools } from '../../support/tools.js';

const configMap = (name: string, namespace?: string): RenderedObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, ...(namespace ? { namespace } : {}) },
  data: { key: name },
});

/** What real kustomize makes of the stream with nothing to patch, or the message it fails with. */
async function kustomize(objects: RenderedObject[]): Promise<RenderedObject[] | string> {
  const kubectl = await testTools().kubectl();
  return kustomizePass(objects, {}, { kubectl, tempRoot: await tempDir(), what: 'test' }).catch(
    (error: Error) => error.message,
  );
}

function local(objects: RenderedObject[]): RenderedObject[] | string {
  try {
    return loadResourceMap(objects, 'test');
  } catch (error) {
    return (error as Error).message;
  }
}

/** Streams where kustomize's ResMap load decides something: both must decide the same. */
const streams: Record<string, RenderedObject[]> = {
  'a List expanded, its items after the other objects': [
    { apiVersion: 'v1', kind: 'ConfigMapList', items: [configMap('a'), configMap('b')] },
    configMap('c'),
  ],
  'the same object twice': [configMap('a'), configMap('a')],
  'no namespace and default as one namespace': [configMap('a'), configMap('a', 'default')],
  'one name in two namespaces': [configMap('a', 'one'), configMap('a', 'two')],
  'a cluster-scoped kind with a namespace set': [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'x', namespace: 'one' } },
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'x', namespace: 'two' } },
  ],
};

describe('loadResourceMap: the ResMap load helm-controller makes, without a kustomize process', () => {
  for (const [name, objects] of Object.entries(streams)) {
    it(`agrees with kustomize on ${name}`, async () => {
      const expected = await kustomize(objects);
      const actual = local(objects);
      if (typeof expected === 'string') {
        expect(typeof actual).toBe('string');
        expect(expected).toContain('already registered id');
        expect(actual).toContain('already registered id');
      } else {
        expect(actual).toEqual(expected);
      }
    });
  }
});
