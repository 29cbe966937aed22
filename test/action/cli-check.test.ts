import { cp } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execProgram } from '../../src/core/tools/exec.js';
import { editFile } from '../integration/check/support.js';
import { createGitRemote } from '../support/git-remote.js';
import { repoRoot } from '../support/paths.js';
import { tempDir } from '../support/temp.js';
import { requireTestdata } from '../support/testdata.js';

const mirrors = [
  '--mirror',
  `https://charts.acme.example=${path.join(repoRoot, 'examples/mirror/charts.acme.example')}`,
  '--mirror',
  `oci://ghcr.io=${path.join(repoRoot, 'examples/mirror/ghcr.io')}`,
];

const cli = async (cwd: string, args: string[]) =>
  execProgram(process.execPath, [path.join(repoRoot, 'dist', 'cli', 'index.js'), 'check', ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', GITOPS_ACTIONS_CACHE_DIR: await tempDir() },
  });

describe('gitops-actions check', () => {
  it('prints the diff of a fleet kept below the repository root, and validates its head cleanly', async () => {
    const remote = await createGitRemote();
    await cp(path.join(repoRoot, 'examples', 'fleet'), path.join(remote.work.workdir, 'gitops'), {
      recursive: true,
    });
    await remote.commit('fleet');
    await remote.branch('feature');
    await editFile(remote, 'gitops/apps/staging/shop-values.yaml', (text) =>
      text.replace('replicaCount: 1', 'replicaCount: 2'),
    );
    const validation = [
      '--schema-location',
      requireTestdata('kubernetes'),
      '--crds',
      requireTestdata('flux-crds'),
    ];
    const run = await cli(remote.work.workdir, [
      'gitops',
      '--base',
      'main',
      ...mirrors,
      ...validation,
      '--offline',
    ]);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('staging: 0 added, 2 changed, 0 removed');
    expect(run.stdout).toMatch(/^\s+-\s+replicas: 1$/m);
    expect(run.stdout).toMatch(/^\s+\+\s+replicas: 2$/m);
    // The $imagepolicy markers of the base files resolve in each rendered cluster.
    expect(run.stdout).toContain('validation: 0 errors, 2 warnings');

    const json = await cli(remote.work.workdir, [
      'gitops',
      '--base',
      'main',
      ...mirrors,
      '--no-validate',
      '--format',
      'json',
    ]);
    expect(json.exitCode).toBe(0);
    expect(JSON.parse(json.stdout).diff.totals).toMatchObject({ added: 0, changed: 2, removed: 0 });
  });
});
