import os from 'node:os';
import path from 'node:path';
import { UsageError } from '../../core/errors.js';
import type { DeliveryMode } from '../../delivery/deliver.js';
import { Inputs } from '../shared/inputs.js';

/** Everything actions/image-bump is told, read once. */
export interface ImageBumpSettings {
  /** The GitOps repository's root: the `path` input inside GITHUB_WORKSPACE. */
  workspace: string;
  /** Directories to scan, relative to the workspace; empty means the ImageUpdateAutomations' update paths. */
  paths: string[];
  /** Given mode; undefined means registry mode. */
  given: { image: string; tag?: string; digest?: string } | undefined;
  mode: DeliveryMode;
  /** The branch to push to (commit mode) or the pull request's head branch. */
  branch: string | undefined;
  /** The branch a pull request targets: the run's own branch unless given. */
  base: string | undefined;
  /** A Go template overriding the ImageUpdateAutomation's messageTemplate. */
  commitMessage: string | undefined;
  labels: string[];
  token: string | undefined;
  registry: {
    /** The host that registry-username and registry-password are for. */
    host: string | undefined;
    username: string | undefined;
    password: string | undefined;
    /** A docker config.json with credentials, if one exists. */
    dockerConfig: string | undefined;
  };
  github: { owner: string; repo: string; apiUrl: string; refName: string | undefined };
}

export function getInputs(inputs = new Inputs(), env: NodeJS.ProcessEnv = process.env): ImageBumpSettings {
  const checkout = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const root = inputs.optional('path') ?? '.';
  const workspace = path.resolve(checkout, root);
  if (path.relative(checkout, workspace).startsWith('..') || path.isAbsolute(root)) {
    throw new UsageError(
      `Input "path" has an invalid value "${root}": expected a directory inside the workspace.`,
    );
  }
  const image = inputs.optional('image');
  const tag = inputs.optional('tag');
  const digest = inputs.optional('digest');
  if (image === undefined && (tag !== undefined || digest !== undefined)) {
    throw new UsageError('Inputs "tag" and "digest" need "image": name the image that was built.');
  }
  if (image !== undefined && tag === undefined && digest === undefined) {
    throw new UsageError(`Input "image" (${image}) needs "tag" or "digest": say what was built.`);
  }
  const username = inputs.optional('registry-username');
  const password = inputs.secret('registry-password');
  const host = inputs.optional('registry');
  if ((username !== undefined || password !== undefined) && host === undefined) {
    throw new UsageError(
      'Inputs "registry-username" and "registry-password" need "registry": the host they are for, such as ghcr.io.',
    );
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return {
    workspace,
    paths: inputs.list('paths'),
    given:
      image === undefined ? undefined : { image, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) },
    mode: inputs.choice('mode', ['write', 'commit', 'pull-request'], 'write'),
    branch: inputs.optional('branch'),
    base: inputs.optional('base'),
    commitMessage: inputs.optional('commit-message'),
    labels: inputs.list('labels', { commas: true }),
    token: inputs.secret('token'),
    registry: {
      host,
      username,
      password,
      dockerConfig: inputs.optional('docker-config') ?? defaultDockerConfig(env),
    },
    github: {
      owner,
      repo,
      apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
      refName: env.GITHUB_REF_NAME || refName(env.GITHUB_REF),
    },
  };
}

/** Where docker (and docker/login-action) keep credentials: $DOCKER_CONFIG or ~/.docker. */
function defaultDockerConfig(env: NodeJS.ProcessEnv): string {
  return path.join(env.DOCKER_CONFIG || path.join(env.HOME || os.homedir(), '.docker'), 'config.json');
}

function refName(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}
