import { describe, expect, it } from 'vitest';
import { diffRuns, volatileMasks } from '../../../src/core/diff/index.js';
import { deployment, object, run, unit } from './builders.js';

const chartLabels = (chart: string, version = '1.0.0') => ({
  'app.kubernetes.io/name': 'web',
  'helm.sh/chart': chart,
  'app.kubernetes.io/version': version,
});

describe('noise: chart labels', () => {
  const base = run(unit([deployment({ labels: chartLabels('web-1.2.0', '1.0.0') })]));
  const head = run(unit([deployment({ labels: chartLabels('web-1.3.0', '1.0.1') })]));

  it('filters helm.sh/chart and app.kubernetes.io/version when the chart moved, counting the object as filtered', () => {
    const diff = diffRuns(base, head);
    expect(diff.changed).toBe(false);
    expect(diff.totals).toMatchObject({ changed: 0, filtered: 1 });
    expect(diff.clusters[0]?.filtered).toBe(1);
  });

  it('reports them when the filter is off', () => {
    const diff = diffRuns(base, head, { noise: { chartLabels: false } });
    expect(diff.totals).toMatchObject({ changed: 1, filtered: 0 });
    expect(diff.clusters[0]?.objects[0]?.hunks.map((h) => h.path)).toEqual([
      'metadata.labels["helm.sh/chart"]',
      'metadata.labels["app.kubernetes.io/version"]',
      'spec.template.metadata.labels["helm.sh/chart"]',
      'spec.template.metadata.labels["app.kubernetes.io/version"]',
    ]);
  });

  it('keeps an app version change when the chart label did not move', () => {
    const diff = diffRuns(
      run(unit([deployment({ labels: chartLabels('web-1.2.0', '1.0.0') })])),
      run(unit([deployment({ labels: chartLabels('web-1.2.0', '2.0.0') })])),
    );
    expect(diff.totals.changed).toBe(1);
  });

  it('shows the real change of an object and leaves the filtered labels out of its hunks and text', () => {
    const diff = diffRuns(
      base,
      run(unit([deployment({ labels: chartLabels('web-1.3.0', '1.0.1'), replicas: 4 })])),
    );
    const [change] = diff.clusters[0]?.objects ?? [];
    expect(change?.hunks).toEqual([{ path: 'spec.replicas', change: 'changed', old: 2, new: 4 }]);
    expect(change?.filteredFields).toBe(4);
    expect(change?.text).not.toMatch(/^[-+].*(helm\.sh\/chart|app\.kubernetes\.io\/version)/m);
    expect(change?.text).toMatch(/^-\s+replicas: 2$/m);
  });
});

describe('noise: checksum annotations', () => {
  const base = run(unit([deployment({ podAnnotations: { 'checksum/config': 'aaa', team: 'shop' } })]));
  const head = run(unit([deployment({ podAnnotations: { 'checksum/config': 'bbb', team: 'shop' } })]));

  it('filters any annotation whose key starts with checksum/', () => {
    expect(diffRuns(base, head).totals).toMatchObject({ changed: 0, filtered: 1 });
  });

  it('reports it when the filter is off', () => {
    const diff = diffRuns(base, head, { noise: { checksumAnnotations: false } });
    expect(diff.clusters[0]?.objects[0]?.hunks).toEqual([
      {
        path: 'spec.template.metadata.annotations["checksum/config"]',
        change: 'changed',
        old: 'aaa',
        new: 'bbb',
      },
    ]);
  });

  it('filters a checksum annotation that appears for the first time', () => {
    const diff = diffRuns(
      run(unit([deployment()])),
      run(unit([deployment({ podAnnotations: { 'checksum/secret': 'x' } })])),
    );
    expect(diff.totals).toMatchObject({ changed: 0, filtered: 1 });
  });

  it('keeps other annotations', () => {
    const diff = diffRuns(
      base,
      run(unit([deployment({ podAnnotations: { 'checksum/config': 'aaa', team: 'cart' } })])),
    );
    expect(diff.totals.changed).toBe(1);
  });
});

describe('noise: fields that change on every render', () => {
  const job = (token: string, at: string, replicas = 1) =>
    object('v1', 'ConfigMap', 'bootstrap', 'shop', {
      data: { token, renderedAt: at, replicas: String(replicas) },
    });
  const headOnce = run(unit([job('r4nd0m1', '2025-01-01T00:00:00Z')]));
  const headTwice = run(unit([job('r4nd0m2', '2025-01-01T00:00:01Z')]));

  it('finds the fields that differ between two renders of the head', () => {
    expect(volatileMasks(headOnce, headTwice)).toEqual({
      clusters: { prod: { '/ConfigMap/shop/bootstrap': ['data.token', 'data.renderedAt'] } },
    });
  });

  it('has no masks for renders that agree', () => {
    expect(volatileMasks(headOnce, structuredClone(headOnce))).toEqual({ clusters: {} });
  });

  it('masks those fields: an object changing only there is filtered, and the masked paths are listed', () => {
    const base = run(unit([job('old', '2024-12-31T00:00:00Z')]));
    const diff = diffRuns(base, headOnce, { volatile: volatileMasks(headOnce, headTwice) });
    expect(diff.totals).toEqual({ added: 0, changed: 0, removed: 0, filtered: 1, masked: 2 });
    expect(diff.masked).toEqual([
      {
        cluster: 'prod',
        identity: { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'shop', name: 'bootstrap' },
        paths: ['data.token', 'data.renderedAt'],
      },
    ]);
  });

  it('reports a real change next to the masked fields, which stay out of the hunks and the text', () => {
    const base = run(unit([job('old', '2024-12-31T00:00:00Z', 2)]));
    const diff = diffRuns(base, headOnce, { volatile: volatileMasks(headOnce, headTwice) });
    const [change] = diff.clusters[0]?.objects ?? [];
    expect(change?.hunks).toEqual([{ path: 'data.replicas', change: 'changed', old: '2', new: '1' }]);
    expect(change?.masked).toEqual(['data.token', 'data.renderedAt']);
    expect(change?.text).not.toMatch(/r4nd0m|2025/);
  });

  it('does not mask when the volatile filter is off', () => {
    const base = run(unit([job('old', '2024-12-31T00:00:00Z')]));
    const diff = diffRuns(base, headOnce, {
      volatile: volatileMasks(headOnce, headTwice),
      noise: { volatile: false },
    });
    expect(diff.totals).toMatchObject({ changed: 1, filtered: 0, masked: 0 });
  });

  it('masks a randomly generated Secret value by path, never by value', () => {
    const secret = (password: string) =>
      object('v1', 'Secret', 'db', 'shop', { stringData: { password, user: 'app' } });
    const masks = volatileMasks(run(unit([secret('Xk2p9')])), run(unit([secret('Qz8r1')])));
    expect(masks).toEqual({ clusters: { prod: { '/Secret/shop/db': ['stringData.password'] } } });
    expect(JSON.stringify(masks)).not.toMatch(/Xk2p9|Qz8r1/);
  });
});
