/**
 * GET for Helm HTTP repositories (index.yaml and packages), with basic auth when credentials are
 * given for the URL. Messages name the URL without any user-info and never carry a password.
 */
import { GitopsError } from '../../errors.js';
import type { BasicCredentials } from './chart-credentials.js';

export interface HttpGetOptions {
  readonly credentials?: BasicCredentials | undefined;
  readonly fetch?: typeof fetch;
  /** Per attempt, body included. Default 60 s. */
  readonly timeoutMs?: number;
  /** Retries of 429 and 5xx answers and of network failures. Default 2. */
  readonly retries?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;

export async function httpGet(url: string, what: string, options: HttpGetOptions = {}): Promise<Buffer> {
  const doFetch = options.fetch ?? fetch;
  const retries = options.retries ?? 2;
  const headers: Record<string, string> = {};
  const { credentials } = options;
  if (credentials !== undefined) {
    const token = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
    headers.authorization = `Basic ${token}`;
  }
  const shown = displayUrl(url);
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await doFetch(url, {
        headers,
        redirect: 'follow',
        signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      });
    } catch (error) {
      if (attempt < retries) {
        await sleep(250 * 2 ** attempt);
        continue;
      }
      const reason = error instanceof Error ? (causeOf(error) ?? error.message) : String(error);
      throw new GitopsError(`${what}: GET ${shown} failed: ${reason}`);
    }
    if (response.ok) return Buffer.from(await response.arrayBuffer());
    await response.body?.cancel();
    if ((response.status === 429 || response.status >= 500) && attempt < retries) {
      await sleep(250 * 2 ** attempt);
      continue;
    }
    throw statusError(response.status, what, shown, credentials !== undefined);
  }
}

function statusError(status: number, what: string, shown: string, withCredentials: boolean): GitopsError {
  if (status === 401 || status === 403) {
    return new GitopsError(
      `${what}: GET ${shown}: HTTP ${status}, ${withCredentials ? 'the credentials were refused' : 'credentials are required'}`,
      {
        hint: withCredentials
          ? 'Check the username and password given for this repository URL.'
          : 'Give credentials for this repository URL (inputs or environment; never the repository).',
      },
    );
  }
  if (status === 404) return new GitopsError(`${what}: GET ${shown}: HTTP 404, not found`);
  return new GitopsError(`${what}: GET ${shown}: HTTP ${status}`);
}

/** The URL without `user:password@`, which must never reach a log. */
export function displayUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}

function causeOf(error: Error): string | undefined {
  return error.cause instanceof Error ? error.cause.message : undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
