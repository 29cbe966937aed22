/**
 * Rendered units on disk, keyed by the digest of every input: `<cacheDir>/render/<aa>/<digest>.json`.
 * An entry never goes stale, because any change to an input is a different key; deleting the
 * directory is always safe. Entries hold objects as they are written out, Secrets already redacted,
 * so the cache (which the action saves with the Actions cache) never holds a secret value in clear.
 *
 * Writes go to a temporary file renamed into place, so a crash or a parallel job never leaves a
 * half-written entry that a later run would trust.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export class UnitCache {
  private readonly root: string;

  /** Without a directory the cache remembers nothing (`--no-cache`). */
  constructor(
    cacheDir: string | undefined,
    private readonly reads = true,
  ) {
    this.root = cacheDir === undefined ? '' : path.join(cacheDir, 'render');
  }

  /**
   * The same directory, neither read nor written: every unit is rendered afresh, and the entries
   * already there (rendered from the same inputs) stay as they are. The redaction key is shared.
   */
  bypassed(): UnitCache {
    return new UnitCache(this.root === '' ? undefined : path.dirname(this.root), false);
  }

  get enabled(): boolean {
    return this.root !== '';
  }

  async get<T>(digest: string): Promise<T | undefined> {
    if (!this.enabled || !this.reads) return undefined;
    const text = await readFile(this.fileOf(digest), 'utf8').catch(() => undefined);
    if (text === undefined) return undefined;
    try {
      return (JSON.parse(text) as { value: T }).value;
    } catch {
      return undefined;
    }
  }

  async put(digest: string, value: unknown): Promise<void> {
    if (!this.enabled || !this.reads) return;
    const file = this.fileOf(digest);
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temporary, JSON.stringify({ digest, value }));
      await rename(temporary, file);
    } finally {
      await rm(temporary, { force: true });
    }
  }

  /**
   * The key for Secret redaction markers, created once per cache directory. Rendering with one key
   * keeps the markers of cached and fresh units, and of the shards of one matrix, comparable; without
   * a cache a random key per process is used, as `redactSecrets` does by default.
   */
  async redactionKey(): Promise<Buffer | undefined> {
    if (!this.enabled) return undefined;
    const file = path.join(this.root, 'redaction-key');
    const existing = await readFile(file).catch(() => undefined);
    if (existing !== undefined && existing.length >= 32) return existing;
    await mkdir(this.root, { recursive: true });
    const key = randomBytes(32);
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, key, { mode: 0o600 });
    await rename(temporary, file);
    // Two processes may have raced; whichever rename landed last is the key both must use.
    return readFile(file);
  }

  private fileOf(digest: string): string {
    const hex = digest.replace(/^sha256:/, '');
    return path.join(this.root, hex.slice(0, 2), `${hex}.json`);
  }
}
