import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Octokit } from '@octokit/rest';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitRemote, type GitRemote } from '../support/git-remote.js';
import { mirrorAllBranches } from '../support/github-emulator/git-mirror.js';
import { type GitHubEmulator, startGitHubEmulator } from '../support/github-emulator/index.js';
import { repoRoot } from '../support/paths.js';
import { runAction } from '../support/runner.js';

const SHOP_STAGING = 'apps/staging/shop-values.yaml';
const SHOP_PRODUCTION = 'apps/production/shop-values.yaml';

let gh: GitHubEmulator | undefined;
afterEach(async () => {
  gh?.assertNoViolations();
  await gh?.close();
  gh = undefined;
});

/** The example fleet pushed to a bare origin, and an emulator that sees what is pushed there. */
async function setup(): Promise<{ remote: GitRemote; emulator: GitHubEmulator }> {
  const remote = await createGitRemote();
  await cp(path.join(repoRoot, 'examples', 'fleet'), remote.work.workdir, { recursive: true });
  await remote.commit('Add the fleet');
  await remote.push();
  gh = await startGitHubEmulator({ owner: 'acme', repo: 'fleet' });
  const emulator = gh;
  await mirrorAllBranches(emulator, remote.origin);
  emulator.beforeEachRequest(() => mirrorAllBranches(emulator, remote.origin));
  return { remote, emulator };
}

function promote(remote: GitRemote, emulator: GitHubEmulator, inputs: Record<string, string> = {}) {
  return runAction({
    action: 'promote',
    workspace: remote.work.workdir,
    repository: 'acme/fleet',
    apiUrl: emulator.url,
    env: { TZ: 'UTC' },
    inputs: {
      from: 'staging',
      to: 'production',
      token: emulator.token('app'),
      labels: 'promotion',
      ...inputs,
    },
  });
}

async function bumpStaging(remote: GitRemote, from: string, to: string): Promise<void> {
  const file = path.join(remote.work.workdir, SHOP_STAGING);
  await writeFile(file, (await readFile(file, 'utf8')).replace(`tag: ${from} #`, `tag: ${to} #`));
  await remote.commit(`Bump shop to ${to} in staging`);
  await remote.push();
}

