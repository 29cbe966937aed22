import { GitopsError } from '../../core/errors.js';
import { findOnPath } from '../../core/tools/resolve.js';
import { toolEnv } from '../../core/tools/tools.js';
import { Git } from '../../git/git.js';

/** git on the runner's PATH, working in `root`; `why` says what needs it when it is missing. */
export async function workspaceGit(root: string, why = ''): Promise<Git> {
  const binary = await findOnPath('git', process.env.PATH ?? '');
  if (binary === undefined) throw new GitopsError(`git was not found on PATH${why ? `, and ${why}` : ''}`);
  return Git.create(binary, root, toolEnv(process.env));
}
