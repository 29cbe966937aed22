import { GitopsError } from '../core/errors.js';
import { errorMessages } from './api-errors.js';
import type { GitHubClient } from './client.js';

export type MergeMethod = 'merge' | 'squash' | 'rebase';

// REST has no endpoint for auto-merge; GraphQL's mutation takes the head the caller vouches for.
const ENABLE_AUTO_MERGE = `mutation($pullRequestId: ID!, $expectedHeadOid: GitObjectID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: {pullRequestId: $pullRequestId, expectedHeadOid: $expectedHeadOid, mergeMethod: $mergeMethod}) {
    pullRequest { autoMergeRequest { mergeMethod } }
  }
}`;

/**
 * Turns auto-merge on, pinned to `headSha`, the commit this run pushed or found: GitHub refuses
 * when the branch has moved since, so a commit nobody's checks or reviewers have seen is never
 * merged through us (GitOps Promoter merges only the expected commit for the same reason).
 */
export async function enableAutoMerge(
  client: GitHubClient,
  pull: { number: number; nodeId: string },
  headSha: string,
  method: MergeMethod,
): Promise<void> {
  try {
    await client.graphql(ENABLE_AUTO_MERGE, {
      pullRequestId: pull.nodeId,
      expectedHeadOid: headSha,
      mergeMethod: method.toUpperCase(),
    });
  } catch (error) {
    const reasons = errorMessages(error);
    const moved = reasons.some((reason) => reason.includes('Head branch was modified'));
    throw new GitopsError(
      `auto-merge was not enabled on pull request #${pull.number}: ${reasons.join('; ')}`,
      {
        cause: error,
        hint: moved
          ? `The branch no longer points at ${headSha}, the commit this run made or checked; nothing unchecked is merged. The next run pins auto-merge to the new head.`
          : 'Auto-merge must be allowed in the repository (Settings → General → Pull Requests → "Allow auto-merge") and the base branch needs a protection rule; or turn auto-merge off for this step.',
      },
    );
  }
}
