import { GitopsError } from '../../core/errors.js';
import { Git } from '../../git/git.js';

/** git on the runner's PATH, working in `root`; `why` says what needs it when it is missing. */
export async function workspaceGit(root: string, why = ''): Promise<Git> {
  const git = await Git.onPath(root, process.env);
  if (git === undefined) throw new GitopsError(`git was not found on PATH${why ? `, and ${why}` : ''}`);
  return git;
}
