import { createHash } from 'node:crypto';
import type { HandlerResult } from './api-errors.js';
import { type FaultMatch, secondaryRateLimit } from './faults.js';
import type { CommitObject, TokenKind } from './git-objects.js';
import { loadOpenApiDocument } from './openapi-document.js';
import { OpenApiValidator } from './openapi-validator.js';
import { RepositoryState } from './repository-state.js';
import { RouteTable } from './route-table.js';
import { EmulatorServer, type RequestLogEntry, type Violation } from './server.js';

export type { FaultMatch } from './faults.js';
export type { CommitObject, TokenKind } from './git-objects.js';
export type { RequestLogEntry, Violation } from './server.js';
export { VIOLATION_STATUS } from './server.js';

export interface GitHubEmulatorOptions {
  owner: string;
  repo: string;
  /** The branch that holds the initial commit; `main` unless said otherwise. */
  defaultBranch?: string;
  /**
   * The repository setting "Allow GitHub Actions to create and approve pull requests". GitHub turns
   * it off for new repositories; the emulator starts with it on so GITHUB_TOKEN tests work.
   */
  allowActionsToCreatePullRequests?: boolean;
  /** Files of the initial commit on the default branch. */
  files?: Record<string, string>;
}

/** What a test sees of a pull request: the state, not GitHub's JSON. */
export interface PullSnapshot {
  number: number;
  nodeId: string;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  head: string;
  base: string;
  headSha: string;
  author: string;
  labels: string[];
  assignees: string[];
  reviewers: string[];
  autoMerge: { mergeMethod: string; enabledBy: string } | null;
}

export interface CommentSnapshot {
  id: number;
  issueNumber: number;
  body: string;
  author: string;
}

export interface GitHubEmulator {
  /** The REST base URL, for Octokit's `baseUrl`. */
  url: string;
  graphqlUrl: string;
  owner: string;
  repo: string;
  /**
   * A new token of that kind, accepted from now on. `readOnly`: REST writes answer 403 "Resource not
   * accessible by integration" (or "… by personal access token"), as GITHUB_TOKEN does in a run for
   * a pull request from a fork.
   */
  token(kind: TokenKind, options?: { readOnly?: boolean }): string;
  pulls(): PullSnapshot[];
  comments(issueNumber?: number): CommentSnapshot[];
  labels(issueNumber: number): string[];
  /** Full ref names (`refs/heads/main`) to commit shas. */
  refs(): Record<string, string>;
  commits(): CommitObject[];
  /** Commits files on a branch (created from `from`, default the default branch); returns the sha. */
  commit(options: {
    branch: string;
    files: Record<string, string | null>;
    message?: string;
    from?: string;
  }): string;
  /** Every request answered, in order. */
  readonly requests: readonly RequestLogEntry[];
  /** OpenAPI mismatches, unknown routes and unemulated requests; a passing test leaves it empty. */
  readonly violations: readonly Violation[];
  assertNoViolations(): void;
  /** The next `count` matching requests get GitHub's 403 secondary-rate-limit answer. */
  armSecondaryRateLimit(options: { count: number; retryAfterSeconds?: number; match?: FaultMatch }): void;
  /**
   * The next `count` label or reviewer requests on an existing pull request answer 422 "Could not
   * resolve to a node", as GitHub does for a moment after creating it.
   */
  armUnresolvedNode(options: { count: number; operationIds?: string[] }): void;
  close(): Promise<void>;
  /** Runs `hook` before every request made by the code under test (see git-mirror.ts). */
  beforeEachRequest(hook: (() => Promise<void>) | undefined): void;
}

/**
 * Only these document a 422 with room for a "Could not resolve to a node" body; arming another
 * operation would make the emulator answer an undocumented status.
 */
const NODE_RESOLVING_OPERATIONS = ['issues/add-labels', 'pulls/request-reviewers'];

