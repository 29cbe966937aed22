import path from 'node:path';
import { expect, it } from 'vitest';
import { renderRepository } from '../../../src/core/render/index.js';
import { writeTestChart } from '../../support/charts.js';
import { tempDir } from '../../support/temp.js';
import { testTools } from '../../support/tools.js';
import { writeTree } from '../kustomize/support.js';

const generator = (strategy: string) => `apiVersion: source.extensions.fluxcd.io/v1beta1
kind: ArtifactGenerator
metadata: {name: web, namespace: apps}
spec:
  sources:
    - {alias: repo, kind: GitRepository, name: flux-system, namespace: flux-system}
  artifacts:
    - name: web-composite
      copy:
        - {from: "@repo/charts/web/**", to: "@artifact/"}
        - {from: "@repo/env/prod/values.yaml", to: "@artifact/values.yaml", strategy: ${strategy}}
`;

const release = `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata: {name: web, namespace: apps}
spec:
  chartRef: {kind: ExternalArtifact, name: web-composite}
  values: {inline: from-release}
`;

async function renderComposite(strategy: 'Overwrite' | 'Merge') {
  const root = await tempDir('gitops-actions-artifact-chart-');
  await writeTestChart(path.join(root, 'charts', 'web'), {
    name: 'web',
    version: '1.0.0',
    values: { color: 'blue', size: 'small' },
  });
  await writeTree(root, {
    'env/prod/values.yaml': 'color: red\n',
    'clusters/prod/generator.yaml': generator(strategy),
    'clusters/prod/release.yaml': release,
  });
  const run = await renderRepository({
    repoRoot: root,
    sourceRoot: root,
    tools: testTools(),
    cacheDir: path.join(root, '.cache'),
    exclude: ['.cache'],
    concurrency: 2,
  });
  const unit = run.units.find((candidate) => candidate.kind === 'HelmRelease');
  return { run, unit, data: unit?.objects[0]?.object.data };
}

it('renders a HelmRelease whose chartRef is an ExternalArtifact assembled from a chart and a values file', async () => {
  const overwrite = await renderComposite('Overwrite');
  expect(overwrite.run.diagnostics).toEqual([]);
  expect(overwrite.unit).toMatchObject({
    status: 'rendered',
    chart: { name: 'web', version: '1.0.0', source: 'artifact:apps/web-composite' },
  });
  // The copied values.yaml replaced the chart's: size is gone, color is the environment's.
  expect(overwrite.data).toEqual({ chartVersion: '1.0.0', color: 'red', inline: 'from-release' });

  const merged = await renderComposite('Merge');
  expect(merged.data).toEqual({ chartVersion: '1.0.0', color: 'red', size: 'small', inline: 'from-release' });
});
