import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { collectInputs } from '../../../src/core/validate/input/collect-inputs.js';
import { tempDir } from '../../support/temp.js';

async function tree(files: Record<string, string>): Promise<string> {
  const root = await tempDir('collect-inputs-');
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), content);
  }
  return root;
}

describe('collectInputs', () => {
  it('walks YAML and JSON, skipping .git, node_modules and kustomize patches, and listing charts as configuration', async () => {
    const root = await tree({
      'a.yaml': '',
      'b.json': '',
      'notes.txt': '',
      '.git/config.yaml': '',
      'node_modules/x/y.yaml': '',
      'charts/web/Chart.yaml': '',
      'charts/web/templates/deployment.yaml': '',
      'charts/web/crds/crd.yaml': '',
      'apps/kustomization.yaml': 'patches:\n  - path: patch.yaml\npatchesStrategicMerge:\n  - old.yaml\n',
      'apps/patch.yaml': '',
      'apps/old.yaml': '',
      'apps/release.yml': '',
    });
    const collected = await collectInputs(['.'], root);
    expect(collected.files.map((file) => file.file)).toEqual([
      'a.yaml',
      'apps/kustomization.yaml',
      'apps/release.yml',
      'b.json',
      'charts/web/crds/crd.yaml',
    ]);
    expect(collected.skipped.map((entry) => entry.location.file)).toEqual([
      'apps/old.yaml',
      'apps/patch.yaml',
    ]);
    expect(collected.configuration).toEqual([
      { location: { file: 'charts/web/Chart.yaml' }, what: 'Helm chart' },
    ]);
  });

  it('expands globs relative to the repository root and reads an explicit file of any extension', async () => {
    const root = await tree({ 'x/a.yaml': '', 'x/b.yaml': '', 'y/c.yaml': '', 'z.txt': '' });
    const collected = await collectInputs(['x/*.yaml', 'z.txt'], root);
    expect(collected.files.map((file) => file.file).sort()).toEqual(['x/a.yaml', 'x/b.yaml', 'z.txt']);
  });

  it('rejects a path that does not exist', async () => {
    const root = await tree({});
    await expect(collectInputs(['missing'], root)).rejects.toThrow(UsageError);
  });

  it('follows a symlink loop inside the repository only once', async () => {
    const root = await tree({ 'a/m.yaml': '' });
    await symlink(path.join(root, 'a'), path.join(root, 'a', 'loop'));
    const collected = await collectInputs(['.'], root);
    expect(collected.files.map((file) => file.file)).toEqual(['a/m.yaml']);
    expect(collected.findings).toEqual([]);
  });
});
