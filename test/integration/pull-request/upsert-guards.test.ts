import { afterEach, describe, expect, it } from 'vitest';
import { GitopsError } from '../../../src/core/errors.js';
import { NoCommitsBetweenError, upsertPullRequest } from '../../../src/github/pull-request.js';
import { BODY_LIMIT, TRUNCATION_NOTE } from '../../../src/github/pull-request-body.js';
import {
  type PromotionRepo,
  personClient as person,
  ROUTE,
  requestsSince,
  seedRouteBranch as seedBranch,
  pullSpec as spec,
  startPromotionRepo,
} from './promotion-repo.js';

let repo: PromotionRepo | undefined;

afterEach(async () => {
  await repo?.gh.close();
  repo = undefined;
});

describe('upsertPullRequest guards', () => {
  it('enables auto-merge pinned to the head sha, once', async () => {
    repo = await startPromotionRepo();
    const head = seedBranch(repo);
    await upsertPullRequest(repo.client, spec(head, { autoMerge: 'squash' }));
    expect(repo.gh.pulls()).toMatchObject([{ headSha: head, autoMerge: { mergeMethod: 'squash' } }]);
    const from = repo.gh.requests.length;
    await upsertPullRequest(repo.client, spec(head, { autoMerge: 'squash', branchChanged: false }));
    expect(requestsSince(repo.gh, from)).toEqual(['GET pulls/list']);
    repo.gh.assertNoViolations();
  });

  it('does not enable auto-merge when the branch has moved past the head this run vouches for', async () => {
    repo = await startPromotionRepo();
    const old = seedBranch(repo);
    await upsertPullRequest(repo.client, spec(old));
    seedBranch(repo, '1.5.0');
    const stale = upsertPullRequest(repo.client, spec(old, { autoMerge: 'merge' }));
    await expect(stale).rejects.toBeInstanceOf(GitopsError);
    await expect(stale).rejects.toThrow(
      /auto-merge was not enabled on pull request #1: Head branch was modified/,
    );
    expect(repo.gh.pulls()[0]?.autoMerge).toBeNull();
    repo.gh.assertNoViolations();
  });

  it('cuts a body over 65,536 characters with a note, and does not rewrite it on the next run', async () => {
    repo = await startPromotionRepo();
    const head = seedBranch(repo);
    const body = `${'| app | 1.4.2 |\n'.repeat(5000)}`;
    await upsertPullRequest(repo.client, spec(head, { body }));
    const stored = repo.gh.pulls()[0]?.body ?? '';
    expect(stored).toHaveLength(BODY_LIMIT);
    expect(stored.endsWith(TRUNCATION_NOTE)).toBe(true);
    expect(body.startsWith(stored.slice(0, -TRUNCATION_NOTE.length))).toBe(true);

    const from = repo.gh.requests.length;
    await upsertPullRequest(repo.client, spec(head, { body, branchChanged: false }));
    expect(requestsSince(repo.gh, from)).toEqual(['GET pulls/list']);
    repo.gh.assertNoViolations();
  });

  it('says which setting to turn on when GITHUB_TOKEN may not create pull requests', async () => {
    repo = await startPromotionRepo({ token: 'github-actions', allowActionsToCreatePullRequests: false });
    const attempt = upsertPullRequest(repo.client, spec(seedBranch(repo)));
    await expect(attempt).rejects.toBeInstanceOf(GitopsError);
    await expect(attempt).rejects.toThrow(
      'Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests"',
    );
    await expect(attempt).rejects.toThrow(/GitHub App installation token or a personal access token \(PAT\)/);
    expect(repo.gh.pulls()).toEqual([]);
    repo.gh.assertNoViolations();
  });

  it('reports "No commits between" as a change with no diff', async () => {
    repo = await startPromotionRepo();
    const main = await repo.originSha('main');
    await person(repo).rest.git.createRef({
      owner: ROUTE.owner,
      repo: ROUTE.repo,
      ref: `refs/heads/${ROUTE.branch}`,
      sha: main,
    });
    const attempt = upsertPullRequest(repo.client, spec(main));
    await expect(attempt).rejects.toBeInstanceOf(NoCommitsBetweenError);
    expect(repo.gh.pulls()).toEqual([]);
    repo.gh.assertNoViolations();
  });
});
