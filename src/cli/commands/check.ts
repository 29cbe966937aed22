import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveBaseCommit } from '../../check/base-commit.js';
import { checkReport, checkSummary, checkText } from '../../check/report.js';
import { runCheck } from '../../check/run-check.js';
import { UsageError } from '../../core/errors.js';
import { MirrorMap } from '../../core/helm/sources/index.js';
import { failureText, normalizeKubeVersion, runFailed } from '../../core/render/index.js';
import { findOnPath } from '../../core/tools/resolve.js';
import { defaultCacheDir, Tools, toolEnv } from '../../core/tools/tools.js';
import { failsRun } from '../../core/validate/finding.js';
import { Git, ownRepositoryUrls } from '../../git/git.js';
import { type CliContext, EXIT } from '../context.js';
import { oneOf, positiveInteger } from '../io.js';

export const checkUsage = `Usage: gitops-actions check [REPO] --base REF [--head REF] [--full] [--cluster PATH]…
                            [--mirror FROM=TO]… [--kubernetes-version V] [--fail-on LEVEL]
                            [--format text|markdown|json] [--out DIR] [--no-validate] [--offline]
                            [--schema-location DIR|TEMPLATE]… [--crds PATH]…
                            [--noise-filters-off NAME,…] [--concurrency N]
                            [--helm-path PATH] [--kubectl-path PATH]

Renders the merge-base of REF and the head (default: the working tree, as it is) and prints what
changes in each cluster, object by object, then validates what the head renders. The same check
the root action runs on a pull request.
--base REF         the branch the change goes to, for example origin/main
--head REF         render this commit instead of the working tree
--full             render every unit on both sides, not only those whose inputs changed
--format           text (default), markdown (the job summary) or json (the report)
--out DIR          also write DIR/diff.md and DIR/report.json
--no-validate      do not validate the head; --offline validates without downloading schemas
--schema-location, --crds  as for \`gitops-actions validate\`
--noise-filters-off  chart-labels, checksum-annotations, volatile
Exits 0 when the head renders and validates (a change alone never fails), 1 when a unit fails to
render or validation finds problems at --fail-on (default error), 2 for bad flags.
`;

const NOISE = ['chart-labels', 'checksum-annotations', 'volatile'] as const;

export async function checkCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      base: { type: 'string' },
      head: { type: 'string' },
      full: { type: 'boolean', default: false },
      cluster: { type: 'string', multiple: true },
      mirror: { type: 'string', multiple: true },
      'kubernetes-version': { type: 'string' },
      'fail-on': { type: 'string', default: 'error' },
      format: { type: 'string', default: 'text' },
      out: { type: 'string' },
      'no-validate': { type: 'boolean', default: false },
      offline: { type: 'boolean', default: false },
      'schema-location': { type: 'string', multiple: true },
      crds: { type: 'string', multiple: true },
      'noise-filters-off': { type: 'string', multiple: true },
      concurrency: { type: 'string' },
      'helm-path': { type: 'string' },
      'kubectl-path': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    context.stdout.write(checkUsage);
    return EXIT.clean;
  }
  if (values.base === undefined) throw new UsageError('--base is required, for example --base origin/main');
  if (positionals.length > 1) throw new UsageError(`check takes one repository, not ${positionals.length}`);
  const failOn = oneOf('--fail-on', values['fail-on'], ['error', 'warning', 'never'] as const);
  const format = oneOf('--format', values.format, ['text', 'markdown', 'json'] as const);
  const off = (values['noise-filters-off'] ?? []).flatMap((entry) => entry.split(',')).map((s) => s.trim());
  for (const name of off) oneOf('--noise-filters-off', name, NOISE);
  if (values['kubernetes-version'] !== undefined) normalizeKubeVersion(values['kubernetes-version']);
  const sourceRoot = path.resolve(context.cwd, positionals[0] ?? '.');
  if (!existsSync(sourceRoot)) throw new UsageError(`${positionals[0]}: no such directory`);

  const binary = await findOnPath('git', context.env.PATH ?? '');
  if (binary === undefined) throw new UsageError('git was not found on PATH');
  const git = Git.create(binary, sourceRoot, toolEnv(context.env));
  const repoRoot = await git.toplevel();
  const head = values.head === undefined ? undefined : await git.revParse(values.head);
  const base = await resolveBaseCommit(git, { kind: 'ref', ref: values.base }, values.head ?? 'HEAD');
  const cacheDir = defaultCacheDir(context.env);
  const tools = new Tools({
    env: context.env,
    searchPath: context.env.PATH ?? '',
    explicit: { helm: values['helm-path'], kubectl: values['kubectl-path'] },
    bundledCacheDir: cacheDir,
  });
  const version = values['kubernetes-version'];
  const result = await runCheck({
    git,
    base,
    repositoryUrls: await ownRepositoryUrls(git, context.env),
    ...(head === undefined ? {} : { head }),
    repoRoot,
    sourceRoot,
    clusters: values.cluster ?? [],
    tools,
    cacheDir,
    mirrors: MirrorMap.parse(values.mirror ?? [], context.cwd),
    concurrency: positiveInteger('--concurrency', values.concurrency) ?? os.availableParallelism(),
    ...(version ? { kubeVersion: version } : {}),
    full: values.full,
    diff: {
      noise: {
        chartLabels: !off.includes('chart-labels'),
        checksumAnnotations: !off.includes('checksum-annotations'),
        volatile: !off.includes('volatile'),
      },
    },
    ...(values['no-validate']
      ? {}
      : {
          validation: {
            kubernetesVersions: version ? [version] : [],
            schemaLocations: (values['schema-location'] ?? []).map((location) =>
              location.includes('{{') ? location : path.resolve(context.cwd, location),
            ),
            crdPaths: (values.crds ?? []).map((crd) =>
              path.relative(repoRoot, path.resolve(context.cwd, crd)),
            ),
            strict: true,
            cacheDir: path.join(cacheDir, 'validate'),
            severities: {},
            download: values.offline ? false : {},
          },
        }),
  });

  if (values.out !== undefined) {
    const out = path.resolve(context.cwd, values.out);
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, 'diff.md'), checkSummary(result, { notes: [] }));
    await writeFile(path.join(out, 'report.json'), `${JSON.stringify(checkReport(result), null, 2)}\n`);
  }
  if (format === 'json') context.stdout.write(`${JSON.stringify(checkReport(result), null, 2)}\n`);
  else if (format === 'markdown') context.stdout.write(checkSummary(result, { notes: [] }));
  else context.stdout.write(checkText(result, { color: context.stdout.isTTY === true }));
  for (const note of result.validation?.notes ?? []) context.stderr.write(`note: ${note}\n`);
  for (const unit of result.headRun.units.filter((u) => u.status === 'failed')) {
    context.stderr.write(`${failureText(unit)}\n`);
  }
  const invalid = failsRun(result.validation?.report.findings ?? [], failOn);
  return runFailed(result.headRun) || invalid ? EXIT.findings : EXIT.clean;
}
