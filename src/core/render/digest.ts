import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * JSON with object keys sorted at every level: the same value always gives the same text, whatever
 * order its maps were built in, so it can be hashed into a cache key.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return entry;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(entry).sort()) sorted[key] = (entry as Record<string, unknown>)[key];
    return sorted;
  });
}

/** `sha256:<hex>` of a value's canonical JSON. */
export function digestOf(value: unknown): string {
  return `sha256:${createHash('sha256').update(canonicalJson(value)).digest('hex')}`;
}

/** Directories never part of a render's inputs: version control, and tool caches. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

/**
 * `sha256:<hex>` over every file below `root` (relative path and bytes, in sorted order). Symlinks
 * are skipped: kustomize and helm refuse most of them, and following one could leave the tree.
 * `exclude` holds absolute directories to leave out, such as the render's own output; `visit` sees
 * each file's bytes as they are read, for callers that want to know more than the digest.
 */
export async function directoryDigest(
  root: string,
  exclude: readonly string[] = [],
  visit?: (file: string, bytes: Buffer) => void,
): Promise<string> {
  const hash = createHash('sha256');
  const excluded = new Set(exclude.map((dir) => path.resolve(dir)));
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (SKIPPED_DIRS.has(entry.name) || excluded.has(full)) continue;
        await walk(full);
      } else if (entry.isFile()) {
        const bytes = await readFile(full);
        visit?.(full, bytes);
        hash.update(`${path.relative(root, full)}\0${bytes.length}\0`);
        hash.update(bytes);
      }
    }
  };
  await walk(path.resolve(root));
  return `sha256:${hash.digest('hex')}`;
}
