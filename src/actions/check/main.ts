import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { resolveBaseCommit } from '../../check/base-commit.js';
import { checkReport, checkSummary, commentBodies, PULL_REQUEST_TARGET_WARNING } from '../../check/report.js';
import { runCheck } from '../../check/run-check.js';
import { GitopsError } from '../../core/errors.js';
import { runFailed } from '../../core/render/index.js';
import { failsRun } from '../../core/validate/finding.js';
import { ownRepositoryUrls } from '../../git/git.js';
import { createGitHubClient } from '../../github/client.js';
import { upsertStickyComment } from '../../github/sticky-comment.js';
import { renderAnnotations } from '../render/summary.js';
import { emitAnnotations } from '../shared/annotations.js';
import { restoreDirectoryCache } from '../shared/cache.js';
import { findingsToAnnotations } from '../shared/findings.js';
import { workspaceGit } from '../shared/git.js';
import { runAction } from '../shared/run.js';
import { writeJobSummary } from '../shared/summary.js';
import { actionTools } from '../shared/tools.js';
import { uploadDiffArtifact } from './artifact.js';
import { type CheckSettings, getInputs } from './inputs.js';

/**
 * The pull-request check (root action.yml): render base and head, diff, validate the head, one
 * sticky comment, a job summary, the full diff as a file and an artifact, and the step's status.
 */
export async function run(): Promise<void> {
  await runAction(async () => {
    const settings = getInputs();
    const git = await workspaceGit(settings.workspace);
    const base = await resolveBaseCommit(git, settings.base);
    core.info(`base: ${base.sha} (${base.description})`);
    const tools = await actionTools(settings.tools);
    // Charts, rendered units and schemas from earlier runs: units whose inputs did not change
    // since then come from the cache on both sides.
    const cache = await restoreDirectoryCache({
      name: 'check',
      paths: ['charts', 'render', 'validate'].map((dir) => path.join(settings.cacheDir, dir)),
      keyParts: [
        path.relative(settings.workspace, settings.sourceRoot) || '.',
        ...settings.clusters,
        settings.kubernetesVersion ?? '',
      ],
    });
    const result = await runCheck({
      git,
      base,
      repositoryUrls: await ownRepositoryUrls(git, process.env),
      repoRoot: settings.workspace,
      sourceRoot: settings.sourceRoot,
      clusters: settings.clusters,
      tools,
      cacheDir: settings.cacheDir,
      mirrors: settings.mirrors,
      concurrency: settings.concurrency,
      ...(settings.kubernetesVersion ? { kubeVersion: settings.kubernetesVersion } : {}),
      full: settings.full,
      diff: { noise: settings.noise },
      validation: {
        kubernetesVersions: settings.kubernetesVersion ? [settings.kubernetesVersion] : [],
        schemaLocations: settings.schemaLocations,
        crdPaths: settings.crds,
        strict: true,
        cacheDir: path.join(settings.cacheDir, 'validate'),
        severities: {},
        download: {},
      },
    });
    for (const note of result.validation?.notes ?? []) core.warning(note);

    await mkdir(settings.outDir, { recursive: true });
    const diffFile = path.join(settings.outDir, 'diff.md');
    const reportFile = path.join(settings.outDir, 'report.json');
    const notes: string[] = [];
    if (settings.event.name === 'pull_request_target') {
      core.warning('This check runs on pull_request_target: see the job summary for the risk.');
      notes.push(PULL_REQUEST_TARGET_WARNING);
    }
    const full = checkSummary(result, { notes: [] });
    await writeFile(diffFile, full);
    await writeFile(reportFile, `${JSON.stringify(checkReport(result), null, 2)}\n`);

    const artifact = await uploadDiffArtifact(settings.artifact, [diffFile, reportFile], settings.outDir);
    if (artifact.note) core.info(artifact.note);
    const links = {
      ...(settings.github.runUrl ? { summaryUrl: settings.github.runUrl } : {}),
      ...(artifact.url ? { artifactUrl: artifact.url } : {}),
    };
    const commentUrl = await postComments(settings, result, links, notes);

    emitAnnotations([
      ...renderAnnotations(result.headRun),
      ...findingsToAnnotations(result.validation?.report.findings ?? []),
    ]);
    await writeJobSummary(checkSummary(result, { notes }));
    await cache.save();

    const { totals } = result.diff;
    core.setOutput('changed', String(result.diff.changed));
    core.setOutput('added', String(totals.added));
    core.setOutput('modified', String(totals.changed));
    core.setOutput('removed', String(totals.removed));
    core.setOutput('diff', diffFile);
    core.setOutput('report', reportFile);
    if (commentUrl) core.setOutput('comment-url', commentUrl);
    core.info(
      `${totals.added} added, ${totals.changed} changed, ${totals.removed} removed; ` +
        `${result.stats.affected} of ${result.stats.units} units rendered on both sides`,
    );

    const problems: string[] = [];
    const failed = result.headRun.units.filter((unit) => unit.status === 'failed').length;
    if (runFailed(result.headRun)) problems.push(`${failed} units failed to render on the head`);
    const findings = result.validation?.report.findings ?? [];
    if (failsRun(findings, settings.failOn)) {
      const counts = result.validation?.report.counts;
      problems.push(`validation found ${counts?.errors ?? 0} errors and ${counts?.warnings ?? 0} warnings`);
    }
    if (problems.length > 0)
      throw new GitopsError(`check failed (fail-on: ${settings.failOn}): ${problems.join('; ')}`);
  });
}

/**
 * The sticky comment(s). A token that may not comment (a pull request from a fork gets a read-only
 * token on `pull_request`) is not a failure: the diff is in the job summary, and the run says so.
 */
async function postComments(
  settings: CheckSettings,
  result: Awaited<ReturnType<typeof runCheck>>,
  links: { summaryUrl?: string; artifactUrl?: string },
  notes: string[],
): Promise<string | undefined> {
  const pullRequest = settings.event.pullRequest;
  if (settings.comment === 'none') return undefined;
  if (pullRequest === undefined) {
    core.info('Not a pull request: the diff is in the job summary only.');
    return undefined;
  }
  if (!settings.token) {
    notes.push('The input "token" is empty, so no comment was posted; the diff is below.');
    return undefined;
  }
  const client = createGitHubClient({
    token: settings.token,
    baseUrl: settings.github.apiUrl,
    log: { debug: core.debug, info: core.info, warn: core.warning, error: core.error },
  });
  let url: string | undefined;
  for (const comment of commentBodies(result, settings.comment, links)) {
    const outcome = await upsertStickyComment(client, {
      owner: settings.github.owner,
      repo: settings.github.repo,
      issueNumber: pullRequest.number,
      marker: comment.marker,
      body: comment.body,
      empty: comment.empty,
    });
    if (outcome.action === 'forbidden') {
      const fork =
        pullRequest.headRepo !== undefined && pullRequest.headRepo !== pullRequest.baseRepo
          ? ` (the pull request comes from the fork ${pullRequest.headRepo})`
          : '';
      const note = `The token may not comment on this pull request${fork}, so the diff is in this job summary instead.`;
      core.warning(note);
      notes.push(note);
      return undefined;
    }
    core.info(`comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}`);
    url ??= outcome.url;
  }
  return url;
}
