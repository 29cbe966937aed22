import path from 'node:path';
import * as core from '@actions/core';
import { GitopsError } from '../../core/errors.js';
import {
  INDEX_FILE,
  loadRenderConfig,
  renderRepository,
  runFailed,
  writeRenderOutput,
} from '../../core/render/index.js';
import { Git, ownRepositoryUrls } from '../../git/git.js';
import { emitAnnotations } from '../shared/annotations.js';
import { restoreDirectoryCache } from '../shared/cache.js';
import { runAction } from '../shared/run.js';
import { writeJobSummary } from '../shared/summary.js';
import { actionTools } from '../shared/tools.js';
import { renderCache } from './cache.js';
import { getInputs } from './inputs.js';
import { renderAnnotations, renderSummary } from './summary.js';

/** actions/render: repository → one file per render unit and index.json; summary, annotations, outputs. */
export async function run(): Promise<void> {
  await runAction(async () => {
    const settings = getInputs();
    const tools = await actionTools(settings.tools);
    // The input overrides the configuration's cluster list; the configured charts always render.
    const config = await loadRenderConfig(settings.sourceRoot);
    const cache =
      settings.cacheDir === undefined
        ? undefined
        : await restoreDirectoryCache(renderCache(settings, settings.cacheDir));
    const git = await Git.onPath(settings.sourceRoot, process.env);
    const result = await renderRepository({
      repoRoot: settings.workspace,
      sourceRoot: settings.sourceRoot,
      clusters: settings.clusters.length > 0 ? settings.clusters : (config.clusters ?? []),
      charts: config.charts,
      tools,
      ...(settings.cacheDir === undefined ? {} : { cacheDir: settings.cacheDir }),
      mirrors: settings.mirrors,
      concurrency: settings.concurrency,
      ...(settings.shard === undefined ? {} : { shard: settings.shard }),
      kubeVersion: settings.kubeVersion,
      exclude: [settings.outDir],
      ...(git === undefined ? {} : { git }),
      repositoryUrls: await ownRepositoryUrls(git, process.env),
    });
    await cache?.save();
    const index = await writeRenderOutput(settings.outDir, result);
    const annotations = emitAnnotations(renderAnnotations(result));
    const omitted = annotations.omitted.error + annotations.omitted.warning + annotations.omitted.notice;
    const failed = result.units.filter((unit) => unit.status === 'failed').length;
    const objects = index.clusters.reduce((sum, cluster) => sum + cluster.objects, 0);
    core.setOutput('out-dir', settings.outDir);
    core.setOutput('index', path.join(settings.outDir, INDEX_FILE));
    core.setOutput('units', String(result.units.length));
    core.setOutput('failed-units', String(failed));
    core.setOutput('objects', String(objects));
    await writeJobSummary(renderSummary(result, index, omitted));
    const cached = result.units.filter((unit) => unit.status === 'cached').length;
    core.info(`${result.units.length} units (${cached} cached), ${objects} objects, ${failed} failed`);
    if (runFailed(result)) {
      // Each failure is already an annotation at its owner's file:line; this is the one failure message.
      throw new GitopsError(`render failed: ${failed} of ${result.units.length} units failed`);
    }
  });
}
