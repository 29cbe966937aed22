/**
 * bench/check: the 120-HelmRelease fleet of bench/render in a git repository, a pull request that
 * changes one release's values, and the pull-request check on it (affected-only rendering, the
 * volatile re-render, the diff and validation of the head), against a full render of both sides
 * measured in the same run. Every measurement starts from an empty cache, as a first run on a fresh
 * runner does. Target: under 0.15x.
 * Run: npm run bench:check
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { resolveBaseCommit } from '../src/check/base-commit.js';
import { runCheck } from '../src/check/run-check.js';
import { renderRepository } from '../src/core/render/index.js';
import { Tools } from '../src/core/tools/tools.js';
import { Git } from '../src/git/git.js';
import { helmRelease, RELEASES, type Release, releases, writeFleet } from './render-fleet.js';
import { formatMs, measure, peakRssMiB, ratioLine, report } from './support.js';

const run = promisify(execFile);
const checkout = process.cwd();
const author = { name: 'bench', email: 'bench@example.invalid' };

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'gitops-actions-bench-check-'));
  try {
    const repo = path.join(work, 'repo');
    const list = releases();
    await writeFleet(repo, list);
    const gitBinary = (await run('sh', ['-c', 'command -v git'])).stdout.trim();
    const git = Git.create(gitBinary, repo, { PATH: process.env.PATH ?? '' }, author);
    await git.init({ initialBranch: 'main' });
    await git.add();
    await git.commit('fleet');
    await git.checkout('feature', { create: true });
    const target = list[6] as Release; // a web-app release: replicaCount reaches its Deployment
    target.values = { ...target.values, replicaCount: 9 };
    await writeFile(path.join(repo, 'apps', `${target.name}.yaml`), helmRelease(target));
    await git.add();
    await git.commit('one release changes its values');

    const tools = new Tools({
      env: process.env,
      searchPath: process.env.PATH ?? '',
      bundledCacheDir: path.join(checkout, 'node_modules', '.cache', 'gitops-actions'),
      preferBundled: true,
      helmHome: path.join(work, 'helm-home'),
    });
    const concurrency = os.availableParallelism();
    const base = await resolveBaseCommit(git, { kind: 'ref', ref: 'main' });
    const kubernetes = process.env.GITOPS_ACTIONS_TESTDATA
      ? path.join(process.env.GITOPS_ACTIONS_TESTDATA, 'kubernetes')
      : path.resolve(checkout, '..', 'shared', 'testdata', 'kubernetes');
    let cacheRound = 0;
    const freshCache = () => path.join(work, `cache-${cacheRound++}`);

    // The baseline: both sides rendered whole, the base from a worktree, each from an empty cache.
    const baseTree = path.join(work, 'base-tree');
    await git.worktreeAdd(baseTree, base.sha, { hooksPath: path.join(work, 'no-hooks') });
    const renderWhole = (root: string) =>
      renderRepository({ repoRoot: root, sourceRoot: root, tools, cacheDir: freshCache(), concurrency });
    const both = await measure(async () => {
      await renderWhole(baseTree);
      await renderWhole(repo);
    }, 1);
    await git.worktreeRemove(baseTree);

    let detail = '';
    const check = await measure(async () => {
      const result = await runCheck({
        git,
        base,
        repoRoot: repo,
        sourceRoot: repo,
        tools,
        cacheDir: freshCache(),
        concurrency,
        full: false,
        validation: {
          kubernetesVersions: ['1.35'],
          schemaLocations: [kubernetes],
          strict: true,
          cacheDir: path.join(work, 'validate-cache'),
          severities: {},
          download: false,
        },
      });
      const { totals } = result.diff;
      detail = `${result.stats.affected} of ${result.stats.units} units rendered on both sides; ${totals.changed} changed objects; ${result.validation?.report.counts.errors ?? 0} validation errors`;
      if (totals.changed === 0) throw new Error('the check found no change: the bench measures nothing');
    }, 1);

    report([
      `bench/check: ${RELEASES} HelmReleases, one release's values changed, ${concurrency} CPUs`,
      `baseline (full render of base and head, empty caches): ${formatMs(both.ms)}`,
      ratioLine('check (affected-only, validate head) vs baseline', check, both, { below: 0.15 }),
      `  check: ${detail}`,
      `peak RSS: ${peakRssMiB().toFixed(0)} MiB`,
    ]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
