import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuildResult } from '../../../src/core/kustomize/build.js';
import type { FluxKustomization } from '../../../src/core/kustomize/flux-kustomization.js';
import { kustomizationMemo } from '../../../src/core/render/kustomization-memo.js';
import { UnitCache } from '../../../src/core/render/unit-cache.js';
import { tempDir } from '../../support/temp.js';

const ks: FluxKustomization = {
  apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
  name: 'apps',
  namespace: 'flux-system',
  spec: { path: './overlay' },
};

function result(kind: string, name: string): BuildResult {
  return {
    dir: 'overlay',
    generated: false,
    objects: [
      {
        object: { apiVersion: 'v1', kind, metadata: { name } },
        identity: { apiVersion: 'v1', kind, name },
        origin: { file: 'overlay/a.yaml', line: 1 },
      },
    ],
  };
}

/** A memo over a small source, and a build that counts its runs. */
async function setup() {
  const root = await tempDir();
  const source = path.join(root, 'source');
  const write = async (file: string, text: string) => {
    await mkdir(path.dirname(path.join(source, file)), { recursive: true });
    await writeFile(path.join(source, file), text);
  };
  await write('overlay/kustomization.yaml', 'resources: [../base]\n');
  await write('base/a.yaml', 'kind: ConfigMap\n');
  await write('unrelated/b.yaml', 'kind: ConfigMap\n');
  const memo = kustomizationMemo({
    cache: new UnitCache(path.join(root, 'cache')),
    repoRoot: root,
    sourceRoot: source,
    fileDigests: new Map(),
    settings: { kustomize: 'v5.7.1', strict: true },
  });
  let builds = 0;
  const build =
    (kind = 'ConfigMap') =>
    async () => {
      builds++;
      return result(kind, `built-${builds}`);
    };
  return { memo, write, build, builds: () => builds };
}

describe('kustomizationMemo', () => {
  it('reuses a build until a file it reads changes, and ignores files it does not read', async () => {
    const { memo, write, build, builds } = await setup();
    const first = await memo(ks, [], build());
    expect(await memo(ks, [], build())).toEqual(first);
    await write('unrelated/b.yaml', 'kind: Secret\n');
    expect(await memo(ks, [], build())).toEqual(first);
    expect(builds()).toBe(1);
    await write('base/a.yaml', 'kind: ConfigMap\ndata: {}\n');
    expect((await memo(ks, [], build())).objects[0]?.identity.name).toBe('built-2');
  });

  it('builds again when the spec or a substituteFrom object changes', async () => {
    const { memo, build, builds } = await setup();
    await memo(ks, [{ data: { env: 'dev' } }], build());
    await memo(ks, [{ data: { env: 'prod' } }], build());
    await memo({ ...ks, spec: { ...ks.spec, targetNamespace: 'x' } }, [{ data: { env: 'prod' } }], build());
    expect(builds()).toBe(3);
    await memo(ks, [{ data: { env: 'prod' } }], build());
    expect(builds()).toBe(3);
  });

  it('never stores a build that applies a Secret', async () => {
    const { memo, build, builds } = await setup();
    await memo(ks, [], build('Secret'));
    await memo(ks, [], build('Secret'));
    expect(builds()).toBe(2);
  });
});
