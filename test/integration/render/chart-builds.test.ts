/**
 * source-controller re-packages a chart for chart.spec.valuesFiles and reconcileStrategy Revision;
 * render must show what that package renders: the merged values.yaml and the new .Chart.Version.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/core/flux/substitute/substitute-resource.js';
import { HelmTemplateEngine } from '../../../src/core/helm/engine/helm-template-engine.js';
import { ChartResolver, type GitCommands } from '../../../src/core/helm/sources/index.js';
import { renderHelmRelease } from '../../../src/core/render/helm-release-unit.js';
import { renderRepository } from '../../../src/core/render/index.js';
import type { RenderUnit } from '../../../src/core/render/model.js';
import { UnitCache } from '../../../src/core/render/unit-cache.js';
import { startChartRepo, type TestChartRepo } from '../../support/chart-repo.js';
import { writeTestChart } from '../../support/charts.js';
import { createGitRemote } from '../../support/git-remote.js';
import { tempDir } from '../../support/temp.js';
import { testGit, testTools } from '../../support/tools.js';
import { writeTree } from '../kustomize/support.js';

const repos: TestChartRepo[] = [];
afterEach(async () => {
  await Promise.all(repos.splice(0).map((repo) => repo.close()));
});

const release = (name: string, chartSpec: Record<string, unknown>) =>
  `---
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata: {name: ${name}, namespace: apps}
spec:
  chart:
    spec: ${JSON.stringify(chartSpec)}
`;

async function renderTree(files: Record<string, string>, root?: string) {
  const dir = root ?? (await tempDir('gitops-actions-chart-builds-'));
  await writeTree(dir, files);
  const run = await renderRepository({
    repoRoot: dir,
    sourceRoot: dir,
    tools: testTools(),
    cacheDir: path.join(dir, '.cache'),
    exclude: ['.cache'],
    concurrency: 2,
  });
  const unit = (name: string) => run.units.find((u) => u.kind === 'HelmRelease' && u.name === name);
  const data = (name: string) => unit(name)?.objects[0]?.object.data as Record<string, string> | undefined;
  return { run, unit, data };
}

describe('chart.spec.valuesFiles with a packaged chart', () => {
  it('merges files inside an HTTP repository chart as its values.yaml and versions it +<generation>, as source-controller does', async () => {
    const src = await tempDir('gitops-actions-chart-src-');
    const chart = await writeTestChart(path.join(src, 'web'), {
      name: 'web',
      version: '1.2.3',
      values: { colour: 'grey', size: 'small' },
    });
    await writeFile(path.join(chart, 'values-prod.yaml'), 'colour: red\nreplicas: "3"\n');
    const repo = await startChartRepo({ charts: [chart] });
    repos.push(repo);
    const source = { kind: 'HelmRepository', name: 'charts', namespace: 'apps' };
    const { unit, data } = await renderTree({
      'clusters/prod/repository.yaml': `apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata: {name: charts, namespace: apps}\nspec: {url: "${repo.url}"}\n`,
      'clusters/prod/releases.yaml': [
        release('plain', { chart: 'web', sourceRef: source }),
        release('prod', { chart: 'web', sourceRef: source, valuesFiles: ['values-prod.yaml'] }),
        release('both', {
          chart: 'web',
          sourceRef: source,
          valuesFiles: ['values.yaml', './values-prod.yaml', 'missing.yaml'],
          ignoreMissingValuesFiles: true,
        }),
        // A lone values.yaml is no change (BuildOptions.GetValuesFiles), and Revision is ignored
        // for a HelmRepository chart.
        release('lone', {
          chart: 'web',
          sourceRef: source,
          valuesFiles: ['values.yaml'],
          reconcileStrategy: 'Revision',
        }),
        release('missing', { chart: 'web', sourceRef: source, valuesFiles: ['missing.yaml'] }),
        release('template', { chart: 'web', sourceRef: source, valuesFiles: ['templates/configmap.yaml'] }),
      ].join(''),
    });
    expect(data('plain')).toEqual({ chartVersion: '1.2.3', colour: 'grey', size: 'small' });
    // values.yaml was not listed: its `size` is gone.
    expect(data('prod')).toEqual({ chartVersion: '1.2.3+1', colour: 'red', replicas: '3' });
    expect(data('both')).toEqual({ chartVersion: '1.2.3+1', colour: 'red', size: 'small', replicas: '3' });
    expect(data('lone')).toEqual({ chartVersion: '1.2.3', colour: 'grey', size: 'small' });
    expect(unit('prod')?.chart).toMatchObject({ version: '1.2.3+1', source: repo.url });
    expect(unit('lone')?.chart?.version).toBe('1.2.3');
    // The package fetched is the same; the values are the release's own input.
    expect(unit('prod')?.chart?.digest).toBe(unit('plain')?.chart?.digest);
    expect(unit('prod')?.valuesDigest).not.toBe(unit('plain')?.valuesDigest);
    expect(unit('missing')).toMatchObject({ status: 'failed', owner: { line: expect.any(Number) } });
    expect(unit('missing')?.error?.message).toBe(
      "HelmRelease apps/missing: no values file found at path 'missing.yaml' in the chart",
    );
    // Templates are not among a chart's plain files (Helm's chart.Files), so they are not found.
    expect(unit('template')?.error?.message).toContain(
      "no values file found at path 'templates/configmap.yaml'",
    );
  });

  it('merges values files from the Git source root into a packaged chart committed to Git', async () => {
    const work = await tempDir('gitops-actions-chart-src-');
    const chart = await writeTestChart(path.join(work, 'web'), {
      name: 'web',
      version: '2.0.0',
      values: { colour: 'grey', size: 'small' },
    });
    const root = await tempDir('gitops-actions-chart-builds-');
    await mkdir(path.join(root, 'charts'));
    await (await testTools().helm()).package(chart, path.join(root, 'charts'));
    const gitSource = { kind: 'GitRepository', name: 'flux-system', namespace: 'flux-system' };
    const { unit, data } = await renderTree(
      {
        'env/prod.yaml': 'colour: blue\n',
        'clusters/prod/flux-system.yaml':
          'apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata: {name: flux-system, namespace: flux-system}\nspec: {url: "https://github.com/acme/fleet", ref: {branch: main}}\n',
        'clusters/prod/release.yaml': release('web', {
          chart: './charts/web-2.0.0.tgz',
          sourceRef: gitSource,
          valuesFiles: ['env/prod.yaml'],
        }),
      },
      root,
    );
    expect(unit('web')).toMatchObject({ status: 'rendered', chart: { name: 'web', version: '2.0.0+1' } });
    expect(data('web')).toEqual({ chartVersion: '2.0.0+1', colour: 'blue' });
  });
});

/** One HelmRelease unit rendered directly, with a resolver that has (or lacks) git. */
async function renderOne(
  helmRelease: KubeObject,
  sources: KubeObject[],
  resolverOptions: { repoRoot: string; git?: GitCommands },
) {
  const scratch = await tempDir('gitops-actions-chart-builds-');
  const tools = testTools(path.join(scratch, 'helm-home'));
  const resolver = await ChartResolver.create({
    tools,
    cacheDir: path.join(scratch, 'cache'),
    ...resolverOptions,
  });
  try {
    const metadata = helmRelease.metadata as { name: string; namespace: string };
    const unit: RenderUnit = {
      id: `prod/HelmRelease/${metadata.namespace}/${metadata.name}`,
      cluster: 'prod',
      kind: 'HelmRelease',
      namespace: metadata.namespace,
      name: metadata.name,
      owner: { file: 'clusters/prod/release.yaml', line: 2 },
      chain: [],
      dependsOn: [],
      status: 'planned',
      durationMs: 0,
      objects: [],
    };
    return await renderHelmRelease(unit, helmRelease, {
      resolver,
      engine: HelmTemplateEngine.create(await tools.helm()),
      kubectl: await tools.kubectl(),
      cache: new UnitCache(undefined),
      redactionKey: undefined,
      kubeVersion: 'v1.33.0',
      apiVersions: [],
      toolVersions: {},
      sources,
      lookup: () => undefined,
      workDir: scratch,
      plan: false,
      chartDigests: new Map(),
    });
  } finally {
    await resolver.close();
  }
}

