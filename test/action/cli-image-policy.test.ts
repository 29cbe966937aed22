import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execProgram } from '../../src/core/tools/exec.js';
import { repoRoot } from '../support/paths.js';
import { tempDir } from '../support/temp.js';

async function imagePolicy(args: string[], input?: string) {
  return execProgram(
    process.execPath,
    [path.join(repoRoot, 'dist', 'cli', 'index.js'), 'image-policy', ...args],
    {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '' },
      ...(input === undefined ? {} : { input }),
    },
  );
}

async function files(policy: string, tags: string[]): Promise<{ policy: string; tags: string }> {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'policy.yaml'), policy);
  await writeFile(path.join(dir, 'tags.txt'), `${tags.join('\n')}\n`);
  return { policy: path.join(dir, 'policy.yaml'), tags: path.join(dir, 'tags.txt') };
}

const semverPolicy = (range: string) => `apiVersion: image.toolkit.fluxcd.io/v1
kind: ImagePolicy
metadata:
  name: shop
  namespace: flux-system
spec:
  imageRepositoryRef:
    name: shop
  policy:
    semver:
      range: "${range}"
`;

describe('gitops-actions image-policy', () => {
  it('prints the picked tag alone on the first line, then why each other tag lost', async () => {
    const f = await files(semverPolicy('>=1.0.0 <2.0.0'), [
      '1.4.2',
      '2.0.0',
      '1.5.0-rc.1',
      'latest',
      '1.3.9',
    ]);
    const run = await imagePolicy(['--policy', f.policy, '--tags', f.tags]);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('1.4.2');
    expect(lines.slice(1).sort()).toEqual(
      [
        '1.3.9: lower than "1.4.2"',
        '1.5.0-rc.1: prerelease, and no comparator in the matching part of ">=1.0.0 <2.0.0" names a prerelease',
        '2.0.0: outside the range ">=1.0.0 <2.0.0"',
        expect.stringMatching(/^latest: not a semver tag/),
      ].sort(),
    );
  });

  it('gives the same answer whatever the order of the tags, read from standard input', async () => {
    const f = await files(semverPolicy('^1.0.0'), []);
    const tags = ['1.0.0', '1.10.0', '1.9.3', 'v1.2.0'];
    const forward = await imagePolicy(['--policy', f.policy, '--tags', '-'], tags.join('\n'));
    const backward = await imagePolicy(['--policy', f.policy, '--tags', '-'], [...tags].reverse().join('\n'));
    expect(forward.stdout.split('\n')[0]).toBe('1.10.0');
    expect(backward.stdout).toBe(forward.stdout);
  });

  it('takes the exclusionList from the ImageRepository in the policy file', async () => {
    const repository = `apiVersion: image.toolkit.fluxcd.io/v1
kind: ImageRepository
metadata:
  name: shop
  namespace: flux-system
spec:
  image: ghcr.io/acme/shop
  exclusionList: ["^1\\\\.9\\\\."]
---
`;
    const f = await files(repository + semverPolicy('^1.0.0'), ['1.9.0', '1.8.0']);
    const run = await imagePolicy(['--policy', f.policy, '--tags', f.tags]);
    expect(run.stdout.split('\n')[0]).toBe('1.8.0');
    expect(run.stdout).toContain('1.9.0: excluded by exclusionList pattern "^1\\\\.9\\\\."');
  });

  it('picks one policy by name from the example fleet', async () => {
    const f = await files('', ['1.4.2', '1.5.0', '2.0.0']);
    const run = await imagePolicy([
      '--policy',
      'examples/fleet/clusters/production/image-automation.yaml',
      '--name',
      'shop',
      '--tags',
      f.tags,
    ]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('1.5.0');
  });

  it('exits 1 with the reasons when no tag qualifies', async () => {
    const f = await files(semverPolicy('^3.0.0'), ['1.0.0', '2.0.0']);
    const run = await imagePolicy(['--policy', f.policy, '--tags', f.tags]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^gitops-actions: no tag qualifies for ImagePolicy flux-system\/shop \(2 tags\)\n/,
    );
    expect(run.stderr).toContain('2.0.0: outside the range "^3.0.0"');
  });

  it('exits 2 naming the file and line of an invalid policy', async () => {
    const f = await files(semverPolicy('>= 1.x.x.x'), ['1.0.0']);
    const run = await imagePolicy(['--policy', f.policy, '--tags', f.tags]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^gitops-actions: ${f.policy.replace(/[.]/g, '\\.')}:1: `));
  });

  it('exits 2 when a file has several policies and no --name', async () => {
    const f = await files('', ['1.0.0']);
    const run = await imagePolicy([
      '--policy',
      'examples/fleet/clusters/production/image-automation.yaml',
      '--tags',
      f.tags,
    ]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('choose one with --name (shop, orders)');
  });

  it('exits 2 for an unknown flag', async () => {
    const run = await imagePolicy(['--polcy', 'x']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/Unknown option '--polcy'/);
  });
});
