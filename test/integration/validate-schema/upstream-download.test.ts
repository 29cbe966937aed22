import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureUpstreamOpenApi } from '../../../src/core/schema/upstream.js';
import { closeServer, listenOnLoopback } from '../../support/http.js';
import { tempDir } from '../../support/temp.js';
import { requireTestdata } from '../../support/testdata.js';

/** A loopback stand-in for the Kubernetes repository's raw files, serving the shared swagger.json. */
let swagger: Buffer;
const requests: string[] = [];
let failNext = 0;
const server = createServer((request, response) => {
  requests.push(request.url ?? '');
  if (failNext > 0) {
    failNext--;
    response.writeHead(503).end('busy');
    return;
  }
  if (request.url === '/v1.35.0/api/openapi-spec/swagger.json') response.writeHead(200).end(swagger);
  else if (request.url === '/v1.34.0/api/openapi-spec/swagger.json') response.writeHead(200).end('<html>');
  else response.writeHead(404).end('404: Not Found');
});
let baseUrl: string;

beforeAll(async () => {
  swagger = await readFile(path.join(requireTestdata('kubernetes'), 'v1.35', 'swagger.json'));
  baseUrl = `http://127.0.0.1:${await listenOnLoopback(server)}`;
});

afterAll(async () => {
  await closeServer(server);
});

describe('ensureUpstreamOpenApi', () => {
  it('downloads a release once into the v<major>.<minor> layout and then reads the cache', async () => {
    const cache = await tempDir();
    requests.length = 0;
    expect(await ensureUpstreamOpenApi('1.35.2', cache, { baseUrl })).toBe(cache);
    expect(await ensureUpstreamOpenApi('1.35', cache, { baseUrl })).toBe(cache);
    expect(requests).toEqual(['/v1.35.0/api/openapi-spec/swagger.json']);
    expect((await stat(path.join(cache, 'v1.35', 'swagger.json'))).size).toBe(swagger.length);
  });

  it('retries a server error, then succeeds', async () => {
    const cache = await tempDir();
    requests.length = 0;
    failNext = 2;
    await ensureUpstreamOpenApi('1.35', cache, { baseUrl, retryDelayMs: 1 });
    expect(requests).toHaveLength(3);
  });

  it('does not retry a release that does not exist, and names the URL', async () => {
    const cache = await tempDir();
    requests.length = 0;
    await expect(ensureUpstreamOpenApi('1.99', cache, { baseUrl, retryDelayMs: 1 })).rejects.toThrow(
      `could not download the Kubernetes OpenAPI from ${baseUrl}/v1.99.0/api/openapi-spec/swagger.json: HTTP 404`,
    );
    expect(requests).toHaveLength(1);
  });

  it('refuses a body that is not a swagger.json and caches nothing', async () => {
    const cache = await tempDir();
    await expect(ensureUpstreamOpenApi('1.34', cache, { baseUrl })).rejects.toThrow(
      /is not a Kubernetes swagger\.json/,
    );
    await expect(stat(path.join(cache, 'v1.34', 'swagger.json'))).rejects.toThrow();
  });
});
