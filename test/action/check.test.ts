import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Octokit } from '@octokit/rest';
import { afterEach, describe, expect, it } from 'vitest';
import { commentMarker } from '../../src/check/report.js';
import { editFile, fleetRepository } from '../integration/check/support.js';
import { pullRequestEvent, pushEvent } from '../support/events.js';
import type { GitRemote } from '../support/git-remote.js';
import { mirrorAllBranches } from '../support/github-emulator/git-mirror.js';
import { type GitHubEmulator, startGitHubEmulator } from '../support/github-emulator/index.js';
import { repoRoot } from '../support/paths.js';
import { runAction } from '../support/runner.js';
import { requireTestdata } from '../support/testdata.js';
import { testTools } from '../support/tools.js';

/** The pinned helm and kubectl, as a workflow would install them. */
async function toolInputs() {
  const tools = testTools();
  return {
    'helm-path': (await tools.locate('helm')).path,
    'kubectl-path': (await tools.locate('kubectl')).path,
  };
}

const mirror = [
  `https://charts.acme.example=${path.join(repoRoot, 'examples/mirror/charts.acme.example')}`,
  `oci://ghcr.io=${path.join(repoRoot, 'examples/mirror/ghcr.io')}`,
].join('\n');

let gh: GitHubEmulator | undefined;
afterEach(async () => {
  gh?.assertNoViolations();
  await gh?.close();
  gh = undefined;
});

/** The fleet on origin, a pull request from `feature` to `main` in the emulator, and one change on feature. */
async function pullRequestSetup() {
  const remote = await fleetRepository();
  await editFile(remote, 'apps/staging/shop-values.yaml', (text) =>
    text.replace('replicaCount: 1', 'replicaCount: 2'),
  );
  await remote.commit('two replicas in staging');
  await remote.push(['feature']);
  gh = await startGitHubEmulator({ owner: 'acme', repo: 'fleet' });
  const emulator = gh;
  await mirrorAllBranches(emulator, remote.origin);
  const octokit = new Octokit({ auth: emulator.token('pat'), baseUrl: emulator.url });
  const { data: pull } = await octokit.rest.pulls.create({
    owner: 'acme',
    repo: 'fleet',
    head: 'feature',
    base: 'main',
    title: 'Two replicas',
  });
  return { remote, emulator, number: pull.number };
}

async function check(
  remote: GitRemote,
  emulator: GitHubEmulator,
  number: number,
  options: { token?: string; fork?: boolean; eventName?: string; inputs?: Record<string, string> } = {},
) {
  return runAction({
    action: 'check',
    workspace: remote.work.workdir,
    repository: 'acme/fleet',
    apiUrl: emulator.url,
    event: {
      name: options.eventName ?? 'pull_request',
      payload: pullRequestEvent({
        owner: 'acme',
        repo: 'fleet',
        number,
        baseSha: await remote.work.revParse('origin/main'),
        headRef: 'feature',
        headSha: await remote.work.revParse('HEAD'),
        ...(options.fork ? { fork: { owner: 'someone', repo: 'fleet' } } : {}),
      }),
    },
    inputs: {
      mirror,
      'schema-location': requireTestdata('kubernetes'),
      crds: requireTestdata('flux-crds'),
      'kubernetes-version': '1.35',
      token: options.token ?? emulator.token('app'),
      ...(await toolInputs()),
      ...options.inputs,
    },
    timeoutMs: 240_000,
  });
}

