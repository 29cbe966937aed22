import type { GitStore } from './git-store.js';

/**
 * Files that differ between the base and head trees. Lines are counted per changed file (all of
 * its new lines added, all of its old lines deleted), not by a line diff.
 */
export function changedFiles(
  git: GitStore,
  headSha: string,
  baseSha: string | undefined,
): { files: number; additions: number; deletions: number } {
  const blobs = (sha: string | undefined) => {
    const tree = sha === undefined ? undefined : git.commits.get(sha)?.tree;
    const entries = tree === undefined ? [] : git.listTree(tree, true);
    return new Map(entries.filter((entry) => entry.type === 'blob').map((entry) => [entry.path, entry.sha]));
  };
  const lines = (sha: string | undefined) =>
    sha === undefined ? 0 : (git.blobs.get(sha)?.toString('utf8').split('\n').filter(Boolean).length ?? 0);
  const head = blobs(headSha);
  const base = blobs(baseSha);
  let files = 0;
  let additions = 0;
  let deletions = 0;
  for (const path of new Set([...head.keys(), ...base.keys()])) {
    if (head.get(path) === base.get(path)) continue;
    files += 1;
    additions += lines(head.get(path));
    deletions += lines(base.get(path));
  }
  return { files, additions, deletions };
}

/** Commits on the head branch that the base lacks, following first parents. */
export function commitsAhead(git: GitStore, headSha: string, baseSha: string | undefined): number {
  let count = 0;
  let sha: string | undefined = headSha;
  while (sha !== undefined && count < 250) {
    if (baseSha !== undefined && git.isAncestor(sha, baseSha)) break;
    count += 1;
    sha = git.commits.get(sha)?.parents[0];
  }
  return count;
}
