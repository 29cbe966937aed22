import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type RenderRun, writeRenderOutput } from '../../../src/core/render/index.js';
import { repoRoot } from '../../support/paths.js';
import { tempDir } from '../../support/temp.js';
import { testGit } from '../../support/tools.js';
import { comparable, documentsOf, filesUnder, readIndex, renderFleet } from './support.js';

const unit = (run: RenderRun, id: string) => {
  const found = run.units.find((u) => u.id === id);
  if (found === undefined) throw new Error(`no unit ${id} in ${run.units.map((u) => u.id).join(', ')}`);
  return found;
};

describe('render of examples/fleet', () => {
  it('renders every Kustomization and HelmRelease of both clusters, with nothing failed', async () => {
    const run = await renderFleet({ cacheDir: await tempDir() });
    expect(run.clusters.map((c) => [c.name, c.entry])).toEqual([
      ['production', 'clusters/production'],
      ['staging', 'clusters/staging'],
    ]);
    for (const cluster of ['production', 'staging']) {
      expect(
        run.units.filter((u) => u.cluster === cluster).map((u) => `${u.kind} ${u.namespace}/${u.name}`),
      ).toEqual([
        'HelmRelease edge-system/edge-ingress',
        'HelmRelease flux-system/node-agent',
        'HelmRelease orders/orders',
        'HelmRelease shop/shop',
        'Kustomization flux-system/apps',
        'Kustomization flux-system/flux-system',
        'Kustomization flux-system/infra-configs',
        'Kustomization flux-system/infra-controllers',
      ]);
    }
    expect(run.units.filter((u) => u.status !== 'rendered')).toEqual([]);
    expect(run.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('writes one file per unit with the shop Deployment, origin labels, the cache subchart and the mirrored edge-ingress', async () => {
    const out = await tempDir();
    await writeRenderOutput(out, await renderFleet({ cacheDir: await tempDir() }));

    const shop = await documentsOf(path.join(out, 'staging/HelmRelease/shop/shop.yaml'));
    const deployment = shop.find((d) => d.kind === 'Deployment');
    expect(JSON.stringify(deployment?.spec)).toContain('"image":"ghcr.io/acme/shop:1.5.0"');
    expect(deployment?.metadata.labels).toMatchObject({
      'helm.toolkit.fluxcd.io/name': 'shop',
      'helm.toolkit.fluxcd.io/namespace': 'shop',
    });
    const productionShop = await documentsOf(path.join(out, 'production/HelmRelease/shop/shop.yaml'));
    expect(JSON.stringify(productionShop.find((d) => d.kind === 'Deployment'))).toContain(
      'ghcr.io/acme/shop:1.4.2',
    );

    const index = await readIndex(out);
    const orders = index.units.find((u) => u.id === 'staging/HelmRelease/orders/orders');
    expect(orders?.objects.map((o) => `${o.kind} ${o.source}`)).toContain(
      'StatefulSet worker/charts/cache/templates/statefulset.yaml',
    );
    expect(orders?.chart).toMatchObject({ name: 'worker', source: 'git:this-repository' });
    // chart.spec.valuesFiles: production's orders take values-production.yaml (replicaCount: 3).
    const productionOrders = await documentsOf(path.join(out, 'production/HelmRelease/orders/orders.yaml'));
    expect(productionOrders.find((d) => d.kind === 'Deployment')?.spec).toMatchObject({ replicas: 3 });

    const edge = index.units.find((u) => u.id === 'staging/HelmRelease/edge-system/edge-ingress');
    expect(edge).toMatchObject({
      status: 'rendered',
      owner: { file: 'examples/fleet/infrastructure/controllers/edge-ingress.yaml', line: 19 },
      chain: ['flux-system/flux-system', 'flux-system/infra-controllers'],
      chart: { name: 'edge-ingress', version: '1.3.0', source: 'https://charts.acme.example/stable' },
      file: 'staging/HelmRelease/edge-system/edge-ingress.yaml',
    });
    expect(edge?.valuesDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(edge?.objects[0]).toMatchObject({
      kind: 'CustomResourceDefinition',
      source: 'edge-ingress/crds/ratelimitpolicies.yaml',
    });
    const nodeAgent = index.units.find((u) => u.id === 'production/HelmRelease/flux-system/node-agent');
    expect(nodeAgent?.chart).toMatchObject({
      name: 'node-agent',
      version: '0.4.1',
      source: 'oci://ghcr.io/acme/charts/node-agent',
    });

    const apps = await documentsOf(path.join(out, 'staging/Kustomization/flux-system/apps.yaml'));
    expect(apps.map((d) => d.kind)).toContain('HelmRelease');
    expect(index.clusters.find((c) => c.name === 'staging')).toMatchObject({ units: 8, failed: 0 });
  });

  it('re-renders nothing on a warm run: every unit comes from the cache with identical output', async () => {
    const cacheDir = await tempDir();
    const [coldOut, warmOut] = [await tempDir(), await tempDir()];
    const cold = await renderFleet({ cacheDir });
    await writeRenderOutput(coldOut, cold);
    const warm = await renderFleet({ cacheDir });
    await writeRenderOutput(warmOut, warm);
    expect(warm.units.map((u) => u.status)).toEqual(warm.units.map(() => 'cached'));
    const coldFiles = await filesUnder(coldOut);
    const warmFiles = await filesUnder(warmOut);
    delete coldFiles['index.json'];
    delete warmFiles['index.json'];
    expect(warmFiles).toEqual(coldFiles);
    expect(comparable(await readIndex(warmOut))).toEqual(comparable(await readIndex(coldOut)));
  });

  it('renders shards 1/2 and 2/2 that merge into exactly the full render', async () => {
    const { mergeRenderOutputs } = await import('../../../src/core/render/index.js');
    // One cache, so all three renders share the Secret redaction key, as a matrix sharing a cache does.
    const cacheDir = await tempDir();
    const [full, one, two, merged] = [await tempDir(), await tempDir(), await tempDir(), await tempDir()];
    await writeRenderOutput(full, await renderFleet({ cacheDir }));
    const first = await renderFleet({ cacheDir, shard: { index: 1, count: 2 } });
    const second = await renderFleet({ cacheDir, shard: { index: 2, count: 2 } });
    expect(first.units.length).toBeGreaterThan(0);
    expect(second.units.length).toBeGreaterThan(0);
    expect(first.units.length + second.units.length).toBe(16);
    await writeRenderOutput(one, first);
    await writeRenderOutput(two, second);
    await mergeRenderOutputs(merged, [one, two]);
    const fullFiles = await filesUnder(full);
    const mergedFiles = await filesUnder(merged);
    expect(Object.keys(mergedFiles).sort()).toEqual(Object.keys(fullFiles).sort());
    for (const file of Object.keys(fullFiles).filter((f) => f !== 'index.json')) {
      expect(mergedFiles[file], file).toBe(fullFiles[file]);
    }
    expect(comparable(await readIndex(merged))).toEqual(comparable(await readIndex(full)));
  });

  it('plans units with chart, values and inputs digests without rendering a chart', async () => {
    const run = await renderFleet({ cacheDir: await tempDir(), plan: true, clusters: ['clusters/staging'] });
    const shop = unit(run, 'staging/HelmRelease/shop/shop');
    // shop's chart uses reconcileStrategy Revision: the version carries HEAD's commit.
    const head = await (await testGit(repoRoot)).revParse('HEAD');
    expect(shop).toMatchObject({
      status: 'planned',
      objects: [],
      chart: { name: 'web-app', version: `0.3.0+${head.slice(0, 12)}` },
    });
    expect(shop.inputsDigest).toMatch(/^sha256:/);
    expect(run.units.every((u) => u.cluster === 'staging')).toBe(true);
  });
});
