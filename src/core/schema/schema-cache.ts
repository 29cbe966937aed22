import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SchemaBundle } from './types.js';

/**
 * Bumped whenever a converter's output changes, so that a cache written by an older release is
 * never read as if this one had produced it.
 */
export const CONVERSION_VERSION = 1;

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Converted bundles on disk, keyed by the digest of the source bytes and the conversion settings.
 * A warm run reads the (much smaller: no descriptions) converted JSON instead of converting the
 * 4 MB swagger.json again. Entries are immutable, so there is nothing to invalidate.
 */
export class SchemaCache {
  constructor(readonly directory: string) {}

  key(sourceDigest: string, variant: string): string {
    return sha256(`${CONVERSION_VERSION}\0${variant}\0${sourceDigest}`).slice(0, 32);
  }

  async read(key: string): Promise<SchemaBundle | undefined> {
    try {
      return JSON.parse(await readFile(this.file(key), 'utf8')) as SchemaBundle;
    } catch {
      // A missing or torn entry (a run killed mid-write on another filesystem) is a miss, not an error.
      return undefined;
    }
  }

  async write(key: string, bundle: SchemaBundle): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    const target = this.file(key);
    const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temporary, JSON.stringify(bundle));
    await rename(temporary, target);
  }

  private file(key: string): string {
    return path.join(this.directory, `${key}.json`);
  }
}
