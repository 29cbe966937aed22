import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleEntry } from '../../scripts/build.mjs';
import { pullRequestEvent } from '../support/events.js';
import { repoRoot } from '../support/paths.js';
import { runAction } from '../support/runner.js';
import { tempDir } from '../support/temp.js';

let probe: string;
let workspace: string;

beforeAll(async () => {
  // Built outside the per-test temp dirs, which are removed after each test.
  const dir = path.join(repoRoot, 'node_modules', '.cache', 'gitops-actions', `probe-${process.pid}`);
  await mkdir(dir, { recursive: true });
  probe = path.join(dir, 'index.js');
  await bundleEntry('test/action/fixtures/probe-action.ts', probe);
});

afterAll(async () => {
  await rm(path.dirname(probe), { recursive: true, force: true });
});

describe('runner harness', () => {
  it('passes inputs as INPUT_ variables and reads single and multiline outputs back', async () => {
    workspace = await tempDir();
    const run = await runAction({
      action: { script: probe },
      workspace,
      inputs: {
        greeting: 'hello',
        shout: true,
        items: 'shop\ncart, search\n# a comment\n',
        token: 's3cr3t-token',
      },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.greeting).toBe('HELLO');
    expect(run.outputs.items).toBe('shop\ncart\nsearch');
    expect(run.outputs.workspace).toBe(workspace);
    expect(run.exportedEnv.PROBE_ITEMS).toBe('3');
    expect(run.masks).toEqual(['s3cr3t-token']);
  });

  it('collects annotations with file, line, column and title, and decodes escaped characters', async () => {
    const run = await runAction({
      action: { script: probe },
      workspace: await tempDir(),
      inputs: { greeting: 'hi', items: 'shop,cart,search,auth' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.annotations).toEqual([
      {
        level: 'error',
        message: 'item shop: 100% checked\nsecond line',
        file: 'apps/shop.yaml',
        line: 1,
        column: 3,
        title: 'probe: check',
      },
      // Within a level, annotations come in file order.
      expect.objectContaining({ level: 'warning', file: 'apps/auth.yaml', line: 4 }),
      expect.objectContaining({ level: 'warning', file: 'apps/cart.yaml', line: 2 }),
    ]);
    // The cap was 2 per level: the third warning (search) was counted, not emitted.
    expect(run.outputs['omitted-warnings']).toBe('1');
    expect(run.summary).toContain('| shop | 4 |');
  });

  it('reports a thrown error once, at its file and line, and exits 1', async () => {
    const run = await runAction({
      action: { script: probe },
      workspace: await tempDir(),
      inputs: { greeting: 'hi', mode: 'fail' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toEqual([
      {
        level: 'error',
        message: 'clusters/a, b.yaml:7: the probe was asked to fail',
        file: 'clusters/a, b.yaml',
        line: 7,
      },
    ]);
  });

  it('names the input and the allowed values when an input is invalid', async () => {
    const run = await runAction({
      action: { script: probe },
      workspace: await tempDir(),
      inputs: { greeting: 'hi', shout: 'yes' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map((a) => a.message)).toEqual([
      'Input "shout" has an invalid value "yes": expected true or false.',
    ]);
  });

  it('writes a pull_request payload the action can read from GITHUB_EVENT_PATH', async () => {
    const run = await runAction({
      action: { script: probe },
      workspace: await tempDir(),
      inputs: { greeting: 'hi' },
      event: {
        name: 'pull_request',
        payload: pullRequestEvent({
          owner: 'acme',
          repo: 'fleet',
          number: 12,
          baseSha: 'a'.repeat(40),
          headRef: 'feature',
          headSha: 'b'.repeat(40),
        }),
      },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.event).toBe('pull_request 12');
    expect(run.outputs['head-sha']).toBe('b'.repeat(40));
  });
});
