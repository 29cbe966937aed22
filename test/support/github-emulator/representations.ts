import { repositoryView, userView } from './account-views.js';
import type { CommitObject } from './git-objects.js';
import { changedFiles, commitsAhead } from './pull-stats.js';
import type {
  Actor,
  CheckRunRecord,
  CommentRecord,
  LabelRecord,
  PullRecord,
  RepositoryState,
} from './repository-state.js';
import { nodeId } from './repository-state.js';

/**
 * Builds the JSON GitHub returns, field for field, so responses pass the OpenAPI schemas and code
 * under test sees realistic objects. Like GitHub Enterprise, API and web URLs share one host.
 */
export class Representations {
  private readonly repoApi: string;
  private readonly repoWeb: string;

  constructor(
    private readonly state: RepositoryState,
    private readonly base: string,
    private readonly createdAt: string,
  ) {
    this.repoApi = `${base}/repos/${state.owner}/${state.repo}`;
    this.repoWeb = `${base}/${state.owner}/${state.repo}`;
  }

  user(actor: Actor): Record<string, unknown> {
    return userView(this.base, actor);
  }

  repository(): Record<string, unknown> {
    return repositoryView(this.state, this.base, this.createdAt);
  }

  label(label: LabelRecord): Record<string, unknown> {
    return {
      id: label.id,
      node_id: label.nodeId,
      url: `${this.repoApi}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      description: label.description,
      color: label.color,
      default: false,
    };
  }

  /** The shape `GET pulls` returns: no merge or diff statistics. */
  pullSimple(pull: PullRecord): Record<string, unknown> {
    const api = `${this.repoApi}/pulls/${pull.number}`;
    const issue = `${this.repoApi}/issues/${pull.number}`;
    const html = `${this.repoWeb}/pull/${pull.number}`;
    const branch = (ref: string, sha: string) => ({
      label: `${this.state.owner}:${ref}`,
      ref,
      sha,
      user: this.user(this.state.ownerActor),
      repo: this.repository(),
    });
    return {
      url: api,
      id: pull.number + 5_000_000,
      node_id: pull.nodeId,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issue,
      commits_url: `${api}/commits`,
      review_comments_url: `${api}/comments`,
      review_comment_url: `${this.repoApi}/pulls/comments{/number}`,
      comments_url: `${issue}/comments`,
      statuses_url: `${this.repoApi}/statuses/${pull.headSha}`,
      number: pull.number,
      state: pull.state,
      locked: false,
      title: pull.title,
      user: this.user(pull.user),
      body: pull.body,
      // The description declares a pull request's label descriptions non-nullable, unlike the
      // label schema's; an undescribed label is shown with an empty one to stay within it.
      labels: pull.labels.map((name) => {
        const label = this.label(this.state.label(name));
        return { ...label, description: label.description ?? '' };
      }),
      milestone: null,
      active_lock_reason: null,
      created_at: pull.createdAt,
      updated_at: pull.updatedAt,
      closed_at: pull.closedAt,
      merged_at: null,
      merge_commit_sha: null,
      assignee: pull.assignees[0] ? this.user(pull.assignees[0]) : null,
      assignees: pull.assignees.map((actor) => this.user(actor)),
      requested_reviewers: pull.requestedReviewers.map((actor) => this.user(actor)),
      requested_teams: [],
      head: branch(pull.head, pull.headSha),
      base: branch(pull.base, this.state.git.refs.get(`refs/heads/${pull.base}`) ?? pull.headSha),
      _links: {
        self: { href: api },
        html: { href: html },
        issue: { href: issue },
        comments: { href: `${issue}/comments` },
        review_comments: { href: `${api}/comments` },
        review_comment: { href: `${this.repoApi}/pulls/comments{/number}` },
        commits: { href: `${api}/commits` },
        statuses: { href: `${this.repoApi}/statuses/${pull.headSha}` },
      },
      author_association: pull.user.login === this.state.ownerActor.login ? 'OWNER' : 'CONTRIBUTOR',
      auto_merge: pull.autoMerge
        ? {
            enabled_by: this.user(pull.autoMerge.enabledBy),
            merge_method: pull.autoMerge.mergeMethod,
            commit_title: '',
            commit_message: '',
          }
        : null,
      draft: pull.draft,
    };
  }

  /** The full shape of `GET/POST/PATCH pulls`. */
  pull(pull: PullRecord): Record<string, unknown> {
    const baseSha = this.state.git.refs.get(`refs/heads/${pull.base}`);
    const commits = commitsAhead(this.state.git, pull.headSha, baseSha);
    const changes = changedFiles(this.state.git, pull.headSha, baseSha);
    return {
      ...this.pullSimple(pull),
      merged: false,
      // GitHub computes mergeability in the background; a fresh pull request reads null, then a value.
      mergeable: pull.state === 'open' ? true : null,
      rebaseable: pull.state === 'open' ? true : null,
      mergeable_state: pull.state === 'open' ? 'clean' : 'unknown',
      merged_by: null,
      comments: this.state.comments.filter((comment) => comment.issueNumber === pull.number).length,
      review_comments: 0,
      maintainer_can_modify: pull.maintainerCanModify,
      commits,
      additions: changes.additions,
      deletions: changes.deletions,
      changed_files: changes.files,
    };
  }

  /** The issue view of a pull request, as `POST issues/{n}/assignees` returns it. */
  issue(pull: PullRecord): Record<string, unknown> {
    const simple = this.pullSimple(pull);
    const issue = `${this.repoApi}/issues/${pull.number}`;
    return {
      id: pull.number + 4_000_000,
      node_id: nodeId('I', this.state.repoId, pull.number),
      url: issue,
      repository_url: this.repoApi,
      labels_url: `${issue}/labels{/name}`,
      comments_url: `${issue}/comments`,
      events_url: `${issue}/events`,
      html_url: simple.html_url,
      number: pull.number,
      state: pull.state,
      title: pull.title,
      body: pull.body,
      user: simple.user,
      labels: simple.labels,
      assignee: simple.assignee,
      assignees: simple.assignees,
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: this.state.comments.filter((comment) => comment.issueNumber === pull.number).length,
      pull_request: {
        url: simple.url,
        html_url: simple.html_url,
        diff_url: simple.diff_url,
        patch_url: simple.patch_url,
        merged_at: null,
      },
      closed_at: pull.closedAt,
      created_at: pull.createdAt,
      updated_at: pull.updatedAt,
      draft: pull.draft,
      author_association: simple.author_association,
    };
  }

  comment(comment: CommentRecord): Record<string, unknown> {
    return {
      id: comment.id,
      node_id: comment.nodeId,
      url: `${this.repoApi}/issues/comments/${comment.id}`,
      html_url: `${this.repoWeb}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
      body: comment.body,
      user: this.user(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      issue_url: `${this.repoApi}/issues/${comment.issueNumber}`,
      author_association: comment.user.type === 'Bot' ? 'NONE' : 'MEMBER',
      performed_via_github_app: null,
      reactions: {
        url: `${this.repoApi}/issues/comments/${comment.id}/reactions`,
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        confused: 0,
        heart: 0,
        hooray: 0,
        eyes: 0,
        rocket: 0,
      },
    };
  }

  gitRef(ref: string, sha: string): Record<string, unknown> {
    return {
      ref,
      node_id: nodeId('REF', this.state.repoId, ref),
      url: `${this.repoApi}/git/${ref}`,
      object: { type: 'commit', sha, url: `${this.repoApi}/git/commits/${sha}` },
    };
  }

  gitCommit(commit: CommitObject): Record<string, unknown> {
    return {
      sha: commit.sha,
      node_id: nodeId('C', commit.sha),
      url: `${this.repoApi}/git/commits/${commit.sha}`,
      html_url: `${this.repoWeb}/commit/${commit.sha}`,
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      tree: { sha: commit.tree, url: `${this.repoApi}/git/trees/${commit.tree}` },
      parents: commit.parents.map((sha) => ({
        sha,
        url: `${this.repoApi}/git/commits/${sha}`,
        html_url: `${this.repoWeb}/commit/${sha}`,
      })),
      verification: commit.verified
        ? {
            verified: true,
            reason: 'valid',
            signature: '-----BEGIN PGP SIGNATURE-----\n\nemulator\n-----END PGP SIGNATURE-----\n',
            payload: `tree ${commit.tree}\n`,
            verified_at: commit.committer.date,
          }
        : { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    };
  }

  gitTree(sha: string, recursive: boolean): Record<string, unknown> {
    return {
      sha,
      url: `${this.repoApi}/git/trees/${sha}`,
      truncated: false,
      tree: this.state.git.listTree(sha, recursive).map((entry) => ({
        path: entry.path,
        mode: entry.mode,
        type: entry.type,
        sha: entry.sha,
        ...(entry.type === 'blob'
          ? {
              size: this.state.git.blobs.get(entry.sha)?.length ?? 0,
              url: `${this.repoApi}/git/blobs/${entry.sha}`,
            }
          : { url: `${this.repoApi}/git/trees/${entry.sha}` }),
      })),
    };
  }

  blobUrl(sha: string): string {
    return `${this.repoApi}/git/blobs/${sha}`;
  }

  checkRun(run: CheckRunRecord): Record<string, unknown> {
    const url = `${this.repoApi}/check-runs/${run.id}`;
    const owner = this.user(run.app.login === this.state.ownerActor.login ? run.app : this.state.ownerActor);
    const slug = run.app.login.replace(/\[bot\]$/, '');
    return {
      id: run.id,
      head_sha: run.headSha,
      node_id: run.nodeId,
      external_id: run.externalId,
      url,
      html_url: `${this.repoWeb}/runs/${run.id}`,
      details_url: run.detailsUrl ?? `${this.repoWeb}/runs/${run.id}`,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.startedAt,
      completed_at: run.completedAt,
      output: {
        ...run.output,
        annotations_count: 0,
        annotations_url: `${url}/annotations`,
      },
      name: run.name,
      check_suite: { id: run.id + 7_000_000 },
      app: {
        id: run.app.id,
        slug,
        node_id: nodeId('A', run.app.id),
        owner,
        name: slug,
        description: null,
        external_url: `${this.base}/apps/${slug}`,
        html_url: `${this.base}/apps/${slug}`,
        created_at: this.createdAt,
        updated_at: this.createdAt,
        permissions: { checks: 'write', contents: 'write', metadata: 'read', pull_requests: 'write' },
        events: ['check_run', 'pull_request'],
      },
      pull_requests: [],
    };
  }
}
