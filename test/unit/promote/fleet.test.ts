import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeEdits } from '../../../src/core/edits/write-edits.js';
import { detectEnvironments, resolveRoute } from '../../../src/core/promote/environments.js';
import { planPromotion } from '../../../src/core/promote/plan.js';
import { renderPlan } from '../../../src/core/promote/render-plan.js';
import { directoryRepo, scanRepo } from '../../../src/core/promote/scan-repo.js';
import { repoRoot } from '../../support/paths.js';
import { tempDir } from '../../support/temp.js';

async function planFleet(root: string) {
  const scan = await scanRepo(root);
  const repo = directoryRepo(root, scan);
  const { environments } = detectEnvironments(repo);
  const { source, target } = resolveRoute(environments, { from: 'staging', to: 'production' });
  return { scan, plan: planPromotion({ source, target, repo }) };
}

describe('examples/fleet, staging → production', () => {
  it('promotes exactly the shop and orders image tags, nothing environment-specific, and is then empty', async () => {
    const root = await tempDir();
    await cp(path.join(repoRoot, 'examples/fleet'), root, { recursive: true });
    const { scan, plan } = await planFleet(root);
    expect(plan.changes).toEqual([
      {
        app: 'orders',
        file: 'apps/production/orders-values.yaml',
        line: 15,
        path: 'spec.values.image',
        kind: 'image',
        from: '2.0.3',
        to: '2.1.0',
        sourceFile: 'apps/staging/orders-values.yaml',
        sourceLine: 9,
      },
      {
        app: 'shop',
        file: 'apps/production/shop-values.yaml',
        line: 15,
        path: 'spec.values.image.tag',
        kind: 'image-tag',
        from: '1.4.2',
        to: '1.5.0',
        sourceFile: 'apps/staging/shop-values.yaml',
        sourceLine: 12,
      },
    ]);
    // The fleet pins no chart versions in its overlays (charts come from the GitRepository), so
    // there is no chart change; replicas, resources and hosts differ and stay as they are.
    expect(plan.drift).toEqual([]);
    expect(plan.newApps).toEqual([]);
    expect(plan.skipped).toEqual([]);
    expect(plan.diagnostics.map((d) => `${d.code} ${d.app}`)).toEqual(['target-only-app worker']);
    expect(renderPlan(plan)).toContain('Promote staging → production: 2 changes in 2 apps.');

    const before = new Map<string, string>();
    for (const file of scan.files) before.set(file, await readFile(path.join(root, file), 'utf8'));
    const written = await writeEdits(root, plan.edits);
    expect(written.written.sort()).toEqual([
      'apps/production/orders-values.yaml',
      'apps/production/shop-values.yaml',
    ]);
    const changed: string[] = [];
    for (const file of scan.files) {
      const after = await readFile(path.join(root, file), 'utf8');
      const old = (before.get(file) as string).split('\n');
      after.split('\n').forEach((line, i) => {
        if (line !== old[i]) changed.push(`${file}: ${line.trim()}`);
      });
    }
    expect(changed).toEqual([
      'apps/production/orders-values.yaml: image: ghcr.io/acme/orders:2.1.0 # {"$imagepolicy": "flux-system:orders"}',
      'apps/production/shop-values.yaml: tag: 1.5.0 # {"$imagepolicy": "flux-system:shop:tag"}',
    ]);
    const again = await planFleet(root);
    expect(again.plan.changes).toEqual([]);
    expect(again.plan.edits).toEqual([]);
  });
});

describe('examples/argocd, staging → production', () => {
  it('promotes the guestbook image tag between the values files its Applications name', async () => {
    const root = path.join(repoRoot, 'examples/argocd');
    const { plan } = await planFleet(root);
    expect(plan.changes.map((c) => `${c.app} ${c.file}:${c.line} ${c.path} ${c.from} → ${c.to}`)).toEqual([
      'guestbook charts/guestbook/values-production.yaml:4 image.tag 3.2.0 → 3.3.0-rc.1',
    ]);
    // edge-ingress runs in production only; replicas, resources and hosts differ and are not touched.
    expect(plan.diagnostics.map((d) => `${d.code} ${d.app}`)).toEqual(['target-only-app edge-ingress']);
    expect(plan.skipped).toEqual([]);
  });
});
