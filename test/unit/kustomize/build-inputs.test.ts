import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInputs } from '../../../src/core/kustomize/build-inputs.js';
import type { FluxKustomization } from '../../../src/core/kustomize/flux-kustomization.js';
import { tempDir } from '../../support/temp.js';

async function tree(files: Record<string, string>): Promise<string> {
  const root = await tempDir();
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}

function ks(spec: FluxKustomization['spec']): FluxKustomization {
  return { apiVersion: 'kustomize.toolkit.fluxcd.io/v1', name: 'apps', namespace: 'flux-system', spec };
}

const relative = (root: string, files: string[] | undefined) =>
  files?.map((file) => path.relative(root, file));

describe('buildInputs', () => {
  it('counts the whole directory, nested directories included, when it has no kustomization file', async () => {
    const root = await tree({ 'apps/a.yaml': '', 'apps/sub/b.yaml': '', 'other/c.yaml': '' });
    const inputs = await buildInputs(root, ks({ path: './apps' }));
    expect(relative(root, inputs?.files)).toEqual(['apps/a.yaml', 'apps/sub/b.yaml']);
  });

  it('follows references that leave the directory, through every kustomization file it reaches', async () => {
    const root = await tree({
      'overlay/kustomization.yaml': 'resources:\n  - ../base\npatches:\n  - path: ../patches/p.yaml\n',
      'base/kustomization.yaml':
        'resources: [deploy.yaml]\nconfigMapGenerator:\n  - name: v\n    files: [key=../shared/values.yaml]\n    envs: [../shared/app.env]\nconfigurations: [../shared/config.yaml]\n',
      'base/deploy.yaml': '',
      'patches/p.yaml': '',
      'patches/unused.yaml': '',
      'shared/values.yaml': '',
      'shared/app.env': '',
      'shared/config.yaml': '',
      'unrelated/x.yaml': '',
    });
    const inputs = await buildInputs(root, ks({ path: 'overlay' }));
    expect(relative(root, inputs?.files)).toEqual([
      'base/deploy.yaml',
      'base/kustomization.yaml',
      'overlay/kustomization.yaml',
      'patches/p.yaml',
      'shared/app.env',
      'shared/config.yaml',
      'shared/values.yaml',
    ]);
    expect(inputs?.missing).toEqual([]);
  });

  it("adds the Flux Kustomization's components and lists references that do not exist", async () => {
    const root = await tree({
      'apps/kustomization.yaml': 'resources: [missing.yaml]\n',
      'components/extra/kustomization.yaml': 'kind: Component\n',
    });
    const inputs = await buildInputs(root, ks({ path: 'apps', components: ['../components/extra'] }));
    expect(relative(root, inputs?.files)).toEqual([
      'apps/kustomization.yaml',
      'components/extra/kustomization.yaml',
    ]);
    expect(inputs?.missing).toEqual(['apps/missing.yaml']);
  });

  it('skips what source-controller leaves out of the artifact', async () => {
    const root = await tree({ 'apps/a.yaml': '', 'apps/.git/config': '', 'apps/logo.png': '' });
    const inputs = await buildInputs(root, ks({ path: 'apps' }));
    expect(relative(root, inputs?.files)).toEqual(['apps/a.yaml']);
  });

  it.each([
    ['a remote base', 'resources:\n  - https://github.com/example/repo//base?ref=v1\n'],
    ['a plugin configuration', 'resources: [a.yaml]\ntransformers: [labels.yaml]\n'],
    ['a path leaving the source', 'resources:\n  - ../../outside\n'],
    ['a kustomization that does not parse', 'resources: [a.yaml\n'],
  ])('is unbounded for %s', async (_name, kustomization) => {
    const root = await tree({ 'apps/kustomization.yaml': kustomization, 'apps/a.yaml': '' });
    expect(await buildInputs(root, ks({ path: 'apps' }))).toBeUndefined();
  });

  it('is unbounded for a symlink, whose target may be anywhere', async () => {
    const root = await tree({ 'apps/a.yaml': '', 'elsewhere/b.yaml': '' });
    await symlink(path.join(root, 'elsewhere', 'b.yaml'), path.join(root, 'apps', 'b.yaml'));
    expect(await buildInputs(root, ks({ path: 'apps' }))).toBeUndefined();
  });

  it('is unbounded for a spec.path leaving the source', async () => {
    const root = await tree({ 'apps/a.yaml': '' });
    expect(await buildInputs(path.join(root, 'apps'), ks({ path: '../..' }))).toBeUndefined();
  });
});