describe('dist/check (root action.yml) on a pull request', () => {
  it('posts one sticky comment with the diff, and updates it in place on the next push', async () => {
    const { remote, emulator, number } = await pullRequestSetup();
    const first = await check(remote, emulator, number);
    expect(first.stderr).toBe('');
    // The fleet's production charts are ranges on purpose: warnings, which do not fail the step.
    expect(first.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ changed: 'true', added: '0', removed: '0', modified: '2' });
    const [comment] = emulator.comments(number);
    expect(comment?.body.startsWith(commentMarker())).toBe(true);
    expect(comment?.body).toContain('+  replicas: 2');
    expect(first.outputs['comment-url']).toContain(`/pull/${number}#issuecomment-`);
    const report = JSON.parse(await readFile(first.outputs.report as string, 'utf8'));
    expect(report.diff.totals).toMatchObject({ changed: 2 });
    expect(await readFile(first.outputs.diff as string, 'utf8')).toContain('replicas: 2');
    expect(first.summary).toContain('GitOps check');

    await editFile(remote, 'apps/staging/shop-values.yaml', (text) =>
      text.replace('replicaCount: 2', 'replicaCount: 3'),
    );
    await remote.commit('three replicas');
    await remote.push(['feature']);
    const second = await check(remote, emulator, number);
    expect(second.exitCode).toBe(0);
    const comments = emulator.comments(number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.id).toBe(comment?.id);
    expect(comments[0]?.body).toContain('+  replicas: 3');

    // The change is taken back: the same comment now says there is nothing to review.
    await editFile(remote, 'apps/staging/shop-values.yaml', (text) =>
      text.replace('replicaCount: 3', 'replicaCount: 1'),
    );
    await remote.commit('back to one replica');
    const third = await check(remote, emulator, number);
    expect(third.outputs.changed).toBe('false');
    expect(emulator.comments(number).map((c) => c.id)).toEqual([comment?.id]);
    expect(emulator.comments(number)[0]?.body).toContain('No changes');
  });

  it('puts the diff in the job summary when a fork’s read-only token may not comment', async () => {
    const { remote, emulator, number } = await pullRequestSetup();
    const run = await check(remote, emulator, number, {
      token: emulator.token('app', { readOnly: true }),
      fork: true,
    });
    expect(run.exitCode).toBe(0);
    expect(emulator.comments(number)).toEqual([]);
    expect(run.summary).toContain(
      'may not comment on this pull request (the pull request comes from the fork someone/fleet)',
    );
    expect(run.summary).toContain('replicas: 2');
    expect(run.annotations.map((a) => a.level)).toContain('warning');
  });

  it('warns in the summary when it runs on pull_request_target', async () => {
    const { remote, emulator, number } = await pullRequestSetup();
    const run = await check(remote, emulator, number, { eventName: 'pull_request_target' });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('This check ran on `pull_request_target`');
    expect(emulator.comments(number)).toHaveLength(1);
  });

  it('fails the step with an annotation at the line when the head does not validate', async () => {
    const { remote, emulator, number } = await pullRequestSetup();
    await editFile(remote, 'infrastructure/configs/priority-classes.yaml', (text) =>
      text.replace(/^(\s*)value: /m, '$1valu: '),
    );
    await remote.commit('typo');
    const run = await check(remote, emulator, number);
    expect(run.exitCode).toBe(1);
    const error = run.annotations.find(
      (a) => a.level === 'error' && a.file === 'infrastructure/configs/priority-classes.yaml',
    );
    expect(error?.message).toMatch(/valu/);
    // Kustomize's output carries the object's line, not the field's: the PriorityClass starts at 1.
    expect(error?.line).toBe(1);
    expect(emulator.comments(number)[0]?.body).toMatch(/error/i);
  });

  it('keeps the comment under 65,536 characters with a huge diff', async () => {
    const { remote, emulator, number } = await pullRequestSetup();
    const big = Array.from(
      { length: 400 },
      (_, i) =>
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big-${i}\n  namespace: default\ndata:\n  blob: ${'x'.repeat(400)}\n`,
    ).join('---\n');
    await remote.writeFiles({ 'infrastructure/configs/big.yaml': big });
    await editFile(remote, 'infrastructure/configs/kustomization.yaml', (text) =>
      text.replace('resources:\n', 'resources:\n  - big.yaml\n'),
    );
    await remote.commit('a lot of ConfigMaps');
    const run = await check(remote, emulator, number);
    expect(run.exitCode).toBe(0);
    expect(Number(run.outputs.added)).toBe(800);
    const [comment] = emulator.comments(number);
    expect(comment?.body.length).toBeLessThanOrEqual(65_536);
    expect(comment?.body).toContain('job summary');
    expect((await readFile(run.outputs.diff as string, 'utf8')).length).toBeGreaterThan(65_536);
  });
});

describe('dist/check on a push', () => {
  it('compares with the commit before the push and posts no comment', async () => {
    const remote = await fleetRepository();
    await remote.checkout('main');
    const before = await remote.work.revParse('HEAD');
    await editFile(remote, 'apps/production/shop-values.yaml', (text) =>
      text.replace('minReplicas: 3', 'minReplicas: 4'),
    );
    const after = await remote.commit('four replicas at least in production');
    const run = await runAction({
      action: 'check',
      workspace: remote.work.workdir,
      repository: 'acme/fleet',
      event: { name: 'push', payload: pushEvent({ owner: 'acme', repo: 'fleet', before, after }) },
      inputs: {
        mirror,
        'schema-location': requireTestdata('kubernetes'),
        crds: requireTestdata('flux-crds'),
        ...(await toolInputs()),
      },
      timeoutMs: 240_000,
    });
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ changed: 'true', modified: '2' });
    expect(run.outputs['comment-url']).toBeUndefined();
    expect(run.summary).toContain(`Base: \`${before.slice(0, 12)}\` (the commit before the push`);
  });
});
