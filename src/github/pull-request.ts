import { GitopsError } from '../core/errors.js';
import { errorMessages, isApiError } from './api-errors.js';
import { enableAutoMerge, type MergeMethod } from './auto-merge.js';
import type { GitHubClient } from './client.js';
import { DEFAULT_NODE_RETRY, type RetryPolicy } from './node-retry.js';
import { fitBody } from './pull-request-body.js';
import { addPullMetadata, type PullMetadata, type PullView } from './pull-request-metadata.js';

export type { MergeMethod } from './auto-merge.js';

/** One route's pull request: one head branch into one base, never more than one open. */
export interface PullRequestRoute {
  owner: string;
  repo: string;
  base: string;
  /** The head branch, in the same repository. */
  branch: string;
}

export interface PullRequestSpec extends PullRequestRoute, PullMetadata {
  title: string;
  /** Cut to GitHub's 65,536-character limit, with a note, when longer. */
  body: string;
  /** Only when the pull request is created; an existing one keeps its draft state. */
  draft?: boolean;
  /** Enables auto-merge with this method, pinned to `headSha`. */
  autoMerge?: MergeMethod;
  /** The branch's head as this run pushed or found it. */
  headSha: string;
  /** Whether this run changed the branch's content ('created' or 'updated' from the branch update). */
  branchChanged: boolean;
  /** Retries for GitHub's replication lag after creating; tests shorten the waits. */
  retry?: RetryPolicy;
}

/**
 * `created`: this run's POST opened it. `updated`: it was open already and this run changed the
 * branch content. `none`: it was open and the content is what it was; a new title or body alone
 * does not make an update, so a scheduled run that only rewords reports nothing to review.
 */
export type PullRequestOperation = 'created' | 'updated' | 'none';

export interface PullRequestResult {
  operation: PullRequestOperation;
  number: number;
  /** The page a person opens. */
  url: string;
  /** The GraphQL id, for mutations such as auto-merge. */
  nodeId: string;
}

/** GitHub answered 422 "No commits between": the head adds nothing to the base. */
export class NoCommitsBetweenError extends GitopsError {
  override readonly name = 'NoCommitsBetweenError';
}

/**
 * Opens the route's pull request or brings the open one up to date (docs: promotion-prs.md,
 * "Idempotency"). A closed pull request is never reopened: only open ones are looked up, so a
 * person's "no" to an earlier promotion stays a no, and the new change gets a fresh pull request.
 */
export async function upsertPullRequest(
  client: GitHubClient,
  spec: PullRequestSpec,
): Promise<PullRequestResult> {
  const retry = spec.retry ?? DEFAULT_NODE_RETRY;
  const target = { owner: spec.owner, repo: spec.repo };
  const body = fitBody(spec.body);
  let pull = await findOpenPullRequest(client, spec);
  let created = false;
  if (pull === undefined) {
    pull = await createPullRequest(client, spec, body);
    created = pull !== undefined;
    // Another run opened it between our lookup and our POST: GitHub can take a moment to list it.
    pull ??= await findAfterConflict(client, spec, retry);
  }
  if (!created) {
    const changes = {
      ...(pull.title !== spec.title ? { title: spec.title } : {}),
      ...((pull.body ?? '') !== body ? { body } : {}),
    };
    if (Object.keys(changes).length > 0) {
      pull = (await client.rest.pulls.update({ ...target, pull_number: pull.number, ...changes })).data;
    }
  }
  const operation: PullRequestOperation = created ? 'created' : spec.branchChanged ? 'updated' : 'none';
  await addPullMetadata(client, target, pull, spec, { requestReviewers: operation !== 'none', retry });
  // Re-pinned whenever the head moved: the previous pin named a commit that is no longer the head.
  if (spec.autoMerge && (operation !== 'none' || pull.auto_merge?.merge_method !== spec.autoMerge)) {
    await enableAutoMerge(
      client,
      { number: pull.number, nodeId: pull.node_id },
      spec.headSha,
      spec.autoMerge,
    );
  }
  return { operation, number: pull.number, url: pull.html_url, nodeId: pull.node_id };
}

