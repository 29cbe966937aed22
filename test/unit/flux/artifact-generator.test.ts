import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactFiles } from '../../../src/core/flux/artifact-generator.js';
import { tempDir } from '../../support/temp.js';

async function source(files: string[]): Promise<string> {
  const root = await tempDir();
  for (const file of files) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), file);
  }
  return root;
}

/** artifact path → original path relative to the source, for reading. */
async function assembled(root: string, copy: unknown[]): Promise<Record<string, string>> {
  const files = await artifactFiles({ name: 'a', copy }, (alias) => (alias === 'repo' ? root : undefined));
  return Object.fromEntries([...files].map(([to, from]) => [to, path.relative(root, from)]));
}

describe('ArtifactGenerator copy rules', () => {
  it('copies a ** glob under the destination, relative to the glob’s fixed prefix', async () => {
    const root = await source(['apps/base/a.yaml', 'apps/base/x/b.yaml', 'apps/prod/c.yaml']);
    expect(await assembled(root, [{ from: '@repo/apps/base/**', to: '@artifact/base/' }])).toEqual({
      'base/a.yaml': 'apps/base/a.yaml',
      'base/x/b.yaml': 'apps/base/x/b.yaml',
    });
  });

  it('keeps * within one directory, applies exclude by name at any depth, and lets later rules overwrite', async () => {
    const root = await source(['cfg/a.yaml', 'cfg/README.md', 'cfg/sub/b.yaml', 'other/a.yaml']);
    expect(
      await assembled(root, [
        { from: '@repo/cfg/**', to: '@artifact/', exclude: ['*.md'] },
        { from: '@repo/other/*.yaml', to: '@artifact/' },
      ]),
    ).toEqual({ 'a.yaml': 'other/a.yaml', 'sub/b.yaml': 'cfg/sub/b.yaml' });
  });

  it('copies one file to a path or into a directory, and a directory’s contents', async () => {
    const root = await source(['values.yaml', 'dir/one.yaml']);
    expect(
      await assembled(root, [
        { from: '@repo/values.yaml', to: '@artifact/renamed.yaml' },
        { from: '@repo/values.yaml', to: '@artifact/into/' },
        { from: '@repo/dir', to: '@artifact/copied' },
      ]),
    ).toEqual({
      'renamed.yaml': 'values.yaml',
      'into/values.yaml': 'values.yaml',
      'copied/one.yaml': 'dir/one.yaml',
    });
  });

  it('refuses what it would get wrong or unsafe, with a message', async () => {
    const root = await source(['a.yaml']);
    await expect(
      assembled(root, [{ from: '@repo/a.yaml', to: '@artifact/', strategy: 'Merge' }]),
    ).rejects.toThrow('copy strategy Merge is not supported by render yet');
    await expect(assembled(root, [{ from: '@other/a.yaml', to: '@artifact/' }])).rejects.toThrow(
      'the source alias is not readable',
    );
    await expect(assembled(root, [{ from: '@repo/../outside', to: '@artifact/' }])).rejects.toThrow(
      'leaves the source',
    );
    await expect(assembled(root, [{ from: '@repo/a.yaml', to: '@artifact/../x' }])).rejects.toThrow(
      'leaves the artifact',
    );
    await expect(assembled(root, [{ from: 'repo/a.yaml', to: '@artifact/' }])).rejects.toThrow(
      'is malformed',
    );
  });
});
