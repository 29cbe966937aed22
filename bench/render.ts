/**
 * bench/render: a generated fleet of 120 HelmReleases over three local charts, rendered by
 * `renderRepository` and compared in the same run with a baseline that runs `helm template` once per
 * release, sequentially, with the same charts and values. It prints:
 * - cold cache against the baseline (target < 0.6x on 2 cores);
 * - warm cache against cold (nothing is re-rendered);
 * - the re-render after changing one release against cold (target < 0.1x).
 * Run: npm run bench:render
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { renderRepository } from '../src/core/render/index.js';
import { Tools } from '../src/core/tools/tools.js';
import { formatMs, measure, peakRssMiB, ratioLine, report } from './support.js';

const RELEASES = 120;
const CHARTS = ['web-app', 'cache', 'config'] as const;
const run = promisify(execFile);
// npm scripts run in the checkout; the bundle itself lives in node_modules/.cache.
const checkout = process.cwd();

interface Release {
  name: string;
  namespace: string;
  chart: (typeof CHARTS)[number];
  values: Record<string, unknown>;
}

function releases(): Release[] {
  return Array.from({ length: RELEASES }, (_, i) => {
    const chart = CHARTS[i % CHARTS.length] as Release['chart'];
    const values =
      chart === 'web-app'
        ? {
            replicaCount: 1 + (i % 3),
            image: { tag: `1.${i}.0` },
            env: { INDEX: String(i) },
            ingress: { enabled: i % 2 === 0, host: `app-${i}.example.com` },
          }
        : chart === 'cache'
          ? { maxMemory: `${32 + i}mb` }
          : { settings: { index: i, team: `team-${i % 7}` } };
    return { name: `app-${i}`, namespace: `team-${i % 10}`, chart, values };
  });
}

function helmRelease(release: Release): string {
  return `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: ${release.name}
  namespace: ${release.namespace}
spec:
  interval: 30m
  chart:
    spec:
      chart: ./charts/${release.chart}
      sourceRef:
        kind: GitRepository
        name: flux-system
        namespace: flux-system
  values: ${JSON.stringify(release.values)}
`;
}

/** A third chart with a few templates and no dependencies. */
async function writeConfigChart(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'templates'), { recursive: true });
  await writeFile(path.join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: config\nversion: 0.1.0\n');
  await writeFile(path.join(dir, 'values.yaml'), 'settings: {}\n');
  await writeFile(
    path.join(dir, 'templates', 'configmap.yaml'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-settings\ndata:\n{{- range $k, $v := .Values.settings }}\n  {{ $k }}: {{ $v | quote }}\n{{- end }}\n',
  );
}

async function writeFleet(root: string, list: readonly Release[]): Promise<void> {
  for (const chart of ['web-app', 'cache']) {
    await cp(path.join(checkout, 'examples', 'fleet', 'charts', chart), path.join(root, 'charts', chart), {
      recursive: true,
    });
  }
  await writeConfigChart(path.join(root, 'charts', 'config'));
  await mkdir(path.join(root, 'clusters', 'bench'), { recursive: true });
  await writeFile(
    path.join(root, 'clusters', 'bench', 'sync.yaml'),
    `apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: flux-system
  namespace: flux-system
spec:
  interval: 1m
  url: https://github.com/acme/bench
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: apps
  namespace: flux-system
spec:
  interval: 10m
  path: ./apps
  sourceRef:
    kind: GitRepository
    name: flux-system
`,
  );
  await mkdir(path.join(root, 'apps'), { recursive: true });
  for (const release of list)
    await writeFile(path.join(root, 'apps', `${release.name}.yaml`), helmRelease(release));
}

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'gitops-actions-bench-render-'));
  try {
    const fleet = path.join(work, 'fleet');
    const list = releases();
    await writeFleet(fleet, list);
    const tools = new Tools({
      env: process.env,
      searchPath: process.env.PATH ?? '',
      bundledCacheDir: path.join(checkout, 'node_modules', '.cache', 'gitops-actions'),
      preferBundled: true,
      helmHome: path.join(work, 'helm-home'),
    });
    const helmPath = (await tools.locate('helm')).path;
    const concurrency = os.availableParallelism();

    const valuesDir = path.join(work, 'values');
    await mkdir(valuesDir);
    const baseline = await measure(async () => {
      for (const release of list) {
        const valuesFile = path.join(valuesDir, `${release.name}.json`);
        await writeFile(valuesFile, JSON.stringify(release.values));
        await run(
          helmPath,
          [
            'template',
            release.name,
            path.join(fleet, 'charts', release.chart),
            '--namespace',
            release.namespace,
            '--values',
            valuesFile,
          ],
          {
            maxBuffer: 64 * 1024 * 1024,
          },
        );
      }
    }, 1);

    const cacheDir = path.join(work, 'cache');
    const render = async () => {
      const result = await renderRepository({
        repoRoot: work,
        sourceRoot: fleet,
        tools,
        cacheDir,
        concurrency,
      });
      const failed = result.units.filter((unit) => unit.status === 'failed');
      if (failed.length > 0) throw new Error(`${failed.length} units failed: ${failed[0]?.error?.message}`);
      return result;
    };
    let statuses = '';
    let coldDetail = '';
    const cold = await measure(async () => {
      await rm(cacheDir, { recursive: true, force: true });
      const result = await render();
      const units = result.units.filter((unit) => unit.kind === 'HelmRelease');
      const mean = units.reduce((sum, unit) => sum + unit.durationMs, 0) / units.length;
      coldDetail = `Kustomization tree ${formatMs(result.clusters[0]?.kustomizeMs ?? 0)}, mean HelmRelease unit ${formatMs(mean)}`;
    }, 1);
    const warm = await measure(async () => {
      const result = await render();
      statuses = `${result.units.filter((u) => u.status === 'cached').length}/${result.units.length} cached`;
    }, 1);
    let changed = 0;
    const oneChange = await measure(async () => {
      const target = list[7] as Release;
      target.values = { ...target.values, extra: { change: changed++ } };
      await writeFile(path.join(fleet, 'apps', `${target.name}.yaml`), helmRelease(target));
      const result = await render();
      changed = result.units.filter((u) => u.status === 'rendered' && u.kind === 'HelmRelease').length;
    }, 1);

    report([
      `bench/render: ${RELEASES} HelmReleases over ${CHARTS.length} local charts, ${concurrency} CPUs (concurrency ${concurrency})`,
      `baseline (helm template per release, sequential): ${formatMs(baseline.ms)}`,
      ratioLine('cold cache vs baseline', cold, baseline, { below: 0.6 }),
      `  cold: ${coldDetail}`,
      ratioLine(`warm cache vs cold (${statuses})`, warm, cold),
      ratioLine(
        `re-render after one release changed vs cold (${changed} release re-rendered)`,
        oneChange,
        cold,
        { below: 0.1 },
      ),
      `peak RSS: ${peakRssMiB().toFixed(0)} MiB`,
    ]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
