import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFailed } from '../../../src/core/render/index.js';
import { tempDir } from '../../support/temp.js';
import { fleetCopy, renderFleet } from './support.js';

async function edit(file: string, change: (text: string) => string): Promise<void> {
  await writeFile(file, change(await readFile(file, 'utf8')));
}

describe('render failures and changes, on a copy of examples/fleet', () => {
  it('reports a template error at the owner file:line with its Kustomization chain while the other units render', async () => {
    const { root, fleet } = await fleetCopy();
    await appendFile(
      path.join(fleet, 'charts/web-app/templates/deployment.yaml'),
      '{{ required "web-app needs .Values.mustExist" .Values.mustExist }}\n',
    );
    const run = await renderFleet({ repoRoot: root, sourceRoot: fleet, cacheDir: await tempDir() });
    const failed = run.units.filter((u) => u.status === 'failed');
    expect(failed.map((u) => u.id)).toEqual([
      'production/HelmRelease/shop/shop',
      'staging/HelmRelease/shop/shop',
    ]);
    expect(failed[0]).toMatchObject({
      owner: { file: 'fleet/apps/base/shop/release.yaml', line: 1 },
      chain: ['flux-system/flux-system', 'flux-system/apps'],
      chart: { name: 'web-app' },
    });
    expect(failed[0]?.error?.message).toContain('web-app needs .Values.mustExist');
    expect(run.units.filter((u) => u.kind === 'HelmRelease' && u.status === 'rendered')).toHaveLength(6);
    expect(runFailed(run)).toBe(true);
  });

  it('fails a release whose chart source does not exist, naming it, and only that release', async () => {
    const { root, fleet } = await fleetCopy();
    await edit(path.join(fleet, 'apps/staging/orders-values.yaml'), (text) =>
      text.replace(
        'spec:\n',
        'spec:\n  chart:\n    spec:\n      chart: worker\n      sourceRef:\n        kind: HelmRepository\n        name: nowhere\n        namespace: flux-system\n',
      ),
    );
    const run = await renderFleet({ repoRoot: root, sourceRoot: fleet, cacheDir: await tempDir() });
    const failed = run.units.filter((u) => u.status === 'failed');
    expect(failed.map((u) => u.id)).toEqual(['staging/HelmRelease/orders/orders']);
    expect(failed[0]?.error?.message).toMatch(/nowhere/);
    expect(run.units.filter((u) => u.status === 'rendered')).toHaveLength(15);
  });

  it('fails HelmReleases whose dependsOn form a cycle, naming the cycle', async () => {
    const { root, fleet } = await fleetCopy();
    const dependsOn = (name: string) => `  dependsOn:\n    - name: ${name}\n      namespace: ${name}\n`;
    await edit(path.join(fleet, 'apps/base/orders/release.yaml'), (text) =>
      text.replace('spec:\n', `spec:\n${dependsOn('shop')}`),
    );
    await edit(path.join(fleet, 'apps/base/shop/release.yaml'), (text) =>
      text.replace('spec:\n', `spec:\n${dependsOn('orders')}`),
    );
    const run = await renderFleet({
      repoRoot: root,
      sourceRoot: fleet,
      cacheDir: await tempDir(),
      clusters: ['clusters/staging'],
    });
    const cycles = run.diagnostics.filter((d) => d.code === 'dependency-cycle');
    expect(cycles.map((d) => d.message)).toEqual([
      'HelmRelease dependsOn forms a cycle: orders/orders → shop/shop → orders/orders',
      'HelmRelease dependsOn forms a cycle: orders/orders → shop/shop → orders/orders',
    ]);
    expect(run.units.filter((u) => u.status === 'failed').map((u) => u.name)).toEqual(['orders', 'shop']);
    expect(runFailed(run)).toBe(true);
  });

  it('re-renders only the release whose values changed; the others come from the cache', async () => {
    const { root, fleet } = await fleetCopy();
    const cacheDir = await tempDir();
    await renderFleet({ repoRoot: root, sourceRoot: fleet, cacheDir });
    await edit(path.join(fleet, 'apps/staging/orders-values.yaml'), (text) =>
      text.replace('concurrency: 2', 'concurrency: 3'),
    );
    const run = await renderFleet({ repoRoot: root, sourceRoot: fleet, cacheDir });
    const releases = run.units.filter((u) => u.kind === 'HelmRelease');
    expect(releases.filter((u) => u.status === 'rendered').map((u) => u.id)).toEqual([
      'staging/HelmRelease/orders/orders',
    ]);
    expect(releases.filter((u) => u.status === 'cached')).toHaveLength(7);
  });
});
