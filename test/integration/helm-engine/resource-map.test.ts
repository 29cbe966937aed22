import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RenderedObject } from '../../../src/core/flux/helmrelease/post-render-metadata.js';
import { parseStream } from '../../../src/core/helm/engine/parse-output.js';
import { loadResourceMap } from '../../../src/core/helm/engine/resource-map.js';
import { tempDir } from '../../support/temp.js';
import { testTools } from '../../support/tools.js';

/** What kustomize makes of the same stream: the oracle `loadResourceMap` stands in for. */
async function kustomizeRoundTrip(objects: readonly RenderedObject[]): Promise<RenderedObject[]> {
  const dir = await tempDir('gitops-actions-resource-map-');
  await writeFile(
    path.join(dir, 'helm-output.yaml'),
    objects.map((object) => `---\n${JSON.stringify(object)}\n`).join(''),
  );
  await writeFile(
    path.join(dir, 'kustomization.yaml'),
    JSON.stringify({ resources: ['helm-output.yaml'], sortOptions: { order: 'fifo' } }),
  );
  const output = await (await testTools().kubectl()).kustomize(dir);
  return parseStream(output, 'kustomize').map((document) => document.object);
}

const configMap = (name: string, namespace?: string, data: Record<string, string> = {}): RenderedObject => ({
  kind: 'ConfigMap',
  apiVersion: 'v1',
  metadata: { name, ...(namespace === undefined ? {} : { namespace }) },
  data,
});

describe('loadResourceMap: the ResMap round trip of helm-controller’s post-renderers, without kustomize', () => {
  it('expands Lists after the other objects and sorts every key, exactly as kustomize does', async () => {
    const stream: RenderedObject[] = [
      {
        kind: 'ConfigMapList',
        apiVersion: 'v1',
        items: [
          configMap('from-list', undefined, { z: '1', a: '2' }),
          { kind: 'List', apiVersion: 'v1', items: [configMap('nested')] },
        ],
      },
      { kind: 'List', apiVersion: 'v1', items: [] },
      {
        spec: { selector: { matchLabels: { b: 'x', a: 'y' } }, ports: [{ port: 80, name: 'http' }] },
        metadata: { name: 'web', labels: { z: 'last', a: 'first' } },
        kind: 'Service',
        apiVersion: 'v1',
      },
      configMap('plain', 'apps'),
    ];
    const ours = loadResourceMap(stream, 'test');
    expect(ours.map((object) => (object.metadata as { name: string }).name)).toEqual([
      'web',
      'plain',
      'from-list',
      'nested',
    ]);
    const theirs = await kustomizeRoundTrip(stream);
    expect(ours).toEqual(theirs);
    expect(ours.map((object) => JSON.stringify(object))).toEqual(
      theirs.map((object) => JSON.stringify(object)),
    );
  });

  it('refuses two objects with one id, where no namespace and "default" are the same', async () => {
    const stream = [configMap('settings'), configMap('settings', 'default')];
    expect(() => loadResourceMap(stream, 'HelmRelease apps/web')).toThrow(
      'HelmRelease apps/web: the post-renderer failed: may not add resource with an already registered id: ConfigMap.v1.[noGrp]/settings.default',
    );
    await expect(kustomizeRoundTrip(stream)).rejects.toThrow(/already registered id/);
  });

  it('ignores the namespace of cluster-scoped kinds but tells versions and namespaces apart otherwise', async () => {
    const role = (namespace: string): RenderedObject => ({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: 'reader', namespace },
    });
    expect(() => loadResourceMap([role('a'), role('b')], 'test')).toThrow(/already registered id/);
    await expect(kustomizeRoundTrip([role('a'), role('b')])).rejects.toThrow(/already registered id/);

    const distinct = [
      configMap('settings', 'a'),
      configMap('settings', 'b'),
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' } },
      { apiVersion: 'apps/v1beta1', kind: 'Deployment', metadata: { name: 'web' } },
    ];
    expect(loadResourceMap(distinct, 'test')).toEqual(await kustomizeRoundTrip(distinct));
  });

  it('refuses an object without a name, in the stream or in a List, as kustomize does', async () => {
    for (const stream of [
      [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: {} }],
      [{ apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'ConfigMap' }] }],
    ]) {
      expect(() => loadResourceMap(stream, 'test')).toThrow(/missing metadata.name/);
      await expect(kustomizeRoundTrip(stream)).rejects.toThrow(/missing metadata.name/);
    }
  });

  it('keeps null list entries and a List without items, and drops a List with empty items', async () => {
    const stream: RenderedObject[] = [
      { ...configMap('x'), spec: { list: ['a', null] } },
      { apiVersion: 'v1', kind: 'List' },
      { apiVersion: 'v1', kind: 'SecretList', items: [] },
      { apiVersion: 'v1', kind: 'SecretList', items: null },
    ];
    const ours = loadResourceMap(stream, 'test');
    expect(ours.map((object) => object.kind)).toEqual(['ConfigMap', 'List']);
    expect(ours).toEqual(await kustomizeRoundTrip(stream));
  });
});
