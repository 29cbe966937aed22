import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RenderRun } from '../../../src/core/render/index.js';
import { tempDir } from '../../support/temp.js';
import { fleetCopy, renderFleet } from './support.js';

/** Each unit's objects, as a map from unit id; what a render produced, whatever came from a cache. */
function outputOf(run: RenderRun): Record<string, unknown> {
  return Object.fromEntries(
    run.units.map((unit) => [
      unit.id,
      { status: unit.status === 'cached' ? 'rendered' : unit.status, objects: unit.objects },
    ]),
  );
}

async function edit(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
}

describe('Kustomization builds reused across renders', () => {
  it('match a render from an empty cache after edits to a base, a generator file and a substituteFrom ConfigMap', async () => {
    const { root, fleet } = await fleetCopy();
    const cacheDir = await tempDir();
    const options = { repoRoot: root, sourceRoot: fleet };
    const before = await renderFleet({ ...options, cacheDir });

    // A file only reached through `../base/shop` from apps/production, a configMapGenerator file,
    // and a variable the apps Kustomizations substitute from the root's ConfigMap.
    await edit(
      path.join(fleet, 'apps', 'base', 'shop', 'release.yaml'),
      'interval:',
      'timeout: 7m\n  interval:',
    );
    await edit(path.join(fleet, 'apps', 'base', 'shop', 'values.yaml'), 'pageSize: 48', 'pageSize: 96');
    await edit(path.join(fleet, 'clusters', 'production', 'cluster-vars.yaml'), 'acme.example', 'acme.test');

    const reused = await renderFleet({ ...options, cacheDir });
    const fresh = await renderFleet({ ...options, cacheDir: await tempDir() });
    expect(outputOf(reused)).toEqual(outputOf(fresh));
    expect(outputOf(reused)).not.toEqual(outputOf(before));
    const text = JSON.stringify(outputOf(reused));
    expect(text).toContain('pageSize: 96');
    expect(text).toContain('cdn.acme.test');
    expect(text).toContain('"timeout":"7m"');
  });
});
