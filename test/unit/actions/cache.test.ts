import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cacheKeys,
  directoriesFingerprint,
  restoreDirectoryCache,
  savedKey,
} from '../../../src/actions/shared/cache.js';
import { closeServer, listenOnLoopback } from '../../support/http.js';
import { tempDir } from '../../support/temp.js';
import { parseWorkflowCommands } from '../../support/workflow-commands.js';

const CACHE_ENV = [
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_SERVICE_V2',
];
let savedEnv: Record<string, string | undefined>;

beforeEach(() => {
  savedEnv = Object.fromEntries(CACHE_ENV.map((name) => [name, process.env[name]]));
  for (const name of CACHE_ENV) delete process.env[name];
});
afterEach(() => {
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

/** What the step writes to stdout while `work` runs: the runner reads workflow commands there. */
async function stdoutOf(work: () => Promise<void>): Promise<string> {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  try {
    await work();
  } finally {
    process.stdout.write = write;
  }
  return chunks.join('');
}

describe('cache keys', () => {
  it('name the action and platform, hash the inputs, and fall back to any entry of the action', () => {
    const keys = cacheKeys({ name: 'validate', keyParts: ['1.35', 'strict=true'] }, 'linux-x64');
    expect(keys.primary).toMatch(/^gitops-actions-validate-linux-x64-[0-9a-f]{16}$/);
    expect(keys.restore).toEqual(['gitops-actions-validate-linux-x64-']);
    expect(keys.primary.startsWith(keys.restore[0] as string)).toBe(true);
    expect(cacheKeys({ name: 'validate', keyParts: ['1.35', 'strict=true'] }, 'linux-x64')).toEqual(keys);
    const other = cacheKeys({ name: 'validate', keyParts: ['1.34', 'strict=true'] }, 'linux-x64');
    expect(other.primary).not.toBe(keys.primary);
    expect(other.restore).toEqual(keys.restore);
    expect(cacheKeys({ name: 'render', keyParts: ['1.35', 'strict=true'] }, 'linux-x64').restore).toEqual([
      'gitops-actions-render-linux-x64-',
    ]);
    // Saved entries extend the primary key, so restoring by the primary key finds them as a prefix.
    expect(savedKey(keys, 'abc')).toBe(`${keys.primary}-abc`);
  });

  it('fingerprint what the directories hold, and nothing when they hold nothing', async () => {
    const root = await tempDir();
    const schemas = path.join(root, 'schemas');
    expect(await directoriesFingerprint([schemas, path.join(root, 'missing')])).toBeUndefined();
    await mkdir(path.join(schemas, 'a'), { recursive: true });
    expect(await directoriesFingerprint([schemas])).toBeUndefined();
    await writeFile(path.join(schemas, 'a', 'one.json'), '{}');
    const one = await directoriesFingerprint([schemas]);
    expect(one).toMatch(/^[0-9a-f]{16}$/);
    expect(await directoriesFingerprint([schemas])).toBe(one);
    await writeFile(path.join(schemas, 'two.json'), '[]');
    expect(await directoriesFingerprint([schemas])).not.toBe(one);
  });
});

describe('restoreDirectoryCache', () => {
  it('does nothing outside GitHub (no cache service), saying so at debug level', async () => {
    const root = await tempDir();
    await writeFile(path.join(root, 'kept.json'), '{}');
    let saved = false;
    const output = await stdoutOf(async () => {
      const restored = await restoreDirectoryCache({ name: 'validate', paths: [root], keyParts: ['1.35'] });
      expect(restored.restoredKey).toBeUndefined();
      await restored.save();
      saved = true;
    });
    expect(saved).toBe(true);
    const commands = parseWorkflowCommands(output);
    expect(commands.map((command) => command.command)).toEqual(['debug']);
    expect(commands[0]?.message).toContain('Actions cache not available');
  });

  it('turns a failing cache service into warnings, never a failed step, and claims no save', async () => {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(`${request.method} ${request.url?.split('?')[0]}`);
      response.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"broken"}');
    });
    const port = await listenOnLoopback(server);
    try {
      process.env.ACTIONS_CACHE_URL = `http://127.0.0.1:${port}/`;
      process.env.ACTIONS_RUNTIME_TOKEN = 'token';
      // Where the library writes the archive it would upload.
      process.env.RUNNER_TEMP = await tempDir();
      const root = await tempDir();
      await writeFile(path.join(root, 'kept.json'), '{}');
      const output = await stdoutOf(async () => {
        const restored = await restoreDirectoryCache({ name: 'validate', paths: [root], keyParts: ['1.35'] });
        expect(restored.restoredKey).toBeUndefined();
        await restored.save();
      });
      const warnings = parseWorkflowCommands(output).filter((command) => command.command === 'warning');
      // The library reports the service's failures itself, as warnings; nothing claims a save.
      expect(warnings.map((warning) => warning.message)).toEqual([
        expect.stringContaining('Failed to restore'),
        expect.stringContaining('Failed to save'),
      ]);
      expect(output).not.toContain('Saved the validate cache');
      expect(requests).toEqual(['GET /_apis/artifactcache/cache', 'POST /_apis/artifactcache/caches']);
    } finally {
      await closeServer(server);
    }
  });
});
