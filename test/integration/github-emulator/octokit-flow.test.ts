import { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type GitHubEmulator, startGitHubEmulator } from '../../support/github-emulator/index.js';

let gh: GitHubEmulator;
let octokit: Octokit;
const owner = 'fleet-org';
const repo = 'fleet';

beforeEach(async () => {
  gh = await startGitHubEmulator({ owner, repo, files: { 'apps/staging/values.yaml': 'tag: 1.0.0\n' } });
  octokit = new Octokit({ auth: gh.token('app'), baseUrl: gh.url });
});

afterEach(async () => {
  gh.assertNoViolations();
  await gh.close();
});

/** Pushes a promotion commit through the Git Data API, as the promote action does. */
async function pushBranch(branch: string, content: string): Promise<string> {
  const { data: main } = await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' });
  const { data: parent } = await octokit.rest.git.getCommit({ owner, repo, commit_sha: main.object.sha });
  const { data: blob } = await octokit.rest.git.createBlob({ owner, repo, content, encoding: 'utf-8' });
  const { data: tree } = await octokit.rest.git.createTree({
    owner,
    repo,
    base_tree: parent.tree.sha,
    tree: [{ path: 'apps/production/values.yaml', mode: '100644', type: 'blob', sha: blob.sha }],
  });
  const { data: commit } = await octokit.rest.git.createCommit({
    owner,
    repo,
    message: 'Promote staging to production',
    tree: tree.sha,
    parents: [parent.sha],
  });
  await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: commit.sha });
  return commit.sha;
}

