import { describe, expect, it } from 'vitest';
import { diffRuns } from '../../../src/core/diff/index.js';
import { deployment, object, run, unit } from './builders.js';

const configMap = (data: Record<string, string>, name = 'settings') =>
  object('v1', 'ConfigMap', name, 'shop', { data });

describe('diffRuns: matching objects', () => {
  it('reports nothing when both sides render the same objects', () => {
    const side = run(unit([deployment(), configMap({ a: '1' })]));
    const diff = diffRuns(side, structuredClone(side));
    expect(diff.changed).toBe(false);
    expect(diff.totals).toEqual({ added: 0, changed: 0, removed: 0, filtered: 0, masked: 0 });
    expect(diff.clusters).toEqual([
      { cluster: 'prod', added: 0, changed: 0, removed: 0, filtered: 0, kinds: [], objects: [] },
    ]);
  });

  it('matches an object across API versions of its group and notes the old version', () => {
    const base = run(unit([deployment({ apiVersion: 'apps/v1beta2', replicas: 2 })]));
    const head = run(unit([deployment({ apiVersion: 'apps/v1', replicas: 3 })]));
    const diff = diffRuns(base, head);
    expect(diff.totals).toMatchObject({ added: 0, changed: 1, removed: 0 });
    const [change] = diff.clusters[0]?.objects ?? [];
    expect(change).toMatchObject({
      change: 'changed',
      identity: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'web' },
      previousApiVersion: 'apps/v1beta2',
      key: 'apps/Deployment/shop/web',
      unit: 'prod/HelmRelease/flux-system/apps',
      owner: { file: 'clusters/prod/apps.yaml', line: 3 },
    });
    expect(change?.hunks).toContainEqual({ path: 'spec.replicas', change: 'changed', old: 2, new: 3 });
    expect(change?.hunks).toContainEqual({
      path: 'apiVersion',
      change: 'changed',
      old: 'apps/v1beta2',
      new: 'apps/v1',
    });
  });

  it('does not match objects of different groups that share kind and name', () => {
    const base = run(unit([object('example.com/v1', 'Widget', 'w', 'shop')]));
    const head = run(unit([object('other.io/v1', 'Widget', 'w', 'shop')]));
    expect(diffRuns(base, head).totals).toMatchObject({ added: 1, removed: 1, changed: 0 });
  });

  it('matches within a cluster, never across clusters', () => {
    const base = run(unit([configMap({ a: '1' })], { cluster: 'staging' }));
    const head = run(unit([configMap({ a: '1' })], { cluster: 'prod' }));
    const diff = diffRuns(base, head);
    expect(diff.clusters.map((c) => [c.cluster, c.added, c.removed])).toEqual([
      ['prod', 1, 0],
      ['staging', 0, 1],
    ]);
  });

  it('follows an object that moved to another unit of the cluster without calling it added or removed', () => {
    const base = run(unit([configMap({ a: '1' })], { name: 'one' }));
    const head = run(unit([configMap({ a: '2' })], { name: 'two' }));
    const diff = diffRuns(base, head);
    expect(diff.totals).toMatchObject({ added: 0, changed: 1, removed: 0 });
    expect(diff.clusters[0]?.objects[0]?.unit).toBe('prod/HelmRelease/flux-system/two');
  });

  it('carries the template source, and writes a unified diff of the YAML', () => {
    const base = run(unit([configMap({ a: '1', b: '2' })], { source: 'shop/templates/configmap.yaml' }));
    const head = run(unit([configMap({ a: '1', b: '3' })], { source: 'shop/templates/configmap.yaml' }));
    const [change] = diffRuns(base, head).clusters[0]?.objects ?? [];
    expect(change?.source).toBe('shop/templates/configmap.yaml');
    expect(change?.hunks).toEqual([{ path: 'data.b', change: 'changed', old: '2', new: '3' }]);
    expect(change?.text).toBe(
      ['@@ -5,4 +5,4 @@', '   namespace: shop', ' data:', '   a: "1"', '-  b: "2"', '+  b: "3"', ''].join(
        '\n',
      ),
    );
  });

  it('shows added and removed objects whole, and counts them by kind per cluster', () => {
    const base = run(unit([configMap({ a: '1' }, 'old')]));
    const head = run(unit([configMap({ a: '1' }, 'new'), deployment()]));
    const diff = diffRuns(base, head);
    expect(diff.changed).toBe(true);
    expect(diff.clusters[0]?.kinds).toEqual([
      { kind: 'ConfigMap', added: 1, changed: 0, removed: 1 },
      { kind: 'Deployment', added: 1, changed: 0, removed: 0 },
    ]);
    const objects = diff.clusters[0]?.objects ?? [];
    expect(objects.map((o) => `${o.change} ${o.key}`)).toEqual([
      'removed /ConfigMap/shop/old',
      'added /ConfigMap/shop/new',
      'added apps/Deployment/shop/web',
    ]);
    expect(objects[0]?.text.split('\n').slice(0, 3)).toEqual([
      '@@ -1,7 +0,0 @@',
      '-apiVersion: v1',
      '-kind: ConfigMap',
    ]);
    expect(objects[1]?.text).toMatch(/^\+ {2}name: new$/m);
  });

  it('returns plain JSON that survives a round trip unchanged', () => {
    const base = run(unit([deployment({ image: 'a:1' })]));
    const head = run(unit([deployment({ image: 'a:2' }), configMap({ x: 'y' })]));
    const diff = diffRuns(base, head);
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
  });
});

