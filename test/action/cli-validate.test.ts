import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execProgram } from '../../src/core/tools/exec.js';
import { repoRoot } from '../support/paths.js';
import { tempDir } from '../support/temp.js';
import { requireTestdata } from '../support/testdata.js';

// The schema cache goes to a temporary directory: the commands run inside the checkout.
const cli = async (cwd: string, args: string[]) =>
  execProgram(process.execPath, [path.join(repoRoot, 'dist', 'cli', 'index.js'), 'validate', ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', GITOPS_ACTIONS_CACHE_DIR: await tempDir() },
  });

describe('gitops-actions validate', () => {
  it('exits 0 on the example fleet and prints the summary line', async () => {
    const run = await cli(path.join(repoRoot, 'examples', 'fleet'), [
      '--schema-location',
      requireTestdata('kubernetes'),
      '--crds',
      requireTestdata('flux-crds'),
      '--offline',
    ]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(
      /^0 errors, 2 warnings, \d+ skipped, \d+ kustomize\/Helm config in \d+ files \(\d+ objects\)$/m,
    );
  });

  it('finds the clusters of a fleet kept below the repository root', async () => {
    const run = await cli(repoRoot, [
      'examples/fleet',
      '--schema-location',
      requireTestdata('kubernetes'),
      '--crds',
      requireTestdata('flux-crds'),
      '--offline',
    ]);
    // Without per-cluster sets, every object both clusters define would be an object/duplicate error.
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^0 errors, 2 warnings, /m);
  });

  it('exits 1 at the fail level and 0 below it, and prints JSON on request', async () => {
    const dir = await tempDir();
    await writeFile(
      path.join(dir, 'app.yaml'),
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: a\n  namespace: b\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      containers: [{name: a, image: "nginx:latest"}]\n',
    );
    const common = ['--schema-location', requireTestdata('kubernetes'), '--offline'];
    expect((await cli(dir, common)).exitCode).toBe(0);
    const strict = await cli(dir, [...common, '--fail-on', 'warning', '--output', 'json']);
    expect(strict.exitCode).toBe(1);
    const report = JSON.parse(strict.stdout);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['image/untagged-or-latest']);
    const off = await cli(dir, [...common, '--fail-on', 'warning', '--rule', 'image/untagged-or-latest=off']);
    expect(off.exitCode).toBe(0);
  });

  it('exits 2 for an unknown rule', async () => {
    const run = await cli(await tempDir(), ['--rule', 'no/such-rule=off', '--offline']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^gitops-actions: unknown rule "no\/such-rule"/);
  });
});
