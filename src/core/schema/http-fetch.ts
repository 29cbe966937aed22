/** How schema downloads talk to a server: retries and a timeout per attempt. */
export interface HttpOptions {
  /** Replaces the global fetch (a proxy-aware one). */
  fetch?: typeof fetch;
  /** Attempts after the first, for errors that may clear: network errors, timeouts, 429 and 5xx. Default 3. */
  retries?: number;
  /** Milliseconds before the first retry; doubled each time. Default 1000. */
  retryDelayMs?: number;
  /** Milliseconds one attempt may take, body included. Default 60,000. */
  timeoutMs?: number;
}

export type HttpResult =
  | { status: 'ok'; body: Uint8Array }
  /** 404 (and 410): nothing at this address; not worth a retry. */
  | { status: 'not-found' }
  /** Every attempt failed, or the server refused for good (401, 403, …): why, for a message. */
  | { status: 'failed'; reason: string };

/**
 * GET `url` with retries. A 404 is an answer ("nothing here", which a list of schema locations
 * uses to move on, as kubeconform does), not a failure; 429 and 5xx are retried with backoff,
 * since rate limits and busy servers clear; any other status is final.
 */
export async function fetchWithRetries(url: string, options: HttpOptions = {}): Promise<HttpResult> {
  const retries = options.retries ?? 3;
  let delay = options.retryDelayMs ?? 1000;
  let last = '';
  for (let attempt = 0; attempt <= retries; attempt++) {
    try {
      const response = await (options.fetch ?? fetch)(url, {
        signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
      });
      if (response.ok) return { status: 'ok', body: new Uint8Array(await response.arrayBuffer()) };
      await response.body?.cancel();
      if (response.status === 404 || response.status === 410) return { status: 'not-found' };
      last = `HTTP ${response.status}`;
      if (response.status !== 429 && response.status < 500) return { status: 'failed', reason: last };
    } catch (error) {
      last = describeError(error);
    }
    if (attempt < retries) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay *= 2;
    }
  }
  return { status: 'failed', reason: `${last} after ${retries + 1} attempts` };
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return 'timed out';
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}
