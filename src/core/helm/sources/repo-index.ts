/**
 * A Helm repository's `index.yaml`: per chart name, its versions with download URLs and digests.
 * Only what chart selection needs is kept; the rest of an index (which can be megabytes) is not.
 */
import { parse } from 'yaml';
import { GitopsError } from '../../errors.js';
import { isMap } from './flux-objects.js';
import { selectIndexVersion } from './version-select.js';

export interface IndexEntry {
  readonly name: string;
  readonly version: string;
  /** As written: absolute, or relative to the repository URL. */
  readonly urls: readonly string[];
  /** Hex sha256 of the package, when the index has one (`helm repo index` always writes it). */
  readonly digest?: string;
}

export interface RepoIndex {
  /** Where it was read from, for messages. */
  readonly origin: string;
  readonly entries: ReadonlyMap<string, readonly IndexEntry[]>;
}

export function parseRepoIndex(text: string, origin: string): RepoIndex {
  let document: unknown;
  try {
    document = parse(text, { maxAliasCount: -1 });
  } catch (error) {
    throw new GitopsError(`${origin} is not valid YAML`, { cause: error });
  }
  const entries = isMap(document) ? document.entries : undefined;
  if (!isMap(entries)) throw new GitopsError(`${origin} is not a Helm repository index (no "entries")`);
  const result = new Map<string, IndexEntry[]>();
  for (const [name, versions] of Object.entries(entries)) {
    if (!Array.isArray(versions)) continue;
    const list: IndexEntry[] = [];
    for (const item of versions) {
      if (!isMap(item)) continue;
      const version = typeof item.version === 'string' ? item.version : String(item.version ?? '');
      const urls = Array.isArray(item.urls)
        ? item.urls.filter((u): u is string => typeof u === 'string')
        : [];
      const digest = typeof item.digest === 'string' && item.digest !== '' ? item.digest : undefined;
      list.push({ name, version, urls, ...(digest === undefined ? {} : { digest }) });
    }
    result.set(name, list);
  }
  return { origin, entries: result };
}

/** The entry source-controller would pick for `chart` at `constraint`, or a message-bearing error. */
export function findIndexEntry(index: RepoIndex, chart: string, constraint: string): IndexEntry {
  const versions = index.entries.get(chart);
  if (versions === undefined || versions.length === 0) {
    throw new GitopsError(`chart "${chart}" is not in ${index.origin}`, {
      hint: 'Check chart.spec.chart against the repository index (helm search repo).',
    });
  }
  const chosen = selectIndexVersion(
    versions.map((entry) => entry.version),
    constraint,
  );
  const entry = versions.find((candidate) => candidate.version === chosen);
  if (entry === undefined) {
    const available = versions.map((candidate) => candidate.version).slice(0, 10);
    // source-controller's own words: "no 'x' chart with version matching 'y' found".
    throw new GitopsError(
      `no '${chart}' chart with version matching '${constraint}' found in ${index.origin}`,
      {
        hint: `Available: ${available.join(', ')}${versions.length > 10 ? ', …' : ''}. Prereleases match only a constraint with a prerelease, e.g. ">=1.0.0-0".`,
      },
    );
  }
  if (entry.urls.length === 0) {
    throw new GitopsError(`${index.origin}: chart "${chart}" ${entry.version} has no download URL`);
  }
  return entry;
}

/**
 * Helm's `repo.ResolveReferenceURL`: a relative package URL is resolved against the repository
 * URL taken as a directory (a trailing slash added), and the repository's query string, if any,
 * is carried over to it.
 */
export function resolvePackageUrl(repositoryUrl: string, packageUrl: string): string {
  const base = new URL(repositoryUrl);
  if (URL.canParse(packageUrl)) return packageUrl;
  const query = base.search;
  base.search = '';
  if (!base.pathname.endsWith('/')) base.pathname = `${base.pathname}/`;
  const resolved = new URL(packageUrl, base);
  if (query !== '' && resolved.search === '') resolved.search = query;
  return resolved.href;
}
