import { describe, expect, it } from 'vitest';
import type { RenderDiff } from '../../../src/core/diff/index.js';
import { diffMarkdown } from '../../../src/report/diff-markdown.js';
import { checkAgainstMain, editFile, fleetRepository, removePath } from './support.js';

/** `cluster kind namespace/name change` for every reported object. */
const changes = (diff: RenderDiff) =>
  diff.clusters.flatMap((cluster) =>
    cluster.objects.map(
      (o) =>
        `${cluster.cluster} ${o.identity.kind} ${o.identity.namespace ?? ''}/${o.identity.name} ${o.change}`,
    ),
  );

const object = (diff: RenderDiff, cluster: string, kind: string, name: string) => {
  const found = diff.clusters
    .find((c) => c.cluster === cluster)
    ?.objects.find((o) => o.identity.kind === kind && o.identity.name === name);
  if (found === undefined) throw new Error(`no ${kind} ${name} in ${cluster}: ${changes(diff).join('; ')}`);
  return found;
};

/** Both modes must agree: affected-only rendering is an optimisation, never a different answer. */
async function checkBothWays(remote: Awaited<ReturnType<typeof fleetRepository>>) {
  const affected = await checkAgainstMain(remote);
  const full = await checkAgainstMain(remote, { full: true });
  expect(affected.diff).toEqual(full.diff);
  expect(affected.stats.affected).toBeLessThan(full.stats.affected);
  return affected;
}

