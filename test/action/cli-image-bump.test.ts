import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execProgram } from '../../src/core/tools/exec.js';
import { repoRoot } from '../support/paths.js';
import { tempDir } from '../support/temp.js';

const STAGING = 'apps/staging/shop-values.yaml';

async function fleetCopy(): Promise<string> {
  const dir = path.join(await tempDir(), 'fleet');
  await cp(path.join(repoRoot, 'examples', 'fleet'), dir, { recursive: true });
  return dir;
}

const cli = (cwd: string, args: string[]) =>
  execProgram(process.execPath, [path.join(repoRoot, 'dist', 'cli', 'index.js'), 'image-bump', ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd },
  });

describe('gitops-actions image-bump', () => {
  it('prints the change and writes nothing with --dry-run', async () => {
    const fleet = await fleetCopy();
    const before = await readFile(path.join(fleet, STAGING), 'utf8');
    const run = await cli(fleet, ['--image', 'ghcr.io/acme/shop', '--tag', '1.6.0', '--dry-run']);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(
      /^apps\/staging\/shop-values\.yaml:\d+: flux-system:shop:tag: 1\.5\.0 -> 1\.6\.0$/m,
    );
    expect(run.stdout).toMatch(/^1 change\(s\) in 1 file\(s\), 0 marker\(s\) did not act$/m);
    expect(await readFile(path.join(fleet, STAGING), 'utf8')).toBe(before);
  });

  it('writes the change, then finds nothing to do', async () => {
    const fleet = await fleetCopy();
    const first = await cli(fleet, ['--image', 'ghcr.io/acme/shop', '--tag', '1.6.0']);
    expect(first.exitCode).toBe(0);
    expect(await readFile(path.join(fleet, STAGING), 'utf8')).toContain('tag: 1.6.0 #');
    const second = await cli(fleet, ['--image', 'ghcr.io/acme/shop', '--tag', '1.6.0', '--output', 'json']);
    expect(second.exitCode).toBe(0);
    expect(JSON.parse(second.stdout).changes).toEqual([]);
  });

  it('scans the paths it is given, with ROOT as an argument', async () => {
    const fleet = await fleetCopy();
    const run = await cli(path.dirname(fleet), [
      'fleet',
      '--path',
      'apps',
      '--image',
      'ghcr.io/acme/shop',
      '--tag',
      '2.0.0',
      '--output',
      'json',
    ]);
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.changes.map((c: { file: string }) => c.file)).toEqual([STAGING]);
    expect(
      report.diagnostics.filter((d: { code: string }) => d.code === 'tag-rejected').length,
    ).toBeGreaterThan(0);
  });

  it('exits 2 for a tag without an image', async () => {
    const run = await cli(await fleetCopy(), ['--tag', '1.6.0']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('gitops-actions: --tag and --digest need --image\n');
  });
});