/** Starts a GitHub API emulator on a free loopback port, with one repository and an initial commit. */
export async function startGitHubEmulator(options: GitHubEmulatorOptions): Promise<GitHubEmulator> {
  const { routes, validator } = await sharedCheckers();
  const createdAt = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const defaultBranch = options.defaultBranch ?? 'main';
  const state = new RepositoryState(
    options.owner,
    options.repo,
    // A stable id per repository name, so node ids do not change between runs.
    700_000 +
      (createHash('sha1').update(`${options.owner}/${options.repo}`).digest().readUInt32BE(0) % 100_000),
    defaultBranch,
    {
      allowActionsToCreatePullRequests: options.allowActionsToCreatePullRequests ?? true,
    },
  );
  const identity = {
    name: options.owner,
    email: `${options.owner}@users.noreply.github.com`,
    date: createdAt,
  };
  state.git.commitFiles({
    branch: defaultBranch,
    files: options.files ?? { 'README.md': `# ${options.repo}\n` },
    message: 'Initial commit',
    identity,
  });
  const server = new EmulatorServer(state, routes, validator, createdAt);
  const url = await server.listen();

  return {
    url,
    graphqlUrl: `${url}/graphql`,
    owner: options.owner,
    repo: options.repo,
    token: (kind, tokenOptions) => state.issueToken(kind, tokenOptions),
    pulls: () =>
      state.pulls.map((record) => {
        const pull = state.pull(record.number) ?? record;
        return {
          number: pull.number,
          nodeId: pull.nodeId,
          title: pull.title,
          body: pull.body,
          state: pull.state,
          head: pull.head,
          base: pull.base,
          headSha: pull.headSha,
          author: pull.user.login,
          labels: [...pull.labels],
          assignees: pull.assignees.map((actor) => actor.login),
          reviewers: pull.requestedReviewers.map((actor) => actor.login),
          autoMerge: pull.autoMerge
            ? { mergeMethod: pull.autoMerge.mergeMethod, enabledBy: pull.autoMerge.enabledBy.login }
            : null,
        };
      }),
    comments: (issueNumber) =>
      state.comments
        .filter((comment) => issueNumber === undefined || comment.issueNumber === issueNumber)
        .map((comment) => ({
          id: comment.id,
          issueNumber: comment.issueNumber,
          body: comment.body,
          author: comment.user.login,
        })),
    labels: (issueNumber) => [...(state.pull(issueNumber)?.labels ?? [])],
    refs: () => Object.fromEntries(state.git.refs),
    commits: () => [...state.git.commits.values()],
    commit: ({ branch, files, message, from }) =>
      state.git.commitFiles({
        branch,
        files,
        message: message ?? `Update ${Object.keys(files).join(', ')}`,
        from: from ?? defaultBranch,
        identity: { ...identity, date: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') },
      }),
    requests: server.requests,
    violations: server.violations,
    assertNoViolations() {
      if (server.violations.length === 0) return;
      const lines = server.violations.map((v) => `- ${v.method} ${v.path}: ${v.message}`);
      throw new Error(
        `the GitHub emulator saw ${server.violations.length} violation(s):\n${lines.join('\n')}`,
      );
    },
    armSecondaryRateLimit({ count, retryAfterSeconds = 1, match = {} }) {
      server.faults.arm(count, match, () => secondaryRateLimit(retryAfterSeconds));
    },
    armUnresolvedNode({ count, operationIds = NODE_RESOLVING_OPERATIONS }) {
      for (const operationId of operationIds) {
        if (!NODE_RESOLVING_OPERATIONS.includes(operationId)) {
          throw new Error(`${operationId} documents no 422 for "Could not resolve to a node"`);
        }
      }
      server.faults.arm(count, {}, (operationId, params) => {
        if (!operationIds.includes(operationId)) return undefined;
        const pull = state.pulls.find(
          (candidate) => candidate.number === Number(params.issue_number ?? params.pull_number),
        );
        return pull ? unresolvedNode(operationId, pull.nodeId) : undefined;
      });
    },
    close: () => server.close(),
    beforeEachRequest: (hook) => {
      // One at a time: concurrent requests would otherwise run the hook concurrently, and two
      // mirrors of the same push would race each other.
      let queue: Promise<void> = Promise.resolve();
      server.beforeRequest =
        hook &&
        (() => {
          const next = queue.then(hook, hook);
          queue = next.catch(() => undefined);
          return next;
        });
    },
  };
}

/** The 422 GitHub answers while a new pull request's node has not reached every replica. */
function unresolvedNode(operationId: string, nodeId: string): HandlerResult {
  const message = `Could not resolve to a node with the global id of '${nodeId}'.`;
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [
        {
          resource: operationId === 'issues/add-labels' ? 'Label' : 'PullRequest',
          code: 'unprocessable',
          field: 'data',
          message,
        },
      ],
      documentation_url: 'https://docs.github.com/rest',
      status: '422',
    },
  };
}

// The description is parsed once per process; the route table and the compiled validators are
// shared by every emulator in it, so only the first start in a test file pays for them.
let shared: { routes: RouteTable; validator: OpenApiValidator } | undefined;

async function sharedCheckers(): Promise<{ routes: RouteTable; validator: OpenApiValidator }> {
  const document = await loadOpenApiDocument();
  shared ??= { routes: new RouteTable(document), validator: new OpenApiValidator(document) };
  return shared;
}
