import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import {
  loadRenderConfig,
  type RenderRun,
  renderRepository,
  runFailed,
  writeRenderOutput,
} from '../../../src/core/render/index.js';
import { tempDir } from '../../support/temp.js';
import { testTools } from '../../support/tools.js';
import { documentsOf } from './support.js';

const CONFIG = `render:
  charts:
    - name: web
      chart: charts/web
      namespace: shop
      releaseName: storefront
      environments:
        dev:
          - values.yaml
          - values-dev.yaml
        prod: [values.yaml, values-prod.yaml, ../../shared/prod-overrides.yaml]
`;

/** A repository with only a plain chart and its per-environment values: no clusters/ at all. */
const FILES: Record<string, string> = {
  '.gitops-actions.yaml': CONFIG,
  'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 2.1.0\n',
  'charts/web/values.yaml': 'colour: grey\nsize: small\nreplicas: 1\ntls: no\n',
  'charts/web/values-dev.yaml': 'colour: green\n',
  'charts/web/values-prod.yaml': 'colour: red\nsize: large\n',
  'shared/prod-overrides.yaml': 'size: huge\nreplicas: 3\n',
  'charts/web/templates/config.yaml': [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: {{ .Release.Name }}',
    '  namespace: {{ .Release.Namespace }}',
    'data:',
    '  colour: {{ .Values.colour | quote }}',
    '  size: {{ .Values.size | quote }}',
    '  replicas: {{ .Values.replicas | quote }}',
    '  tls: {{ kindOf .Values.tls | quote }}',
    '',
  ].join('\n'),
  'charts/web/templates/secret.yaml':
    'apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ .Release.Name }}-token\nstringData:\n  token: s3cr3t-{{ .Values.colour }}\n',
};

async function repository(files: Record<string, string> = FILES): Promise<string> {
  const root = await tempDir('gitops-actions-render-charts-');
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}

async function render(root: string, cacheDir: string): Promise<RenderRun> {
  const config = await loadRenderConfig(root);
  return renderRepository({
    repoRoot: root,
    sourceRoot: root,
    clusters: config.clusters ?? [],
    charts: config.charts,
    tools: testTools(),
    concurrency: 2,
    cacheDir,
  });
}

const configMap = (run: RenderRun, env: string) =>
  run.units
    .find((u) => u.id === `${env}/Chart/shop/web`)
    ?.objects.find((o) => o.identity.kind === 'ConfigMap')?.object;

describe('plain charts per environment from .gitops-actions.yaml', () => {
  it('renders each chart × environment as a unit, the values files in order with later files winning', async () => {
    const root = await repository();
    const run = await render(root, await tempDir());
    expect(run.units.map((u) => `${u.id} ${u.status}`)).toEqual([
      'dev/Chart/shop/web rendered',
      'prod/Chart/shop/web rendered',
    ]);
    expect(run.clusters.map((c) => c.name)).toEqual(['dev', 'prod']);
    expect(configMap(run, 'dev')).toMatchObject({
      metadata: { name: 'storefront', namespace: 'shop' },
      data: { colour: 'green', size: 'small', replicas: '1', tls: 'bool' },
    });
    // values.yaml < values-prod.yaml < ../../shared/prod-overrides.yaml
    expect(configMap(run, 'prod')).toMatchObject({ data: { colour: 'red', size: 'huge', replicas: '3' } });
    expect(run.units[0]).toMatchObject({
      owner: { file: '.gitops-actions.yaml', line: 9 },
      chart: { name: 'web', version: '2.1.0', source: 'git:this-repository' },
    });
    expect(run.units[0]?.valuesDigest).not.toBe(run.units[1]?.valuesDigest);
    const secret = run.units[0]?.objects.find((o) => o.identity.kind === 'Secret')?.object as {
      stringData: { token: string };
    };
    expect(secret.stringData.token).toMatch(/^\*\*SECRET:[0-9a-f]{8}\*\*$/);

    const out = await tempDir();
    const index = await writeRenderOutput(out, run);
    expect((await documentsOf(path.join(out, 'prod/Chart/shop/web.yaml'))).map((d) => d.kind)).toEqual([
      'Secret',
      'ConfigMap',
    ]);
    expect(index.clusters.map((c) => `${c.name} ${c.entry} ${c.units}`)).toEqual([
      'dev .gitops-actions.yaml 1',
      'prod .gitops-actions.yaml 1',
    ]);
  });

  it('takes unchanged charts from the cache and re-renders only the environment whose values file changed', async () => {
    const root = await repository();
    const cacheDir = await tempDir();
    await render(root, cacheDir);
    expect((await render(root, cacheDir)).units.map((u) => u.status)).toEqual(['cached', 'cached']);
    // Outside the chart: a file in the chart directory is part of the chart (helm packs and can
    // read every file there), so changing one re-renders every environment of the chart.
    await writeFile(path.join(root, 'shared/prod-overrides.yaml'), 'size: tiny\n');
    const run = await render(root, cacheDir);
    expect(run.units.map((u) => u.status)).toEqual(['cached', 'rendered']);
    expect(configMap(run, 'prod')?.data).toMatchObject({ size: 'tiny', replicas: '1' });
  });

  it('fails the environment whose values file is missing at its line in the configuration, and renders the other', async () => {
    const root = await repository({
      ...FILES,
      '.gitops-actions.yaml': CONFIG.replace('          - values-dev.yaml', '          - values-qa.yaml'),
    });
    const run = await render(root, await tempDir());
    const failed = run.units.find((u) => u.status === 'failed');
    expect(failed).toMatchObject({
      id: 'dev/Chart/shop/web',
      owner: { file: '.gitops-actions.yaml', line: 10 },
    });
    expect(failed?.error?.message).toBe(
      '.gitops-actions.yaml:10:13: values file values-qa.yaml of chart web in dev does not exist (charts/web/values-qa.yaml)',
    );
    expect(run.units.find((u) => u.cluster === 'prod')?.status).toBe('rendered');
    expect(runFailed(run)).toBe(true);
  });

  it('uses render.clusters from the configuration as the cluster entry points', async () => {
    const root = await repository({
      '.gitops-actions.yaml': 'render:\n  clusters: [bootstrap]\n',
      'bootstrap/config.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: hello\n',
    });
    const run = await render(root, await tempDir());
    expect(run.clusters.map((c) => `${c.name} ${c.entry}`)).toEqual(['bootstrap bootstrap']);
    expect(run.units[0]?.objects.map((o) => o.identity.name)).toEqual(['hello']);
  });

  it('still refuses a repository with no clusters and no configured charts', async () => {
    const root = await repository({ 'README.md': '# nothing to render\n' });
    await expect(render(root, await tempDir())).rejects.toThrow(UsageError);
  });
});
