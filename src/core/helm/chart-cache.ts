/**
 * Packaged charts on disk, keyed by content: `<cacheDir>/charts/<sha256(source|name|version|digest)>/`
 * holds `chart.tgz` and `chart.json` (what it is and the package's own sha256). A published chart
 * version is immutable in practice and the digest pins it where the source gives one (an index
 * `digest`, an OCI manifest digest), so entries never expire; deleting the directory is always safe.
 *
 * Writes are atomic: a download lands in a private temporary directory that is renamed into place
 * only once complete, so a crash or a concurrent run never leaves a half-written entry. Within one
 * process, concurrent requests for one key share one download.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface ChartKey {
  /** The source's upstream URL (before mirroring), e.g. `https://charts.example.com/stable`. */
  readonly source: string;
  readonly name: string;
  readonly version: string;
  /** The digest the source vouches for before download; empty when it gives none. */
  readonly digest: string;
}

export interface CachedChart extends ChartKey {
  /** The packaged chart. */
  readonly path: string;
  /** `sha256:…` of the package bytes. */
  readonly packageDigest: string;
  /** False when this call downloaded it. */
  readonly cached: boolean;
}

/** Writes the package to `target` (a path that does not exist yet). */
export type ChartDownload = (target: string) => Promise<void>;

const PACKAGE = 'chart.tgz';
const METADATA = 'chart.json';

export class ChartCache {
  private readonly root: string;
  private readonly inFlight = new Map<string, Promise<CachedChart>>();

  constructor(cacheDir: string) {
    this.root = path.join(cacheDir, 'charts');
  }

  static keyOf(key: ChartKey): string {
    return createHash('sha256')
      .update([key.source, key.name, key.version, key.digest].join('|'))
      .digest('hex');
  }

  /** The cached package for `key`, downloading it with `download` when absent. */
  obtain(key: ChartKey, download: ChartDownload): Promise<CachedChart> {
    const id = ChartCache.keyOf(key);
    let pending = this.inFlight.get(id);
    if (pending === undefined) {
      pending = this.lookupOrDownload(id, key, download).finally(() => this.inFlight.delete(id));
      this.inFlight.set(id, pending);
    }
    return pending;
  }

  /** The cached entry for `key`, or undefined; never downloads. */
  async lookup(key: ChartKey): Promise<CachedChart | undefined> {
    return this.read(ChartCache.keyOf(key), key);
  }

  private async lookupOrDownload(id: string, key: ChartKey, download: ChartDownload): Promise<CachedChart> {
    const hit = await this.read(id, key);
    if (hit !== undefined) return hit;
    await mkdir(this.root, { recursive: true });
    const staging = path.join(this.root, `.tmp-${id.slice(0, 16)}-${randomBytes(6).toString('hex')}`);
    await mkdir(staging);
    try {
      await download(path.join(staging, PACKAGE));
      const packageDigest = await sha256File(path.join(staging, PACKAGE));
      const metadata = { ...key, packageDigest, fetchedAt: new Date().toISOString() };
      await writeFile(path.join(staging, METADATA), `${JSON.stringify(metadata, null, 2)}\n`);
      try {
        await rename(staging, path.join(this.root, id));
      } catch (error) {
        // Another process renamed its copy into place first; theirs is as good as ours.
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM') throw error;
        const winner = await this.read(id, key);
        if (winner === undefined) throw error;
        return winner;
      }
      return { ...key, path: path.join(this.root, id, PACKAGE), packageDigest, cached: false };
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  private async read(id: string, key: ChartKey): Promise<CachedChart | undefined> {
    const dir = path.join(this.root, id);
    const text = await readFile(path.join(dir, METADATA), 'utf8').catch(() => undefined);
    if (text === undefined) return undefined;
    let packageDigest: unknown;
    try {
      packageDigest = (JSON.parse(text) as { packageDigest?: unknown }).packageDigest;
    } catch {
      return undefined;
    }
    if (typeof packageDigest !== 'string') return undefined;
    return { ...key, path: path.join(dir, PACKAGE), packageDigest, cached: true };
  }
}

/** `sha256:<hex>` of a file, streamed. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return `sha256:${hash.digest('hex')}`;
}
