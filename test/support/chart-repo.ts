import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { basicAuthorization, closeServer, listenOnLoopback } from './http.js';
import { testTools } from './tools.js';

export interface ChartRepoOptions {
  /** Chart directories to package; two directories with one chart name give two versions. */
  charts: readonly string[];
  /** When set, every request must carry these credentials (HTTP basic auth), else 401. */
  auth?: { username: string; password: string };
}

/** A Helm HTTP chart repository (index.yaml and packages) on loopback. */
export interface TestChartRepo {
  /** `http://127.0.0.1:<port>`, the `--repo` URL and a HelmRepository's `spec.url`. */
  readonly url: string;
  readonly port: number;
  /** The served directory: index.yaml and the `<name>-<version>.tgz` packages. */
  readonly dir: string;
  /** Closes the server and its connections and removes its files. */
  close(): Promise<void>;
}

/**
 * The server listens before the charts are packaged because `helm repo index --url` writes the
 * download URLs into index.yaml, and they must carry the port the kernel picked.
 */
export async function startChartRepo(options: ChartRepoOptions): Promise<TestChartRepo> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'gitops-actions-chart-repo-'));
  const dir = path.join(root, 'repo');
  await mkdir(dir);
  const expected = options.auth && basicAuthorization(options.auth.username, options.auth.password);
  const server = createServer((request, response) => {
    if (expected !== undefined && request.headers.authorization !== expected) {
      response.writeHead(401, { 'www-authenticate': 'Basic realm="charts"' }).end();
      return;
    }
    serveFile(dir, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  const close = async () => {
    await closeServer(server);
    await rm(root, { recursive: true, force: true });
  };
  try {
    const port = await listenOnLoopback(server);
    const url = `http://127.0.0.1:${port}`;
    const helm = await testTools().helm();
    for (const chart of options.charts) await helm.package(chart, dir);
    await helm.repoIndex(dir, url);
    return { url, port, dir, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** GET and HEAD of regular files inside `dir`; anything else is 404 (or 405 for other methods). */
async function serveFile(dir: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const file = resolveInside(dir, request.url ?? '/');
  const info = file === undefined ? undefined : await stat(file).catch(() => undefined);
  if (file === undefined || !info?.isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, {
    'content-type': file.endsWith('.yaml') ? 'application/x-yaml' : 'application/gzip',
    'content-length': info.size,
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}

/**
 * The file a request path names, or undefined when it would leave `dir`: `..` segments, encoded
 * ones (`%2e%2e`, `..%2f`) and NUL bytes are caught after decoding, by checking the resolved path.
 */
function resolveInside(dir: string, requestUrl: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const resolved = path.resolve(dir, `.${path.posix.sep}${decoded}`);
  return resolved.startsWith(`${dir}${path.sep}`) ? resolved : undefined;
}
