import { chmod, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EditError } from '../../../src/core/edits/edit.js';
import { writeEdits } from '../../../src/core/edits/write-edits.js';
import { tempDir } from '../../support/temp.js';

async function repo(files: Record<string, string>): Promise<string> {
  const root = await tempDir();
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  return root;
}

async function listAll(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.sort();
}

describe('writeEdits', () => {
  it('writes every changed file, keeps its mode, and leaves no temporary files', async () => {
    const root = await repo({ 'apps/a.yaml': 'tag: v1\r\n', 'apps/b.yaml': 'tag: v1\n' });
    await chmod(path.join(root, 'apps/a.yaml'), 0o640);
    const result = await writeEdits(root, [
      { file: 'apps/a.yaml', range: { start: 5, end: 7 }, old: 'v1', new: 'v2' },
      { file: 'apps/b.yaml', range: { start: 5, end: 7 }, old: 'v1', new: 'v3' },
    ]);
    expect(result).toEqual({ written: ['apps/a.yaml', 'apps/b.yaml'], unchanged: [] });
    expect(await readFile(path.join(root, 'apps/a.yaml'), 'utf8')).toBe('tag: v2\r\n');
    expect(await readFile(path.join(root, 'apps/b.yaml'), 'utf8')).toBe('tag: v3\n');
    expect((await stat(path.join(root, 'apps/a.yaml'))).mode & 0o777).toBe(0o640);
    expect(await listAll(root)).toEqual(['apps', 'apps/a.yaml', 'apps/b.yaml']);
  });

  it('writes nothing when one file of several fails', async () => {
    const root = await repo({ 'a.yaml': 'tag: v1\n', 'b.yaml': 'tag: v1\n' });
    const before = (await stat(path.join(root, 'a.yaml'))).mtimeMs;
    await expect(
      writeEdits(root, [
        { file: 'a.yaml', range: { start: 5, end: 7 }, old: 'v1', new: 'v2' },
        { file: 'b.yaml', range: { start: 5, end: 7 }, old: 'v0', new: 'v2' },
      ]),
    ).rejects.toMatchObject({ reason: 'stale', location: { file: 'b.yaml' } });
    expect(await readFile(path.join(root, 'a.yaml'), 'utf8')).toBe('tag: v1\n');
    expect((await stat(path.join(root, 'a.yaml'))).mtimeMs).toBe(before);
    expect(await listAll(root)).toEqual(['a.yaml', 'b.yaml']);
  });

  it('does not rewrite a file whose text would not change', async () => {
    const root = await repo({ 'a.yaml': 'tag: v1\n' });
    const before = (await stat(path.join(root, 'a.yaml'))).mtimeMs;
    const result = await writeEdits(root, [
      { file: 'a.yaml', range: { start: 5, end: 7 }, old: 'v1', new: 'v1' },
    ]);
    expect(result).toEqual({ written: [], unchanged: ['a.yaml'] });
    expect((await stat(path.join(root, 'a.yaml'))).mtimeMs).toBe(before);
  });

  it.each([
    ['../outside.yaml', /leaves the repository/],
    ['apps/../../outside.yaml', /leaves the repository/],
    ['/etc/passwd', /must be relative/],
    ['missing.yaml', /does not exist/],
  ])('refuses %s', async (file, message) => {
    const root = await repo({ 'a.yaml': 'x\n' });
    const attempt = writeEdits(root, [{ file, range: { start: 0, end: 0 }, old: '', new: 'y' }]);
    await expect(attempt).rejects.toBeInstanceOf(EditError);
    await expect(attempt).rejects.toThrow(message);
  });

  it('refuses a symlink that points outside the repository', async () => {
    const outside = await repo({ 'secret.yaml': 'tag: v1\n' });
    const root = await repo({ 'a.yaml': 'x\n' });
    await symlink(path.join(outside, 'secret.yaml'), path.join(root, 'link.yaml'));
    await symlink(outside, path.join(root, 'dir'));
    for (const file of ['link.yaml', 'dir/secret.yaml']) {
      await expect(
        writeEdits(root, [{ file, range: { start: 5, end: 7 }, old: 'v1', new: 'v2' }]),
      ).rejects.toThrow(/outside the repository/);
    }
    expect(await readFile(path.join(outside, 'secret.yaml'), 'utf8')).toBe('tag: v1\n');
  });

  it('edits through a symlink that stays inside the repository, and refuses two names for one file', async () => {
    const root = await repo({ 'base/a.yaml': 'tag: v1\n', 'base/b.yaml': 'tag: v1\n' });
    await symlink(path.join(root, 'base'), path.join(root, 'overlay'));
    await symlink(path.join(root, 'base/b.yaml'), path.join(root, 'b-link.yaml'));
    const result = await writeEdits(root, [
      { file: 'overlay/a.yaml', range: { start: 5, end: 7 }, old: 'v1', new: 'v2' },
      { file: 'b-link.yaml', range: { start: 5, end: 7 }, old: 'v1', new: 'v3' },
    ]);
    expect(result.written).toEqual(['overlay/a.yaml', 'b-link.yaml']);
    expect(await readFile(path.join(root, 'base/a.yaml'), 'utf8')).toBe('tag: v2\n');
    expect(await readFile(path.join(root, 'base/b.yaml'), 'utf8')).toBe('tag: v3\n');
    expect((await listAll(root)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    await expect(
      writeEdits(root, [
        { file: 'base/a.yaml', range: { start: 5, end: 7 }, old: 'v2', new: 'v4' },
        { file: 'overlay/a.yaml', range: { start: 5, end: 7 }, old: 'v2', new: 'v5' },
      ]),
    ).rejects.toThrow(/are the same file/);
  });

  it('refuses a file that is not valid UTF-8', async () => {
    const root = await repo({});
    await writeFile(path.join(root, 'latin1.yaml'), Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]));
    await expect(
      writeEdits(root, [{ file: 'latin1.yaml', range: { start: 0, end: 1 }, old: 'a', new: 'b' }]),
    ).rejects.toMatchObject({ reason: 'encoding' });
  });
});
