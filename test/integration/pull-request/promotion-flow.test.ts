import { afterEach, describe, expect, it } from 'vitest';
import type { Edit } from '../../../src/core/edits/edit.js';
import { type BranchUpdate, updateBranch } from '../../../src/git/branch-update.js';
import {
  closePullRequest,
  type PullRequestResult,
  upsertPullRequest,
} from '../../../src/github/pull-request.js';
import { type PromotionRepo, ROUTE, requestsSince, startPromotionRepo } from './promotion-repo.js';

let repo: PromotionRepo | undefined;

afterEach(async () => {
  await repo?.gh.close();
  repo = undefined;
});

const TITLE = 'Promote staging to production';
const CLOSE_REASON = 'Production already runs what staging runs: nothing left to promote.';

/** One promote run as the action does it: branch with git, then the pull request through the API. */
async function promote(
  r: PromotionRepo,
  edits: readonly Edit[],
  text: { title?: string; body?: string } = {},
): Promise<{ branch: BranchUpdate; pull: PullRequestResult | 'closed' | 'none'; requests: string[] }> {
  const branch = await updateBranch({
    git: r.work,
    base: 'main',
    branch: ROUTE.branch,
    edits,
    message: TITLE,
  });
  await r.sync(ROUTE.branch);
  // What the pull-request step sent, without the test's copying of git objects into the emulator.
  const from = r.gh.requests.length;
  if (branch.result === 'no-diff') {
    const pull = await closePullRequest(r.client, { ...ROUTE, comment: CLOSE_REASON });
    return { branch, pull, requests: requestsSince(r.gh, from) };
  }
  const pull = await upsertPullRequest(r.client, {
    ...ROUTE,
    title: text.title ?? TITLE,
    body: text.body ?? 'Promotes shop 1.4.2',
    labels: ['promotion'],
    headSha: branch.headSha,
    branchChanged: branch.result !== 'none',
  });
  return { branch, pull, requests: requestsSince(r.gh, from) };
}

describe('promotion pull request over a real git remote', () => {
  it('opens the pull request on the first run and pushes and writes nothing on a second run with no change', async () => {
    repo = await startPromotionRepo();
    const edits = [await repo.edit('apps/production/values.yaml', 'tag: 1.4.0', 'tag: 1.4.2')];

    const first = await promote(repo, edits);
    expect(first.branch.result).toBe('created');
    expect(first.pull).toMatchObject({
      operation: 'created',
      number: 1,
      url: expect.stringMatching(/\/pull\/1$/),
    });
    expect(await repo.originSha(ROUTE.branch)).toBe(first.branch.headSha);
    expect(await repo.origin.show(ROUTE.branch, 'apps/production/values.yaml')).toBe(
      'image:\n  tag: 1.4.2\nreplicas: 3\n',
    );
    expect(repo.gh.pulls()).toMatchObject([
      { number: 1, state: 'open', head: ROUTE.branch, headSha: first.branch.headSha, labels: ['promotion'] },
    ]);

    const writesBefore = repo.gh.requests.filter((request) => request.method !== 'GET').length;
    const second = await promote(repo, edits);
    expect(second.branch).toEqual({ ...first.branch, result: 'none' });
    expect(second.pull).toEqual({ ...(first.pull as PullRequestResult), operation: 'none' });
    expect(await repo.originSha(ROUTE.branch)).toBe(first.branch.headSha);
    // One lookup, and no POST or PATCH of any kind.
    expect(second.requests).toEqual(['GET pulls/list']);
    // Nor did the branch move: copying it into the emulator had nothing to write either.
    expect(repo.gh.requests.filter((request) => request.method !== 'GET')).toHaveLength(writesBefore);
    repo.gh.assertNoViolations();
  });

  it('rebuilds a new change on the current base and reports it as an update of the same pull request', async () => {
    repo = await startPromotionRepo();
    const first = await promote(repo, [
      await repo.edit('apps/production/values.yaml', 'tag: 1.4.0', 'tag: 1.4.2'),
    ]);
    const movedBase = await repo.commitOnMain({ 'README.md': '# fleet, the platform team\n' });

    const next = await promote(
      repo,
      [await repo.edit('apps/production/values.yaml', 'tag: 1.4.0', 'tag: 1.5.0')],
      {
        body: 'Promotes shop 1.5.0',
      },
    );
    expect(next.branch).toMatchObject({ result: 'updated', baseSha: movedBase });
    expect(next.pull).toMatchObject({ operation: 'updated', number: 1 });
    // One commit on top of the current base: the old promotion commit is gone, not stacked upon.
    const history = await repo.origin.log(ROUTE.branch);
    expect(history.map((entry) => entry.sha).slice(0, 2)).toEqual([next.branch.headSha, movedBase]);
    expect(history.map((entry) => entry.sha)).not.toContain(first.branch.headSha);
    expect(next.requests).toEqual(['GET pulls/list', 'PATCH pulls/update']);
    expect(repo.gh.pulls()).toMatchObject([
      { number: 1, state: 'open', headSha: next.branch.headSha, body: 'Promotes shop 1.5.0' },
    ]);

    // A reworded title alone is sent, but it is no update: the content is what reviewers saw.
    const reworded = await promote(
      repo,
      [await repo.edit('apps/production/values.yaml', 'tag: 1.4.0', 'tag: 1.5.0')],
      {
        title: 'Promote shop 1.5.0 to production',
        body: 'Promotes shop 1.5.0',
      },
    );
    expect(reworded.branch.result).toBe('none');
    expect(reworded.pull).toMatchObject({ operation: 'none', number: 1 });
    expect(repo.gh.pulls()[0]?.title).toBe('Promote shop 1.5.0 to production');
    repo.gh.assertNoViolations();
  });

  it('closes the pull request with a comment when the change is gone, and opens a new one for the next change', async () => {
    repo = await startPromotionRepo();
    const edits = [await repo.edit('apps/production/values.yaml', 'tag: 1.4.0', 'tag: 1.4.2')];
    const first = await promote(repo, edits);

    // Staging went back to what production runs: the plan has nothing to change.
    const reverted = await promote(repo, []);
    expect(reverted.branch).toMatchObject({ result: 'no-diff', headSha: first.branch.baseSha });
    expect(reverted.pull).toBe('closed');
    expect(repo.gh.pulls()).toMatchObject([{ number: 1, state: 'closed' }]);
    expect(repo.gh.comments(1).map((comment) => comment.body)).toEqual([CLOSE_REASON]);
    expect(await promote(repo, [])).toMatchObject({ pull: 'none' });

    // The same change again: the branch still holds it, but the closed pull request stays closed.
    const again = await promote(repo, edits);
    expect(again.branch.result).toBe('none');
    expect(again.pull).toMatchObject({ operation: 'created', number: 2 });
    expect(repo.gh.pulls()).toMatchObject([
      { number: 1, state: 'closed' },
      { number: 2, state: 'open', head: ROUTE.branch },
    ]);
    repo.gh.assertNoViolations();
  });
});
