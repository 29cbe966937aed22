import { stat } from 'node:fs/promises';
import path from 'node:path';
import { digestOf } from './digest.js';
import type { UnitCache } from './unit-cache.js';

/**
 * A tool's version, kept in the unit cache per binary. Asking `kubectl version` costs a process
 * start (~60 ms), which a warm render would otherwise pay every run; the answer cannot change while
 * the binary's path, inode, size and modification time stay the same, so those are the key. Without
 * a cache directory the version is asked every time.
 */
export async function memoizedVersion<T>(
  cache: UnitCache,
  binary: string,
  ask: () => Promise<T>,
): Promise<T> {
  const info = cache.enabled ? await stat(binary).catch(() => undefined) : undefined;
  if (info === undefined) return ask();
  const key = digestOf({
    tool: path.resolve(binary),
    inode: info.ino,
    size: info.size,
    modified: info.mtimeMs,
  });
  const known = await cache.get<T>(key);
  if (known !== undefined) return known;
  const version = await ask();
  await cache.put(key, version);
  return version;
}