export interface ClosePullRequestSpec extends PullRequestRoute {
  /** Why it is closed, posted first so the person watching it learns the reason. */
  comment: string;
}

/** Closes the route's open pull request, if any, after commenting why; the branch is left. */
export async function closePullRequest(
  client: GitHubClient,
  spec: ClosePullRequestSpec,
): Promise<'closed' | 'none'> {
  const pull = await findOpenPullRequest(client, spec);
  if (pull === undefined) return 'none';
  const target = { owner: spec.owner, repo: spec.repo };
  await client.rest.issues.createComment({
    ...target,
    issue_number: pull.number,
    body: fitBody(spec.comment),
  });
  await client.rest.pulls.update({ ...target, pull_number: pull.number, state: 'closed' });
  return 'closed';
}

/**
 * The open pull request of the route. `head` must be `owner:branch`: GitHub silently ignores a
 * bare branch name and lists every open pull request into the base.
 */
export async function findOpenPullRequest(
  client: GitHubClient,
  route: PullRequestRoute,
): Promise<PullView | undefined> {
  const { data } = await client.rest.pulls.list({
    owner: route.owner,
    repo: route.repo,
    state: 'open',
    base: route.base,
    head: `${route.owner}:${route.branch}`,
  });
  // GitHub allows one open pull request per head and base, so there is at most one.
  return data[0];
}

/** POSTs the pull request; undefined when GitHub says one already exists for the branch. */
async function createPullRequest(
  client: GitHubClient,
  spec: PullRequestSpec,
  body: string,
): Promise<PullView | undefined> {
  try {
    const { data } = await client.rest.pulls.create({
      owner: spec.owner,
      repo: spec.repo,
      base: spec.base,
      head: spec.branch,
      title: spec.title,
      body,
      // Sent only when asked: repositories without draft support refuse the field outright.
      ...(spec.draft ? { draft: true } : {}),
    });
    return data;
  } catch (error) {
    if (isApiError(error, 422, 'A pull request already exists for')) return undefined;
    if (isApiError(error, 422, 'No commits between')) {
      throw new NoCommitsBetweenError(`${spec.branch} has no commits that ${spec.base} lacks`, {
        cause: error,
        hint: 'The change is already on the base branch; there is nothing to promote.',
      });
    }
    if (isApiError(error, 403, 'not permitted to create or approve pull requests')) {
      throw actionsNotPermitted(spec, error);
    }
    throw error;
  }
}

async function findAfterConflict(
  client: GitHubClient,
  spec: PullRequestSpec,
  retry: RetryPolicy,
): Promise<PullView> {
  for (let attempt = 1; attempt <= retry.attempts; attempt++) {
    const pull = await findOpenPullRequest(client, spec);
    if (pull !== undefined) return pull;
    await new Promise((resolve) => setTimeout(resolve, retry.delayMs * attempt));
  }
  throw new GitopsError(
    `GitHub says a pull request from ${spec.owner}:${spec.branch} into ${spec.base} exists, but does not list it`,
    { hint: 'It may have been closed meanwhile; run again.' },
  );
}

function actionsNotPermitted(spec: PullRequestRoute, error: unknown): GitopsError {
  return new GitopsError(
    `GitHub Actions may not create pull requests in ${spec.owner}/${spec.repo} (${errorMessages(error)[0]}). ` +
      'Turn on Settings → Actions → General → Workflow permissions → ' +
      '"Allow GitHub Actions to create and approve pull requests", ' +
      'or pass a GitHub App installation token or a personal access token (PAT) instead of GITHUB_TOKEN.',
    {
      cause: error,
      hint: 'A GitHub App token or a PAT also makes the pull request trigger other workflows, which pull requests opened with GITHUB_TOKEN do not.',
    },
  );
}
