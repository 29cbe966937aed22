import { appendFile, cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execProgram } from '../../src/core/tools/exec.js';
import { repoRoot } from '../support/paths.js';
import { runAction } from '../support/runner.js';
import { tempDir } from '../support/temp.js';
import { testGit, testTools } from '../support/tools.js';

/** A workspace holding a copy of examples/fleet and the chart mirror, as a checkout would. */
async function workspace(): Promise<string> {
  const dir = await tempDir('gitops-actions-render-ws-');
  await cp(path.join(repoRoot, 'examples', 'fleet'), path.join(dir, 'fleet'), { recursive: true });
  await cp(path.join(repoRoot, 'examples', 'mirror'), path.join(dir, 'mirror'), { recursive: true });
  // A checkout is a git repository: the fleet's reconcileStrategy Revision charts need HEAD's commit.
  const git = await testGit(dir);
  await git.init();
  await git.add();
  await git.commit('workspace');
  return dir;
}

async function toolInputs() {
  const tools = testTools();
  return {
    'helm-path': (await tools.locate('helm')).path,
    'kubectl-path': (await tools.locate('kubectl')).path,
  };
}

const mirror = 'https://charts.acme.example=mirror/charts.acme.example\noci://ghcr.io=mirror/ghcr.io\n';

describe('actions/render', () => {
  it('renders the fleet, sets the outputs and writes the summary table', async () => {
    const ws = await workspace();
    const run = await runAction({
      action: 'render',
      workspace: ws,
      inputs: { path: 'fleet', out: 'rendered', mirror, concurrency: 2, ...(await toolInputs()) },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs['out-dir']).toBe(path.join(ws, 'rendered'));
    expect(run.outputs.index).toBe(path.join(ws, 'rendered', 'index.json'));
    expect(run.outputs.units).toBe('16');
    expect(run.outputs['failed-units']).toBe('0');
    expect(Number(run.outputs.objects)).toBeGreaterThan(50);
    const index = JSON.parse(await readFile(run.outputs.index as string, 'utf8'));
    expect(index.units.find((u: { id: string }) => u.id === 'staging/HelmRelease/shop/shop')).toMatchObject({
      owner: { file: 'fleet/apps/base/shop/release.yaml', line: 1 },
      status: 'rendered',
    });
    expect(await readFile(path.join(ws, 'rendered/staging/HelmRelease/shop/shop.yaml'), 'utf8')).toContain(
      'image: ghcr.io/acme/shop:1.5.0',
    );
    expect(run.summary).toContain('| Cluster | Units | Cached | Objects | Failures |');
    expect(run.summary).toMatch(/\| staging \| 8 \| 0 \| \d+ \| 0 \|/);
    expect(run.summary).toContain('### Slowest units');
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
  });

  it('annotates a failing release at its owner file:line with the chain, renders the rest and fails the step', async () => {
    const ws = await workspace();
    await appendFile(
      path.join(ws, 'fleet/charts/worker/templates/deployment.yaml'),
      '{{ fail "worker: queue.concurrency must be set" }}\n',
    );
    const run = await runAction({
      action: 'render',
      workspace: ws,
      inputs: { path: 'fleet', mirror, clusters: 'clusters/staging', ...(await toolInputs()) },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.units).toBe('8');
    expect(run.outputs['failed-units']).toBe('1');
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors[0]).toMatchObject({ file: 'fleet/apps/base/orders/release.yaml', line: 1 });
    expect(errors[0]?.message).toContain('worker: queue.concurrency must be set');
    expect(errors[0]?.message).toContain('Applied by: flux-system/flux-system → flux-system/apps');
    expect(run.summary).toContain('1 failed units');
    expect(errors.at(-1)?.message).toContain('render failed: 1 of 8 units failed');
  });
});

describe('gitops-actions render and merge', () => {
  const cli = async (cwd: string, args: string[], cacheDir: string) =>
    execProgram(process.execPath, [path.join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', GITOPS_ACTIONS_CACHE_DIR: cacheDir, HOME: cacheDir },
    });
  const mirrorFlags = [
    '--mirror',
    'https://charts.acme.example=examples/mirror/charts.acme.example',
    '--mirror',
    'oci://ghcr.io=examples/mirror/ghcr.io',
  ];

  it('renders the README quick start, then merges two shards into the same files', async () => {
    const cacheDir = await tempDir();
    const out = await tempDir();
    const full = await cli(
      repoRoot,
      ['render', 'examples/fleet', '--out', path.join(out, 'full'), ...mirrorFlags],
      cacheDir,
    );
    expect(full.stderr).toBe('');
    expect(full.exitCode).toBe(0);
    expect(full.stdout).toMatch(/^staging: 8 units \(0 cached\), \d+ objects, 0 failed$/m);
    for (const shard of ['1/2', '2/2']) {
      const run = await cli(
        repoRoot,
        [
          'render',
          'examples/fleet',
          '--out',
          path.join(out, shard.replace('/', 'of')),
          '--shard',
          shard,
          ...mirrorFlags,
        ],
        cacheDir,
      );
      expect(run.exitCode).toBe(0);
    }
    const merged = await cli(
      repoRoot,
      ['merge', path.join(out, 'merged'), path.join(out, '1of2'), path.join(out, '2of2')],
      cacheDir,
    );
    expect(merged.exitCode).toBe(0);
    expect(merged.stdout).toContain('merged 2 shards: 16 units, 0 failed');
    const shop = 'staging/HelmRelease/shop/shop.yaml';
    expect(await readFile(path.join(out, 'merged', shop), 'utf8')).toBe(
      await readFile(path.join(out, 'full', shop), 'utf8'),
    );
  });

  it('renders examples/argocd from the app of apps its .gitops-actions.yaml names, then from the cache', async () => {
    const cacheDir = await tempDir();
    const out = await tempDir();
    const args = [
      'render',
      'examples/argocd',
      '--out',
      out,
      '--mirror',
      'https://charts.acme.example=examples/mirror/charts.acme.example',
    ];
    const first = await cli(repoRoot, args, cacheDir);
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toMatch(/^bootstrap: 9 units \(0 cached\), \d+ objects, 0 failed$/m);
    expect(
      await readFile(path.join(out, 'bootstrap/Application/argocd/guestbook-staging.yaml'), 'utf8'),
    ).toContain('image: ghcr.io/acme/guestbook:3.3.0-rc.1');
    const again = await cli(repoRoot, args, cacheDir);
    expect(again.stdout).toMatch(/^bootstrap: 9 units \(9 cached\), \d+ objects, 0 failed$/m);
  });

  it('exits 2 for a bad --shard', async () => {
    const run = await cli(
      repoRoot,
      ['render', 'examples/fleet', '--out', 'x', '--shard', '3/2'],
      await tempDir(),
    );
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('--shard "3/2" is not I/N');
  });
});
