import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type GitHubEmulator,
  startGitHubEmulator,
  VIOLATION_STATUS,
} from '../../support/github-emulator/index.js';
import { loadOpenApiDocument } from '../../support/github-emulator/openapi-document.js';
import { OpenApiValidator } from '../../support/github-emulator/openapi-validator.js';
import { RouteTable } from '../../support/github-emulator/route-table.js';
import { convertSchema } from '../../support/github-emulator/schema-convert.js';

let gh: GitHubEmulator;
let token: string;

beforeEach(async () => {
  gh = await startGitHubEmulator({ owner: 'octo', repo: 'fleet' });
  token = gh.token('pat');
});

afterEach(async () => {
  await gh.close();
});

async function call(method: string, path: string, body?: unknown, auth = `token ${token}`) {
  const response = await fetch(`${gh.url}${path}`, {
    method,
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

describe('OpenAPI checks on requests', () => {
  it('rejects POST pulls with a numeric title, naming the operation and the schema error', async () => {
    gh.commit({ branch: 'feature', files: { 'a.txt': 'a\n' } });
    const response = await call('POST', '/repos/octo/fleet/pulls', {
      title: 42,
      head: 'feature',
      base: 'main',
    });
    expect(response.status).toBe(VIOLATION_STATUS);
    expect(response.body.message).toContain('pulls/create: request body/title must be string');
    expect(gh.violations).toEqual([
      expect.objectContaining({ kind: 'request', operationId: 'pulls/create' }),
    ]);
    expect(() => gh.assertNoViolations()).toThrow(/body\/title must be string/);
    expect(gh.pulls()).toEqual([]);
  });

  it('rejects a request body missing a required field', async () => {
    const response = await call('POST', '/repos/octo/fleet/git/refs', { ref: 'refs/heads/x' });
    expect(response.status).toBe(VIOLATION_STATUS);
    expect(response.body.message).toContain("git/create-ref: request body must have required property 'sha'");
  });

  it('rejects a path parameter of the wrong type', async () => {
    const response = await call('GET', '/repos/octo/fleet/pulls/abc');
    expect(response.body.message).toContain('pulls/get: request path/pull_number must be integer');
  });

  it('rejects an enum violation in the query and an undocumented query parameter', async () => {
    const badState = await call('GET', '/repos/octo/fleet/pulls?state=merged');
    expect(badState.body.message).toContain(
      'pulls/list: request query/state must be equal to one of the allowed values',
    );
    const typo = await call('GET', '/repos/octo/fleet/pulls?heads=octo:x');
    expect(typo.body.message).toContain('"additionalProperty":"heads"');
    expect(gh.violations).toHaveLength(2);
  });

  it('reports a route that no operation documents', async () => {
    const response = await call('GET', '/repos/octo/fleet/pullz');
    expect(response.status).toBe(VIOLATION_STATUS);
    expect(gh.violations).toEqual([
      expect.objectContaining({
        kind: 'route',
        message: expect.stringContaining('GET /repos/octo/fleet/pullz'),
      }),
    ]);
  });

  it('reports a documented operation the emulator does not emulate instead of guessing', async () => {
    const response = await call('GET', '/repos/octo/fleet/releases');
    expect(response.status).toBe(VIOLATION_STATUS);
    expect(gh.violations[0]).toMatchObject({ kind: 'not-emulated', operationId: 'repos/list-releases' });
  });

  it('answers 401 with the basic-error shape for a missing or unknown token', async () => {
    const unknown = await call('GET', '/repos/octo/fleet/pulls', undefined, 'token ghp_unknown');
    expect(unknown).toMatchObject({ status: 401, body: { message: 'Bad credentials', status: '401' } });
    const missing = await call('GET', '/repos/octo/fleet/pulls', undefined, '');
    expect(missing).toMatchObject({ status: 401, body: { message: 'Requires authentication' } });
    const bearer = await call('GET', '/repos/octo/fleet/pulls', undefined, `Bearer ${token}`);
    expect(bearer.status).toBe(200);
    gh.assertNoViolations();
  });

  it('answers 404 for another repository', async () => {
    const response = await call('GET', '/repos/octo/elsewhere/pulls/1');
    expect(response).toMatchObject({ status: 404, body: { message: 'Not Found' } });
    gh.assertNoViolations();
  });

  it('logs every request with its operation and status', async () => {
    await call('GET', '/repos/octo/fleet/git/ref/heads/main');
    await call('GET', '/repos/octo/fleet/git/ref/heads/missing');
    expect(gh.requests).toEqual([
      {
        method: 'GET',
        path: '/repos/octo/fleet/git/ref/heads/main',
        operationId: 'git/get-ref',
        status: 200,
      },
      {
        method: 'GET',
        path: '/repos/octo/fleet/git/ref/heads/missing',
        operationId: 'git/get-ref',
        status: 404,
      },
    ]);
  });

  it('reports unknown GraphQL fields as violations', async () => {
    const response = await call('POST', '/graphql', {
      query: '{ repository(owner: "octo", name: "fleet") { stars } }',
    });
    expect(response.status).toBe(200);
    expect(response.body.errors[0].message).toBe("Field 'stars' doesn't exist on type 'Repository'");
    expect(gh.violations[0]).toMatchObject({ kind: 'graphql' });
  });
});

describe('OpenAPI checks on responses', () => {
  async function checkers() {
    const document = await loadOpenApiDocument();
    return { routes: new RouteTable(document), validator: new OpenApiValidator(document) };
  }

  it('rejects a pull request response that lacks a required field', async () => {
    const { routes, validator } = await checkers();
    const route = routes.match('GET', '/repos/o/r/pulls/1')?.route;
    if (route === undefined) throw new Error('pulls/get is not in the description');
    expect(validator.checkResponse(route, 200, { number: 1 })).toMatch(
      /^response must have required property/,
    );
  });

  it('rejects a status the operation does not document', async () => {
    const { routes, validator } = await checkers();
    const route = routes.match('POST', '/repos/o/r/issues/1/assignees')?.route;
    if (route === undefined) throw new Error('issues/add-assignees is not in the description');
    expect(validator.checkResponse(route, 422, { message: 'x', documentation_url: 'y' })).toBe(
      'status 422 is not documented (documented: 201)',
    );
  });

  it('accepts null only where the description says nullable', async () => {
    const { routes, validator } = await checkers();
    const route = routes.match('GET', '/repos/o/r/issues/1/labels')?.route;
    if (route === undefined) throw new Error('issues/list-labels-on-issue is not in the description');
    const label = {
      id: 1,
      node_id: 'LA_x',
      url: 'https://api.github.com/repos/o/r/labels/n',
      name: 'n',
      color: 'ededed',
      default: false,
    };
    expect(validator.checkResponse(route, 200, [{ ...label, description: null }])).toBeUndefined();
    expect(validator.checkResponse(route, 200, [{ ...label, description: 'd', color: null }])).toBe(
      'response/0/color must be string',
    );
  });
});

describe('OpenAPI 3.0 to JSON Schema conversion', () => {
  it('turns nullable into a null type, wraps type-less nullable schemas and rewrites component refs', () => {
    const { schema, references } = convertSchema({
      type: 'object',
      example: { a: 1 },
      properties: {
        a: { type: 'string', nullable: true, enum: ['x'] },
        b: { allOf: [{ $ref: '#/components/schemas/simple-user' }], nullable: true },
      },
    });
    expect(schema).toEqual({
      type: 'object',
      properties: {
        a: { type: ['string', 'null'], enum: ['x', null] },
        b: {
          anyOf: [
            { allOf: [{ $ref: 'https://github-emulator.invalid/components/schemas/simple-user' }] },
            { type: 'null' },
          ],
        },
      },
    });
    expect([...references]).toEqual(['simple-user']);
  });
});

describe('emulator lifecycle', () => {
  it('closes kept-alive connections on close() so no server outlives the test', async () => {
    const emulator = await startGitHubEmulator({ owner: 'octo', repo: 'other' });
    const auth = { authorization: `token ${emulator.token('pat')}` };
    const first = await fetch(`${emulator.url}/repos/octo/other/pulls`, { headers: auth });
    expect(first.headers.get('connection')).toBe('keep-alive');
    await first.text();
    // server.close() only calls back once every connection is gone, keep-alive ones included.
    await emulator.close();
    await expect(fetch(`${emulator.url}/repos/octo/other/pulls`, { headers: auth })).rejects.toThrow();
  });
});
