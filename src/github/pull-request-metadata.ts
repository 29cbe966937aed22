import type { GitHubClient } from './client.js';
import { type RetryPolicy, retryUnresolvedNode } from './node-retry.js';

/** The part of GitHub's pull-request answers (list, create, update) that upsert reads. */
export interface PullView {
  number: number;
  html_url: string;
  node_id: string;
  title: string;
  body: string | null;
  user: { login: string } | null;
  labels: { name?: string }[];
  assignees?: { login: string }[] | null;
  requested_reviewers?: { login: string }[] | null;
  requested_teams?: { slug: string }[] | null;
  auto_merge: { merge_method: string } | null;
}

export interface PullMetadata {
  labels?: readonly string[];
  assignees?: readonly string[];
  reviewers?: readonly string[];
  /** Team slugs in the repository's organisation. */
  teamReviewers?: readonly string[];
}

interface Target {
  owner: string;
  repo: string;
}

/**
 * Adds what the pull request lacks, in the order GitHub shows them: labels, assignees, reviewers.
 * Labels go through POST, which adds to those present: a label a person put on stays (PUT would
 * replace them all). Only missing items are sent, so a run with nothing new writes nothing.
 *
 * Reviewers are requested only when the content is new (`requestReviewers`): someone who has
 * already reviewed leaves `requested_reviewers`, and asking again on every scheduled run would
 * nag them about a change they have seen.
 */
export async function addPullMetadata(
  client: GitHubClient,
  target: Target,
  pull: PullView,
  wanted: PullMetadata,
  options: { requestReviewers: boolean; retry: RetryPolicy },
): Promise<void> {
  const issue = { ...target, issue_number: pull.number };
  const labels = missing(
    wanted.labels,
    pull.labels.map((label) => label.name ?? ''),
  );
  if (labels.length > 0) {
    await retryUnresolvedNode(() => client.rest.issues.addLabels({ ...issue, labels }), options.retry);
  }
  const assignees = missing(
    wanted.assignees,
    (pull.assignees ?? []).map((user) => user.login),
  );
  if (assignees.length > 0) {
    await retryUnresolvedNode(() => client.rest.issues.addAssignees({ ...issue, assignees }), options.retry);
  }
  if (!options.requestReviewers) return;
  // GitHub refuses the whole request when it names the pull request's author.
  const author = pull.user?.login.toLowerCase();
  const reviewers = missing(
    wanted.reviewers,
    (pull.requested_reviewers ?? []).map((user) => user.login),
  ).filter((login) => login.toLowerCase() !== author);
  const teams = missing(
    wanted.teamReviewers,
    (pull.requested_teams ?? []).map((team) => team.slug),
  );
  if (reviewers.length === 0 && teams.length === 0) return;
  await retryUnresolvedNode(
    () =>
      client.rest.pulls.requestReviewers({
        ...target,
        pull_number: pull.number,
        ...(reviewers.length > 0 ? { reviewers } : {}),
        ...(teams.length > 0 ? { team_reviewers: teams } : {}),
      }),
    options.retry,
  );
}

/** The wanted names not present yet; GitHub compares label names and logins without case. */
function missing(wanted: readonly string[] | undefined, present: readonly string[]): string[] {
  const have = new Set(present.map((name) => name.toLowerCase()));
  return [...new Set(wanted ?? [])].filter((name) => !have.has(name.toLowerCase()));
}
