import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BaseSpec } from '../../check/base-commit.js';
import { UsageError } from '../../core/errors.js';
import { MirrorMap } from '../../core/helm/sources/index.js';
import { normalizeKubeVersion } from '../../core/render/index.js';
import type { FailOn } from '../../core/validate/finding.js';
import { Inputs } from '../shared/inputs.js';
import type { ActionToolSettings } from '../shared/tools.js';

export type CommentMode = 'pull-request' | 'per-cluster' | 'none';

/** Everything the pull-request check (root action.yml) is told, read once. */
export interface CheckSettings {
  /** The GITHUB_WORKSPACE: annotations and report paths are relative to it. */
  workspace: string;
  /** Input `path`: the GitOps repository inside the workspace. */
  sourceRoot: string;
  /** Input `base`, or the event: what the head is compared with. */
  base: BaseSpec;
  /** Input `full`: render every unit on both sides. */
  full: boolean;
  /** Input `clusters`: entry directories relative to `sourceRoot`; empty means every clusters/*. */
  clusters: string[];
  /** Input `mirror`: FROM=TO lines. */
  mirrors: MirrorMap;
  /** Input `kubernetes-version`: render for it and validate against it. */
  kubernetesVersion: string | undefined;
  /** Input `schema-location`: swagger.json directories or kubeconform templates, in order. */
  schemaLocations: string[];
  /** Input `crds`: CRD files or directories used as schemas. */
  crds: string[];
  /** Input `fail-on`. */
  failOn: FailOn;
  /** Input `comment`. */
  comment: CommentMode;
  /** Input `noise`: which noise filters are off. */
  noise: { chartLabels: boolean; checksumAnnotations: boolean; volatile: boolean };
  /** Input `concurrency`; default the runner's CPU count. */
  concurrency: number;
  /** Input `artifact`: the name of the uploaded full diff, or undefined for none. */
  artifact: string | undefined;
  /** Input `token`: never logged. */
  token: string | undefined;
  /** Where the diff, the report and the caches go: under RUNNER_TEMP and the tool cache. */
  outDir: string;
  cacheDir: string;
  event: { name: string; pullRequest?: { number: number; headRepo?: string; baseRepo?: string } };
  github: {
    owner: string;
    repo: string;
    apiUrl: string;
    serverUrl: string;
    /** The job summary's address, which the comment links to. */
    runUrl: string | undefined;
  };
  tools: ActionToolSettings;
}

interface EventPayload {
  before?: string;
  pull_request?: {
    number?: number;
    base?: { sha?: string; ref?: string; repo?: { full_name?: string } };
    head?: { repo?: { full_name?: string } };
  };
}

const NOISE_FILTERS = ['chart-labels', 'checksum-annotations', 'volatile'] as const;

export function getInputs(inputs = new Inputs(), env: NodeJS.ProcessEnv = process.env): CheckSettings {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const relative = inputs.optional('path') ?? '.';
  const sourceRoot = path.resolve(workspace, relative);
  if (path.relative(workspace, sourceRoot).startsWith('..')) {
    throw new UsageError(
      `Input "path" has an invalid value "${relative}": expected a directory inside the workspace.`,
    );
  }
  let mirrors: MirrorMap;
  try {
    mirrors = MirrorMap.parse(inputs.list('mirror'), workspace);
  } catch (error) {
    throw new UsageError(`Input "mirror": ${(error as Error).message}`);
  }
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = readEvent(env.GITHUB_EVENT_PATH);
  const kubernetesVersion = inputs.optional('kubernetes-version');
  if (kubernetesVersion !== undefined) normalizeKubeVersion(kubernetesVersion);
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const runnerTemp = env.RUNNER_TEMP || os.tmpdir();
  const helmPath = inputs.optional('helm-path');
  const kubectlPath = inputs.optional('kubectl-path');
  const helmVersion = inputs.optional('helm-version');
  const pullRequest = payload.pull_request;
  return {
    workspace,
    sourceRoot,
    base: baseSpec(inputs.optional('base'), eventName, payload),
    full: inputs.boolean('full', false),
    clusters: inputs.list('clusters'),
    mirrors,
    kubernetesVersion,
    schemaLocations: inputs.list('schema-location'),
    crds: inputs.list('crds'),
    failOn: inputs.choice('fail-on', ['error', 'warning', 'never'], 'error'),
    comment: inputs.choice('comment', ['pull-request', 'per-cluster', 'none'], 'pull-request'),
    noise: noise(inputs.list('noise-filters-off', { commas: true })),
    concurrency: inputs.integer('concurrency', os.availableParallelism(), { min: 1 }),
    artifact: inputs.optional('artifact') ?? undefined,
    token: inputs.secret('token'),
    outDir: path.join(runnerTemp, 'gitops-actions-check'),
    cacheDir: path.join(env.RUNNER_TOOL_CACHE || runnerTemp, 'gitops-actions'),
    event: {
      name: eventName,
      ...(typeof pullRequest?.number === 'number'
        ? {
            pullRequest: {
              number: pullRequest.number,
              ...(pullRequest.head?.repo?.full_name ? { headRepo: pullRequest.head.repo.full_name } : {}),
              ...(pullRequest.base?.repo?.full_name ? { baseRepo: pullRequest.base.repo.full_name } : {}),
            },
          }
        : {}),
    },
    github: {
      owner,
      repo,
      apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
      serverUrl,
      runUrl:
        env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
          ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`
          : undefined,
    },
    tools: {
      ...(helmPath === undefined ? {} : { helmPath }),
      ...(kubectlPath === undefined ? {} : { kubectlPath }),
      ...(helmVersion === undefined ? {} : { helmVersion }),
    },
  };
}

/** The input wins; else the pull request's base branch, or the commit before a push. */
function baseSpec(input: string | undefined, eventName: string, payload: EventPayload): BaseSpec {
  if (input !== undefined) return { kind: 'ref', ref: input };
  const base = payload.pull_request?.base;
  if (base?.sha) return { kind: 'pull-request', baseSha: base.sha, baseRef: base.ref ?? base.sha };
  if (eventName === 'push' && typeof payload.before === 'string')
    return { kind: 'push', before: payload.before };
  throw new UsageError(`The ${eventName || 'unknown'} event names no base to compare with`, {
    hint: 'Run the check on pull_request or push events, or set the input "base" (for example origin/main).',
  });
}

function readEvent(file: string | undefined): EventPayload {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as EventPayload;
  } catch (error) {
    throw new UsageError(`GITHUB_EVENT_PATH ${file} is not readable JSON: ${(error as Error).message}`);
  }
}

function noise(off: readonly string[]): CheckSettings['noise'] {
  for (const name of off) {
    if (!(NOISE_FILTERS as readonly string[]).includes(name)) {
      throw new UsageError(
        `Input "noise-filters-off" has an invalid value "${name}": expected ${NOISE_FILTERS.join(', ')}.`,
      );
    }
  }
  return {
    chartLabels: !off.includes('chart-labels'),
    checksumAnnotations: !off.includes('checksum-annotations'),
    volatile: !off.includes('volatile'),
  };
}
