import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeEdits } from '../../../src/core/edits/write-edits.js';
import { loadImageAutomation, planGiven } from '../../../src/core/images/automation/index.js';
import { repoRoot } from '../../support/paths.js';
import { tempDir } from '../../support/temp.js';

/** examples/fleet is never modified: every test works on its own copy. */
async function copyFleet(): Promise<string> {
  const dir = await tempDir('image-bump-fleet-');
  await cp(path.join(repoRoot, 'examples', 'fleet'), dir, { recursive: true });
  return dir;
}

async function snapshot(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (rel: string): Promise<void> => {
    for (const entry of await readdir(path.join(root, rel), { withFileTypes: true })) {
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) await walk(child);
      else out.set(child, await readFile(path.join(root, child), 'utf8'));
    }
  };
  await walk('');
  return out;
}

/** The files that differ between two snapshots, each with the lines that differ. */
function differences(before: Map<string, string>, after: Map<string, string>) {
  const changed: Record<string, { line: number; before: string; after: string }[]> = {};
  for (const [file, text] of after) {
    const old = before.get(file);
    if (old === text) continue;
    const a = (old ?? '').split('\n');
    const b = text.split('\n');
    expect(b.length).toBe(a.length);
    changed[file] = b.flatMap((line, i) =>
      line === a[i] ? [] : [{ line: i + 1, before: a[i] ?? '', after: line }],
    );
  }
  expect([...before.keys()].sort()).toEqual([...after.keys()].sort());
  return changed;
}

