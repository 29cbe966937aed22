import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ManifestObject, MirrorMap } from '../../../src/core/helm/sources/index.js';
import { writeTestChart } from '../../support/charts.js';
import { createGitRemote } from '../../support/git-remote.js';
import { repoRoot } from '../../support/paths.js';
import { tempDir } from '../../support/temp.js';
import { testGit, testTools } from '../../support/tools.js';
import { startLoggingChartRepo } from './logging-chart-repo.js';
import { closeResolvers, helmRelease, testResolver } from './support.js';

afterEach(closeResolvers);

const fleet = path.join(repoRoot, 'examples/fleet');
const FLUX_SYSTEM: ManifestObject = {
  kind: 'GitRepository',
  metadata: { name: 'flux-system', namespace: 'flux-system' },
  spec: { url: 'https://github.com/acme/fleet', ref: { branch: 'main' } },
};

const fromGit = (chart: string, repository = 'flux-system', namespace = 'flux-system') =>
  helmRelease({
    chart: { spec: { chart, sourceRef: { kind: 'GitRepository', name: repository, namespace } } },
  });

const gitRepository = (url: string, ref: Record<string, unknown>): ManifestObject => ({
  kind: 'GitRepository',
  metadata: { name: 'lib', namespace: 'apps' },
  spec: { url, ref },
});

describe('charts from Git sources', () => {
  it('reads a chart without dependencies from this repository in place', async () => {
    const resolver = await testResolver({ repoRoot: fleet });
    const chart = await resolver.resolve(fromGit('./charts/web-app'), [FLUX_SYSTEM]);
    expect(chart).toMatchObject({
      chartPath: path.join(fleet, 'charts/web-app'),
      name: 'web-app',
      source: 'git:this-repository',
      sourceRoot: fleet,
    });
    expect(chart.digest).toBeUndefined();
  });

  it('refuses a chart path that leaves the source or holds no chart', async () => {
    const resolver = await testResolver({ repoRoot: fleet });
    await expect(resolver.resolve(fromGit('../mirror-src/node-agent'), [FLUX_SYSTEM])).rejects.toThrow(
      'HelmRelease apps/web: chart path "../mirror-src/node-agent" leaves the source',
    );
    await expect(resolver.resolve(fromGit('./apps'), [FLUX_SYSTEM])).rejects.toThrow(
      /"\.\/apps" is not a chart/,
    );
  });

  it('clones another GitRepository (file:// bare remote) by branch, tag and commit, cached by commit', async () => {
    const remote = await createGitRemote();
    await writeTestChart(path.join(remote.work.workdir, 'charts/app'), { name: 'app', version: '1.0.0' });
    const first = await remote.commit('app 1.0.0');
    await remote.work.run(['tag', 'v1.0.0']);
    await remote.push(['main', 'v1.0.0']);
    await writeTestChart(path.join(remote.work.workdir, 'charts/app'), { name: 'app', version: '1.1.0' });
    const second = await remote.commit('app 1.1.0');
    await remote.push();

    const git = await testGit(os.tmpdir());
    const cacheDir = path.join(await tempDir(), 'cache');
    const resolver = await testResolver({ git, cacheDir });
    const release = fromGit('charts/app', 'lib', 'apps');
    const byBranch = await resolver.resolve(release, [gitRepository(remote.url, { branch: 'main' })]);
    expect(byBranch).toMatchObject({ version: '1.1.0', revision: second, source: `git:${remote.url}` });
    const byTag = await resolver.resolve(release, [gitRepository(remote.url, { tag: 'v1.0.0' })]);
    expect(byTag).toMatchObject({ version: '1.0.0', revision: first });
    const byCommit = await resolver.resolve(release, [
      gitRepository(remote.url, { branch: 'main', commit: first }),
    ]);
    expect(byCommit).toMatchObject({ version: '1.0.0', revision: first });
    // The tag and the commit are the same revision: one clone serves both.
    expect(byCommit.chartPath).toBe(byTag.chartPath);
    expect((await readdir(path.join(cacheDir, 'git'))).length).toBe(2);

    // A later run reuses the clone of an unchanged branch, and clones again once it moves.
    const nextRun = await testResolver({ git, cacheDir });
    expect((await nextRun.resolve(release, [gitRepository(remote.url, { branch: 'main' })])).chartPath).toBe(
      byBranch.chartPath,
    );
    await writeTestChart(path.join(remote.work.workdir, 'charts/app'), { name: 'app', version: '1.2.0' });
    await remote.commit('app 1.2.0');
    await remote.push();
    const moved = await (await testResolver({ git, cacheDir })).resolve(release, [
      gitRepository(remote.url, { branch: 'main' }),
    ]);
    expect(moved.version).toBe('1.2.0');
  });

  it('names the missing branch of a remote', async () => {
    const remote = await createGitRemote();
    await remote.commit('init', { 'README.md': 'x\n' });
    await remote.push();
    const resolver = await testResolver({ git: await testGit(os.tmpdir()) });
    await expect(
      resolver.resolve(fromGit('charts/app', 'lib', 'apps'), [gitRepository(remote.url, { branch: 'nope' })]),
    ).rejects.toThrow(/HelmRelease apps\/web: .* has no refs\/heads\/nope/);
  });
});

