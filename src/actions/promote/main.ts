import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import {
  CONFIG_FILE,
  configuredEnvironments,
  type GitopsConfig,
  loadConfig,
  parseRoutes,
} from '../../core/config/config.js';
import { GitopsError, UsageError } from '../../core/errors.js';
import {
  historyFromVersions,
  type PromotionPlan,
  planRoute,
  planToJson,
  type Route,
} from '../../core/promote/index.js';
import { GITHUB_ACTIONS_BOT, updateBranch } from '../../git/branch-update.js';
import { commitIntroducing, fileVersions } from '../../git/file-versions.js';
import type { Git } from '../../git/git.js';
import { createGitHubClient, type GitHubClient } from '../../github/client.js';
import { commitViaApi } from '../../github/commit-via-api.js';
import { closePullRequest, upsertPullRequest } from '../../github/pull-request.js';
import { promotionBody, promotionTitle } from '../../report/promotion.js';
import { workspaceGit } from '../shared/git.js';
import { runAction } from '../shared/run.js';
import { writeJobSummary } from '../shared/summary.js';
import { getInputs, type PromoteSettings } from './inputs.js';
import { promoteSummary, type RouteResult } from './summary.js';

/** actions/promote: per route, plan → branch → one pull request (created, updated, closed or none). */
export async function run(): Promise<void> {
  await runAction(async () => {
    const settings = getInputs();
    const config = await loadConfig(settings.root);
    const routes =
      settings.routes.length > 0 ? settings.routes : parseRoutes(config.routes ?? [], CONFIG_FILE);
    if (routes.length === 0) {
      throw new UsageError(
        `No route to promote: set "from" and "to", or "routes", or routes in ${CONFIG_FILE}.`,
      );
    }
    const git = await workspaceGit(settings.root);
    const results: RouteResult[] = [];
    for (const route of routes) results.push(await promoteRoute(settings, config, git, route));
    const routesFile = path.join(settings.runnerTemp, 'promote-routes.json');
    await writeFile(
      routesFile,
      `${JSON.stringify(
        results.map(({ plan, ...rest }) => rest),
        null,
        2,
      )}\n`,
    );
    core.setOutput('routes', routesFile);
    // With one route, the per-route outputs are that route's; with several, the aggregate.
    const only = results.length === 1 ? results[0] : undefined;
    core.setOutput('operation', only ? only.operation : aggregate(results));
    if (only?.pullRequest) {
      core.setOutput('pull-request-number', String(only.pullRequest.number));
      core.setOutput('pull-request-url', only.pullRequest.url);
    }
    if (only) {
      core.setOutput('branch', only.branch);
      if (only.headSha) core.setOutput('head-sha', only.headSha);
      core.setOutput('plan', only.planFile);
    }
    await writeJobSummary(promoteSummary(results, settings.dryRun));
    const errors = results.flatMap((r) => r.plan.diagnostics.filter((d) => d.severity === 'error'));
    if (errors.length > 0)
      throw new GitopsError(`promotion plan errors: ${errors.map((e) => e.message).join('; ')}`);
  });
}

async function promoteRoute(
  settings: PromoteSettings,
  config: GitopsConfig,
  git: Git,
  route: Route,
): Promise<RouteResult> {
  const { plan } = await planRoute({
    root: settings.root,
    route,
    ...(config.environments ? { environments: configuredEnvironments(config.environments) } : {}),
    options: {
      apps: settings.apps,
      excludeApps: settings.excludeApps,
      includeNewApps: settings.includeNewApps,
      extraFields: config.promotion?.fields ?? [],
      allowBlocked: config.promotion?.allowBlocked ?? [],
    },
    history: async (files) =>
      historyFromVersions(await fileVersions(git, files), {
        extraFields: config.promotion?.fields ?? [],
        allowBlocked: config.promotion?.allowBlocked ?? [],
      }),
  });
  for (const d of plan.drift) {
    core.warning(`drift in ${d.app}: ${d.path} is ${d.targetValue} in ${route.to} (${d.reason})`, {
      file: d.file,
      startLine: d.line,
      title: 'promote: drift',
    });
  }
  const template = settings.branchTemplate ?? config.promotion?.branchTemplate ?? 'promote/{from}-to-{to}';
  const branch = template.replaceAll('{from}', route.from).replaceAll('{to}', route.to);
  const planFile = path.join(settings.runnerTemp, `promote-plan-${route.from}-to-${route.to}.json`);
  await writeFile(planFile, `${planToJson(plan)}\n`);
  const result: RouteResult = { route, branch, planFile, plan, operation: 'none' };
  if (settings.dryRun) return result;

  const client = github(settings);
  const base = settings.base ?? settings.github.refName;
  if (base === undefined) throw new GitopsError('promote needs a base branch: set the input "base"');
  const target = { owner: settings.github.owner, repo: settings.github.repo, base, branch };
  const message = `${promotionTitle(plan)}\n\n${plan.changes.map((c) => `- ${c.app}: ${c.path} ${c.from} -> ${c.to}`).join('\n')}\n`;
  const nothing = plan.edits.length === 0 && plan.newFiles.length === 0;
  const update = nothing
    ? undefined
    : settings.commitVia === 'api'
      ? await viaApi(client, target, plan, message)
      : await updateBranch({
          git,
          base,
          branch,
          edits: plan.edits,
          newFiles: plan.newFiles,
          message,
          author: GITHUB_ACTIONS_BOT,
        });
  if (update === undefined || update.result === 'no-diff') {
    const closed = await closePullRequest(client, {
      ...target,
      comment: `Nothing is left to promote: ${route.to} runs what ${route.from} runs. Closing.`,
    });
    return { ...result, operation: closed };
  }
  const links = await Promise.all(
    plan.changes.map(async (change) => {
      const sha = await commitIntroducing(git, change.sourceFile, change.to);
      return sha
        ? `${settings.github.serverUrl}/${settings.github.owner}/${settings.github.repo}/commit/${sha}`
        : undefined;
    }),
  );
  const pullRequest = await upsertPullRequest(client, {
    ...target,
    title: promotionTitle(plan),
    body: promotionBody(plan, { sourceCommitUrl: (index) => links[index] }),
    headSha: update.headSha,
    branchChanged: update.result === 'created' || update.result === 'updated',
    labels: settings.labels,
    reviewers: settings.reviewers,
    assignees: settings.assignees,
    draft: settings.draft,
    ...(settings.autoMerge ? { autoMerge: settings.autoMerge } : {}),
  });
  return { ...result, operation: pullRequest.operation, pullRequest, headSha: update.headSha };
}

async function viaApi(
  client: GitHubClient,
  target: { owner: string; repo: string; base: string; branch: string },
  plan: PromotionPlan,
  message: string,
) {
  if (plan.newFiles.length > 0) {
    throw new GitopsError('commit-via: api cannot create the new files of include-new-apps yet', {
      hint: 'Use commit-via: git for routes that add apps.',
    });
  }
  return commitViaApi(client, { ...target, edits: plan.edits, message });
}

function aggregate(results: readonly RouteResult[]): string {
  for (const operation of ['created', 'updated', 'closed'] as const) {
    if (results.some((r) => r.operation === operation)) return operation;
  }
  return 'none';
}

let client: GitHubClient | undefined;
function github(settings: PromoteSettings): GitHubClient {
  if (!settings.token) throw new GitopsError('promote needs a token: the input "token" is empty');
  client ??= createGitHubClient({
    token: settings.token,
    baseUrl: settings.github.apiUrl,
    log: { debug: core.debug, info: core.info, warn: core.warning, error: core.error },
  });
  return client;
}
