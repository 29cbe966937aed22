import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Polls `url` until it answers `status`. A server that is listening is not necessarily serving
 * (the registry binds before its routes are ready), so readiness is what a client sees.
 * `context` is called on timeout, to put the server's own output into the error.
 */
export async function waitForHttpStatus(
  url: string,
  status: number,
  options: { timeoutMs: number; context?: () => string },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      if (response.status === status) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? `${error.message} ${describeCause(error)}`.trim() : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const context = options.context?.() ?? '';
  throw new Error(
    `${url} did not answer ${status} within ${options.timeoutMs} ms (last: ${last})${context ? `:\n${context}` : ''}`,
  );
}

function describeCause(error: Error): string {
  const cause = error.cause;
  return cause instanceof Error ? `(${cause.message})` : '';
}

/** Listens on a port the kernel picks on 127.0.0.1 and returns it. */
export async function listenOnLoopback(server: Server): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

/** Closes a server and every connection it holds, including idle keep-alive ones. */
export async function closeServer(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve, reject) =>
    server.close((error) => (error ? reject(error) : resolve())),
  );
  server.closeAllConnections();
  await closed;
}

/** The value of an `Authorization: Basic` header. */
export function basicAuthorization(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}
