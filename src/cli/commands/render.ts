import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.js';
import { MirrorMap } from '../../core/helm/sources/index.js';
import {
  clusterLine,
  diagnosticText,
  failureText,
  loadRenderConfig,
  parseShard,
  type RenderRun,
  renderRepository,
  runFailed,
  writeRenderOutput,
} from '../../core/render/index.js';
import { defaultCacheDir, Tools } from '../../core/tools/tools.js';
import { Git, ownRepositoryUrls } from '../../git/git.js';
import { type CliContext, EXIT } from '../context.js';
import { positiveInteger } from '../io.js';

export const renderUsage = `Usage: gitops-actions render [REPO] --out DIR [--cluster PATH]… [--mirror FROM=TO]…
                             [--concurrency N] [--shard I/N] [--plan] [--kubernetes-version V]
                             [--helm-path PATH] [--kubectl-path PATH]

Renders a Flux or Argo CD repository (default .) into the manifests each cluster receives, with
the real helm and kustomize: DIR/<cluster>/<kind>/<namespace>/<name>.yaml per render unit (a Flux
Kustomization build, a HelmRelease, an Argo CD Application, or a chart from render.charts in
.gitops-actions.yaml in one environment) and DIR/index.json listing every unit.
--cluster names an entry directory relative to REPO (default: render.clusters in
.gitops-actions.yaml, else every clusters/* directory).
--mirror rewrites chart source URLs; TO may be a local directory of charts.
--shard I/N renders a deterministic share of the units; \`gitops-actions merge\` combines shards.
--plan lists the units and their input digests without rendering charts.
Charts and units are cached in $GITOPS_ACTIONS_CACHE_DIR (default ~/.cache/gitops-actions).
Exits 0 when every unit rendered, 1 when a unit failed, 2 for bad flags.
`;

export async function renderCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      cluster: { type: 'string', multiple: true },
      mirror: { type: 'string', multiple: true },
      concurrency: { type: 'string' },
      shard: { type: 'string' },
      plan: { type: 'boolean', default: false },
      'kubernetes-version': { type: 'string' },
      'helm-path': { type: 'string' },
      'kubectl-path': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    context.stdout.write(renderUsage);
    return EXIT.clean;
  }
  if (positionals.length > 1) throw new UsageError(`render takes one repository, not ${positionals.length}`);
  if (!values.plan && !values.out)
    throw new UsageError('--out is required (or --plan to only list the units)');
  const sourceRoot = path.resolve(context.cwd, positionals[0] ?? '.');
  if (!existsSync(sourceRoot)) throw new UsageError(`${positionals[0]}: no such directory`);
  const inside = !path.relative(context.cwd, sourceRoot).startsWith('..');
  const outDir = values.out === undefined ? undefined : path.resolve(context.cwd, values.out);
  const tools = new Tools({
    env: context.env,
    searchPath: context.env.PATH ?? '',
    explicit: { helm: values['helm-path'], kubectl: values['kubectl-path'] },
    bundledCacheDir: defaultCacheDir(context.env),
  });
  const config = await loadRenderConfig(sourceRoot);
  const git = await Git.onPath(sourceRoot, context.env);
  const run = await renderRepository({
    repoRoot: inside ? context.cwd : sourceRoot,
    sourceRoot,
    clusters: values.cluster?.length
      ? values.cluster.map((entry) => clusterEntry(entry, sourceRoot, context.cwd))
      : (config.clusters ?? []),
    charts: config.charts,
    tools,
    cacheDir: defaultCacheDir(context.env),
    mirrors: MirrorMap.parse(values.mirror ?? [], context.cwd),
    concurrency: positiveInteger('--concurrency', values.concurrency) ?? os.availableParallelism(),
    ...(values.shard === undefined ? {} : { shard: parseShard(values.shard) }),
    plan: values.plan,
    ...(values['kubernetes-version'] ? { kubeVersion: values['kubernetes-version'] } : {}),
    ...(outDir === undefined ? {} : { exclude: [outDir] }),
    ...(git === undefined ? {} : { git }),
    repositoryUrls: await ownRepositoryUrls(git, context.env),
  });
  if (values.plan) {
    context.stdout.write(planText(run));
  } else {
    const index = await writeRenderOutput(outDir as string, run);
    for (const cluster of index.clusters) {
      const cached = run.units.filter((u) => u.cluster === cluster.name && u.status === 'cached').length;
      context.stdout.write(`${clusterLine(cluster, cached)}\n`);
    }
    context.stdout.write(`wrote ${path.relative(context.cwd, outDir as string) || '.'}/index.json\n`);
  }
  for (const unit of run.units.filter((u) => u.status === 'failed')) {
    context.stderr.write(`${failureText(unit)}\n`);
  }
  for (const diagnostic of run.diagnostics) context.stderr.write(`${diagnosticText(diagnostic)}\n`);
  return runFailed(run) ? EXIT.findings : EXIT.clean;
}

/** `--plan`: each unit, where it is written, and the inputs its cache key covers. */
function planText(run: RenderRun): string {
  const lines: string[] = [];
  for (const unit of run.units) {
    lines.push(`${unit.id}  ${unit.status}`);
    if (unit.owner) lines.push(`  owner: ${unit.owner.file}${unit.owner.line ? `:${unit.owner.line}` : ''}`);
    if (unit.chain.length > 0) lines.push(`  chain: ${unit.chain.join(' → ')}`);
    if (unit.chart) {
      lines.push(
        `  chart: ${unit.chart.name} ${unit.chart.version} from ${unit.chart.source} (${unit.chart.digest})`,
      );
    }
    if (unit.valuesDigest) lines.push(`  values: ${unit.valuesDigest}`);
    if (unit.inputsDigest) lines.push(`  inputs: ${unit.inputsDigest}`);
  }
  return `${lines.join('\n')}\n`;
}

/** An entry relative to the repository, or a path from here that lies inside it. */
function clusterEntry(entry: string, sourceRoot: string, cwd: string): string {
  if (existsSync(path.resolve(sourceRoot, entry)))
    return path.relative(sourceRoot, path.resolve(sourceRoot, entry)) || '.';
  const fromHere = path.relative(sourceRoot, path.resolve(cwd, entry));
  if (existsSync(path.resolve(cwd, entry)) && !fromHere.startsWith('..')) return fromHere || '.';
  throw new UsageError(`--cluster ${entry}: no such directory in ${sourceRoot}`);
}
