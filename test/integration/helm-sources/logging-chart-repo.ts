import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { closeServer, listenOnLoopback } from '../../support/http.js';
import { testTools } from '../../support/tools.js';

/**
 * A Helm HTTP repository on loopback that records every request path, so tests can see what was
 * (and was not) downloaded. Packages are made with the real `helm package` and `helm repo index`.
 */
export interface LoggingChartRepo {
  readonly url: string;
  readonly dir: string;
  /** Request paths in arrival order, e.g. `/index.yaml`, `/web-1.0.0.tgz`. */
  readonly requests: string[];
  /** Overrides what a path serves (e.g. tampered package bytes). */
  serve(pathname: string, body: Buffer): void;
  close(): Promise<void>;
}

export async function startLoggingChartRepo(
  chartDirs: readonly string[],
  options: {
    auth?: { username: string; password: string };
    relativeUrls?: boolean;
    /** The base of the index's absolute download URLs, when not this server (an upstream host). */
    indexUrl?: string;
  } = {},
): Promise<LoggingChartRepo> {
  // Not tempDir(): that is removed after each test, and a repository serves a whole file.
  const root = await mkdtemp(path.join(os.tmpdir(), 'gitops-actions-logging-repo-'));
  const dir = path.join(root, 'repo');
  await mkdir(dir);
  const requests: string[] = [];
  const overrides = new Map<string, Buffer>();
  const expected =
    options.auth &&
    `Basic ${Buffer.from(`${options.auth.username}:${options.auth.password}`).toString('base64')}`;
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    requests.push(pathname);
    if (expected !== undefined && request.headers.authorization !== expected) {
      response.writeHead(401, { 'www-authenticate': 'Basic realm="charts"' }).end();
      return;
    }
    const override = overrides.get(pathname);
    const body = override ? Promise.resolve(override) : readFile(path.join(dir, path.basename(pathname)));
    body.then(
      (bytes) => response.writeHead(200).end(bytes),
      () => response.writeHead(404).end(),
    );
  });
  const port = await listenOnLoopback(server);
  const url = `http://127.0.0.1:${port}`;
  const helm = await testTools().helm();
  for (const chart of chartDirs) await helm.package(chart, dir);
  // `helm repo index` without --url writes relative URLs; with it, absolute ones.
  await helm.repoIndex(dir, options.relativeUrls ? '' : (options.indexUrl ?? url));
  return {
    url,
    dir,
    requests,
    serve: (pathname, bytes) => overrides.set(pathname, bytes),
    async close() {
      await closeServer(server);
      await rm(root, { recursive: true, force: true });
    },
  };
}