describe('check on examples/fleet with real git history', () => {
  it('a values change in one environment changes only that release, and matches a full render', async () => {
    const remote = await fleetRepository();
    await editFile(remote, 'apps/staging/shop-values.yaml', (text) =>
      text.replace('replicaCount: 1', 'replicaCount: 2'),
    );
    const result = await checkBothWays(remote);
    // The HelmRelease object as the apps Kustomization applies it, and what its chart renders.
    expect(changes(result.diff)).toEqual([
      'staging Deployment /shop-web-app changed',
      'staging HelmRelease shop/shop changed',
    ]);
    const deployment = object(result.diff, 'staging', 'Deployment', 'shop-web-app');
    expect(deployment.hunks).toEqual([{ path: 'spec.replicas', change: 'changed', old: 1, new: 2 }]);
    expect(deployment.unit).toBe('staging/HelmRelease/shop/shop');
    expect(deployment.owner?.file).toBe('apps/base/shop/release.yaml');
    const release = object(result.diff, 'staging', 'HelmRelease', 'shop');
    expect(release.hunks.map((h) => h.path)).toEqual(['spec.values.replicaCount']);
    // One HelmRelease of eight had different inputs.
    expect(result.stats.affected).toBe(1);
    const markdown = diffMarkdown(result.diff);
    expect(markdown).toContain('staging');
    expect(markdown).toContain('-  replicas: 1');
    expect(markdown).toContain('+  replicas: 2');
  });

  it('a ConfigMap read by valuesFrom re-renders the release that reads it, in both clusters', async () => {
    const remote = await fleetRepository();
    await editFile(remote, 'apps/base/shop/values.yaml', (text) =>
      text.replace('currency: EUR', 'currency: USD'),
    );
    const result = await checkBothWays(remote);
    const found = changes(result.diff);
    // The generated ConfigMap gets a new hash suffix (a new name: one removed, one added), the
    // HelmRelease's valuesFrom follows the new name, and the chart's ConfigMap changes.
    expect(found).toEqual(
      expect.arrayContaining([
        'staging ConfigMap /shop-web-app changed',
        'production ConfigMap /shop-web-app changed',
        'staging HelmRelease shop/shop changed',
      ]),
    );
    expect(
      found.filter((line) => /^staging ConfigMap shop\/shop-values-\w+ (added|removed)$/.test(line)),
    ).toHaveLength(2);
    expect(found).toHaveLength(8);
    const config = object(result.diff, 'staging', 'ConfigMap', 'shop-web-app');
    expect(JSON.stringify(config.hunks)).toContain('USD');
  });

  it('a chart version bump with a template change shows the change, not the chart label', async () => {
    const remote = await fleetRepository();
    await editFile(remote, 'charts/web-app/Chart.yaml', (text) =>
      text.replace('version: 0.3.0', 'version: 0.3.1'),
    );
    await editFile(remote, 'charts/web-app/templates/service.yaml', (text) =>
      text.replace(/(\n\s*type: )\S+/, '$1NodePort'),
    );
    const result = await checkBothWays(remote);
    const service = object(result.diff, 'production', 'Service', 'shop-web-app');
    expect(service.hunks.map((h) => h.path)).toEqual(['spec.type']);
    expect(JSON.stringify(result.diff)).not.toContain('web-app-0.3.1');
    // The Deployment's only difference is its helm.sh/chart label: filtered as noise.
    expect(result.diff.totals.filtered).toBeGreaterThan(0);
    expect(changes(result.diff)).toEqual([
      'production Service /shop-web-app changed',
      'staging Service /shop-web-app changed',
    ]);
  });

  it('a Kustomization patch reaches the objects of the cluster it patches', async () => {
    const remote = await fleetRepository();
    await editFile(remote, 'apps/production/kustomization.yaml', (text) =>
      text.replace(
        'patches:\n',
        'patches:\n  - target: { kind: HelmRelease, name: shop }\n    patch: |\n      - op: add\n        path: /spec/values/env/FEATURE_CHECKOUT_V2\n        value: "on"\n',
      ),
    );
    const result = await checkBothWays(remote);
    expect(changes(result.diff)).toEqual([
      'production Deployment /shop-web-app changed',
      'production HelmRelease shop/shop changed',
    ]);
    const hr = object(result.diff, 'production', 'HelmRelease', 'shop');
    expect(hr.hunks).toEqual([{ path: 'spec.values.env.FEATURE_CHECKOUT_V2', change: 'added', new: 'on' }]);
    const deployment = object(result.diff, 'production', 'Deployment', 'shop-web-app');
    expect(JSON.stringify(deployment.hunks)).toContain('FEATURE_CHECKOUT_V2');
  });

  it('a deleted app is reported as removed objects with deletion and namespace warnings', async () => {
    const remote = await fleetRepository();
    await editFile(remote, 'apps/staging/kustomization.yaml', (text) =>
      text.replace('  - ../base/orders\n', '').replace('  - path: orders-values.yaml\n', ''),
    );
    await removePath(remote, 'apps/staging/orders-values.yaml');
    const result = await checkAgainstMain(remote);
    const staging = result.diff.clusters.find((c) => c.cluster === 'staging');
    expect(staging?.removed).toBeGreaterThan(3);
    expect(staging?.added).toBe(0);
    expect(changes(result.diff)).toContain('staging Namespace /orders removed');
    expect(result.diff.risks.map((r) => `${r.level} ${r.code}`)).toContain('error namespace-deleted');
    expect(result.diff.risks.some((r) => r.code === 'object-deleted')).toBe(true);
    expect(result.diff.clusters.find((c) => c.cluster === 'production')?.objects).toEqual([]);
    expect(diffMarkdown(result.diff)).toMatch(/namespace/i);
  });

  it('an image bump is listed old → new', async () => {
    const remote = await fleetRepository();
    await editFile(remote, 'apps/staging/shop-values.yaml', (text) =>
      text.replace('tag: 1.5.0 #', 'tag: 1.6.0 #'),
    );
    const result = await checkAgainstMain(remote);
    expect(result.diff.images).toEqual([
      expect.objectContaining({
        cluster: 'staging',
        container: expect.any(String),
        old: 'ghcr.io/acme/shop:1.5.0',
        new: 'ghcr.io/acme/shop:1.6.0',
      }),
    ]);
    expect(diffMarkdown(result.diff)).toContain('ghcr.io/acme/shop:1.6.0');
  });

  it('a random value in a chart is masked as changing on every render, not reported as a change', async () => {
    const token =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-token\ndata:\n  token: {{ randAlphaNum 16 | quote }}\n  mode: {{ .Values.tokenMode | default "a" | quote }}\n';
    const remote = await fleetRepository({ 'charts/web-app/templates/token.yaml': token });
    // A change that re-renders the shop releases, without touching the token template's output.
    await editFile(remote, 'apps/staging/shop-values.yaml', (text) =>
      text.replace('replicaCount: 1', 'replicaCount: 2'),
    );
    const result = await checkAgainstMain(remote);
    expect(changes(result.diff)).toEqual([
      'staging Deployment /shop-web-app changed',
      'staging HelmRelease shop/shop changed',
    ]);
    expect(result.diff.masked).toEqual([
      expect.objectContaining({ cluster: 'staging', paths: ['data.token'] }),
    ]);
    expect(result.diff.totals.filtered).toBe(1);

    // Without the volatile filter, the token shows as a change.
    const noisy = await checkAgainstMain(remote, { diff: { noise: { volatile: false } } });
    expect(changes(noisy.diff)).toContain('staging ConfigMap /shop-token changed');
  });

  it('reports no changes when the head renders the same objects', async () => {
    const remote = await fleetRepository();
    await editFile(remote, 'README.md', (text) => `${text}\nA note.\n`);
    const result = await checkAgainstMain(remote);
    expect(result.diff.changed).toBe(false);
    expect(result.stats.affected).toBe(0);
    expect(diffMarkdown(result.diff)).toContain('No changes');
  });
});
