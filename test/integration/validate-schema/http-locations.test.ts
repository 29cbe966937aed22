import { readdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SchemaRegistry } from '../../../src/core/schema/registry.js';
import { schemaReader } from '../../../src/core/schema/schema-reader.js';
import { runValidation } from '../../../src/core/validate/run.js';
import { SchemaValidator } from '../../../src/core/validate/schema-validator.js';
import { closeServer, listenOnLoopback } from '../../support/http.js';
import { tempDir } from '../../support/temp.js';

/**
 * A loopback stand-in for a kubeconform schema catalog: the default layout for built-in kinds
 * (`v1.35.0-standalone-strict/configmap-v1.json`) and the CRD catalog layout
 * (`argoproj.io/rollout_v1alpha1.json`), shaped as those catalogs publish them (nullable types).
 */
const CONFIG_MAP_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    apiVersion: { type: ['string', 'null'] },
    kind: { type: ['string', 'null'], enum: ['ConfigMap'] },
    metadata: { type: 'object' },
    data: { type: ['object', 'null'], additionalProperties: { type: ['string', 'null'] } },
  },
};
const ROLLOUT_SCHEMA = {
  type: 'object',
  properties: {
    kind: { type: ['string', 'null'], enum: ['Rollout'] },
    spec: { type: 'object', properties: { replicas: { type: ['integer', 'null'] } } },
  },
};
const ROUTES: Record<string, unknown> = {
  '/catalog/v1.35.0-standalone-strict/configmap-v1.json': CONFIG_MAP_SCHEMA,
  '/crds/argoproj.io/rollout_v1alpha1.json': ROLLOUT_SCHEMA,
};

const requests: string[] = [];
/** Per path: statuses to answer before the real one (a busy server), or 'hang' for a slow one. */
const trouble = new Map<string, (number | 'hang')[]>();
const server = createServer((request, response) => {
  const url = request.url ?? '';
  requests.push(url);
  const next = trouble.get(url)?.shift();
  if (next === 'hang') return; // never answers: the client's timeout must fire
  if (next !== undefined) {
    response.writeHead(next).end('trouble');
    return;
  }
  const schema = ROUTES[url];
  if (schema === undefined) response.writeHead(404).end('404: Not Found');
  else response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(schema));
});
let base: string;

beforeAll(async () => {
  base = `http://127.0.0.1:${await listenOnLoopback(server)}`;
});
afterAll(async () => {
  await closeServer(server);
});
beforeEach(() => {
  requests.length = 0;
  trouble.clear();
});

const CONFIG_MAP = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: 'b' } };
const ROLLOUT = {
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Rollout',
  metadata: { name: 'r' },
  spec: { replicas: 2 },
};

async function validatorWith(locations: string[], cacheDirectory: string, options = {}) {
  const registry = await SchemaRegistry.create({
    kubernetesVersion: '1.35',
    locations,
    reader: schemaReader({ cacheDirectory, retryDelayMs: 1, timeoutMs: 500, ...options }),
  });
  return new SchemaValidator(registry);
}

describe('HTTP schema locations', () => {
  it('fetches kubeconform layouts over HTTP, a 404 moving on to the next location', async () => {
    const validator = await validatorWith(
      [`${base}/crds/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json`, `${base}/catalog`],
      await tempDir(),
    );
    expect(await validator.validate(CONFIG_MAP)).toMatchObject({
      status: 'valid',
      source: `${base}/catalog/v1.35.0-standalone-strict/configmap-v1.json`,
    });
    expect(await validator.validate({ ...CONFIG_MAP, binaryData: {} })).toMatchObject({
      status: 'invalid',
      findings: [{ message: '(root): unknown field "binaryData"' }],
    });
    expect(await validator.validate(ROLLOUT)).toMatchObject({
      status: 'valid',
      source: `${base}/crds/argoproj.io/rollout_v1alpha1.json`,
    });
    // One request per location and kind, however many objects: the registry remembers.
    expect(requests).toEqual([
      '/crds/v1/configmap_v1.json',
      '/catalog/v1.35.0-standalone-strict/configmap-v1.json',
      '/crds/argoproj.io/rollout_v1alpha1.json',
    ]);
  });

  it('keeps fetched schemas on disk and reads them from there on the next run, offline too', async () => {
    const cache = await tempDir();
    const location = `${base}/crds/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json`;
    await (await validatorWith([location], cache)).validate(ROLLOUT);
    expect(await readdir(cache)).toHaveLength(1);
    requests.length = 0;
    const again = await validatorWith([location], cache, { offline: true });
    expect((await again.validate(ROLLOUT)).status).toBe('valid');
    expect(requests).toEqual([]);
    // Offline, a schema never fetched is simply not there.
    const uncached = await validatorWith([location], await tempDir(), { offline: true });
    expect(await uncached.validate(ROLLOUT)).toMatchObject({ status: 'skipped' });
    expect(requests).toEqual([]);
  });

  it('retries a busy server and a timeout, then uses the answer', async () => {
    trouble.set('/crds/argoproj.io/rollout_v1alpha1.json', [503, 'hang', 429]);
    const validator = await validatorWith(
      [`${base}/crds/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json`],
      await tempDir(),
    );
    expect((await validator.validate(ROLLOUT)).status).toBe('valid');
    expect(requests).toHaveLength(4);
  });

  it('skips the object, naming the location and the error, when the server refuses or keeps failing', async () => {
    trouble.set('/crds/argoproj.io/rollout_v1alpha1.json', [403]);
    trouble.set('/catalog/v1.35.0-standalone-strict/configmap-v1.json', [500, 500, 500, 500]);
    const cache = await tempDir();
    const validator = await validatorWith(
      [`${base}/crds/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json`, `${base}/catalog`],
      cache,
    );
    expect(await validator.validate(ROLLOUT)).toEqual({
      status: 'skipped',
      reason: `no schema for Rollout argoproj.io/v1alpha1: could not read schema ${base}/crds/argoproj.io/rollout_v1alpha1.json: HTTP 403`,
    });
    const configMap = await validator.validate(CONFIG_MAP);
    expect(configMap).toEqual({
      status: 'skipped',
      reason: `no schema for ConfigMap v1: could not read schema ${base}/catalog/v1.35.0-standalone-strict/configmap-v1.json: HTTP 500 after 4 attempts`,
    });
    // A refusal is final; a server error is retried (3 retries), and the 404 before it is not.
    expect(requests.filter((url) => url.startsWith('/crds/argoproj.io'))).toHaveLength(1);
    expect(requests.filter((url) => url.startsWith('/catalog/'))).toHaveLength(4);
    expect(await readdir(cache)).toEqual([]);
  });

  it('is what runValidation uses for a schema location given as a URL', async () => {
    const repo = await tempDir();
    await writeFile(
      path.join(repo, 'config.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\nbinaryData: {}\n',
    );
    const run = await runValidation({
      repoRoot: repo,
      paths: ['config.yaml'],
      kubernetesVersions: ['1.35'],
      schemaLocations: [`${base}/catalog`],
      strict: true,
      cacheDir: path.join(repo, '.cache'),
      severities: {},
      // No upstream OpenAPI on this server: built-in kinds come from the catalog location alone.
      download: { baseUrl: base, retryDelayMs: 1 },
    });
    expect(
      run.report.findings.map((finding) => `${finding.ruleId} ${finding.location.line}: ${finding.message}`),
    ).toContain('schema 5: (root): unknown field "binaryData"');
    expect(await readdir(path.join(repo, '.cache', 'locations'))).toHaveLength(1);
  });
});
