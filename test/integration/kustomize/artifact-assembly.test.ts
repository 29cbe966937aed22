import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  CopyOperation,
  GeneratedArtifact,
} from '../../../src/core/flux/artifacts/artifact-generator.js';
import { assembleArtifact } from '../../../src/core/flux/artifacts/assemble-artifact.js';
import { tempDir } from '../../support/temp.js';
import { writeTree } from './support.js';

const SOURCE = {
  'README.md': 'top readme\n',
  '.git/HEAD': 'ref: refs/heads/main\n',
  'deploy/top.yaml': 'top: 1\n',
  'deploy/app/app.yaml': 'app: 1\n',
  'deploy/app/NOTES.md': 'notes\n',
  'deploy/app/deeper/deep.yaml': 'deep: 1\n',
  'deploy/db/db.yaml': 'db: 1\n',
  'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
  'charts/web/values.yaml': 'replicas: 1\nimage:\n  repository: web\n  tag: "1.0"\nports: [80]\n',
  'env/prod/values.yaml': 'replicas: 3\nimage:\n  tag: "2.0"\nports: [443]\nenabled: yes\n',
  'env/prod/extra.yaml': 'extra: true\n',
};

/** Assembles one artifact from SOURCE (alias `repo`); returns its files as path → text. */
async function assemble(copy: Partial<CopyOperation>[]): Promise<Record<string, string>> {
  const root = await tempDir('gitops-actions-artifact-test-');
  await writeTree(path.join(root, 'source'), SOURCE);
  const artifactRoot = path.join(root, 'artifact');
  await mkdir(artifactRoot);
  const artifact: GeneratedArtifact = {
    id: 'apps/out',
    generator: { namespace: 'apps', name: 'gen', location: { file: 'gen.yaml', line: 1 } },
    sources: [{ alias: 'repo', kind: 'GitRepository', name: 'flux-system', namespace: 'apps' }],
    copy: copy.map((operation) => ({ from: '', to: '', exclude: [], strategy: 'Overwrite', ...operation })),
  };
  await assembleArtifact(artifact, new Map([['repo', path.join(root, 'source')]]), artifactRoot);
  const files: Record<string, string> = {};
  for (const entry of await readdir(artifactRoot, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(artifactRoot, full)] = await readFile(full, 'utf8');
  }
  return files;
}

describe('ExternalArtifact assembly: source-watcher’s copy operations', () => {
  it('copies the contents of a directory with dir/**, recursively, leaving out .git', async () => {
    expect(Object.keys(await assemble([{ from: '@repo/deploy/**', to: '@artifact/' }])).sort()).toEqual([
      'app/NOTES.md',
      'app/app.yaml',
      'app/deeper/deep.yaml',
      'db/db.yaml',
      'top.yaml',
    ]);
    expect(Object.keys(await assemble([{ from: '@repo/**', to: '@artifact/all/' }]))).not.toContain(
      'all/.git/HEAD',
    );
  });

  it('treats ** as one level in other globs, as Go’s fs.Glob does, and keeps the matched path', async () => {
    const files = await assemble([{ from: '@repo/deploy/**/*.yaml', to: '@artifact/out/' }]);
    expect(Object.keys(files).sort()).toEqual(['out/deploy/app/app.yaml', 'out/deploy/db/db.yaml']);
  });

  it('copies a named directory as a subdirectory, and a file to a name or into a directory', async () => {
    const files = await assemble([
      { from: '@repo/charts/web', to: '@artifact/' },
      { from: '@repo/env/prod/extra.yaml', to: '@artifact/renamed.yaml' },
      { from: '@repo/env/prod/extra.yaml', to: '@artifact/web' },
    ]);
    expect(Object.keys(files).sort()).toEqual([
      'renamed.yaml',
      'web/Chart.yaml',
      'web/extra.yaml',
      'web/values.yaml',
    ]);
  });

  it('overwrites with later operations, and merges YAML with strategy Merge as Helm merges values', async () => {
    const overwritten = await assemble([
      { from: '@repo/charts/web/**', to: '@artifact/' },
      { from: '@repo/env/prod/values.yaml', to: '@artifact/values.yaml' },
    ]);
    expect(overwritten['values.yaml']).toBe(SOURCE['env/prod/values.yaml']);
    const merged = await assemble([
      { from: '@repo/charts/web/**', to: '@artifact/' },
      { from: '@repo/env/prod/values.yaml', to: '@artifact/values.yaml', strategy: 'Merge' },
    ]);
    expect(JSON.parse(merged['values.yaml'] ?? '')).toEqual({
      replicas: 3,
      image: { repository: 'web', tag: '2.0' },
      ports: [443],
      enabled: true,
    });
  });

  it('excludes by file name at any depth and by path below the pattern’s literal prefix', async () => {
    const files = await assemble([
      { from: '@repo/deploy/**', to: '@artifact/', exclude: ['*.md', 'app/deeper/**'] },
    ]);
    expect(Object.keys(files).sort()).toEqual(['app/app.yaml', 'db/db.yaml', 'top.yaml']);
  });

  it('fails with the controller’s words, naming the generator and the operation', async () => {
    await expect(assemble([{ from: '@repo/nothing/*.yaml', to: '@artifact/' }])).rejects.toThrow(
      "ArtifactGenerator apps/gen: ExternalArtifact apps/out: failed to apply copy operation from '@repo/nothing/*.yaml' to '@artifact/': no files match pattern 'nothing/*.yaml' in source 'repo'",
    );
    await expect(assemble([{ from: '@other/x', to: '@artifact/' }])).rejects.toThrow(
      "source alias 'other' not found",
    );
    await expect(assemble([{ from: '@repo/missing.yaml', to: '@artifact/' }])).rejects.toThrow(
      "source 'missing.yaml' does not exist",
    );
    await expect(assemble([{ from: '@repo/deploy/**', to: '@artifact/', exclude: ['**'] }])).rejects.toThrow(
      "all files matching pattern 'deploy/**' in source 'repo' were excluded",
    );
  });
});
