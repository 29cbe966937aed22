import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { GitopsError } from '../../core/errors.js';
import {
  type ImageBumpOutcome,
  imageBumpCommitMessage,
  planImageBump,
  type TagSource,
} from '../../core/images/bump.js';
import type { ImageDiagnostic } from '../../core/images/diagnostics.js';
import { CredentialStore, RegistryClient } from '../../core/images/registry/index.js';
import { deliverEdits } from '../../delivery/deliver.js';
import { createGitHubClient } from '../../github/client.js';
import {
  imageBumpChangesJson,
  imageBumpPullRequestBody,
  imageBumpSummary,
  imageBumpTitle,
} from '../../report/image-bump.js';
import { type Annotation, emitAnnotations } from '../shared/annotations.js';
import { workspaceGit } from '../shared/git.js';
import { runAction } from '../shared/run.js';
import { writeJobSummary } from '../shared/summary.js';
import { getInputs, type ImageBumpSettings } from './inputs.js';

/** actions/image-bump: markers → policy decisions → edits → files, a commit, or a pull request. */
export async function run(): Promise<void> {
  await runAction(async () => {
    const settings = getInputs();
    const outcome = await planImageBump({
      root: settings.workspace,
      paths: settings.paths,
      ...(settings.given ? { given: settings.given } : { registry: await registryClient(settings) }),
    });
    const { plan } = outcome;
    const planErrors = plan.diagnostics.filter((d) => d.severity === 'error');
    const annotationReport = emitAnnotations([
      // A marker that cannot act is a warning (Flux ignores it silently); an error in the plan
      // itself means the change at hand is wrong, and nothing is written.
      ...outcome.automation.diagnostics.map((d) => annotation(d, 'warning')),
      ...plan.diagnostics.map((d) => annotation(d, d.severity === 'error' ? 'error' : 'warning')),
    ]);
    const changesFile = path.join(process.env.RUNNER_TEMP || settings.workspace, 'image-bump-changes.json');
    await writeFile(changesFile, `${JSON.stringify(imageBumpChangesJson(outcome), null, 2)}\n`);
    core.setOutput('changes', changesFile);

    if (planErrors.length > 0) {
      await writeJobSummary(imageBumpSummary(outcome, { mode: settings.mode, annotationReport }));
      core.setOutput('changed', 'false');
      throw new GitopsError(
        `${planErrors.length} marker(s) cannot take this image (${planErrors[0]?.reason}); nothing was written`,
      );
    }

    const message = imageBumpCommitMessage(outcome, settings.commitMessage);
    const delivery = await deliverEdits({
      mode: settings.mode,
      root: settings.workspace,
      edits: plan.edits,
      message,
      ...(outcome.updateAutomation?.commit.author ? { author: outcome.updateAutomation.commit.author } : {}),
      ...(settings.mode === 'write'
        ? {}
        : { git: await workspaceGit(settings.workspace, 'commit and pull-request modes need it') }),
      ...branchSettings(settings, outcome),
      ...(settings.mode === 'pull-request'
        ? { pullRequest: pullRequestSettings(settings, outcome, message) }
        : {}),
    });

    const changed = plan.edits.length > 0;
    core.setOutput('changed', String(changed));
    core.setOutput('files', delivery.files.join('\n'));
    if (delivery.commitSha) core.setOutput('commit-sha', delivery.commitSha);
    if (delivery.pullRequest) {
      core.setOutput('pull-request-number', String(delivery.pullRequest.number));
      core.setOutput('pull-request-url', delivery.pullRequest.url);
      core.setOutput('pull-request-operation', delivery.pullRequest.operation);
    }
    core.info(
      changed
        ? `${plan.changes.length} change(s) in ${delivery.files.length} file(s)`
        : 'no marker needs a change: nothing written',
    );
    await writeJobSummary(imageBumpSummary(outcome, { mode: settings.mode, annotationReport, delivery }));
  });
}

function annotation(d: ImageDiagnostic, level: Annotation['level']): Annotation {
  return {
    level,
    message: d.reason,
    title: `image-bump: ${d.code}`,
    file: d.location.file,
    ...(d.location.line === undefined ? {} : { line: d.location.line }),
    ...(d.location.column === undefined ? {} : { column: d.location.column }),
  };
}

/** Registry mode's client: credentials for one named host, else a docker config.json if present. */
async function registryClient(settings: ImageBumpSettings): Promise<TagSource> {
  const { host, username, password, dockerConfig } = settings.registry;
  let credentials: CredentialStore | undefined;
  if (host !== undefined && username !== undefined && password !== undefined) {
    credentials = CredentialStore.fromCredentials(
      host,
      { username, password },
      'inputs registry-username/password',
    );
  } else if (dockerConfig !== undefined) {
    const text = await readFile(dockerConfig, 'utf8').catch(() => undefined);
    if (text !== undefined) credentials = CredentialStore.fromDockerConfig(text, dockerConfig);
  }
  return new RegistryClient(credentials ? { credentials } : {});
}

/**
 * The ImageUpdateAutomation's push branch is the default, as Flux pushes there; in pull-request
 * mode only when it is not the base itself (a pull request from main to main means nothing).
 */
function branchSettings(settings: ImageBumpSettings, outcome: ImageBumpOutcome): { branch?: string } {
  const automationBranch = outcome.updateAutomation?.pushBranch;
  if (settings.mode === 'commit') {
    const branch = settings.branch ?? automationBranch;
    return branch === undefined ? {} : { branch };
  }
  if (settings.mode === 'pull-request') {
    const base = baseBranch(settings, outcome);
    const image = settings.given ? settings.given.image.split('/').pop()?.split(/[:@]/)[0] : 'all';
    const fromAutomation =
      automationBranch !== undefined && automationBranch !== base ? automationBranch : undefined;
    return { branch: settings.branch ?? fromAutomation ?? `image-bump/${image}` };
  }
  return {};
}

function baseBranch(settings: ImageBumpSettings, outcome: ImageBumpOutcome): string {
  const base = settings.base ?? outcome.updateAutomation?.checkoutBranch ?? settings.github.refName;
  if (base === undefined) {
    throw new GitopsError('pull-request mode needs a base branch: set the input "base"', {
      hint: 'The run is not on a branch (a tag or a pull request ref), so there is no default.',
    });
  }
  return base;
}

function pullRequestSettings(settings: ImageBumpSettings, outcome: ImageBumpOutcome, message: string) {
  if (!settings.token) throw new GitopsError('pull-request mode needs a token: the input "token" is empty');
  const base = baseBranch(settings, outcome);
  return {
    client: createGitHubClient({
      token: settings.token,
      baseUrl: settings.github.apiUrl,
      log: { debug: core.debug, info: core.info, warn: core.warning, error: core.error },
    }),
    owner: settings.github.owner,
    repo: settings.github.repo,
    base,
    title: imageBumpTitle(outcome, message),
    body: imageBumpPullRequestBody(outcome, message),
    labels: settings.labels,
  };
}
