import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type GitHubEmulator,
  startGitHubEmulator,
  type TokenKind,
} from '../../support/github-emulator/index.js';

let gh: GitHubEmulator | undefined;

afterEach(async () => {
  gh?.assertNoViolations();
  await gh?.close();
  gh = undefined;
});

async function start(options: { allowActionsToCreatePullRequests?: boolean } = {}): Promise<GitHubEmulator> {
  gh = await startGitHubEmulator({ owner: 'octo', repo: 'fleet', ...options });
  return gh;
}

// biome-ignore lint/suspicious/noExplicitAny: the tests read GitHub's JSON loosely, field by field.
type Json = any;

function client(emulator: GitHubEmulator, kind: TokenKind = 'app') {
  const token = emulator.token(kind);
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${emulator.url}${path}`, {
      method,
      headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as Json };
  };
}

describe('pull request creation quirks', () => {
  it('answers 422 "A pull request already exists for owner:branch." for a second open PR on the same head and base', async () => {
    const emulator = await start();
    emulator.commit({ branch: 'promote/prod', files: { 'a.txt': 'a\n' } });
    const api = client(emulator);
    const first = await api('POST', '/repos/octo/fleet/pulls', {
      title: 't',
      head: 'promote/prod',
      base: 'main',
    });
    expect(first.status).toBe(201);
    const second = await api('POST', '/repos/octo/fleet/pulls', {
      title: 't',
      head: 'octo:promote/prod',
      base: 'main',
    });
    expect(second.status).toBe(422);
    expect(second.body.message).toBe('Validation Failed');
    expect(second.body.errors[0].message).toBe('A pull request already exists for octo:promote/prod.');
  });

  it('opens a new pull request once the previous one for the branch is closed', async () => {
    const emulator = await start();
    emulator.commit({ branch: 'promote/prod', files: { 'a.txt': 'a\n' } });
    const api = client(emulator);
    await api('POST', '/repos/octo/fleet/pulls', { title: 't', head: 'promote/prod', base: 'main' });
    await api('PATCH', '/repos/octo/fleet/pulls/1', { state: 'closed' });
    const again = await api('POST', '/repos/octo/fleet/pulls', {
      title: 't',
      head: 'promote/prod',
      base: 'main',
    });
    expect([again.status, again.body.number]).toEqual([201, 2]);
  });

  it('answers 422 "No commits between" when head and base point at the same commit', async () => {
    const emulator = await start();
    const api = client(emulator);
    const main = emulator.refs()['refs/heads/main'];
    await api('POST', '/repos/octo/fleet/git/refs', { ref: 'refs/heads/empty', sha: main });
    const response = await api('POST', '/repos/octo/fleet/pulls', {
      title: 't',
      head: 'empty',
      base: 'main',
    });
    expect(response.status).toBe(422);
    expect(response.body.errors[0].message).toBe('No commits between main and empty');
  });

  it('answers 422 "No commits between" when the head is an ancestor of the base', async () => {
    const emulator = await start();
    const api = client(emulator);
    const old = emulator.refs()['refs/heads/main'];
    emulator.commit({ branch: 'main', files: { 'b.txt': 'b\n' } });
    await api('POST', '/repos/octo/fleet/git/refs', { ref: 'refs/heads/stale', sha: old });
    const response = await api('POST', '/repos/octo/fleet/pulls', {
      title: 't',
      head: 'stale',
      base: 'main',
    });
    expect(response.body.errors[0].message).toBe('No commits between main and stale');
  });

  it('refuses GITHUB_TOKEN with 403 when Actions may not create pull requests, and lets a PAT through', async () => {
    const emulator = await start({ allowActionsToCreatePullRequests: false });
    emulator.commit({ branch: 'promote/prod', files: { 'a.txt': 'a\n' } });
    const request = { title: 't', head: 'promote/prod', base: 'main' };
    const denied = await client(emulator, 'github-actions')('POST', '/repos/octo/fleet/pulls', request);
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe('GitHub Actions is not permitted to create or approve pull requests.');
    const allowed = await client(emulator, 'pat')('POST', '/repos/octo/fleet/pulls', request);
    expect([allowed.status, allowed.body.user.login]).toEqual([201, 'monalisa']);
  });
});

describe('the head filter of GET pulls', () => {
  it('filters by owner:branch but ignores a bare branch name and returns every open PR to the base', async () => {
    const emulator = await start();
    const api = client(emulator);
    for (const branch of ['promote/a', 'promote/b']) {
      emulator.commit({ branch, files: { [`${branch}.txt`]: 'x\n' } });
      await api('POST', '/repos/octo/fleet/pulls', { title: branch, head: branch, base: 'main' });
    }
    const qualified = await api('GET', '/repos/octo/fleet/pulls?state=open&base=main&head=octo:promote/b');
    expect(qualified.body.map((pull: { head: { ref: string } }) => pull.head.ref)).toEqual(['promote/b']);
    const bare = await api('GET', '/repos/octo/fleet/pulls?state=open&base=main&head=promote/b');
    expect(bare.body.map((pull: { head: { ref: string } }) => pull.head.ref)).toEqual([
      'promote/b',
      'promote/a',
    ]);
    const otherOwner = await api('GET', '/repos/octo/fleet/pulls?head=someone:promote/b');
    expect(otherOwner.body).toEqual([]);
  });
});

describe('secondary rate limits', () => {
  it('answers the armed number of matching requests with 403, retry-after and the secondary-limit message', async () => {
    const emulator = await start();
    const api = client(emulator);
    emulator.armSecondaryRateLimit({ count: 1, retryAfterSeconds: 7, match: { operationId: 'pulls/list' } });
    const unmatched = await api('GET', '/repos/octo/fleet/git/ref/heads/main');
    expect(unmatched.status).toBe(200);
    const limited = await api('GET', '/repos/octo/fleet/pulls');
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([403, '7']);
    expect(limited.body.message).toMatch(/^You have exceeded a secondary rate limit/);
    expect((await api('GET', '/repos/octo/fleet/pulls')).status).toBe(200);
  });

  it('is obeyed by @octokit/plugin-throttling, which waits retry-after and retries', async () => {
    const emulator = await start();
    const ThrottledOctokit = Octokit.plugin(throttling, retry);
    const waits: number[] = [];
    const octokit = new ThrottledOctokit({
      auth: emulator.token('github-actions'),
      baseUrl: emulator.url,
      throttle: {
        onRateLimit: () => false,
        onSecondaryRateLimit: (
          retryAfter: number,
          _options: unknown,
          _octokit: unknown,
          retryCount: number,
        ) => {
          waits.push(retryAfter);
          return retryCount < 2;
        },
      },
    });
    emulator.armSecondaryRateLimit({ count: 1, retryAfterSeconds: 1, match: { operationId: 'pulls/list' } });
    const { data } = await octokit.rest.pulls.list({ owner: 'octo', repo: 'fleet' });
    expect(data).toEqual([]);
    expect(waits).toEqual([1]);
    expect(emulator.requests.map((entry) => entry.status)).toEqual([403, 200]);
  });
});

describe('eventual consistency right after creating a pull request', () => {
  it('answers 422 "Could not resolve to a node" to the armed number of label calls, then succeeds', async () => {
    const emulator = await start();
    emulator.commit({ branch: 'promote/prod', files: { 'a.txt': 'a\n' } });
    const api = client(emulator);
    const pull = await api('POST', '/repos/octo/fleet/pulls', {
      title: 't',
      head: 'promote/prod',
      base: 'main',
    });
    emulator.armUnresolvedNode({ count: 2 });
    const attempts = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      attempts.push(await api('POST', '/repos/octo/fleet/issues/1/labels', { labels: ['promotion'] }));
    }
    expect(attempts.map((attempt) => attempt.status)).toEqual([422, 422, 200]);
    expect(attempts[0]?.body.errors[0].message).toBe(
      `Could not resolve to a node with the global id of '${pull.body.node_id}'.`,
    );
    expect(emulator.labels(1)).toEqual(['promotion']);
  });

  it('applies to reviewer requests too, and refuses to arm an operation that documents no 422', async () => {
    const emulator = await start();
    emulator.commit({ branch: 'promote/prod', files: { 'a.txt': 'a\n' } });
    const api = client(emulator);
    await api('POST', '/repos/octo/fleet/pulls', { title: 't', head: 'promote/prod', base: 'main' });
    emulator.armUnresolvedNode({ count: 1, operationIds: ['pulls/request-reviewers'] });
    const first = await api('POST', '/repos/octo/fleet/pulls/1/requested_reviewers', {
      reviewers: ['alice'],
    });
    const second = await api('POST', '/repos/octo/fleet/pulls/1/requested_reviewers', {
      reviewers: ['alice'],
    });
    expect([first.status, second.status]).toEqual([422, 201]);
    expect(() => emulator.armUnresolvedNode({ count: 1, operationIds: ['issues/add-assignees'] })).toThrow(
      'issues/add-assignees documents no 422',
    );
  });
});

describe('auto-merge pinned to the head commit', () => {
  it('refuses enablePullRequestAutoMerge when expectedHeadOid is not the current head', async () => {
    const emulator = await start();
    const pushed = emulator.commit({ branch: 'promote/prod', files: { 'a.txt': 'a\n' } });
    const octokit = new Octokit({ auth: emulator.token('app'), baseUrl: emulator.url });
    const { data: pull } = await octokit.rest.pulls.create({
      owner: 'octo',
      repo: 'fleet',
      title: 't',
      head: 'promote/prod',
      base: 'main',
    });
    emulator.commit({ branch: 'promote/prod', files: { 'a.txt': 'moved\n' } });
    const mutation = `mutation($id: ID!, $oid: GitObjectID!) {
      enablePullRequestAutoMerge(input: {pullRequestId: $id, expectedHeadOid: $oid}) { clientMutationId }
    }`;
    const error = await octokit
      .graphql(mutation, { id: pull.node_id, oid: pushed })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toContain('Head branch was modified');
    expect(emulator.pulls()[0]?.autoMerge).toBeNull();
  });

  it('reports an unknown pull request node id as NOT_FOUND', async () => {
    const emulator = await start();
    const octokit = new Octokit({ auth: emulator.token('app'), baseUrl: emulator.url });
    const error = await octokit
      .graphql(
        'mutation { enablePullRequestAutoMerge(input: {pullRequestId: "PR_nope"}) { clientMutationId } }',
      )
      .then(
        () => undefined,
        (caught: unknown) => caught as { errors?: { type: string; message: string }[] },
      );
    expect(error?.errors?.[0]).toMatchObject({
      type: 'NOT_FOUND',
      message: "Could not resolve to a node with the global id of 'PR_nope'",
    });
  });
});

describe('read-only tokens', () => {
  async function send(emulator: GitHubEmulator, token: string, method: string, path: string, body?: unknown) {
    const response = await fetch(`${emulator.url}${path}`, {
      method,
      headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Json };
  }

  it('lets a read-only GITHUB_TOKEN read but answers writes 403 "Resource not accessible by integration"', async () => {
    const emulator = await start();
    emulator.commit({ branch: 'feature', files: { 'a.txt': 'a\n' } });
    const writer = emulator.token('pat');
    await send(emulator, writer, 'POST', '/repos/octo/fleet/pulls', {
      title: 't',
      head: 'feature',
      base: 'main',
    });
    const readOnly = emulator.token('github-actions', { readOnly: true });
    const list = await send(emulator, readOnly, 'GET', '/repos/octo/fleet/issues/1/comments');
    expect(list.status).toBe(200);
    const write = await send(emulator, readOnly, 'POST', '/repos/octo/fleet/issues/1/comments', {
      body: 'x',
    });
    expect(write.status).toBe(403);
    expect(write.body.message).toBe('Resource not accessible by integration');
    expect(emulator.comments()).toEqual([]);
  });

  it('names a personal access token in the 403, and refuses GraphQL mutations too', async () => {
    const emulator = await start();
    const readOnly = emulator.token('pat', { readOnly: true });
    const write = await send(emulator, readOnly, 'POST', '/repos/octo/fleet/git/refs', {
      ref: 'refs/heads/x',
      sha: emulator.refs()['refs/heads/main'],
    });
    expect(write.body.message).toBe('Resource not accessible by personal access token');
    const mutation = await send(emulator, readOnly, 'POST', '/graphql', {
      query: 'mutation { enablePullRequestAutoMerge(input: {pullRequestId: "x"}) { clientMutationId } }',
    });
    expect(mutation.status).toBe(200);
    expect(mutation.body.errors).toEqual([
      { type: 'FORBIDDEN', message: 'Resource not accessible by personal access token' },
    ]);
  });
});
