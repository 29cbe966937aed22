import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GitopsError } from '../errors.js';
import { fetchWithRetries, type HttpOptions } from './http-fetch.js';
import { parseKubernetesVersion } from './kubernetes-version.js';

/** Where Kubernetes publishes the OpenAPI of each release: api/openapi-spec/swagger.json at the tag. */
export const UPSTREAM_OPENAPI_URL = 'https://raw.githubusercontent.com/kubernetes/kubernetes';

export interface DownloadOptions extends HttpOptions {
  /** Replaces UPSTREAM_OPENAPI_URL: a mirror, or a loopback server in tests. */
  baseUrl?: string;
}

/**
 * Makes `cacheDir/v<major>.<minor>/swagger.json` exist for `version`, downloading the release's
 * OpenAPI once (the `.0` patch: the API of a minor release does not change in patches). Returns
 * `cacheDir`, laid out as the schema registry's `openApiDirectories` expect.
 */
export async function ensureUpstreamOpenApi(
  version: string,
  cacheDir: string,
  options: DownloadOptions = {},
): Promise<string> {
  const { major, minor } = parseKubernetesVersion(version);
  const file = path.join(cacheDir, `v${major}.${minor}`, 'swagger.json');
  if (await exists(file)) return cacheDir;
  const url = `${(options.baseUrl ?? UPSTREAM_OPENAPI_URL).replace(/\/+$/, '')}/v${major}.${minor}.0/api/openapi-spec/swagger.json`;
  const body = await download(url, options);
  try {
    const parsed = JSON.parse(body) as { swagger?: unknown; definitions?: unknown };
    if (typeof parsed.swagger !== 'string' || typeof parsed.definitions !== 'object')
      throw new Error('not Swagger 2.0');
  } catch (error) {
    throw new GitopsError(`${url} is not a Kubernetes swagger.json (${(error as Error).message})`);
  }
  await mkdir(path.dirname(file), { recursive: true });
  // Written whole or not at all: a run that dies halfway leaves no truncated schema behind.
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, body);
  await rename(temp, file);
  return cacheDir;
}

async function download(url: string, options: DownloadOptions): Promise<string> {
  const result = await fetchWithRetries(url, options);
  if (result.status === 'ok') return Buffer.from(result.body).toString('utf8');
  const reason = result.status === 'not-found' ? 'HTTP 404' : result.reason;
  throw new GitopsError(`could not download the Kubernetes OpenAPI from ${url}: ${reason}`, {
    hint: 'Give a local copy with schema-location (a directory of v<major>.<minor>/swagger.json), or check the network.',
  });
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
