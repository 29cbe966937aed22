import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.js';
import { imageBumpCommitMessage, planImageBump } from '../../core/images/bump.js';
import { CredentialStore, RegistryClient } from '../../core/images/registry/index.js';
import { findOnPath } from '../../core/tools/resolve.js';
import { toolEnv } from '../../core/tools/tools.js';
import { deliverEdits } from '../../delivery/deliver.js';
import { Git } from '../../git/git.js';
import { createGitHubClient } from '../../github/client.js';
import {
  imageBumpChangesJson,
  imageBumpPullRequestBody,
  imageBumpText,
  imageBumpTitle,
} from '../../report/image-bump.js';
import { type CliContext, EXIT } from '../context.js';

export const imageBumpUsage = `Usage: gitops-actions image-bump [ROOT] [--path DIR]... [--image IMAGE (--tag TAG | --digest DIGEST)]
                                 [--dry-run] [--output text|json] [--mode write|commit|pull-request]

Updates Flux $imagepolicy markers under ROOT (default: the current directory).
With --image, every marker whose ImagePolicy's image it is takes the tag when the policy accepts it
and ranks it above the current tag. Without --image, tags are listed from each ImageRepository's
registry (credentials from ~/.docker/config.json).
  --path DIR        where to look for markers (repeatable; default: the ImageUpdateAutomations' paths)
  --dry-run         print the changes, write nothing
  --mode MODE       write (default), commit (commit and push the current branch), or pull-request
                    (needs --repository OWNER/REPO and GITHUB_TOKEN; --base, --branch, --label)
Exits 0 when done (changes or not), 1 when a marker cannot take the image, 2 for bad flags.
`;

/** `gitops-actions image-bump`: the action's engine, with terminal output. */
export async function imageBumpCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      path: { type: 'string', multiple: true },
      image: { type: 'string' },
      tag: { type: 'string' },
      digest: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      output: { type: 'string', default: 'text' },
      mode: { type: 'string', default: 'write' },
      branch: { type: 'string' },
      base: { type: 'string' },
      repository: { type: 'string' },
      label: { type: 'string', multiple: true },
      'commit-message': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    context.stdout.write(imageBumpUsage);
    return EXIT.clean;
  }
  if (positionals.length > 1) throw new UsageError(`expected at most one ROOT, got ${positionals.join(' ')}`);
  const root = path.resolve(context.cwd, positionals[0] ?? '.');
  const mode = choice('--mode', values.mode, ['write', 'commit', 'pull-request'] as const);
  const output = choice('--output', values.output, ['text', 'json'] as const);
  if (values.image === undefined && (values.tag !== undefined || values.digest !== undefined)) {
    throw new UsageError('--tag and --digest need --image');
  }
  if (values.image !== undefined && values.tag === undefined && values.digest === undefined) {
    throw new UsageError('--image needs --tag or --digest');
  }

  const outcome = await planImageBump({
    root,
    paths: values.path ?? [],
    ...(values.image
      ? {
          given: {
            image: values.image,
            ...(values.tag ? { tag: values.tag } : {}),
            ...(values.digest ? { digest: values.digest } : {}),
          },
        }
      : { registry: await registryClient(context.env) }),
  });
  const errors = outcome.plan.diagnostics.filter((d) => d.severity === 'error');
  context.stdout.write(
    output === 'json'
      ? `${JSON.stringify(imageBumpChangesJson(outcome), null, 2)}\n`
      : imageBumpText(outcome),
  );
  if (errors.length > 0) return EXIT.findings;
  if (values['dry-run'] || outcome.plan.edits.length === 0) return EXIT.clean;

  const message = imageBumpCommitMessage(outcome, values['commit-message']);
  const delivery = await deliverEdits({
    mode,
    root,
    edits: outcome.plan.edits,
    message,
    ...(outcome.updateAutomation?.commit.author ? { author: outcome.updateAutomation.commit.author } : {}),
    ...(mode === 'write' ? {} : { git: await gitAt(root, context.env) }),
    ...(values.branch ? { branch: values.branch } : {}),
    ...(mode === 'pull-request'
      ? {
          branch: values.branch ?? 'image-bump/cli',
          pullRequest: pullRequest(values, context.env, outcome, message),
        }
      : {}),
  });
  if (output === 'text') {
    if (delivery.pullRequest)
      context.stdout.write(`pull request ${delivery.pullRequest.url} ${delivery.pullRequest.operation}\n`);
    else if (delivery.commitSha) context.stdout.write(`committed ${delivery.commitSha}\n`);
  }
  return EXIT.clean;
}

function choice<const T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`);
}

async function registryClient(env: NodeJS.ProcessEnv): Promise<RegistryClient> {
  const file = path.join(env.DOCKER_CONFIG || path.join(env.HOME || os.homedir(), '.docker'), 'config.json');
  const text = await readFile(file, 'utf8').catch(() => undefined);
  return new RegistryClient(
    text === undefined ? {} : { credentials: CredentialStore.fromDockerConfig(text, file) },
  );
}

async function gitAt(root: string, env: NodeJS.ProcessEnv): Promise<Git> {
  const git = await findOnPath('git', env.PATH ?? '');
  if (git === undefined) throw new UsageError('git was not found on PATH');
  return Git.create(git, root, toolEnv(env));
}

function pullRequest(
  values: { repository?: string | undefined; base?: string | undefined; label?: string[] | undefined },
  env: NodeJS.ProcessEnv,
  outcome: Parameters<typeof imageBumpTitle>[0],
  message: string,
) {
  const [owner, repo] = (values.repository ?? '').split('/');
  if (!owner || !repo) throw new UsageError('--mode pull-request needs --repository OWNER/REPO');
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token) throw new UsageError('--mode pull-request needs a token in GITHUB_TOKEN or GH_TOKEN');
  return {
    client: createGitHubClient({
      token,
      baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
      log: {
        debug: () => {},
        info: () => {},
        warn: (m) => process.stderr.write(`${m}\n`),
        error: (m) => process.stderr.write(`${m}\n`),
      },
    }),
    owner,
    repo,
    base: values.base ?? outcome.updateAutomation?.checkoutBranch ?? 'main',
    title: imageBumpTitle(outcome, message),
    body: imageBumpPullRequestBody(outcome, message),
    labels: values.label ?? [],
  };
}
