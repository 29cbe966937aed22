import { isApiError } from './api-errors.js';
import type { GitHubClient } from './client.js';
import { fitBody } from './pull-request-body.js';

/**
 * One comment per purpose on a pull request, found again by a hidden marker line
 * (`<!-- gitops-actions:check -->`) and edited in place, so a pull request pushed twenty times
 * carries one up-to-date comment rather than twenty.
 */
export interface StickyCommentTarget {
  owner: string;
  repo: string;
  /** The pull request's number (pull requests are issues to the comments API). */
  issueNumber: number;
  /** The hidden line that identifies the comment; put first in the body when the body lacks it. */
  marker: string;
}

export interface StickyCommentSpec extends StickyCommentTarget {
  body: string;
  /** The body says there is nothing to report (no changes); `whenEmpty` then decides. */
  empty?: boolean;
  /**
   * With `empty`: `update` (default) brings an existing comment up to date but creates none, so a
   * pull request that never changed anything gets no comment; `delete` removes the comment.
   */
  whenEmpty?: 'delete' | 'update';
}

/**
 * `forbidden`: GitHub refused the write, as it does for GITHUB_TOKEN in a run for a fork's pull
 * request ("Resource not accessible by integration"); the caller reports the diff elsewhere.
 */
export type StickyCommentAction = 'created' | 'updated' | 'unchanged' | 'deleted' | 'forbidden';

export interface StickyCommentResult {
  action: StickyCommentAction;
  /** The comment's page, when one exists after the call. */
  url?: string;
}

interface FoundComment {
  id: number;
  body?: string;
  html_url: string;
  user: { type?: string } | null;
}

export async function upsertStickyComment(
  client: GitHubClient,
  spec: StickyCommentSpec,
): Promise<StickyCommentResult> {
  const target = { owner: spec.owner, repo: spec.repo };
  const existing = await findStickyComment(client, spec);
  if (spec.empty && spec.whenEmpty === 'delete') {
    if (existing === undefined) return { action: 'unchanged' };
    return writing(async () => {
      await client.rest.issues.deleteComment({ ...target, comment_id: existing.id });
      return { action: 'deleted' };
    });
  }
  const body = fitBody(
    spec.body.trimStart().startsWith(spec.marker) ? spec.body : `${spec.marker}\n${spec.body}`,
  );
  if (existing === undefined) {
    if (spec.empty) return { action: 'unchanged' };
    return writing(async () => {
      const { data } = await client.rest.issues.createComment({
        ...target,
        issue_number: spec.issueNumber,
        body,
      });
      return { action: 'created', url: data.html_url };
    });
  }
  if (existing.body === body) return { action: 'unchanged', url: existing.html_url };
  return writing(async () => {
    const { data } = await client.rest.issues.updateComment({ ...target, comment_id: existing.id, body });
    return { action: 'updated', url: data.html_url };
  });
}

/** Removes the sticky comment, when there is one: for a pull request whose diff disappeared. */
export async function deleteStickyComment(
  client: GitHubClient,
  target: StickyCommentTarget,
): Promise<StickyCommentResult> {
  return upsertStickyComment(client, { ...target, body: '', empty: true, whenEmpty: 'delete' });
}

/**
 * The comment whose body starts with the marker. A bot's is preferred: the check posts with
 * GITHUB_TOKEN or an app token, and a person's comment that copies the marker must not be taken
 * over. Comments are listed oldest first, so the first posted wins if a race made two.
 */
export async function findStickyComment(
  client: GitHubClient,
  target: StickyCommentTarget,
): Promise<FoundComment | undefined> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const marked = comments.filter((comment) => comment.body?.trimStart().startsWith(target.marker));
  return marked.find((comment) => comment.user?.type === 'Bot') ?? marked[0];
}

async function writing(write: () => Promise<StickyCommentResult>): Promise<StickyCommentResult> {
  try {
    return await write();
  } catch (error) {
    // A read-only token: GitHub says "Resource not accessible by integration" (or "by personal
    // access token"). Any other 403 (a rate limit the client gave up on) is a real failure.
    if (isApiError(error, 403, 'Resource not accessible')) {
      return { action: 'forbidden' };
    }
    throw error;
  }
}
