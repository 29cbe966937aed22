import { cp } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeRenderOutputs, writeRenderOutput } from '../../../src/core/render/index.js';
import { tempDir } from '../../support/temp.js';
import { renderFleet } from './support.js';

describe('merge of shard outputs', () => {
  it('refuses a matrix with a shard missing, naming it', async () => {
    const cacheDir = await tempDir();
    const one = await tempDir();
    await writeRenderOutput(one, await renderFleet({ cacheDir, shard: { index: 1, count: 3 } }));
    await expect(mergeRenderOutputs(await tempDir(), [one])).rejects.toThrow('shard 2/3, 3/3 is missing');
  });

  it('refuses two outputs that both hold a unit', async () => {
    const cacheDir = await tempDir();
    const full = await tempDir();
    await writeRenderOutput(full, await renderFleet({ cacheDir, clusters: ['clusters/staging'] }));
    const copy = path.join(await tempDir(), 'copy');
    await cp(full, copy, { recursive: true });
    await expect(mergeRenderOutputs(await tempDir(), [full, copy])).rejects.toThrow(
      /unit staging\/HelmRelease\/edge-system\/edge-ingress is in both/,
    );
  });

  it('will not empty a directory that is not a render output', async () => {
    const out = await tempDir();
    await cp(path.join(import.meta.dirname, 'support.ts'), path.join(out, 'notes.ts'));
    await expect(
      writeRenderOutput(out, { clusters: [], units: [], diagnostics: [], kubeVersion: 'v1.35.0' }),
    ).rejects.toThrow(/is not empty and holds no index.json/);
  });
});
