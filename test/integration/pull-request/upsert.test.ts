import { afterEach, describe, expect, it } from 'vitest';
import { upsertPullRequest } from '../../../src/github/pull-request.js';
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

describe('upsertPullRequest', () => {
  it('looks the pull request up with head=owner:branch, so other pull requests into the base are not taken for it', async () => {
    repo = await startPromotionRepo();
    repo.gh.commit({ branch: 'feature/docs', files: { 'README.md': '# fleet docs\n' } });
    await person(repo).rest.pulls.create({ ...ROUTE, head: 'feature/docs', title: 'Docs' });
    const head = seedBranch(repo);

    const from = repo.gh.requests.length;
    const result = await upsertPullRequest(repo.client, spec(head));
    expect(result).toMatchObject({ operation: 'created', number: 2 });
    const lookups = repo.gh.requests.slice(from).filter((request) => request.operationId === 'pulls/list');
    expect(lookups).toHaveLength(1);
    const query = new URL(lookups[0]?.path ?? '', 'http://x').searchParams;
    expect(Object.fromEntries(query)).toMatchObject({
      state: 'open',
      base: 'main',
      head: `acme:${ROUTE.branch}`,
    });
    expect(repo.gh.pulls().map((pull) => [pull.number, pull.head])).toEqual([
      [1, 'feature/docs'],
      [2, ROUTE.branch],
    ]);
    repo.gh.assertNoViolations();
  });

  it('adds missing labels with POST, so a label a person put on stays, and sends nothing when all are there', async () => {
    repo = await startPromotionRepo();
    const head = seedBranch(repo);
    const { number } = await upsertPullRequest(repo.client, spec(head, { labels: ['promotion'] }));
    await person(repo).rest.issues.addLabels({
      owner: ROUTE.owner,
      repo: ROUTE.repo,
      issue_number: number,
      labels: ['hold'],
    });

    await upsertPullRequest(
      repo.client,
      spec(head, { labels: ['promotion', 'automated'], branchChanged: false }),
    );
    expect(repo.gh.labels(number)).toEqual(['promotion', 'hold', 'automated']);

    const from = repo.gh.requests.length;
    const again = await upsertPullRequest(
      repo.client,
      spec(head, { labels: ['Promotion', 'automated'], branchChanged: false }),
    );
    expect(again.operation).toBe('none');
    expect(requestsSince(repo.gh, from)).toEqual(['GET pulls/list']);
    repo.gh.assertNoViolations();
  });

  it('adds assignees and requests reviewers, skipping the author, and asks reviewers again only for new content', async () => {
    repo = await startPromotionRepo({ token: 'pat' });
    const head = seedBranch(repo);
    const wanted = { assignees: ['octocat'], reviewers: ['hubot', 'monalisa'] };
    await upsertPullRequest(repo.client, spec(head, wanted));
    // monalisa is the token's user, so the pull request's author: GitHub would refuse the request.
    expect(repo.gh.pulls()).toMatchObject([
      { author: 'monalisa', assignees: ['octocat'], reviewers: ['hubot'] },
    ]);

    const from = repo.gh.requests.length;
    await upsertPullRequest(repo.client, spec(head, { ...wanted, branchChanged: false }));
    expect(requestsSince(repo.gh, from)).toEqual(['GET pulls/list']);
    repo.gh.assertNoViolations();
  });

  it('retries "Could not resolve to a node" right after creating, a bounded number of times', async () => {
    repo = await startPromotionRepo();
    const head = seedBranch(repo);
    repo.gh.armUnresolvedNode({ count: 2, operationIds: ['issues/add-labels'] });
    repo.gh.armUnresolvedNode({ count: 1, operationIds: ['pulls/request-reviewers'] });
    const from = repo.gh.requests.length;
    await upsertPullRequest(repo.client, spec(head, { labels: ['promotion'], reviewers: ['hubot'] }));
    expect(repo.gh.pulls()).toMatchObject([{ labels: ['promotion'], reviewers: ['hubot'] }]);
    const statuses = repo.gh.requests
      .slice(from)
      .filter((request) => request.method === 'POST')
      .map((request) => `${request.operationId} ${request.status}`);
    expect(statuses).toEqual([
      'pulls/create 201',
      'issues/add-labels 422',
      'issues/add-labels 422',
      'issues/add-labels 200',
      'pulls/request-reviewers 422',
      'pulls/request-reviewers 201',
    ]);

    repo.gh.armUnresolvedNode({ count: 10, operationIds: ['issues/add-labels'] });
    const stuck = upsertPullRequest(
      repo.client,
      spec(head, { labels: ['stuck'], retry: { attempts: 3, delayMs: 10 } }),
    );
    await expect(stuck).rejects.toMatchObject({ status: 422 });
    const tries = repo.gh.requests.filter((request) => request.operationId === 'issues/add-labels');
    expect(tries.slice(3).map((request) => request.status)).toEqual([422, 422, 422]);
    repo.gh.assertNoViolations();
  });

  it('leaves exactly one open pull request when two runs upsert at the same moment', async () => {
    repo = await startPromotionRepo();
    const head = seedBranch(repo);
    const from = repo.gh.requests.length;
    const results = await Promise.all([
      upsertPullRequest(repo.client, spec(head)),
      upsertPullRequest(repo.client, spec(head)),
    ]);
    expect(results.map((result) => result.operation).sort()).toEqual(['created', 'updated']);
    expect(new Set(results.map((result) => result.number))).toEqual(new Set([1]));
    expect(repo.gh.pulls().filter((pull) => pull.state === 'open')).toHaveLength(1);
    // The loser's POST met "already exists" and it found the winner's pull request instead.
    const creates = repo.gh.requests.slice(from).filter((request) => request.operationId === 'pulls/create');
    expect(creates.map((request) => request.status).sort()).toEqual([201, 422]);
    repo.gh.assertNoViolations();
  });
});
