import { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../../src/github/client.js';
import { deleteStickyComment, upsertStickyComment } from '../../../src/github/sticky-comment.js';
import {
  type GitHubEmulator,
  startGitHubEmulator,
  type TokenKind,
} from '../../support/github-emulator/index.js';

const MARKER = '<!-- gitops-actions:check -->';
const log = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

let gh: GitHubEmulator;
let pull: number;

function client(kind: TokenKind = 'github-actions', options: { readOnly?: boolean } = {}): GitHubClient {
  return createGitHubClient({ token: gh.token(kind, options), baseUrl: gh.url, log, retries: 0 });
}

/**
 * Other people's comments, posted without the throttling plugin: it spaces writes a second apart,
 * which is right for the code under test and needless for setting the scene.
 */
function person(): Octokit {
  return new Octokit({ auth: gh.token('pat'), baseUrl: gh.url });
}

const target = () => ({ owner: 'acme', repo: 'fleet', issueNumber: pull, marker: MARKER });
const writes = () =>
  gh.requests.filter((r) => r.operationId?.startsWith('issues/') && r.operationId !== 'issues/list-comments');

beforeEach(async () => {
  gh = await startGitHubEmulator({ owner: 'acme', repo: 'fleet' });
  gh.commit({ branch: 'feature', files: { 'apps/web.yaml': 'replicas: 3\n' } });
  const created = await person().rest.pulls.create({
    owner: 'acme',
    repo: 'fleet',
    head: 'feature',
    base: 'main',
    title: 'Scale web',
  });
  pull = created.data.number;
});

afterEach(async () => {
  gh.assertNoViolations();
  await gh.close();
});

describe('upsertStickyComment', () => {
  it('creates the comment once, with the marker first, and returns its page', async () => {
    const result = await upsertStickyComment(client(), { ...target(), body: 'Diff v1' });
    expect(result.action).toBe('created');
    const [comment] = gh.comments(pull);
    expect(comment).toMatchObject({ body: `${MARKER}\nDiff v1`, author: 'github-actions[bot]' });
    expect(result.url).toMatch(new RegExp(`/pull/${pull}#issuecomment-${comment?.id}$`));
  });

  it('updates the comment in place on the next call', async () => {
    const gitHub = client();
    await upsertStickyComment(gitHub, { ...target(), body: `${MARKER}\nDiff v1` });
    const result = await upsertStickyComment(gitHub, { ...target(), body: `${MARKER}\nDiff v2` });
    expect(result.action).toBe('updated');
    expect(gh.comments(pull).map((c) => c.body)).toEqual([`${MARKER}\nDiff v2`]);
  });

  it('skips the API call when the body is what the comment already says', async () => {
    const gitHub = client();
    await upsertStickyComment(gitHub, { ...target(), body: 'Same' });
    const before = writes().length;
    const result = await upsertStickyComment(gitHub, { ...target(), body: 'Same' });
    expect(result.action).toBe('unchanged');
    expect(result.url).toBeDefined();
    expect(writes()).toHaveLength(before);
  });

  it('leaves one comment after many runs, and other comments untouched', async () => {
    await client('pat').rest.issues.createComment({
      owner: 'acme',
      repo: 'fleet',
      issue_number: pull,
      body: 'LGTM',
    });
    const gitHub = client();
    const actions: string[] = [];
    for (const body of ['a', 'b', 'b', 'c', 'a']) {
      actions.push((await upsertStickyComment(gitHub, { ...target(), body })).action);
    }
    expect(actions).toEqual(['created', 'updated', 'unchanged', 'updated', 'updated']);
    expect(gh.comments(pull).map((c) => c.body)).toEqual(['LGTM', `${MARKER}\na`]);
  });

  it('finds its comment beyond the first page of comments', async () => {
    const gitHub = client();
    await upsertStickyComment(gitHub, { ...target(), body: 'first' });
    const someone = person();
    for (let i = 0; i < 105; i++) {
      await someone.rest.issues.createComment({
        owner: 'acme',
        repo: 'fleet',
        issue_number: pull,
        body: `note ${i}`,
      });
    }
    // Pushed to the second page by newer comments; GitHub lists oldest first, 100 a page.
    const result = await upsertStickyComment(gitHub, { ...target(), body: 'second' });
    expect(result.action).toBe('updated');
    expect(gh.comments(pull).filter((c) => c.body.startsWith(MARKER))).toHaveLength(1);
  });

  it("prefers the bot's comment to a person's that starts with the marker, and ignores one quoting it", async () => {
    const someone = person();
    const post = (body: string) =>
      someone.rest.issues.createComment({ owner: 'acme', repo: 'fleet', issue_number: pull, body });
    await post(`${MARKER}\ncopied by hand`);
    await post(`As the bot said:\n> ${MARKER}`);
    const bot = client('app');
    const first = await upsertStickyComment(bot, { ...target(), body: 'from the bot' });
    // No bot comment yet: the person's marked comment is the one found, and this token may edit it.
    expect(first.action).toBe('updated');
    await post(`${MARKER}\nanother copy`);
    await bot.rest.issues.createComment({
      owner: 'acme',
      repo: 'fleet',
      issue_number: pull,
      body: `${MARKER}\nbot`,
    });
    const result = await upsertStickyComment(bot, { ...target(), body: 'bot, updated' });
    expect(result.action).toBe('updated');
    expect(gh.comments(pull).map((c) => [c.author, c.body])).toEqual([
      ['monalisa', `${MARKER}\nfrom the bot`],
      ['monalisa', `As the bot said:\n> ${MARKER}`],
      ['monalisa', `${MARKER}\nanother copy`],
      ['gitops-actions-app[bot]', `${MARKER}\nbot, updated`],
    ]);
  });

  it('cuts a body over 65,536 characters with a note', async () => {
    await upsertStickyComment(client(), { ...target(), body: 'x'.repeat(70_000) });
    const [comment] = gh.comments(pull);
    expect(comment?.body.length).toBeLessThanOrEqual(65_536);
    expect(comment?.body).toMatch(/cut to fit GitHub's 65,536-character limit/);
  });
});

describe('when there is nothing to report', () => {
  it('updates an existing comment, but creates none, by default', async () => {
    const gitHub = client();
    const none = await upsertStickyComment(gitHub, { ...target(), body: 'No changes', empty: true });
    expect(none.action).toBe('unchanged');
    expect(gh.comments(pull)).toEqual([]);
    await upsertStickyComment(gitHub, { ...target(), body: 'Diff' });
    const updated = await upsertStickyComment(gitHub, { ...target(), body: 'No changes', empty: true });
    expect(updated.action).toBe('updated');
    expect(gh.comments(pull).map((c) => c.body)).toEqual([`${MARKER}\nNo changes`]);
  });

  it('deletes the comment with whenEmpty: delete, and then has nothing to delete', async () => {
    const gitHub = client();
    await upsertStickyComment(gitHub, { ...target(), body: 'Diff' });
    const spec = { ...target(), body: 'No changes', empty: true, whenEmpty: 'delete' as const };
    expect((await upsertStickyComment(gitHub, spec)).action).toBe('deleted');
    expect(gh.comments(pull)).toEqual([]);
    expect((await upsertStickyComment(gitHub, spec)).action).toBe('unchanged');
  });

  it('deleteStickyComment removes the comment', async () => {
    const gitHub = client();
    await upsertStickyComment(gitHub, { ...target(), body: 'Diff' });
    expect(await deleteStickyComment(gitHub, target())).toEqual({ action: 'deleted' });
    expect(gh.comments(pull)).toEqual([]);
  });
});

describe('with a read-only token (a pull request from a fork)', () => {
  it('answers forbidden instead of throwing when it cannot create the comment', async () => {
    const result = await upsertStickyComment(client('github-actions', { readOnly: true }), {
      ...target(),
      body: 'Diff',
    });
    expect(result).toEqual({ action: 'forbidden' });
    expect(gh.comments(pull)).toEqual([]);
    expect(gh.requests.at(-1)).toMatchObject({ operationId: 'issues/create-comment', status: 403 });
  });

  it('answers forbidden when it cannot update or delete an existing comment', async () => {
    await upsertStickyComment(client(), { ...target(), body: 'Diff v1' });
    const readOnly = client('github-actions', { readOnly: true });
    expect(await upsertStickyComment(readOnly, { ...target(), body: 'Diff v2' })).toEqual({
      action: 'forbidden',
    });
    expect(await deleteStickyComment(readOnly, target())).toEqual({ action: 'forbidden' });
    expect(gh.comments(pull).map((c) => c.body)).toEqual([`${MARKER}\nDiff v1`]);
  });

  it('still throws for other failures', async () => {
    await expect(
      upsertStickyComment(client(), { ...target(), issueNumber: 999, body: 'Diff' }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