describe('GitHub emulator through @octokit/rest with baseUrl', () => {
  it('creates a pull request from a branch pushed with the Git Data API and finds it by owner:branch', async () => {
    const sha = await pushBranch('promote/staging-to-production', 'tag: 1.0.0\n');
    const { data: created } = await octokit.rest.pulls.create({
      owner,
      repo,
      title: 'Promote staging to production',
      head: 'promote/staging-to-production',
      base: 'main',
      body: 'Promotes tag 1.0.0',
    });
    expect(created).toMatchObject({
      number: 1,
      state: 'open',
      head: { sha, ref: 'promote/staging-to-production' },
    });
    expect(created.node_id).toMatch(/^PR_/);
    expect(created.user.login).toBe('gitops-actions-app[bot]');

    const { data: found } = await octokit.rest.pulls.list({
      owner,
      repo,
      state: 'open',
      base: 'main',
      head: `${owner}:promote/staging-to-production`,
    });
    expect(found.map((pull) => pull.number)).toEqual([1]);
  });

  it('updates title and body with PATCH and closes the pull request', async () => {
    await pushBranch('promote/a', 'tag: 2.0.0\n');
    const { data: created } = await octokit.rest.pulls.create({
      owner,
      repo,
      title: 'old',
      head: 'promote/a',
      base: 'main',
    });
    await octokit.rest.pulls.update({
      owner,
      repo,
      pull_number: created.number,
      title: 'new',
      body: 'details',
    });
    const { data: updated } = await octokit.rest.pulls.get({ owner, repo, pull_number: created.number });
    expect([updated.title, updated.body]).toEqual(['new', 'details']);
    await octokit.rest.pulls.update({ owner, repo, pull_number: created.number, state: 'closed' });
    const { data: open } = await octokit.rest.pulls.list({ owner, repo, state: 'open' });
    expect(open).toEqual([]);
    expect(gh.pulls()[0]?.state).toBe('closed');
  });

  it('creates, lists, updates and deletes an issue comment on a pull request', async () => {
    await pushBranch('promote/b', 'tag: 3.0.0\n');
    const { data: pull } = await octokit.rest.pulls.create({
      owner,
      repo,
      title: 't',
      head: 'promote/b',
      base: 'main',
    });
    const { data: comment } = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: pull.number,
      body: '<!-- gitops-actions:diff -->\nfirst',
    });
    await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: comment.id,
      body: '<!-- gitops-actions:diff -->\nsecond',
    });
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: pull.number,
    });
    expect(comments.map((item) => item.body)).toEqual(['<!-- gitops-actions:diff -->\nsecond']);
    await octokit.rest.issues.deleteComment({ owner, repo, comment_id: comment.id });
    expect(gh.comments(pull.number)).toEqual([]);
  });

  it('adds labels with POST keeping existing ones, lists them and removes one', async () => {
    await pushBranch('promote/c', 'tag: 4.0.0\n');
    const { data: pull } = await octokit.rest.pulls.create({
      owner,
      repo,
      title: 't',
      head: 'promote/c',
      base: 'main',
    });
    await octokit.rest.issues.addLabels({ owner, repo, issue_number: pull.number, labels: ['hold'] });
    const { data: labels } = await octokit.rest.issues.addLabels({
      owner,
      repo,
      issue_number: pull.number,
      labels: ['promotion', 'env:production'],
    });
    expect(labels.map((label) => label.name)).toEqual(['hold', 'promotion', 'env:production']);
    await octokit.rest.issues.removeLabel({ owner, repo, issue_number: pull.number, name: 'hold' });
    const { data: listed } = await octokit.rest.issues.listLabelsOnIssue({
      owner,
      repo,
      issue_number: pull.number,
    });
    expect(listed.map((label) => label.name)).toEqual(['promotion', 'env:production']);
  });

  it('records requested reviewers and assignees', async () => {
    await pushBranch('promote/d', 'tag: 5.0.0\n');
    const { data: pull } = await octokit.rest.pulls.create({
      owner,
      repo,
      title: 't',
      head: 'promote/d',
      base: 'main',
    });
    const { data: reviewed } = await octokit.rest.pulls.requestReviewers({
      owner,
      repo,
      pull_number: pull.number,
      reviewers: ['alice'],
    });
    expect(reviewed.requested_reviewers?.map((user) => user.login)).toEqual(['alice']);
    await octokit.rest.issues.addAssignees({ owner, repo, issue_number: pull.number, assignees: ['bob'] });
    expect(gh.pulls()[0]).toMatchObject({ reviewers: ['alice'], assignees: ['bob'] });
  });

  it('enables auto-merge pinned to the head through octokit.graphql after looking up the node id', async () => {
    const sha = await pushBranch('promote/e', 'tag: 6.0.0\n');
    const { data: pull } = await octokit.rest.pulls.create({
      owner,
      repo,
      title: 't',
      head: 'promote/e',
      base: 'main',
    });
    const lookup = await octokit.graphql<{ repository: { pullRequest: { id: string; headRefOid: string } } }>(
      `query($owner: String!, $repo: String!, $number: Int!) {
        repository(owner: $owner, name: $repo) { pullRequest(number: $number) { id headRefOid } }
      }`,
      { owner, repo, number: pull.number },
    );
    expect(lookup.repository.pullRequest).toEqual({ id: pull.node_id, headRefOid: sha });
    const result = await octokit.graphql<{
      enablePullRequestAutoMerge: { pullRequest: { autoMergeRequest: { mergeMethod: string } } };
    }>(
      `mutation($id: ID!, $oid: GitObjectID!) {
        enablePullRequestAutoMerge(input: {pullRequestId: $id, expectedHeadOid: $oid, mergeMethod: SQUASH}) {
          pullRequest { autoMergeRequest { mergeMethod } }
        }
      }`,
      { id: lookup.repository.pullRequest.id, oid: sha },
    );
    expect(result.enablePullRequestAutoMerge.pullRequest.autoMergeRequest.mergeMethod).toBe('SQUASH');
    const { data: after } = await octokit.rest.pulls.get({ owner, repo, pull_number: pull.number });
    expect(after.auto_merge?.merge_method).toBe('squash');
  });

  it('creates a check run and completes it with a conclusion', async () => {
    const sha = gh.refs()['refs/heads/main'] ?? '';
    const { data: run } = await octokit.rest.checks.create({
      owner,
      repo,
      name: 'gitops-actions/validate',
      head_sha: sha,
    });
    expect(run.status).toBe('queued');
    const { data: done } = await octokit.rest.checks.update({
      owner,
      repo,
      check_run_id: run.id,
      conclusion: 'success',
      output: { title: 'No findings', summary: '12 objects validated' },
    });
    expect([done.status, done.conclusion, done.output.summary]).toEqual([
      'completed',
      'success',
      '12 objects validated',
    ]);
  });

  it('lists matching refs, force-updates a ref and deletes it', async () => {
    const first = await pushBranch('promote/f', 'tag: 7.0.0\n');
    const second = gh.commit({ branch: 'other', files: { 'x.txt': 'x\n' } });
    const { data: refs } = await octokit.rest.git.listMatchingRefs({ owner, repo, ref: 'heads/promote/' });
    expect(refs.map((ref) => [ref.ref, ref.object.sha])).toEqual([['refs/heads/promote/f', first]]);
    await octokit.rest.git.updateRef({ owner, repo, ref: 'heads/promote/f', sha: second, force: true });
    expect(gh.refs()['refs/heads/promote/f']).toBe(second);
    await octokit.rest.git.deleteRef({ owner, repo, ref: 'heads/promote/f' });
    expect(gh.refs()['refs/heads/promote/f']).toBeUndefined();
  });
});
