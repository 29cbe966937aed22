import { parseArgs } from 'node:util';
import { describeError, NotImplementedError, UsageError } from '../core/errors.js';
import { defaultCacheDir, Tools } from '../core/tools/tools.js';
import { VERSION } from '../version.js';
import { checkCommand } from './commands/check.js';
import { imageBumpCommand } from './commands/image-bump.js';
import { imagePolicyCommand } from './commands/image-policy.js';
import { mergeCommand } from './commands/merge.js';
import { promoteCommand } from './commands/promote.js';
import { renderCommand } from './commands/render.js';
import { validateCommand } from './commands/validate.js';
import { type CliContext, EXIT } from './context.js';

interface Command {
  summary: string;
  run(args: string[], context: CliContext): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  render: {
    summary: 'render a GitOps repository into the manifests each cluster receives',
    run: renderCommand,
  },
  validate: {
    summary: 'validate manifests against Kubernetes and CRD schemas and GitOps rules',
    run: validateCommand,
  },
  'image-bump': { summary: 'update images at Flux $imagepolicy markers', run: imageBumpCommand },
  'image-policy': {
    summary: 'print the tag an ImagePolicy picks from a list of tags',
    run: imagePolicyCommand,
  },
  promote: {
    summary: 'plan or open the promotion pull request between environments',
    run: promoteCommand,
  },
  check: { summary: 'render base and head, validate, and print the rendered diff', run: checkCommand },
  merge: { summary: 'combine sharded render outputs into one', run: mergeCommand },
  version: { summary: 'print the versions of gitops-actions and of the tools it runs', run: version },
};

export async function main(argv: string[], context: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      context.stdout.write(usage());
      return name === undefined ? EXIT.usage : EXIT.clean;
    }
    if (name === '--version') return await version([], context);
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (command === undefined)
      throw new UsageError(`unknown command "${name}"`, { hint: 'Run `gitops-actions help`.' });
    return await command.run(rest, context);
  } catch (error) {
    const { message, hint } = describeError(error);
    context.stderr.write(`gitops-actions: ${message}\n${hint ? `${hint}\n` : ''}`);
    return isUsageError(error) ? EXIT.usage : EXIT.findings;
  }
}

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(
    ([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`,
  );
  return `Usage: gitops-actions <command> [options]\n\nCommands:\n${lines.join('\n')}\n`;
}

async function version(args: string[], context: CliContext): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'helm-path': { type: 'string' },
      'kubectl-path': { type: 'string' },
    },
    strict: true,
  });
  const tools = new Tools({
    env: context.env,
    searchPath: context.env.PATH ?? '',
    explicit: { helm: values['helm-path'], kubectl: values['kubectl-path'] },
    bundledCacheDir: defaultCacheDir(context.env),
  });
  context.stdout.write(`gitops-actions ${VERSION}\n`);
  for (const name of ['helm', 'kubectl', 'git'] as const) {
    const located = await tools
      .locate(name)
      .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    if (located instanceof Error) {
      context.stdout.write(`${name}: not found (${describeError(located).message})\n`);
      continue;
    }
    context.stdout.write(`${name}: ${located.path} (${located.origin})\n`);
  }
  const helm = await tools
    .helm()
    .then((h) => h.version())
    .catch(() => undefined);
  const kubectl = await tools
    .kubectl()
    .then((k) => k.version())
    .catch(() => undefined);
  if (helm) context.stdout.write(`helm version: ${helm}\n`);
  if (kubectl) context.stdout.write(`kubectl version: ${kubectl.kubectl} (kustomize ${kubectl.kustomize})\n`);
  return EXIT.clean;
}

/** Bad flags (node:util parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes) or missing pieces. */
function isUsageError(error: unknown): boolean {
  if (error instanceof UsageError || error instanceof NotImplementedError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
