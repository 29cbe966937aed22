import { symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execProgram } from '../../../src/core/tools/exec.js';
import { repoRoot } from '../../support/paths.js';
import { tempDir } from '../../support/temp.js';
import { testGit } from '../../support/tools.js';

/** A clone of the committed project, sharing this checkout's node_modules. */
async function cloneProject(): Promise<string> {
  const dir = path.join(await tempDir(), 'project');
  const git = await testGit(dir);
  await git.clone(repoRoot);
  await symlink(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

const checkDist = (cwd: string) =>
  execProgram(process.execPath, ['scripts/check-dist.mjs'], { cwd, env: { PATH: process.env.PATH ?? '' } });

describe('npm run check-dist', () => {
  it('passes on a clone of the committed project and fails, naming the bundle, once a source changes', async () => {
    const project = await cloneProject();
    const fresh = await checkDist(project);
    expect(fresh.stderr).toBe('');
    expect(fresh.exitCode).toBe(0);

    await writeFile(path.join(project, 'src', 'version.ts'), "export const VERSION = '9.9.9-stale';\n");
    const stale = await checkDist(project);
    expect(stale.exitCode).toBe(1);
    expect(stale.stderr).toContain('dist/ is stale');
    expect(stale.stderr).toContain('dist/cli/index.js');
  });

  it('fails when a committed bundle is one the build no longer produces', async () => {
    const project = await cloneProject();
    const git = await testGit(project);
    await writeFile(path.join(project, 'dist', 'retired.js'), '// a bundle of an action that was removed\n');
    await git.add(['dist/retired.js']);
    await git.commit('Add a bundle the build does not make');
    const result = await checkDist(project);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('dist/retired.js');
  });
});
