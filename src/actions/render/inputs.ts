import os from 'node:os';
import path from 'node:path';
import { UsageError } from '../../core/errors.js';
import { MirrorMap } from '../../core/helm/sources/index.js';
import { normalizeKubeVersion, parseShard, type Shard } from '../../core/render/index.js';
import { Inputs } from '../shared/inputs.js';
import type { ActionToolSettings } from '../shared/tools.js';

/** Everything actions/render is told, read once. */
export interface RenderSettings {
  /** The GITHUB_WORKSPACE: annotation and index paths are relative to it. */
  workspace: string;
  /** Input `path`: the repository root to render. */
  sourceRoot: string;
  /** Input `clusters`: entry directories relative to `sourceRoot`; empty means render.clusters of the configuration, else every clusters/*. */
  clusters: string[];
  /** Input `out`, absolute. */
  outDir: string;
  /** Input `mirror`: FROM=TO lines; relative directories are resolved against the workspace. */
  mirrors: MirrorMap;
  /** Input `concurrency`; default the runner's CPU count. */
  concurrency: number;
  /** Input `shard`: I/N, for a matrix of jobs. */
  shard: Shard | undefined;
  /** Input `kubernetes-version`, normalized to `vMAJOR.MINOR.PATCH`. */
  kubeVersion: string;
  /**
   * Input `cache`: keep chart packages and rendered units in the runner's tool cache directory, so
   * later steps and jobs on the same runner reuse them, and in the Actions cache between workflow
   * runs (see render/cache.ts); `false` renders everything afresh.
   */
  cacheDir: string | undefined;
  tools: ActionToolSettings;
}

export function getInputs(inputs = new Inputs(), env: NodeJS.ProcessEnv = process.env): RenderSettings {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const sourceRoot = path.resolve(workspace, inputs.optional('path') ?? '.');
  let mirrors: MirrorMap;
  try {
    mirrors = MirrorMap.parse(inputs.list('mirror'), workspace);
  } catch (error) {
    throw new UsageError(`Input "mirror": ${(error as Error).message}`);
  }
  const shardText = inputs.optional('shard');
  const kubernetesVersion = inputs.optional('kubernetes-version');
  const helmPath = inputs.optional('helm-path');
  const kubectlPath = inputs.optional('kubectl-path');
  const helmVersion = inputs.optional('helm-version');
  return {
    workspace,
    sourceRoot,
    clusters: inputs.list('clusters'),
    outDir: path.resolve(workspace, inputs.optional('out') ?? 'rendered'),
    mirrors,
    concurrency: inputs.integer('concurrency', os.availableParallelism(), { min: 1 }),
    shard: shardText === undefined ? undefined : parseShard(shardText, 'Input "shard"'),
    kubeVersion: normalizeKubeVersion(kubernetesVersion),
    cacheDir: inputs.boolean('cache', true)
      ? path.join(
          env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP || path.join(workspace, '.cache'),
          'gitops-actions',
        )
      : undefined,
    tools: {
      ...(helmPath === undefined ? {} : { helmPath }),
      ...(kubectlPath === undefined ? {} : { kubectlPath }),
      ...(helmVersion === undefined ? {} : { helmVersion }),
    },
  };
}
