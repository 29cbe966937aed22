import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import * as toolCache from '@actions/tool-cache';
import { GitopsError, UsageError } from '../../core/errors.js';
import { Tools } from '../../core/tools/tools.js';

/** Where Helm publishes release archives and their `.sha256sum` files. */
export const HELM_DOWNLOAD_URL = 'https://get.helm.sh';

export interface ActionToolSettings {
  /** An explicit helm binary (input `helm-path`). */
  helmPath?: string;
  /** An explicit kubectl binary (input `kubectl-path`). */
  kubectlPath?: string;
  /** A helm version to install with the tool cache when no path is given (input `helm-version`). */
  helmVersion?: string;
  /** The release server, for runners that reach Helm's releases through a mirror. */
  helmDownloadUrl?: string;
}

/**
 * The tools an action runs: explicit paths first, then a pinned helm from the runner's tool
 * cache (downloaded and checksum-verified once per runner), then PATH.
 */
export async function actionTools(
  settings: ActionToolSettings,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Tools> {
  let helm = settings.helmPath;
  if (helm === undefined && settings.helmVersion !== undefined) {
    helm = await installHelm(settings.helmVersion, settings.helmDownloadUrl ?? HELM_DOWNLOAD_URL);
  }
  return new Tools({
    env,
    searchPath: env.PATH ?? '',
    explicit: { helm, kubectl: settings.kubectlPath },
    ...(env.RUNNER_TEMP ? { helmHome: path.join(env.RUNNER_TEMP, 'gitops-actions-helm') } : {}),
  });
}

/**
 * Installs helm `version` (for example `4.1.4` or `v4.1.4`) into the runner's tool cache and
 * returns the binary's path. The archive's SHA-256 must match Helm's published checksum file.
 */
export async function installHelm(version: string, downloadUrl = HELM_DOWNLOAD_URL): Promise<string> {
  const semver = version.replace(/^v/, '');
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(semver)) {
    throw new UsageError(
      `Input "helm-version" has an invalid value "${version}": expected an exact version such as 4.1.4.`,
    );
  }
  const platform = helmPlatform();
  const cached = toolCache.find('helm', semver, platform.arch);
  if (cached) {
    core.info(`helm ${semver} found in the tool cache`);
    return path.join(cached, 'helm');
  }
  const archive = `helm-v${semver}-${platform.os}-${platform.arch}.tar.gz`;
  const base = downloadUrl.replace(/\/+$/, '');
  core.info(`downloading ${base}/${archive}`);
  const [archivePath, checksumPath] = await Promise.all([
    download(`${base}/${archive}`, semver),
    download(`${base}/${archive}.sha256sum`, semver),
  ]);
  const expected = (await readFile(checksumPath, 'utf8')).trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const actual = await sha256(archivePath);
  if (expected !== actual) {
    throw new GitopsError(
      `${archive} failed its checksum: expected ${expected || '(empty)'}, got ${actual}`,
      {
        hint: 'The download was corrupted or tampered with; retry, or check the helm download mirror.',
      },
    );
  }
  const extracted = await toolCache.extractTar(archivePath);
  const cachedDir = await toolCache.cacheDir(
    path.join(extracted, `${platform.os}-${platform.arch}`),
    'helm',
    semver,
    platform.arch,
  );
  return path.join(cachedDir, 'helm');
}

async function download(url: string, version: string): Promise<string> {
  try {
    return await toolCache.downloadTool(url);
  } catch (error) {
    throw new GitopsError(
      `could not download helm ${version} from ${url}: ${error instanceof Error ? error.message : String(error)}`,
      {
        hint: 'Check the helm-version input, or set helm-path to a helm already on the runner.',
      },
    );
  }
}

function helmPlatform(): { os: string; arch: string } {
  const os = { linux: 'linux', darwin: 'darwin', win32: 'windows' }[process.platform as string];
  const arch = { x64: 'amd64', arm64: 'arm64' }[process.arch as string];
  if (!os || !arch)
    throw new UsageError(`helm releases are not published for ${process.platform}/${process.arch}`);
  return { os, arch };
}

function sha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
