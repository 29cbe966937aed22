import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeRenderOutput } from '../../../src/core/render/index.js';
import { tempDir } from '../../support/temp.js';
import { fleetCopy, renderFleet } from './support.js';

const PASSWORD = 'hunter2-correct-horse';

describe('Secrets in a render', () => {
  it('never reach the output or the unit cache in clear: values become a marker with a short hash', async () => {
    const { root, fleet } = await fleetCopy();
    await writeFile(
      path.join(fleet, 'clusters/staging/db-credentials.yaml'),
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\n  namespace: flux-system\nstringData:\n  password: ${PASSWORD}\n`,
    );
    const cacheDir = await tempDir();
    const out = await tempDir();
    await writeRenderOutput(
      out,
      await renderFleet({ repoRoot: root, sourceRoot: fleet, cacheDir, clusters: ['clusters/staging'] }),
    );
    const rootUnit = await readFile(
      path.join(out, 'staging/Kustomization/flux-system/flux-system.yaml'),
      'utf8',
    );
    expect(rootUnit).toContain('name: db-credentials');
    expect(rootUnit).toMatch(/password: "?\*\*SECRET:[0-9a-f]{8}\*\*"?/);
    expect(rootUnit).not.toContain(PASSWORD);
    const cached = await readdir(path.join(cacheDir, 'render'), { recursive: true, withFileTypes: true });
    for (const entry of cached.filter((e) => e.isFile() && e.name.endsWith('.json'))) {
      expect(await readFile(path.join(entry.parentPath, entry.name), 'utf8')).not.toContain(PASSWORD);
    }
  });
});
