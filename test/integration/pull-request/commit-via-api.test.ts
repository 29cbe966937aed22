import { afterEach, describe, expect, it } from 'vitest';
import { EditError } from '../../../src/core/edits/edit.js';
import { updateBranch } from '../../../src/git/branch-update.js';
import { commitViaApi } from '../../../src/github/commit-via-api.js';
import { upsertPullRequest } from '../../../src/github/pull-request.js';
import { type PromotionRepo, ROUTE, requestsSince, startPromotionRepo } from './promotion-repo.js';

let repo: PromotionRepo | undefined;

afterEach(async () => {
  await repo?.gh.close();
  repo = undefined;
});

const MESSAGE = 'Promote staging to production';
const API_ROUTE = {
  owner: ROUTE.owner,
  repo: ROUTE.repo,
  base: ROUTE.base,
  branch: ROUTE.branch,
  message: MESSAGE,
};

function commitOf(r: PromotionRepo, sha: string) {
  const commit = r.gh.commits().find((candidate) => candidate.sha === sha);
  if (commit === undefined) throw new Error(`the emulator has no commit ${sha}`);
  return commit;
}

describe('commitViaApi (commit-via: api)', () => {
  it('creates a verified commit on the base with the same tree git builds, then writes nothing more when run again', async () => {
    repo = await startPromotionRepo({ token: 'github-actions' });
    const edits = [await repo.edit('apps/production/values.yaml', 'tag: 1.4.0', 'tag: 1.4.2')];
    const main = await repo.originSha('main');

    const first = await commitViaApi(repo.client, { ...API_ROUTE, edits });
    expect(first).toMatchObject({ result: 'created', baseSha: main });
    expect(repo.gh.refs()[`refs/heads/${ROUTE.branch}`]).toBe(first.headSha);
    const commit = commitOf(repo, first.headSha);
    expect(commit).toMatchObject({ parents: [main], message: MESSAGE, verified: true });
    expect(commit.author.name).toBe('github-actions[bot]');
    // git, given the same edits, builds the very same tree.
    const viaGit = await updateBranch({
      git: repo.work,
      base: 'main',
      branch: 'promote/via-git',
      edits,
      message: MESSAGE,
    });
    expect(await repo.work.treeOf(viaGit.headSha)).toBe(commit.tree);

    const from = repo.gh.requests.length;
    const second = await commitViaApi(repo.client, { ...API_ROUTE, edits });
    expect(second).toEqual({ ...first, result: 'none' });
    // The tree is built to be compared (GitHub stores it by content); no commit, no ref update.
    const writes = requestsSince(repo.gh, from).filter((request) => !request.startsWith('GET '));
    expect(writes).toEqual(['POST git/create-tree']);
    repo.gh.assertNoViolations();
  });

  it('force-moves the branch to a new commit on the current base, which auto-merge can pin', async () => {
    repo = await startPromotionRepo();
    const first = await commitViaApi(repo.client, {
      ...API_ROUTE,
      edits: [await repo.edit('apps/production/values.yaml', 'tag: 1.4.0', 'tag: 1.4.2')],
    });
    await upsertPullRequest(repo.client, {
      ...ROUTE,
      title: MESSAGE,
      body: 'Promotes shop 1.4.2',
      headSha: first.headSha,
      branchChanged: true,
    });
    const movedBase = await repo.commitOnMain({ 'README.md': '# fleet, the platform team\n' });

    const next = await commitViaApi(repo.client, {
      ...API_ROUTE,
      edits: [await repo.edit('apps/production/values.yaml', 'tag: 1.4.0', 'tag: 1.5.0')],
    });
    expect(next).toMatchObject({ result: 'updated', baseSha: movedBase });
    expect(commitOf(repo, next.headSha).parents).toEqual([movedBase]);
    expect(repo.gh.refs()[`refs/heads/${ROUTE.branch}`]).toBe(next.headSha);

    const pull = await upsertPullRequest(repo.client, {
      ...ROUTE,
      title: MESSAGE,
      body: 'Promotes shop 1.5.0',
      headSha: next.headSha,
      branchChanged: true,
      autoMerge: 'rebase',
    });
    expect(pull).toMatchObject({ operation: 'updated', number: 1 });
    expect(repo.gh.pulls()).toMatchObject([{ headSha: next.headSha, autoMerge: { mergeMethod: 'rebase' } }]);
    repo.gh.assertNoViolations();
  });

  it('reports no-diff without writing when the edits leave the base as it is', async () => {
    repo = await startPromotionRepo();
    const from = repo.gh.requests.length;
    const same = await repo.edit('apps/production/values.yaml', 'tag: 1.4.0', 'tag: 1.4.0');
    for (const edits of [[], [same]]) {
      const result = await commitViaApi(repo.client, { ...API_ROUTE, edits });
      expect(result).toEqual({
        result: 'no-diff',
        headSha: await repo.originSha('main'),
        baseSha: await repo.originSha('main'),
      });
    }
    expect(requestsSince(repo.gh, from).filter((request) => !request.startsWith('GET '))).toEqual([]);
    expect(repo.gh.refs()[`refs/heads/${ROUTE.branch}`]).toBeUndefined();
    repo.gh.assertNoViolations();
  });

  it('refuses edits computed from a base that has moved under them', async () => {
    repo = await startPromotionRepo();
    const stale = await repo.edit('apps/production/values.yaml', 'tag: 1.4.0', 'tag: 1.4.2');
    await repo.commitOnMain({ 'apps/production/values.yaml': 'image:\n  tag: 1.4.1\nreplicas: 3\n' });
    const attempt = commitViaApi(repo.client, { ...API_ROUTE, edits: [stale] });
    await expect(attempt).rejects.toBeInstanceOf(EditError);
    await expect(attempt).rejects.toMatchObject({ reason: 'stale' });
    expect(repo.gh.refs()[`refs/heads/${ROUTE.branch}`]).toBeUndefined();
    repo.gh.assertNoViolations();
  });
});