describe('diffRuns: units that did not render', () => {
  it('lists a unit that failed on the head and does not call its base objects removed', () => {
    const base = run(unit([configMap({ a: '1' })], { name: 'shop' }), unit([deployment()], { name: 'web' }));
    const head = run(
      unit([], { name: 'shop', status: 'failed', error: 'template: shop/templates/cm.yaml:3: nil pointer' }),
      unit([deployment({ replicas: 5 })], { name: 'web' }),
    );
    const diff = diffRuns(base, head);
    expect(diff.totals).toMatchObject({ added: 0, changed: 1, removed: 0 });
    expect(diff.failures).toEqual([
      {
        side: 'head',
        cluster: 'prod',
        unit: 'prod/HelmRelease/flux-system/shop',
        status: 'failed',
        owner: { file: 'clusters/prod/shop.yaml', line: 3 },
        message: 'template: shop/templates/cm.yaml:3: nil pointer',
        hint: 'Fix the chart.',
      },
    ]);
    expect(diff.risks).toEqual([]);
  });

  it('does not call the head objects of a unit that failed on the base added', () => {
    const base = run(unit([], { status: 'failed', error: 'boom' }));
    const head = run(unit([configMap({ a: '1' })]));
    const diff = diffRuns(base, head);
    expect(diff.changed).toBe(false);
    expect(diff.failures.map((f) => [f.side, f.unit])).toEqual([
      ['base', 'prod/HelmRelease/flux-system/apps'],
    ]);
  });

  it('treats units below a failed Kustomization as unknown, not removed', () => {
    const base = run(
      unit([], { kind: 'Kustomization', name: 'apps' }),
      unit([configMap({ a: '1' })], { name: 'shop', chain: ['flux-system/apps'] }),
    );
    // The head's apps Kustomization failed, so the shop HelmRelease below it was never found.
    const head = run(
      unit([], { kind: 'Kustomization', name: 'apps', status: 'failed', error: 'kustomize build' }),
    );
    const diff = diffRuns(base, head);
    expect(diff.totals.removed).toBe(0);
    expect(diff.failures.map((f) => f.unit)).toEqual(['prod/Kustomization/flux-system/apps']);
  });

  it('says both when a unit fails on both sides, and lists units render cannot build', () => {
    const base = run(
      unit([], { status: 'failed', error: 'one' }),
      unit([], { name: 'git', status: 'unsupported' }),
    );
    const head = run(unit([], { status: 'failed', error: 'two' }));
    expect(diffRuns(base, head).failures.map((f) => [f.side, f.status, f.message])).toEqual([
      ['both', 'failed', 'one'],
      ['base', 'unsupported', 'render cannot build it'],
    ]);
  });

  it('treats a cluster whose tree did not build as unknown, and lists it', () => {
    const base = run(unit([configMap({ a: '1' })]));
    const head = run();
    head.diagnostics.push({
      cluster: 'prod',
      severity: 'error',
      code: 'kustomize-build',
      message: 'accumulating resources: missing file',
      location: { file: 'clusters/prod/kustomization.yaml', line: 4 },
    });
    const diff = diffRuns(base, head);
    expect(diff.totals.removed).toBe(0);
    expect(diff.failures).toEqual([
      {
        side: 'head',
        cluster: 'prod',
        unit: 'prod',
        status: 'failed',
        owner: { file: 'clusters/prod/kustomization.yaml', line: 4 },
        message: 'accumulating resources: missing file',
      },
    ]);
  });
});
