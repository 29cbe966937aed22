/** One HTTP exchange with a registry or token service: a timeout per attempt, bounded retries. */
import { parseRetryAfter } from './http-headers.js';
import { RegistryError, responseError } from './registry-error.js';

export interface RetryPolicy {
  /** Further attempts after the first, for 429 and 5xx answers. */
  retries: number;
  /** The first backoff; each retry doubles it. A `Retry-After` header replaces it. */
  baseDelayMs: number;
  /** The longest wait. A registry that asks for longer (`Retry-After`) fails the request at once. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 4, baseDelayMs: 500, maxDelayMs: 30_000 };
export const DEFAULT_TIMEOUT_MS = 30_000;

export interface TransportSettings {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  /** Per attempt, from sending the request to reading the last byte of the body. */
  timeoutMs: number;
  retry: RetryPolicy;
}

export interface RequestSpec {
  method: 'GET' | 'HEAD';
  url: URL;
  headers: Record<string, string>;
  /** What the request is for, e.g. `listing the tags of ghcr.io/org/app`: every message starts so. */
  what: string;
}

export class HttpTransport {
  constructor(private readonly settings: TransportSettings) {}

  /**
   * Sends `spec`, retrying 429 and 5xx answers: those are the registry saying "not now" (Docker
   * Hub's pull limits, a ghcr.io deploy). Every other status is the caller's to judge.
   */
  async send(spec: RequestSpec): Promise<Response> {
    const { retry } = this.settings;
    for (let attempt = 0; ; attempt++) {
      const response = await this.attempt(spec);
      if (response.status !== 429 && response.status < 500) return response;
      const retryAfter = parseRetryAfter(response.headers.get('retry-after'), Date.now());
      if (retryAfter !== undefined && retryAfter > retry.maxDelayMs) {
        const error = await responseError(response, spec.what);
        throw new RegistryError(
          `${error.message}; the registry asks to retry after ${Math.ceil(retryAfter / 1000)} s, ` +
            `longer than the ${retry.maxDelayMs} ms this client waits`,
          { status: response.status, codes: error.codes },
        );
      }
      if (attempt >= retry.retries) {
        const error = await responseError(response, spec.what);
        throw new RegistryError(`${error.message} (gave up after ${attempt + 1} attempts)`, {
          status: response.status,
          codes: error.codes,
        });
      }
      await response.body?.cancel();
      await this.settings.sleep(retryAfter ?? Math.min(retry.baseDelayMs * 2 ** attempt, retry.maxDelayMs));
    }
  }

  /** The body as text; a body cut off by the timeout or the network becomes a RegistryError. */
  async text(response: Response, spec: RequestSpec): Promise<string> {
    try {
      return await response.text();
    } catch (error) {
      throw this.failure(error, spec);
    }
  }

  async bytes(response: Response, spec: RequestSpec): Promise<Buffer> {
    try {
      return Buffer.from(await response.arrayBuffer());
    } catch (error) {
      throw this.failure(error, spec);
    }
  }

  private async attempt(spec: RequestSpec): Promise<Response> {
    try {
      return await this.settings.fetch(spec.url, {
        method: spec.method,
        headers: spec.headers,
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
    } catch (error) {
      throw this.failure(error, spec);
    }
  }

  private failure(error: unknown, spec: RequestSpec): RegistryError {
    const origin = spec.url.origin;
    if (error instanceof Error && error.name === 'TimeoutError') {
      return new RegistryError(`${spec.what}: ${origin} did not answer within ${this.settings.timeoutMs} ms`);
    }
    // fetch's own message is a bare "fetch failed"; the cause says ECONNREFUSED, ENOTFOUND, …
    const cause =
      error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    return new RegistryError(`${spec.what}: could not reach ${origin}: ${cause}`, {
      hint: 'Check the registry host, the network and, for a registry without TLS, the insecure option.',
    });
  }
}
