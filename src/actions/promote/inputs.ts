import path from 'node:path';
import { parseRoutes } from '../../core/config/config.js';
import { UsageError } from '../../core/errors.js';
import type { Route } from '../../core/promote/index.js';
import type { MergeMethod } from '../../github/pull-request.js';
import { Inputs } from '../shared/inputs.js';

/** Everything actions/promote is told, read once. */
export interface PromoteSettings {
  /** The GitOps repository root: the `path` input inside GITHUB_WORKSPACE. */
  root: string;
  routes: Route[];
  apps: string[];
  excludeApps: string[];
  includeNewApps: boolean;
  dryRun: boolean;
  commitVia: 'git' | 'api';
  /** With `{from}` and `{to}`: one stable branch per route; the config's or `promote/{from}-to-{to}` when absent. */
  branchTemplate: string | undefined;
  /** The branch pull requests target; the run's own branch by default. */
  base: string | undefined;
  labels: string[];
  reviewers: string[];
  assignees: string[];
  draft: boolean;
  autoMerge: MergeMethod | undefined;
  token: string | undefined;
  github: { owner: string; repo: string; apiUrl: string; serverUrl: string; refName: string | undefined };
  runnerTemp: string;
}

export function getInputs(inputs = new Inputs(), env: NodeJS.ProcessEnv = process.env): PromoteSettings {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const relative = inputs.optional('path') ?? '.';
  const root = path.resolve(workspace, relative);
  if (path.isAbsolute(relative) || path.relative(workspace, root).startsWith('..')) {
    throw new UsageError(
      `Input "path" has an invalid value "${relative}": expected a directory inside the workspace.`,
    );
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const autoMerge = inputs.choice('auto-merge', ['', 'merge', 'squash', 'rebase'], '');
  return {
    root,
    routes: routes(inputs),
    apps: inputs.list('apps', { commas: true }),
    excludeApps: inputs.list('exclude-apps', { commas: true }),
    includeNewApps: inputs.boolean('include-new-apps', false),
    dryRun: inputs.boolean('dry-run', false),
    commitVia: inputs.choice('commit-via', ['git', 'api'], 'git'),
    branchTemplate: inputs.optional('branch-template'),
    base: inputs.optional('base'),
    labels: inputs.list('labels', { commas: true }),
    reviewers: inputs.list('reviewers', { commas: true }),
    assignees: inputs.list('assignees', { commas: true }),
    draft: inputs.boolean('draft', false),
    autoMerge: autoMerge === '' ? undefined : autoMerge,
    token: inputs.secret('token'),
    github: {
      owner,
      repo,
      apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
      serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
      refName:
        env.GITHUB_REF_NAME ||
        (env.GITHUB_REF?.startsWith('refs/heads/') ? env.GITHUB_REF.slice(11) : undefined),
    },
    runnerTemp: env.RUNNER_TEMP || workspace,
  };
}

/**
 * `from`/`to`, or `routes` lines such as `staging -> production`; a chain `dev -> staging ->
 * production` is two routes. Empty when neither is given: the configuration file's routes apply.
 */
function routes(inputs: Inputs): Route[] {
  const from = inputs.optional('from');
  const to = inputs.optional('to');
  const lines = inputs.list('routes');
  if ((from === undefined) !== (to === undefined)) {
    throw new UsageError('Inputs "from" and "to" go together: name both environments.');
  }
  const result: Route[] = from && to ? [{ from, to }] : [];
  try {
    result.push(...parseRoutes(lines, 'Input "routes"'));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return result;
}
