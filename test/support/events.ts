/**
 * Realistic webhook payloads for GITHUB_EVENT_PATH, shaped like the `pull_request` and `push`
 * events GitHub delivers (the fields @actions/github's context and our actions read, and the
 * usual neighbours so code that reads more finds it).
 */

export interface RepositoryRef {
  owner: string;
  repo: string;
}

function repository({ owner, repo }: RepositoryRef, id = 1296269) {
  return {
    id,
    node_id: 'R_kgDOAAAAAQ',
    name: repo,
    full_name: `${owner}/${repo}`,
    private: false,
    owner: user(owner),
    html_url: `https://github.com/${owner}/${repo}`,
    clone_url: `https://github.com/${owner}/${repo}.git`,
    default_branch: 'main',
    fork: false,
  };
}

function user(login: string, id = 583231) {
  return {
    login,
    id,
    node_id: 'MDQ6VXNlcjU4MzIzMQ==',
    type: 'User',
    html_url: `https://github.com/${login}`,
  };
}

export interface PullRequestEventOptions extends RepositoryRef {
  number: number;
  action?: 'opened' | 'synchronize' | 'reopened' | 'closed';
  baseRef?: string;
  baseSha: string;
  headRef: string;
  headSha: string;
  /** The head repository when the pull request comes from a fork. */
  fork?: RepositoryRef;
  title?: string;
  author?: string;
}

export function pullRequestEvent(options: PullRequestEventOptions) {
  const base = { owner: options.owner, repo: options.repo };
  const headRepo = options.fork ?? base;
  return {
    action: options.action ?? 'synchronize',
    number: options.number,
    pull_request: {
      id: 1_000_000 + options.number,
      node_id: `PR_kwDOAAAAAc${options.number}`,
      number: options.number,
      state: 'open',
      draft: false,
      title: options.title ?? 'Change the fleet',
      user: user(options.author ?? 'octocat'),
      html_url: `https://github.com/${options.owner}/${options.repo}/pull/${options.number}`,
      base: {
        label: `${options.owner}:${options.baseRef ?? 'main'}`,
        ref: options.baseRef ?? 'main',
        sha: options.baseSha,
        repo: repository(base),
        user: user(options.owner),
      },
      head: {
        label: `${headRepo.owner}:${options.headRef}`,
        ref: options.headRef,
        sha: options.headSha,
        repo: { ...repository(headRepo, options.fork ? 2 : 1296269), fork: options.fork !== undefined },
        user: user(headRepo.owner),
      },
    },
    repository: repository(base),
    sender: user(options.author ?? 'octocat'),
  };
}

export interface PushEventOptions extends RepositoryRef {
  ref?: string;
  before: string;
  after: string;
}

export function pushEvent(options: PushEventOptions) {
  return {
    ref: options.ref ?? 'refs/heads/main',
    before: options.before,
    after: options.after,
    created: false,
    deleted: false,
    forced: false,
    head_commit: { id: options.after, message: 'Update the fleet', timestamp: '2026-11-21T12:00:00Z' },
    repository: repository(options),
    pusher: { name: 'octocat', email: 'octocat@example.invalid' },
    sender: user('octocat'),
  };
}
