import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A tool's version, remembered on disk per binary. Asking `kubectl version` costs a process start
 * (~60 ms), which a warm render would otherwise pay every run; the answer cannot change while the
 * binary's path, inode, size and modification time stay the same, so those are the key. Without a
 * cache directory the version is asked every time.
 */
export async function memoizedVersion<T>(
  cacheDir: string | undefined,
  binary: string,
  ask: () => Promise<T>,
): Promise<T> {
  if (cacheDir === undefined) return ask();
  const info = await stat(binary).catch(() => undefined);
  if (info === undefined) return ask();
  const key = createHash('sha256')
    .update(`${path.resolve(binary)}\0${info.ino}\0${info.size}\0${info.mtimeMs}`)
    .digest('hex');
  const file = path.join(cacheDir, 'tool-versions', `${key}.json`);
  const known = await readFile(file, 'utf8').catch(() => undefined);
  if (known !== undefined) {
    try {
      return (JSON.parse(known) as { version: T }).version;
    } catch {
      // A damaged entry is asked again and overwritten.
    }
  }
  const version = await ask();
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, JSON.stringify({ binary, version }));
    await rename(temporary, file);
  } finally {
    await rm(temporary, { force: true });
  }
  return version;
}
