import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitRemote, type GitRemote } from '../support/git-remote.js';
import { mirrorAllBranches } from '../support/github-emulator/git-mirror.js';
import { type GitHubEmulator, startGitHubEmulator } from '../support/github-emulator/index.js';
import { repoRoot } from '../support/paths.js';
import { putImageTags, startRegistry, type TestRegistry } from '../support/registry.js';
import { runAction } from '../support/runner.js';

const STAGING = 'apps/staging/shop-values.yaml';
const PRODUCTION = 'apps/production/shop-values.yaml';

/** The example fleet, committed to a repository with a bare origin: what actions/checkout leaves. */
async function fleetRepository(): Promise<GitRemote> {
  const remote = await createGitRemote();
  await cp(path.join(repoRoot, 'examples', 'fleet'), remote.work.workdir, { recursive: true });
  await remote.commit('Add the fleet');
  await remote.push();
  return remote;
}

const read = (remote: GitRemote, file: string) => readFile(path.join(remote.work.workdir, file), 'utf8');

let gh: GitHubEmulator | undefined;
let registry: TestRegistry | undefined;
afterEach(async () => {
  gh?.assertNoViolations();
  await gh?.close();
  await registry?.stop();
  gh = undefined;
  registry = undefined;
});

describe('actions/image-bump, given mode', () => {
  it('updates the markers under the ImageUpdateAutomation path, changing only those scalars', async () => {
    const remote = await fleetRepository();
    const before = { staging: await read(remote, STAGING), production: await read(remote, PRODUCTION) };
    const run = await runAction({
      action: 'image-bump',
      workspace: remote.work.workdir,
      inputs: { image: 'ghcr.io/acme/shop', tag: '1.6.0' },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.changed).toBe('true');
    expect(run.outputs.files).toBe(STAGING);
    expect(await read(remote, STAGING)).toBe(before.staging.replace('tag: 1.5.0 #', 'tag: 1.6.0 #'));
    // Production is outside the automation's update.path: promotion carries it there.
    expect(await read(remote, PRODUCTION)).toBe(before.production);
    const changes = JSON.parse(await readFile(run.outputs.changes as string, 'utf8'));
    expect(changes.changes).toEqual([
      expect.objectContaining({ file: STAGING, setter: 'flux-system:shop:tag', old: '1.5.0', new: '1.6.0' }),
    ]);
    const line = before.staging.split('\n').findIndex((text) => text.includes('tag: 1.5.0 #')) + 1;
    expect(changes.changes[0].line).toBe(line);
    expect(run.summary).toContain(
      `| \`${STAGING}:${line}\` | HelmRelease shop/shop | \`flux-system:shop:tag\` | \`1.5.0\` | \`1.6.0\` |`,
    );
  });

  it('warns at the production markers whose range refuses a major version, and updates staging', async () => {
    const remote = await fleetRepository();
    const run = await runAction({
      action: 'image-bump',
      workspace: remote.work.workdir,
      inputs: { image: 'ghcr.io/acme/shop', tag: '2.0.0', paths: 'apps' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.files).toBe(STAGING);
    const rejected = run.annotations.filter((a) => a.file === PRODUCTION);
    expect(rejected.length).toBeGreaterThan(0);
    for (const annotation of rejected) {
      expect(annotation).toMatchObject({ level: 'warning', title: 'image-bump: tag-rejected' });
      expect(annotation.message).toMatch(/^tag 2\.0\.0 rejected by policy flux-system\/shop: /);
    }
    expect(await read(remote, PRODUCTION)).toContain('tag: 1.4.2 #');
  });

  it('changes nothing the second time', async () => {
    const remote = await fleetRepository();
    const inputs = { image: 'ghcr.io/acme/shop', tag: '1.6.0' };
    await runAction({ action: 'image-bump', workspace: remote.work.workdir, inputs });
    const second = await runAction({ action: 'image-bump', workspace: remote.work.workdir, inputs });
    expect(second.exitCode).toBe(0);
    expect(second.outputs.changed).toBe('false');
    expect(second.outputs.files).toBe('');
  });

  it('names the missing input when a tag comes without an image', async () => {
    const remote = await fleetRepository();
    const run = await runAction({
      action: 'image-bump',
      workspace: remote.work.workdir,
      inputs: { tag: '1.6.0' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map((a) => a.message)).toEqual([
      'Inputs "tag" and "digest" need "image": name the image that was built.',
    ]);
  });
});

describe('actions/image-bump, commit and pull-request modes', () => {
  it('commits with the automation message template and author, and pushes to its branch', async () => {
    const remote = await fleetRepository();
    const run = await runAction({
      action: 'image-bump',
      workspace: remote.work.workdir,
      inputs: { image: 'ghcr.io/acme/shop', tag: '1.6.0', mode: 'commit' },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const [head] = await remote.log('main');
    expect(run.outputs['commit-sha']).toBe(head?.sha);
    expect(head?.subject).toBe('Update staging images');
    const message = await remote.origin.run(['log', '-1', '--format=%B%n%an <%ae>', 'main']);
    expect(message).toBe(
      'Update staging images\n\n- 1.5.0 -> 1.6.0\n\nfluxcdbot <fluxcdbot@users.noreply.github.com>\n',
    );
    expect(await remote.fileAt('main', STAGING)).toContain('tag: 1.6.0 #');
  });

  it('opens one pull request, and a second run with the same build leaves it as it is', async () => {
    const remote = await fleetRepository();
    gh = await startGitHubEmulator({ owner: 'acme', repo: 'fleet' });
    const emulator = gh;
    await mirrorAllBranches(emulator, remote.origin);
    // What the action pushes with git reaches the emulator before each API call, as on GitHub.
    emulator.beforeEachRequest(() => mirrorAllBranches(emulator, remote.origin));
    const options = {
      action: 'image-bump' as const,
      workspace: remote.work.workdir,
      repository: 'acme/fleet',
      apiUrl: emulator.url,
      env: { TZ: 'UTC' },
      inputs: {
        image: 'ghcr.io/acme/shop',
        tag: '1.6.0',
        mode: 'pull-request',
        token: emulator.token('github-actions'),
        labels: 'images, staging',
      },
    };
    const first = await runAction(options);
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.outputs['pull-request-operation']).toBe('created');
    const pulls = emulator.pulls();
    expect(pulls).toHaveLength(1);
    expect(pulls[0]).toMatchObject({ head: 'image-bump/shop', base: 'main', title: 'Update staging images' });
    expect(pulls[0]?.labels.sort()).toEqual(['images', 'staging']);
    expect(first.outputs['pull-request-url']).toMatch(new RegExp(`/acme/fleet/pull/${pulls[0]?.number}$`));
    expect(await remote.fileAt('image-bump/shop', STAGING)).toContain('tag: 1.6.0 #');
    // The working tree of the run is left alone in pull-request mode.
    expect(await read(remote, STAGING)).toContain('tag: 1.5.0 #');

    const second = await runAction(options);
    expect(second.exitCode).toBe(0);
    expect(second.outputs['pull-request-operation']).toBe('none');
    expect(emulator.pulls()).toHaveLength(1);
  });
});

describe('actions/image-bump, registry mode', () => {
  it('picks what Flux would from the registry tags and writes it', async () => {
    registry = await startRegistry();
    await putImageTags(registry.url, 'acme/api', ['1.0.0', '1.1.0', '1.2.0-rc.1', '2.0.0']);
    const remote = await createGitRemote();
    const image = `${registry.host}/acme/api`;
    await remote.commit('Add the app', {
      'clusters/prod/images.yaml': `apiVersion: image.toolkit.fluxcd.io/v1
kind: ImageRepository
metadata:
  name: api
  namespace: flux-system
spec:
  image: ${image}
  interval: 5m
---
apiVersion: image.toolkit.fluxcd.io/v1
kind: ImagePolicy
metadata:
  name: api
  namespace: flux-system
spec:
  imageRepositoryRef:
    name: api
  policy:
    semver:
      range: ^1.0.0
`,
      'clusters/prod/api.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: api
spec:
  template:
    spec:
      containers:
        - name: api
          image: ${image}:1.0.0 # {"$imagepolicy": "flux-system:api"}
`,
    });
    const run = await runAction({ action: 'image-bump', workspace: remote.work.workdir });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.changed).toBe('true');
    expect(await read(remote, 'clusters/prod/api.yaml')).toContain(`image: ${image}:1.1.0 # {"$imagepolicy"`);
  });
});
