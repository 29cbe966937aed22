import { randomBytes } from 'node:crypto';
import type { TokenKind } from './git-objects.js';
import { GitStore } from './git-store.js';

export interface Actor {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

export interface PullRecord {
  number: number;
  nodeId: string;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  /** Branch names in this repository (the emulator has no forks). */
  head: string;
  base: string;
  /** The head commit when the branch was last seen; GitHub keeps it after the branch is deleted. */
  headSha: string;
  user: Actor;
  draft: boolean;
  maintainerCanModify: boolean;
  labels: string[];
  assignees: Actor[];
  requestedReviewers: Actor[];
  autoMerge: { enabledBy: Actor; mergeMethod: 'merge' | 'squash' | 'rebase' } | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface CommentRecord {
  id: number;
  nodeId: string;
  issueNumber: number;
  body: string;
  user: Actor;
  createdAt: string;
  updatedAt: string;
}

export interface LabelRecord {
  id: number;
  nodeId: string;
  name: string;
  color: string;
  description: string | null;
}

export interface CheckRunRecord {
  id: number;
  nodeId: string;
  name: string;
  headSha: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  externalId: string;
  detailsUrl: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  app: Actor;
}

export interface RepositorySettings {
  /** "Allow GitHub Actions to create and approve pull requests": when off, GITHUB_TOKEN cannot open pull requests. */
  allowActionsToCreatePullRequests: boolean;
}

/** The actors GitHub shows for each kind of token. */
export const TOKEN_ACTORS: Record<TokenKind, Actor> = {
  'github-actions': { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
  app: { login: 'gitops-actions-app[bot]', id: 90000001, type: 'Bot' },
  pat: { login: 'monalisa', id: 2, type: 'User' },
};

/** Everything the emulator knows about its one repository. */
export class RepositoryState {
  readonly git = new GitStore();
  readonly pulls: PullRecord[] = [];
  readonly comments: CommentRecord[] = [];
  readonly labels = new Map<string, LabelRecord>();
  readonly checkRuns: CheckRunRecord[] = [];
  readonly tokens = new Map<string, TokenKind>();
  /** Tokens that may read but not write, as GITHUB_TOKEN is in a workflow run for a fork's pull request. */
  readonly readOnlyTokens = new Set<string>();
  readonly ownerActor: Actor;
  private nextId = 1000;

  constructor(
    readonly owner: string,
    readonly repo: string,
    readonly repoId: number,
    readonly defaultBranch: string,
    readonly settings: RepositorySettings,
  ) {
    this.ownerActor = { login: owner, id: 1001, type: 'Organization' };
  }

  issueToken(kind: TokenKind, options: { readOnly?: boolean } = {}): string {
    // The prefixes GitHub uses: ghs_ for installation tokens (GITHUB_TOKEN included), ghp_ for PATs.
    const token = `${kind === 'pat' ? 'ghp' : 'ghs'}_${randomBytes(18).toString('base64url')}`;
    this.tokens.set(token, kind);
    if (options.readOnly) this.readOnlyTokens.add(token);
    return token;
  }

  newId(): number {
    this.nextId += 1;
    return this.nextId;
  }

  /** Issues and pull requests share one number sequence, as on GitHub. */
  nextIssueNumber(): number {
    return this.pulls.length + 1;
  }

  pull(number: number): PullRecord | undefined {
    const pull = this.pulls.find((candidate) => candidate.number === number);
    if (pull) {
      // A pull request's head follows its branch while the branch exists.
      const sha = this.git.refs.get(`refs/heads/${pull.head}`);
      if (sha !== undefined && pull.state === 'open') pull.headSha = sha;
    }
    return pull;
  }

  label(name: string): LabelRecord {
    const key = name.toLowerCase();
    let label = this.labels.get(key);
    if (label === undefined) {
      // Adding a label the repository lacks creates it, with GitHub's default grey.
      const id = this.newId();
      label = { id, nodeId: nodeId('LA', id), name, color: 'ededed', description: null };
      this.labels.set(key, label);
    }
    return label;
  }
}

/** Node ids in GitHub's current format: a type prefix, `_kwDO`, then base64url of the database id. */
export function nodeId(prefix: string, ...parts: (string | number)[]): string {
  return `${prefix}_kwDO${Buffer.from(parts.join(':')).toString('base64url')}`;
}
