import path from 'node:path';
import { parseArgs } from 'node:util';
import { configuredEnvironments, loadConfig } from '../../core/config/config.js';
import { writeNewFiles } from '../../core/edits/new-files.js';
import { writeEdits } from '../../core/edits/write-edits.js';
import { UsageError } from '../../core/errors.js';
import { historyFromVersions, planRoute, planToJson, renderPlan } from '../../core/promote/index.js';
import { findOnPath } from '../../core/tools/resolve.js';
import { toolEnv } from '../../core/tools/tools.js';
import { fileVersions } from '../../git/file-versions.js';
import { Git } from '../../git/git.js';
import { type CliContext, EXIT } from '../context.js';

export const promoteUsage = `Usage: gitops-actions promote [ROOT] --from ENV --to ENV [--dry-run | --write] [--output text|json]
                              [--apps A,B] [--exclude-apps A,B] [--include-new-apps] [--no-history]

Plans what the target environment needs to run what the source runs (image tags and digests,
chart versions), from the repository at ROOT (default: the current directory). --dry-run (the
default) prints the plan; --write applies it to the working tree, byte for byte, with no git or
GitHub involved. Drift (a target value the source's git history never had, or a newer one) is
reported, never overwritten silently. Exits 0 when planned, 1 on plan errors, 2 for bad flags.
`;

export async function promoteCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      write: { type: 'boolean', default: false },
      output: { type: 'string', default: 'text' },
      apps: { type: 'string', multiple: true },
      'exclude-apps': { type: 'string', multiple: true },
      'include-new-apps': { type: 'boolean', default: false },
      'no-history': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    context.stdout.write(promoteUsage);
    return EXIT.clean;
  }
  if (!values.from || !values.to) throw new UsageError('--from and --to are required');
  if (values.write && values['dry-run']) throw new UsageError('--write and --dry-run exclude each other');
  if (values.output !== 'text' && values.output !== 'json')
    throw new UsageError('--output must be text or json');
  const root = path.resolve(context.cwd, positionals[0] ?? '.');
  const list = (items: string[] | undefined) =>
    (items ?? [])
      .flatMap((item) => item.split(','))
      .map((s) => s.trim())
      .filter(Boolean);
  const git = values['no-history'] ? undefined : await gitAt(root, context.env);
  const config = await loadConfig(root);
  const fields = {
    extraFields: config.promotion?.fields ?? [],
    allowBlocked: config.promotion?.allowBlocked ?? [],
  };
  const { plan } = await planRoute({
    root,
    route: { from: values.from, to: values.to },
    ...(config.environments ? { environments: configuredEnvironments(config.environments) } : {}),
    options: {
      apps: list(values.apps),
      excludeApps: list(values['exclude-apps']),
      includeNewApps: values['include-new-apps'],
      ...fields,
    },
    ...(git ? { history: async (files) => historyFromVersions(await fileVersions(git, files), fields) } : {}),
  });
  context.stdout.write(values.output === 'json' ? `${planToJson(plan)}\n` : renderPlan(plan));
  if (plan.diagnostics.some((d) => d.severity === 'error')) return EXIT.findings;
  if (values.write) {
    await writeNewFiles(root, plan.newFiles);
    await writeEdits(root, plan.edits);
  }
  return EXIT.clean;
}

/** git for the history, when the root is inside a repository; history is optional. */
async function gitAt(root: string, env: NodeJS.ProcessEnv): Promise<Git | undefined> {
  const binary = await findOnPath('git', env.PATH ?? '');
  if (binary === undefined) return undefined;
  const git = Git.create(binary, root, toolEnv(env));
  const inside = await git.run(['rev-parse', '--is-inside-work-tree'], { allowFailure: true });
  return inside.trim() === 'true' ? git : undefined;
}
