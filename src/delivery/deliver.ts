import type { Edit } from '../core/edits/edit.js';
import { writeNewFiles } from '../core/edits/new-files.js';
import { writeEdits } from '../core/edits/write-edits.js';
import { GitopsError } from '../core/errors.js';
import { GITHUB_ACTIONS_BOT, updateBranch } from '../git/branch-update.js';
import type { CommitAuthor, Git } from '../git/git.js';
import type { GitHubClient } from '../github/client.js';
import { type PullRequestResult, upsertPullRequest } from '../github/pull-request.js';
import type { PullMetadata } from '../github/pull-request-metadata.js';

/**
 * How a change reaches the repository: `write` (files only), `commit` (a commit on the current
 * branch, pushed), or `pull-request` (a branch rebuilt on the base and a pull request for it).
 */
export type DeliveryMode = 'write' | 'commit' | 'pull-request';

export interface PullRequestDelivery extends PullMetadata {
  client: GitHubClient;
  owner: string;
  repo: string;
  /** The branch the pull request targets. */
  base: string;
  title: string;
  body: string;
}

export interface DeliveryRequest {
  mode: DeliveryMode;
  /** The repository's working tree. */
  root: string;
  edits: readonly Edit[];
  /** Files the change creates; none may exist yet. */
  newFiles?: readonly { file: string; content: string }[];
  /** Needed for commit and pull-request modes. */
  git?: Git;
  message: string;
  author?: CommitAuthor;
  /** commit: where to push (default: the current branch). pull-request: the head branch. */
  branch?: string;
  remote?: string;
  pullRequest?: PullRequestDelivery;
}

export interface Delivery {
  /** Files whose content changed in the working tree (write and commit modes). */
  files: string[];
  commitSha?: string;
  pullRequest?: PullRequestResult;
}

/** Applies a list of edits the way the mode says. Nothing is written when `edits` is empty. */
export async function deliverEdits(request: DeliveryRequest): Promise<Delivery> {
  const created = request.newFiles ?? [];
  if (request.edits.length === 0 && created.length === 0) return { files: [] };
  const files = [
    ...new Set([...request.edits.map((edit) => edit.file), ...created.map((f) => f.file)]),
  ].sort();
  switch (request.mode) {
    case 'write': {
      await writeNewFiles(request.root, created);
      await writeEdits(request.root, request.edits);
      return { files };
    }
    case 'commit':
      return commitAndPush(request, files);
    case 'pull-request':
      return pullRequest(request, files);
  }
}

async function commitAndPush(request: DeliveryRequest, files: string[]): Promise<Delivery> {
  const git = needGit(request).at(needGit(request).workdir, request.author ?? GITHUB_ACTIONS_BOT);
  const branch = request.branch ?? (await currentBranch(git));
  await writeNewFiles(request.root, request.newFiles ?? []);
  await writeEdits(request.root, request.edits);
  await git.add(files);
  const commitSha = await git.commit(request.message);
  await git.push(request.remote ?? 'origin', [`HEAD:refs/heads/${branch}`]);
  return { files, commitSha };
}

async function pullRequest(request: DeliveryRequest, files: string[]): Promise<Delivery> {
  const git = needGit(request);
  const pr = request.pullRequest;
  if (pr === undefined || request.branch === undefined) {
    throw new GitopsError(
      'pull-request mode needs a branch and a GitHub repository to open the pull request in',
    );
  }
  // The branch is rebuilt from the base, never stacked on an old run's commit, so a re-run with
  // the same change pushes nothing and the pull request stays as it is.
  const update = await updateBranch({
    git,
    base: pr.base,
    branch: request.branch,
    edits: request.edits,
    newFiles: request.newFiles ?? [],
    message: request.message,
    author: request.author ?? GITHUB_ACTIONS_BOT,
    ...(request.remote === undefined ? {} : { remote: request.remote }),
  });
  if (update.result === 'no-diff') return { files: [] };
  const result = await upsertPullRequest(pr.client, {
    owner: pr.owner,
    repo: pr.repo,
    base: pr.base,
    branch: request.branch,
    title: pr.title,
    body: pr.body,
    headSha: update.headSha,
    branchChanged: update.result === 'created' || update.result === 'updated',
    ...(pr.labels ? { labels: pr.labels } : {}),
    ...(pr.assignees ? { assignees: pr.assignees } : {}),
    ...(pr.reviewers ? { reviewers: pr.reviewers } : {}),
  });
  return { files, commitSha: update.headSha, pullRequest: result };
}

function needGit(request: DeliveryRequest): Git {
  if (request.git === undefined) throw new GitopsError(`${request.mode} mode needs git`);
  return request.git;
}

async function currentBranch(git: Git): Promise<string> {
  try {
    return await git.currentBranch();
  } catch {
    throw new GitopsError('commit mode needs a branch to push to, and HEAD is detached', {
      hint: 'Check out a branch (actions/checkout with ref: main), or name the branch to push to.',
    });
  }
}
