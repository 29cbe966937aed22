import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRepository } from '../../../src/core/render/index.js';
import { createGitRemote } from '../../support/git-remote.js';
import { tempDir } from '../../support/temp.js';
import { testGit, testTools } from '../../support/tools.js';

const CHART = {
  'charts/greeter/Chart.yaml': 'apiVersion: v2\nname: greeter\nversion: 0.3.0\n',
  'charts/greeter/values.yaml': 'greeting: hello\n',
  'charts/greeter/templates/cm.yaml':
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  greeting: {{ .Values.greeting }}\n',
};

/**
 * This repository's cluster applies a GitRepository of another repository (a bare repository
 * served as `file://`), a Kustomization building `./deploy` from it, and a HelmRelease whose chart
 * is in it.
 */
async function fleetWithRemote(branch = 'main') {
  const remote = await createGitRemote();
  const commit = await remote.commit('apps', {
    ...CHART,
    'deploy/settings.yaml':
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: apps\ndata:\n  region: ${region}\n',
  });
  await remote.push();
  const root = await tempDir();
  const fleet = path.join(root, 'fleet');
  await mkdir(path.join(fleet, 'clusters', 'prod'), { recursive: true });
  await writeFile(
    path.join(fleet, 'clusters', 'prod', 'apps.yaml'),
    `apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: apps-repo
  namespace: flux-system
spec:
  interval: 5m
  url: ${remote.url}
  ref:
    branch: ${branch}
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: apps
  namespace: flux-system
spec:
  interval: 10m
  path: ./deploy
  prune: true
  sourceRef:
    kind: GitRepository
    name: apps-repo
  postBuild:
    substitute:
      region: eu-west-1
---
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: greeter
  namespace: apps
spec:
  interval: 10m
  chart:
    spec:
      chart: ./charts/greeter
      sourceRef:
        kind: GitRepository
        name: apps-repo
        namespace: flux-system
  values:
    greeting: hi
`,
  );
  return { root, fleet, remote, commit };
}

describe('GitRepositories of other repositories', () => {
  it('are cloned at their ref: the Kustomization builds from the clone and the chart comes from it', async () => {
    const { root, fleet, remote, commit } = await fleetWithRemote();
    const run = await renderRepository({
      repoRoot: root,
      sourceRoot: fleet,
      tools: testTools(),
      cacheDir: await tempDir(),
      concurrency: 2,
      git: await testGit(os.tmpdir()),
    });
    expect(run.diagnostics).toEqual([]);
    const apps = run.units.find((unit) => unit.id === 'prod/Kustomization/flux-system/apps');
    expect(apps?.status).toBe('rendered');
    const settings = apps?.objects.find((object) => object.identity.name === 'settings');
    expect(settings?.object.data).toEqual({ region: 'eu-west-1' });
    // Named after the clone, not the temporary directory it was built in.
    expect(settings?.source).toBe(`git:${remote.url}@${commit.slice(0, 12)}/deploy/settings.yaml:1`);
    const greeter = run.units.find((unit) => unit.id === 'prod/HelmRelease/apps/greeter');
    expect(greeter?.status).toBe('rendered');
    expect(greeter?.chart).toMatchObject({ name: 'greeter', version: '0.3.0' });
    expect(greeter?.objects.map(({ object }) => object.data)).toEqual([{ greeting: 'hi' }]);
  });

  it('report a ref that does not exist at the Kustomization, and the rest of the cluster renders', async () => {
    const { root, fleet } = await fleetWithRemote('no-such-branch');
    const run = await renderRepository({
      repoRoot: root,
      sourceRoot: fleet,
      tools: testTools(),
      cacheDir: await tempDir(),
      concurrency: 2,
      git: await testGit(os.tmpdir()),
    });
    const apps = run.units.find((unit) => unit.id === 'prod/Kustomization/flux-system/apps');
    expect(apps?.status).toBe('failed');
    expect(apps?.error?.message).toContain('has no refs/heads/no-such-branch');
    expect(run.units.find((unit) => unit.id === 'prod/Kustomization/flux-system/flux-system')?.status).toBe(
      'rendered',
    );
  });

  it('are reported as not rendered, never dropped, when render has no git', async () => {
    const { root, fleet } = await fleetWithRemote();
    const run = await renderRepository({
      repoRoot: root,
      sourceRoot: fleet,
      tools: testTools(),
      cacheDir: await tempDir(),
      concurrency: 2,
    });
    expect(run.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'unsupported-source',
        message: expect.stringContaining('GitRepository flux-system/apps-repo'),
        hint: expect.stringContaining('git'),
      }),
    );
    expect(run.units.find((unit) => unit.id === 'prod/HelmRelease/apps/greeter')?.status).toBe('failed');
  });
});
