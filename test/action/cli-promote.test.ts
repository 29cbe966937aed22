import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execProgram } from '../../src/core/tools/exec.js';
import { repoRoot } from '../support/paths.js';
import { tempDir } from '../support/temp.js';

const cli = (cwd: string, args: string[]) =>
  execProgram(process.execPath, [path.join(repoRoot, 'dist', 'cli', 'index.js'), 'promote', ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '' },
  });

describe('gitops-actions promote', () => {
  it('prints the plan on a dry run and writes nothing', async () => {
    const fleet = path.join(await tempDir(), 'fleet');
    await cp(path.join(repoRoot, 'examples', 'fleet'), fleet, { recursive: true });
    const before = await readFile(path.join(fleet, 'apps/production/shop-values.yaml'), 'utf8');
    const run = await cli(fleet, ['--from', 'staging', '--to', 'production', '--dry-run']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^Promote staging → production: 2 changes in 2 apps\.$/m);
    expect(run.stdout).toMatch(
      /shop\s+apps\/production\/shop-values\.yaml\s+15\s+spec\.values\.image\.tag\s+1\.4\.2\s+1\.5\.0/,
    );
    expect(await readFile(path.join(fleet, 'apps/production/shop-values.yaml'), 'utf8')).toBe(before);
  });

  it('applies the plan byte for byte with --write, and then has nothing to do', async () => {
    const fleet = path.join(await tempDir(), 'fleet');
    await cp(path.join(repoRoot, 'examples', 'fleet'), fleet, { recursive: true });
    const before = await readFile(path.join(fleet, 'apps/production/shop-values.yaml'), 'utf8');
    expect((await cli(fleet, ['--from', 'staging', '--to', 'production', '--write'])).exitCode).toBe(0);
    expect(await readFile(path.join(fleet, 'apps/production/shop-values.yaml'), 'utf8')).toBe(
      before.replace('tag: 1.4.2 #', 'tag: 1.5.0 #'),
    );
    const again = await cli(fleet, ['--from', 'staging', '--to', 'production', '--output', 'json']);
    expect(JSON.parse(again.stdout).changes).toEqual([]);
  });

  it('exits 2 naming the known environments for an unknown one', async () => {
    const run = await cli(path.join(repoRoot, 'examples', 'fleet'), [
      '--from',
      'staging',
      '--to',
      'prod',
      '--no-history',
    ]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/prod/);
    expect(run.stderr).toMatch(/production/);
  });
});
