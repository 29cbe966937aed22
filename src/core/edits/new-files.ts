import { randomBytes } from 'node:crypto';
import { lstat, mkdir, realpath, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GitopsError } from '../errors.js';

/**
 * Creates files that do not exist yet (a promoted app's new overlay files), inside `root` only,
 * each written to a temporary name and renamed, and none at all if any target is bad.
 */
export async function writeNewFiles(
  root: string,
  files: readonly { file: string; content: string }[],
): Promise<string[]> {
  const realRoot = await realpath(root);
  const targets = files.map(({ file, content }) => {
    const target = path.resolve(realRoot, file);
    const relative = path.relative(realRoot, target);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new GitopsError(`refusing to create ${file}: it is outside the repository`);
    }
    return { file, target, content };
  });
  for (const { file, target } of targets) {
    if (
      await lstat(target).then(
        () => true,
        () => false,
      )
    ) {
      throw new GitopsError(`refusing to create ${file}: it exists already`);
    }
  }
  for (const { target, content } of targets) {
    await mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(6).toString('hex')}.gitops-actions.tmp`;
    await writeFile(temp, content, { flag: 'wx' });
    await rename(temp, target);
  }
  return targets.map((t) => t.file);
}