describe('chart dependencies', () => {
  it('builds examples/fleet/charts/worker (file://../cache) on a copy, rendering as helm dependency build does', async () => {
    const resolver = await testResolver({ repoRoot: fleet });
    const chart = await resolver.resolve(fromGit('./charts/worker'), [FLUX_SYSTEM]);
    expect(chart).toMatchObject({ name: 'worker', version: '1.1.0', sourceRoot: fleet });
    expect(chart.chartPath.startsWith(fleet)).toBe(false);
    expect(await readdir(path.join(chart.chartPath, 'charts'))).toEqual(['cache']);
    // The user's chart is untouched: no charts/ directory appears in it.
    expect(await readdir(path.join(fleet, 'charts/worker'))).not.toContain('charts');

    // The reference: helm's own dependency build on a copy of the source.
    const copy = path.join(await tempDir(), 'fleet');
    await cp(path.join(fleet, 'charts'), path.join(copy, 'charts'), { recursive: true });
    const helm = await testTools().helm();
    await helm.dependencyBuild(path.join(copy, 'charts/worker'));
    const values = ['--set', 'cache.enabled=true'];
    expect(await helm.template(['orders', chart.chartPath, ...values])).toBe(
      await helm.template(['orders', path.join(copy, 'charts/worker'), ...values]),
    );
  });

  it('vendors repository dependencies through the mirrors and checks local dependency versions', async () => {
    const root = await tempDir('gitops-actions-deps-');
    const web = await writeTestChart(path.join(root, 'upstream/web'), { name: 'web', version: '1.10.0' });
    const repo = await startLoggingChartRepo([web]);
    try {
      await writeTestChart(path.join(root, 'src/charts/lib'), { name: 'lib', version: '0.3.0' });
      await writeTestChart(path.join(root, 'src/charts/umbrella'), { name: 'umbrella', version: '1.0.0' });
      const dependencies = (libVersion: string) => `dependencies:
  - name: web
    version: 1.x
    repository: https://charts.upstream.invalid/
  - name: node-agent
    version: 0.4.x
    repository: oci://ghcr.io/acme/charts
  - name: lib
    version: "${libVersion}"
    repository: file://../lib
`;
      const chartYaml = 'apiVersion: v2\nname: umbrella\nversion: "1.0.0"\n';
      await writeFile(path.join(root, 'src/charts/umbrella/Chart.yaml'), chartYaml + dependencies('0.3.x'));
      const resolver = await testResolver({
        repoRoot: path.join(root, 'src'),
        mirrors: MirrorMap.parse(
          [
            `https://charts.upstream.invalid=${repo.url}`,
            'oci://ghcr.io/acme/charts=examples/mirror/ghcr.io/acme/charts',
          ],
          repoRoot,
        ),
      });
      const chart = await resolver.resolve(fromGit('charts/umbrella'), [FLUX_SYSTEM]);
      expect((await readdir(path.join(chart.chartPath, 'charts'))).sort()).toEqual([
        'lib',
        'node-agent-0.4.1.tgz',
        'web-1.10.0.tgz',
      ]);
      const rendered = await (await testTools().helm()).template(['u', chart.chartPath]);
      expect(rendered).toContain('name: u-web');
      expect(rendered).toContain('name: u-lib');

      await mkdir(path.join(root, 'src/charts/strict'), { recursive: true });
      await writeFile(
        path.join(root, 'src/charts/strict/Chart.yaml'),
        'apiVersion: v2\nname: strict\nversion: "1.0.0"\ndependencies:\n  - name: lib\n    version: 1.x\n    repository: file://../lib\n',
      );
      await expect(resolver.resolve(fromGit('charts/strict'), [FLUX_SYSTEM])).rejects.toThrow(
        `HelmRelease apps/web: dependency "lib" (file://../lib): can't get a valid version for constraint '1.x'`,
      );
    } finally {
      await repo.close();
    }
  });
});
