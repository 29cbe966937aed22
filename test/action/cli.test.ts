import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execProgram } from '../../src/core/tools/exec.js';
import { repoRoot, testCacheDir } from '../support/paths.js';
import { tempDir } from '../support/temp.js';

/** Runs the committed CLI bundle as a user would, with a controlled PATH. */
async function cli(args: string[], env: Record<string, string> = {}) {
  return execProgram(process.execPath, [path.join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
    env: { PATH: process.env.PATH ?? '', GITOPS_ACTIONS_CACHE_DIR: testCacheDir, ...env },
  });
}

describe('gitops-actions CLI', () => {
  it('prints usage and exits 0 for help', async () => {
    const run = await cli(['help']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^Usage: gitops-actions <command> \[options\]/);
    for (const command of ['render', 'validate', 'image-bump', 'image-policy', 'promote', 'check', 'merge']) {
      expect(run.stdout).toContain(`  ${command} `);
    }
  });

  it('exits 2 with usage when no command is given', async () => {
    const run = await cli([]);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain('Usage:');
  });

  it('exits 2 and names an unknown command', async () => {
    const run = await cli(['rendr']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('gitops-actions: unknown command "rendr"\nRun `gitops-actions help`.\n');
  });

  it('exits 2 when check is not told what to compare with', async () => {
    const run = await cli(['check']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('gitops-actions: --base is required, for example --base origin/main\n');
  });

  it('finds helm and kubectl in the bundled layer when PATH has neither', async () => {
    const emptyPath = await tempDir();
    const run = await cli(['version'], { PATH: emptyPath });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^gitops-actions \d+\.\d+\.\d+\n/);
    expect(run.stdout).toMatch(/^helm: .*\/helm \(bundled\)$/m);
    expect(run.stdout).toMatch(/^kubectl: .*\/kubectl \(bundled\)$/m);
    expect(run.stdout).toMatch(/^git: not found \(git was not found\)$/m);
    expect(run.stdout).toMatch(/^helm version: v4\./m);
  });

  it('uses an explicit helm path over everything else, and rejects a bad one', async () => {
    const run = await cli(['version', '--helm-path', '/nonexistent/helm']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('helm: not found (helm path /nonexistent/helm is not an executable file)');
  });
});