describe('image bump on a copy of examples/fleet', () => {
  it('scopes each marker to the policy of the cluster whose Kustomizations cover its file', async () => {
    const automation = await loadImageAutomation(await copyFleet());
    expect(automation.diagnostics).toEqual([]);
    expect(automation.clusters.map((c) => [c.name, c.paths])).toEqual([
      [
        'production',
        ['apps/production', 'clusters/production', 'infrastructure/configs', 'infrastructure/controllers'],
      ],
      [
        'staging',
        ['apps/staging', 'clusters/staging', 'infrastructure/configs', 'infrastructure/controllers'],
      ],
    ]);
    const bound = automation.bindings.map((b) => [
      b.setter.file,
      b.setter.setter,
      b.policy.file,
      b.repository.image,
    ]);
    expect(bound).toEqual([
      [
        'apps/production/orders-values.yaml',
        'flux-system:orders',
        'clusters/production/image-automation.yaml',
        'ghcr.io/acme/orders',
      ],
      [
        'apps/production/shop-values.yaml',
        'flux-system:shop:name',
        'clusters/production/image-automation.yaml',
        'ghcr.io/acme/shop',
      ],
      [
        'apps/production/shop-values.yaml',
        'flux-system:shop:tag',
        'clusters/production/image-automation.yaml',
        'ghcr.io/acme/shop',
      ],
      [
        'apps/staging/orders-values.yaml',
        'flux-system:orders',
        'clusters/staging/image-automation.yaml',
        'ghcr.io/acme/orders',
      ],
      [
        'apps/staging/shop-values.yaml',
        'flux-system:shop:name',
        'clusters/staging/image-automation.yaml',
        'ghcr.io/acme/shop',
      ],
      [
        'apps/staging/shop-values.yaml',
        'flux-system:shop:tag',
        'clusters/staging/image-automation.yaml',
        'ghcr.io/acme/shop',
      ],
    ]);
  });

  it('reads the staging ImageUpdateAutomation settings: update path without ./, author, template, push branch', async () => {
    const automation = await loadImageAutomation(await copyFleet());
    const [apps] = automation.objects.automations;
    expect(automation.objects.automations).toHaveLength(1);
    expect(apps?.ref).toEqual({ namespace: 'flux-system', name: 'apps' });
    expect(apps?.updatePath).toBe('apps/staging');
    expect(apps?.checkoutBranch).toBe('main');
    expect(apps?.pushBranch).toBe('main');
    expect(apps?.commit.author).toEqual({ name: 'fluxcdbot', email: 'fluxcdbot@users.noreply.github.com' });
    expect(apps?.commit.messageTemplate).toContain('Update staging images');
  });

  it('gives ghcr.io/acme/shop:1.6.0 to staging and production, changing only the two tag scalars', async () => {
    const root = await copyFleet();
    const before = await snapshot(root);
    const plan = planGiven(await loadImageAutomation(root), { image: 'ghcr.io/acme/shop:1.6.0' });
    expect(plan.diagnostics).toEqual([]);
    expect(plan.changes.map((c) => [c.file, c.line, c.setter, c.old, c.new])).toEqual([
      ['apps/production/shop-values.yaml', 15, 'flux-system:shop:tag', '1.4.2', '1.6.0'],
      ['apps/staging/shop-values.yaml', 12, 'flux-system:shop:tag', '1.5.0', '1.6.0'],
    ]);
    await writeEdits(root, plan.edits);
    expect(differences(before, await snapshot(root))).toEqual({
      'apps/production/shop-values.yaml': [
        {
          line: 15,
          before: '      tag: 1.4.2 # {"$imagepolicy": "flux-system:shop:tag"}',
          after: '      tag: 1.6.0 # {"$imagepolicy": "flux-system:shop:tag"}',
        },
      ],
      'apps/staging/shop-values.yaml': [
        {
          line: 12,
          before: '      tag: 1.5.0 # {"$imagepolicy": "flux-system:shop:tag"}',
          after: '      tag: 1.6.0 # {"$imagepolicy": "flux-system:shop:tag"}',
        },
      ],
    });
    const again = planGiven(await loadImageAutomation(root), { image: 'ghcr.io/acme/shop:1.6.0' });
    expect(again.edits).toEqual([]);
    expect(again.changes).toEqual([]);
  });

  it('gives shop 2.0.0 to staging only, and reports production’s refusal at both of its markers', async () => {
    const root = await copyFleet();
    const plan = planGiven(await loadImageAutomation(root), { image: 'ghcr.io/acme/shop', tag: '2.0.0' });
    expect(plan.changes.map((c) => [c.file, c.old, c.new])).toEqual([
      ['apps/staging/shop-values.yaml', '1.5.0', '2.0.0'],
    ]);
    expect(
      plan.diagnostics.map((d) => [d.severity, d.code, d.location.file, d.location.line, d.reason]),
    ).toEqual([
      [
        'notice',
        'tag-rejected',
        'apps/production/shop-values.yaml',
        14,
        'tag 2.0.0 rejected by policy flux-system/shop: outside the range "^1.0.0"',
      ],
      [
        'notice',
        'tag-rejected',
        'apps/production/shop-values.yaml',
        15,
        'tag 2.0.0 rejected by policy flux-system/shop: outside the range "^1.0.0"',
      ],
    ]);
  });

  it('rewrites a whole-image marker with the repository and the new tag', async () => {
    const root = await copyFleet();
    const plan = planGiven(await loadImageAutomation(root), { image: 'ghcr.io/acme/orders:2.1.1' });
    expect(plan.changes.map((c) => [c.file, c.old, c.new])).toEqual([
      ['apps/production/orders-values.yaml', 'ghcr.io/acme/orders:2.0.3', 'ghcr.io/acme/orders:2.1.1'],
      ['apps/staging/orders-values.yaml', 'ghcr.io/acme/orders:2.1.0', 'ghcr.io/acme/orders:2.1.1'],
    ]);
    expect(plan.result.files.map((f) => f.file)).toEqual([
      'apps/production/orders-values.yaml',
      'apps/staging/orders-values.yaml',
    ]);
  });

  it('keys the result relative to the scanned path, as Flux keys it relative to spec.update.path', async () => {
    const root = await copyFleet();
    const loaded = await loadImageAutomation(root);
    const updatePath = loaded.objects.automations[0]?.updatePath ?? '';
    const plan = planGiven(await loadImageAutomation(root, { paths: [updatePath] }), {
      image: 'ghcr.io/acme/shop:1.6.0',
    });
    expect(plan.result.files.map((f) => f.file)).toEqual(['shop-values.yaml']);
    expect(plan.changes.map((c) => c.file)).toEqual(['apps/staging/shop-values.yaml']);
  });
});
