import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubLog } from '../../../src/github/client.js';
import { type GitHubEmulator, startGitHubEmulator } from '../../support/github-emulator/index.js';

let gh: GitHubEmulator;
let warnings: string[];
let log: GitHubLog;

beforeEach(async () => {
  gh = await startGitHubEmulator({ owner: 'acme', repo: 'fleet' });
  warnings = [];
  log = { debug: () => {}, info: () => {}, warn: (message) => warnings.push(message), error: () => {} };
});

afterEach(async () => {
  gh.assertNoViolations();
  await gh.close();
});

describe('createGitHubClient', () => {
  it('talks to the API at baseUrl, as on GitHub Enterprise Server, and sends our user agent', async () => {
    gh.commit({ branch: 'promote/staging-to-production', files: { 'apps/shop.yaml': 'tag: 1.4.2\n' } });
    const client = createGitHubClient({ token: gh.token('app'), baseUrl: gh.url, log });
    const created = await client.rest.pulls.create({
      owner: 'acme',
      repo: 'fleet',
      head: 'promote/staging-to-production',
      base: 'main',
      title: 'Promote staging → production',
    });
    const found = await client.rest.pulls.list({
      owner: 'acme',
      repo: 'fleet',
      head: 'acme:promote/staging-to-production',
    });
    expect(found.data.map((pull) => pull.number)).toEqual([created.data.number]);
  });

  it('waits out a secondary rate limit and retries, saying so in the log', async () => {
    gh.commit({ branch: 'feature', files: { 'a.yaml': 'a: 1\n' } });
    const client = createGitHubClient({ token: gh.token('pat'), baseUrl: gh.url, log });
    gh.armSecondaryRateLimit({ count: 1, retryAfterSeconds: 1, match: { operationId: 'pulls/create' } });
    const created = await client.rest.pulls.create({
      owner: 'acme',
      repo: 'fleet',
      head: 'feature',
      base: 'main',
      title: 't',
    });
    expect(created.status).toBe(201);
    expect(warnings).toEqual([
      expect.stringMatching(/^GitHub secondary rate limit on POST .*\/pulls: retrying in 1 s$/),
    ]);
    expect(gh.pulls()).toHaveLength(1);
  });

  it('gives up after the configured number of rate-limit retries', async () => {
    gh.commit({ branch: 'feature', files: { 'a.yaml': 'a: 1\n' } });
    const client = createGitHubClient({ token: gh.token('pat'), baseUrl: gh.url, log, rateLimitRetries: 1 });
    gh.armSecondaryRateLimit({ count: 5, retryAfterSeconds: 1, match: { operationId: 'pulls/create' } });
    await expect(
      client.rest.pulls.create({ owner: 'acme', repo: 'fleet', head: 'feature', base: 'main', title: 't' }),
    ).rejects.toMatchObject({ status: 403 });
    expect(warnings.at(-1)).toMatch(/giving up after 1 retries$/);
    expect(gh.pulls()).toHaveLength(0);
  });

  it('sends GraphQL to the endpoint that matches baseUrl', async () => {
    const client = createGitHubClient({ token: gh.token('app'), baseUrl: gh.url, log });
    const result = await client.graphql<{ repository: { name: string } }>(
      'query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { name } }',
      { owner: 'acme', name: 'fleet' },
    );
    expect(result.repository.name).toBe('fleet');
  });
});
