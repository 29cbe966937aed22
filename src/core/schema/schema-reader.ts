import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GitopsError } from '../errors.js';
import { fetchWithRetries, type HttpOptions } from './http-fetch.js';
import { sha256 } from './schema-cache.js';

/**
 * Reads one schema location: the bytes, or undefined when there is nothing there, which moves the
 * lookup on to the next location (kubeconform's 404). Anything else throws a GitopsError, which
 * the registry reports as the reason the object's schema is missing.
 */
export type SchemaReader = (location: string) => Promise<Uint8Array | undefined>;

export interface SchemaReaderOptions extends HttpOptions {
  /** Where schemas read over HTTP are kept between runs, one file per URL; no cache when absent. */
  cacheDirectory?: string;
  /** Read HTTP locations from the cache only: a schema that is not cached is not there. */
  offline?: boolean;
}

const HTTP = /^https?:\/\//i;

/**
 * Local paths and `http(s)://` URLs alike, as kubeconform's `-schema-location` takes both. A URL is
 * fetched with retries and a timeout, and kept on disk by URL: catalogs publish a schema per
 * Kubernetes version or CRD version, so the same URL keeps serving the same schema (kubeconform's
 * `-cache` makes the same bet). A 404 is not cached, so a schema published later is found.
 */
export function schemaReader(options: SchemaReaderOptions = {}): SchemaReader {
  return (location) => (HTTP.test(location) ? readHttp(location, options) : readLocalFile(location));
}

export async function readLocalFile(location: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(location);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new GitopsError(`cannot read schema ${location}`, { cause: error });
  }
}

async function readHttp(url: string, options: SchemaReaderOptions): Promise<Uint8Array | undefined> {
  const cached =
    options.cacheDirectory === undefined
      ? undefined
      : path.join(options.cacheDirectory, `${sha256(url).slice(0, 32)}.json`);
  if (cached !== undefined) {
    const bytes = await readFile(cached).catch(() => undefined);
    if (bytes !== undefined) return bytes;
  }
  if (options.offline) return undefined;
  const result = await fetchWithRetries(url, options);
  if (result.status === 'not-found') return undefined;
  if (result.status === 'failed') {
    throw new GitopsError(`could not read schema ${url}: ${result.reason}`, {
      hint: 'Check the network or the location, or keep a copy of the schemas in a local directory.',
    });
  }
  // Only JSON is kept: a proxy's error page served with 200 must not stand in for a schema next run.
  if (cached !== undefined && isJson(result.body)) await writeAtomically(cached, result.body);
  return result.body;
}

function isJson(bytes: Uint8Array): boolean {
  try {
    JSON.parse(Buffer.from(bytes).toString('utf8'));
    return true;
  } catch {
    return false;
  }
}

async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, file);
}
