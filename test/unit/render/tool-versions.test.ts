import { utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoizedVersion } from '../../../src/core/render/tool-versions.js';
import { UnitCache } from '../../../src/core/render/unit-cache.js';
import { tempDir } from '../../support/temp.js';

describe('memoizedVersion', () => {
  it('asks a binary once until it is replaced, and every time without a cache', async () => {
    const dir = await tempDir();
    const binary = path.join(dir, 'tool');
    await writeFile(binary, '#!/bin/sh\n');
    let asked = 0;
    const ask = async () => `v${++asked}`;
    const cache = new UnitCache(path.join(dir, 'cache'));
    expect(await memoizedVersion(cache, binary, ask)).toBe('v1');
    expect(await memoizedVersion(cache, binary, ask)).toBe('v1');
    await utimes(binary, new Date(), new Date(Date.now() + 60_000));
    expect(await memoizedVersion(cache, binary, ask)).toBe('v2');
    expect(await memoizedVersion(new UnitCache(undefined), binary, ask)).toBe('v3');
  });
});
