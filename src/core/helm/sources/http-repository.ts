/**
 * Charts from Helm HTTP repositories, as source-controller fetches them for a HelmChart: read the
 * repository's index.yaml, pick the version, download the package from the entry's first URL.
 *
 * index.yaml is read once per run (per HttpRepositorySource) and never cached across runs: a
 * repository gains versions at any time, and a constraint such as `1.x` must see them. Packages
 * are cached across runs by (repository URL, chart, version, index digest).
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GitopsError } from '../../errors.js';
import { type ChartCache, sha256File } from '../chart-cache.js';
import type { ChartCredentials } from './chart-credentials.js';
import { displayUrl, httpGet } from './http-get.js';
import type { MirrorMap } from './mirrors.js';
import {
  findIndexEntry,
  type IndexEntry,
  parseRepoIndex,
  type RepoIndex,
  resolvePackageUrl,
} from './repo-index.js';

/** A chart package ready for `helm template`. */
export interface FetchedChart {
  /** The `.tgz`: in the chart cache, or in a mirror directory. */
  readonly path: string;
  readonly name: string;
  readonly version: string;
  /** `sha256:…`: of the package here; the manifest digest for OCI. */
  readonly digest: string;
  /** The upstream URL the release names (before mirroring). */
  readonly source: string;
}

export interface HttpRepositoryOptions {
  readonly mirrors: MirrorMap;
  readonly credentials: ChartCredentials;
  readonly cache: ChartCache;
  readonly fetch?: typeof fetch;
}

export class HttpRepositorySource {
  private readonly indexes = new Map<string, Promise<RepoIndex>>();

  constructor(private readonly options: HttpRepositoryOptions) {}

  /** The highest version of `chart` in the repository at `url` that `constraint` accepts. */
  async fetch(url: string, chart: string, constraint: string): Promise<FetchedChart> {
    const location = this.options.mirrors.map(url);
    if (location.kind === 'directory') return this.fromDirectory(url, location.path, chart, constraint);
    const index = await this.index(location.url);
    const entry = findIndexEntry(index, chart, constraint);
    const expected = entry.digest === undefined ? undefined : normalizeDigest(entry.digest);
    const cached = await this.options.cache.obtain(
      { source: url, name: chart, version: entry.version, digest: expected ?? '' },
      async (target) => {
        const bytes = await this.download(location.url, entry);
        verifyDigest(bytes, expected, `${chart} ${entry.version} from ${displayUrl(url)}`);
        await writeFile(target, bytes);
      },
    );
    return {
      path: cached.path,
      name: chart,
      version: entry.version,
      digest: cached.packageDigest,
      source: url,
    };
  }

  /** A repository's index, fetched at most once per run. */
  private index(url: string): Promise<RepoIndex> {
    // Helm: `strings.TrimSuffix(url, "/") + "/index.yaml"`.
    const indexUrl = `${url.replace(/\/+$/, '')}/index.yaml`;
    let pending = this.indexes.get(indexUrl);
    if (pending === undefined) {
      pending = httpGet(indexUrl, 'reading the chart repository index', {
        credentials: this.options.credentials.forUrl(indexUrl),
        ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
      }).then((bytes) => parseRepoIndex(bytes.toString('utf8'), displayUrl(indexUrl)));
      // A failure is not remembered: the next release asking may succeed (or report it again).
      pending.catch(() => this.indexes.delete(indexUrl));
      this.indexes.set(indexUrl, pending);
    }
    return pending;
  }

  /**
   * The package from `urls[0]`, as source-controller downloads it. Absolute URLs (an index on a
   * CDN, or naming the upstream host) go through the mirrors too, so a mirrored repository whose
   * index still names the upstream works offline.
   */
  private async download(repositoryUrl: string, entry: IndexEntry): Promise<Buffer> {
    const packageUrl = resolvePackageUrl(repositoryUrl, entry.urls[0] ?? '');
    const location = this.options.mirrors.map(packageUrl);
    if (location.kind === 'directory') return readFile(location.path);
    return httpGet(location.url, `downloading chart ${entry.name} ${entry.version}`, {
      credentials: this.options.credentials.forUrl(location.url),
      ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
    });
  }

  /**
   * A mirror directory holding `index.yaml` and the packages. Each package is found by the base
   * name of its index URL, wherever that URL points: the directory is a copy of the repository.
   */
  private async fromDirectory(url: string, dir: string, chart: string, constraint: string) {
    const indexFile = path.join(dir, 'index.yaml');
    const text = await readFile(indexFile, 'utf8').catch(() => {
      throw new GitopsError(`the mirror directory ${dir} (for ${displayUrl(url)}) has no index.yaml`, {
        hint: 'A directory mirror of a Helm HTTP repository holds its index.yaml and <name>-<version>.tgz packages.',
      });
    });
    const entry = findIndexEntry(parseRepoIndex(text, indexFile), chart, constraint);
    const name = path.posix.basename(new URL(resolvePackageUrl(url, entry.urls[0] ?? '')).pathname);
    const file = path.join(dir, decodeURIComponent(name));
    const bytes = await readFile(file).catch(() => {
      throw new GitopsError(`the mirror directory ${dir} has no ${name} (${chart} ${entry.version})`);
    });
    const expected = entry.digest === undefined ? undefined : normalizeDigest(entry.digest);
    verifyDigest(bytes, expected, `${chart} ${entry.version} in ${dir}`);
    return { path: file, name: chart, version: entry.version, digest: await sha256File(file), source: url };
  }
}

/** Index digests are bare hex (`helm repo index`); some generators prefix `sha256:`. */
function normalizeDigest(digest: string): string {
  return digest.startsWith('sha256:') ? digest : `sha256:${digest.toLowerCase()}`;
}

/**
 * The package must be the one the index describes. Neither helm nor source-controller checks the
 * index digest; we do, because a cache keyed by it must never hold different bytes under it.
 */
function verifyDigest(bytes: Buffer, expected: string | undefined, what: string): void {
  if (expected === undefined) return;
  const actual = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  if (actual !== expected) {
    throw new GitopsError(`${what}: the package's digest ${actual} is not the index's ${expected}; refused`, {
      hint: 'The repository changed a published package, or something between us and it altered the download.',
    });
  }
}
