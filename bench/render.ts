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
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { renderRepository } from '../src/core/render/index.js';
import { Tools } from '../src/core/tools/tools.js';
import { CHARTS, helmRelease, RELEASES, type Release, releases, writeFleet } from './render-fleet.js';
import { formatMs, measure, peakRssMiB, ratioLine, report } from './support.js';

const run = promisify(execFile);
// npm scripts run in the checkout; the bundle itself lives in node_modules/.cache.
const checkout = process.cwd();

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
    }, 3);
    // Each run edits one release again (a new value each time): the median of five re-renders.
    let edits = 0;
    let changed = 0;
    const oneChange = await measure(async () => {
      const target = list[7] as Release;
      target.values = { ...target.values, extra: { change: edits++ } };
      await writeFile(path.join(fleet, 'apps', `${target.name}.yaml`), helmRelease(target));
      const result = await render();
      changed = result.units.filter((u) => u.status === 'rendered' && u.kind === 'HelmRelease').length;
    }, 5);

    report([
      `bench/render: ${RELEASES} HelmReleases over ${CHARTS.length} local charts, ${concurrency} CPUs (concurrency ${concurrency})`,
      `baseline (helm template per release, sequential): ${formatMs(baseline.ms)}`,
      ratioLine('cold cache vs baseline', cold, baseline, { below: 0.6 }),
      `  cold: ${coldDetail}`,
      ratioLine(`warm cache vs cold (${statuses})`, warm, cold),
      ratioLine(
        `re-render after one release changed vs cold (${changed} release re-rendered, median of 5)`,
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