const revisionRelease = (
  sourceRef: Record<string, string>,
  extra: Record<string, unknown> = {},
): KubeObject => ({
  apiVersion: 'helm.toolkit.fluxcd.io/v2',
  kind: 'HelmRelease',
  metadata: { name: 'web', namespace: 'apps' },
  spec: { chart: { spec: { chart: './charts/web', sourceRef, reconcileStrategy: 'Revision', ...extra } } },
});
const FLUX_SYSTEM = { kind: 'GitRepository', name: 'flux-system', namespace: 'flux-system' };
const fluxSystem: KubeObject = {
  kind: 'GitRepository',
  metadata: { name: 'flux-system', namespace: 'flux-system' },
  spec: { url: 'https://github.com/acme/fleet', ref: { branch: 'main' } },
};
const data = (unit: RenderUnit) => unit.objects[0]?.object.data as Record<string, string> | undefined;

describe('chart.spec.reconcileStrategy: Revision on a Git chart', () => {
  it('versions a chart cloned from a GitRepository +<first 12 characters of the commit>', async () => {
    const remote = await createGitRemote();
    await writeTestChart(path.join(remote.work.workdir, 'charts/web'), { name: 'web', version: 'v1.4' });
    const commit = await remote.commit('web');
    await remote.push();
    const lib: KubeObject = {
      kind: 'GitRepository',
      metadata: { name: 'lib', namespace: 'apps' },
      spec: { url: remote.url, ref: { branch: 'main' } },
    };
    const unit = await renderOne(revisionRelease({ kind: 'GitRepository', name: 'lib' }), [lib], {
      repoRoot: await tempDir(),
      git: await testGit(os.tmpdir()),
    });
    // Masterminds prints the version in full (v1.4 → 1.4.0) once it carries metadata.
    const version = `1.4.0+${commit.slice(0, 12)}`;
    expect(unit).toMatchObject({ status: 'rendered', chart: { name: 'web', version } });
    expect(data(unit)).toEqual({ chartVersion: version });
  });

  it("versions a chart in this repository with HEAD's commit, and +<commit>.<generation> with valuesFiles", async () => {
    const remote = await createGitRemote();
    await writeTestChart(path.join(remote.work.workdir, 'charts/web'), {
      name: 'web',
      version: '0.3.0+build.7',
      values: { colour: 'grey' },
    });
    await remote.writeFiles({ 'env/prod.yaml': 'colour: red\n' });
    const commit = await remote.commit('web');
    const options = { repoRoot: remote.work.workdir, git: await testGit(os.tmpdir()) };
    const plain = await renderOne(revisionRelease(FLUX_SYSTEM), [fluxSystem], options);
    // The chart's own build metadata is replaced, not appended to.
    expect(plain.chart?.version).toBe(`0.3.0+${commit.slice(0, 12)}`);
    expect(data(plain)).toEqual({ chartVersion: `0.3.0+${commit.slice(0, 12)}`, colour: 'grey' });

    const withValues = await renderOne(
      revisionRelease(FLUX_SYSTEM, { valuesFiles: ['env/prod.yaml'] }),
      [fluxSystem],
      options,
    );
    expect(data(withValues)).toEqual({ chartVersion: `0.3.0+${commit.slice(0, 12)}.1`, colour: 'red' });
  });

  it('fails the release, naming it, when the commit cannot be known: no git, or not a git checkout', async () => {
    const root = await tempDir('gitops-actions-not-a-checkout-');
    await writeTestChart(path.join(root, 'charts/web'), { name: 'web', version: '1.0.0' });
    const noGit = await renderOne(revisionRelease(FLUX_SYSTEM), [fluxSystem], { repoRoot: root });
    expect(noGit).toMatchObject({ status: 'failed', owner: { file: 'clusters/prod/release.yaml', line: 2 } });
    expect(noGit.error).toEqual({
      message:
        'HelmRelease apps/web: chart.spec.reconcileStrategy Revision needs the commit of this repository, but render was given no git',
      hint: expect.stringContaining('use the default ChartVersion strategy'),
    });
    const notCheckout = await renderOne(revisionRelease(FLUX_SYSTEM), [fluxSystem], {
      repoRoot: root,
      git: await testGit(os.tmpdir()),
    });
    expect(notCheckout.status).toBe('failed');
    expect(notCheckout.error?.message).toContain(
      `HelmRelease apps/web: chart.spec.reconcileStrategy Revision needs the commit of this repository, and git cannot read HEAD in ${root}`,
    );
    expect(notCheckout.chart).toBeUndefined();
  });
});
