import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChartCache } from '../../../src/core/helm/chart-cache.js';
import { tempDir } from '../../support/temp.js';

const KEY = { source: 'https://charts.example.com', name: 'web', version: '1.0.0', digest: 'sha256:aa' };

describe('ChartCache', () => {
  it('stores chart.tgz and chart.json under sha256(source|name|version|digest) and reuses them', async () => {
    const dir = await tempDir();
    const cache = new ChartCache(dir);
    let downloads = 0;
    const download = async (target: string) => {
      downloads++;
      await writeFile(target, 'package bytes');
    };
    const first = await cache.obtain(KEY, download);
    const id = ChartCache.keyOf(KEY);
    expect(first).toMatchObject({ cached: false, path: path.join(dir, 'charts', id, 'chart.tgz') });
    expect(first.packageDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(JSON.parse(await readFile(path.join(dir, 'charts', id, 'chart.json'), 'utf8'))).toMatchObject(KEY);

    const second = await new ChartCache(dir).obtain(KEY, download);
    expect(second).toMatchObject({ cached: true, path: first.path, packageDigest: first.packageDigest });
    expect(downloads).toBe(1);
    expect(ChartCache.keyOf({ ...KEY, digest: 'sha256:bb' })).not.toBe(id);
  });

  it('shares one download between concurrent requests for one key', async () => {
    const cache = new ChartCache(await tempDir());
    let downloads = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        cache.obtain(KEY, async (target) => {
          downloads++;
          await new Promise((resolve) => setTimeout(resolve, 20));
          await writeFile(target, 'x');
        }),
      ),
    );
    expect(downloads).toBe(1);
    expect(new Set(results.map((result) => result.path)).size).toBe(1);
  });

  it('leaves nothing behind when a download fails, and tries again next time', async () => {
    const dir = await tempDir();
    const cache = new ChartCache(dir);
    await expect(
      cache.obtain(KEY, async (target) => {
        await writeFile(target, 'partial');
        throw new Error('connection reset');
      }),
    ).rejects.toThrow('connection reset');
    expect(await readdir(path.join(dir, 'charts'))).toEqual([]);
    expect(await cache.lookup(KEY)).toBeUndefined();
    const retried = await cache.obtain(KEY, (target) => writeFile(target, 'whole'));
    expect(retried.cached).toBe(false);
  });
});