describe('actions/promote', () => {
  it('opens one pull request carrying exactly what staging runs, then leaves it alone', async () => {
    const { remote, emulator } = await setup();
    const first = await promote(remote, emulator);
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ operation: 'created', branch: 'promote/staging-to-production' });
    const [pull] = emulator.pulls();
    expect(pull).toMatchObject({
      title: 'Promote staging → production: orders 2.1.0, shop 1.5.0',
      head: 'promote/staging-to-production',
      base: 'main',
      labels: ['promotion'],
    });
    expect(pull?.body).toContain(
      '| shop | `apps/production/shop-values.yaml:15` | `spec.values.image.tag` | `1.4.2` | `1.5.0` |',
    );
    expect(pull?.body).toMatch(
      /<!-- gitops-actions:promote-plan \{.*"route":\{"from":"staging","to":"production"\}.*\} -->/,
    );
    const promoted = await remote.fileAt('promote/staging-to-production', SHOP_PRODUCTION);
    expect(promoted).toContain('tag: 1.4.2 #'.replace('1.4.2', '1.5.0'));
    const original = await remote.fileAt('main', SHOP_PRODUCTION);
    // Only the tag's bytes differ: replicas, resources and hosts stay production's.
    expect(promoted).toBe(original.replace('tag: 1.4.2 #', 'tag: 1.5.0 #'));
    const plan = JSON.parse(await readFile(first.outputs.plan as string, 'utf8'));
    expect(plan.changes).toHaveLength(2);

    const headBefore = (await remote.log('promote/staging-to-production'))[0]?.sha;
    const second = await promote(remote, emulator);
    expect(second.exitCode).toBe(0);
    expect(second.outputs.operation).toBe('none');
    expect((await remote.log('promote/staging-to-production'))[0]?.sha).toBe(headBefore);
    expect(emulator.pulls()).toHaveLength(1);
  });

  it('updates the same pull request when staging moves on, keeping labels people added', async () => {
    const { remote, emulator } = await setup();
    const first = await promote(remote, emulator);
    const number = Number(first.outputs['pull-request-number']);
    const octokit = new Octokit({ auth: emulator.token('pat'), baseUrl: emulator.url });
    await octokit.rest.issues.addLabels({
      owner: 'acme',
      repo: 'fleet',
      issue_number: number,
      labels: ['reviewed'],
    });
    await bumpStaging(remote, '1.5.0', '1.6.0');
    const second = await promote(remote, emulator);
    expect(second.exitCode).toBe(0);
    expect(second.outputs).toMatchObject({ operation: 'updated', 'pull-request-number': String(number) });
    const [pull] = emulator.pulls();
    expect(pull?.title).toBe('Promote staging → production: orders 2.1.0, shop 1.6.0');
    expect(pull?.labels.sort()).toEqual(['promotion', 'reviewed']);
    expect(await remote.fileAt('promote/staging-to-production', SHOP_PRODUCTION)).toContain('tag: 1.6.0 #');
  });

  it('closes the pull request with a comment once production runs what staging runs', async () => {
    const { remote, emulator } = await setup();
    await promote(remote, emulator);
    // The promotion is merged by hand: main now has production on staging's versions.
    await remote.work.run(['merge', '--quiet', '--ff-only', 'origin/promote/staging-to-production'], {});
    await remote.push();
    const run = await promote(remote, emulator);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.operation).toBe('closed');
    const [pull] = emulator.pulls();
    expect(pull?.state).toBe('closed');
    expect(emulator.comments(pull?.number).map((c) => c.body)).toEqual([
      'Nothing is left to promote: production runs what staging runs. Closing.',
    ]);
  });

  it('leaves exactly one open pull request when two runs start at the same moment', async () => {
    const { remote, emulator } = await setup();
    const runs = await Promise.all([promote(remote, emulator), promote(remote, emulator)]);
    expect(
      runs.map((r) => r.exitCode),
      runs.map((r) => r.stdout).join('\n'),
    ).toEqual([0, 0]);
    expect(emulator.pulls().filter((p) => p.state === 'open')).toHaveLength(1);
  });

  it('commits through the Git Data API with commit-via: api', async () => {
    const { remote, emulator } = await setup();
    const run = await promote(remote, emulator, { 'commit-via': 'api' });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.operation).toBe('created');
    expect(emulator.refs()['refs/heads/promote/staging-to-production']).toBe(run.outputs['head-sha']);
  });

  it('takes its routes and branch template from .gitops-actions.yaml when no input names them', async () => {
    const { remote, emulator } = await setup();
    await remote.commit('Configure promotion', {
      '.gitops-actions.yaml':
        'routes:\n  - staging -> production\npromotion:\n  branchTemplate: release/{to}\n',
    });
    await remote.push();
    const run = await runAction({
      action: 'promote',
      workspace: remote.work.workdir,
      repository: 'acme/fleet',
      apiUrl: emulator.url,
      env: { TZ: 'UTC' },
      inputs: { token: emulator.token('app') },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ operation: 'created', branch: 'release/production' });
    expect(emulator.pulls()[0]?.head).toBe('release/production');
  });

  it('prints the plan and touches nothing on a dry run', async () => {
    const { remote, emulator } = await setup();
    const run = await promote(remote, emulator, { 'dry-run': 'true' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.operation).toBe('none');
    expect(emulator.pulls()).toEqual([]);
    // In this repository's only commit staging already runs 1.5.0 and 2.1.0: production's values
    // never ran in staging's history, which is drift, reported (and still replaced).
    expect(run.summary).toContain('| staging → production | 2 | 2 | dry run |');
    const drift = run.annotations.filter((a) => a.title === 'promote: drift');
    expect(drift.map((a) => `${a.file}:${a.line}`).sort()).toEqual([
      'apps/production/orders-values.yaml:15',
      'apps/production/shop-values.yaml:15',
    ]);
  });
});
