import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Edit } from '../core/edits/edit.js';
import { writeNewFiles } from '../core/edits/new-files.js';
import { writeEdits } from '../core/edits/write-edits.js';
import { GitopsError } from '../core/errors.js';
import { ToolError } from '../core/tools/tool.js';
import type { CommitAuthor, Git } from './git.js';

/**
 * What happened to the promotion branch:
 * - `created`: it did not exist and was pushed;
 * - `updated`: it held other content and was force-pushed, rebuilt on the current base;
 * - `none`: it already held exactly the desired content, so nothing was pushed;
 * - `no-diff`: the change is empty against the base; nothing was pushed, and an open pull
 *   request for the route should be closed.
 */
export type BranchUpdateResult = 'created' | 'updated' | 'none' | 'no-diff';

export interface BranchUpdate {
  result: BranchUpdateResult;
  /**
   * The commit the branch should point at now: the one pushed, the one already there (`none`),
   * or the base itself (`no-diff`). Auto-merge is pinned to it.
   */
  headSha: string;
  /** The base commit the change was built on. */
  baseSha: string;
}

/** The identity GITHUB_TOKEN commits show on GitHub: the github-actions bot's user id and noreply address. */
export const GITHUB_ACTIONS_BOT: CommitAuthor = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

export interface BranchUpdateOptions {
  /** The repository the run works in; its working tree, index and current branch are left alone. */
  git: Git;
  /** The remote holding both branches; `origin` unless said otherwise. */
  remote?: string;
  /** The branch the change is built on, as the remote names it (`main`). */
  base: string;
  /** The promotion branch: stable per route (`promote/staging-to-production`), never random. */
  branch: string;
  /**
   * The change, computed against the files as `base` holds them. Applying checks each edit's
   * `old` text, so edits computed from a base that has moved on are refused, not misapplied.
   */
  edits: readonly Edit[];
  /** Files the change creates (a promoted app's new overlay files); each must not exist yet. */
  newFiles?: readonly { file: string; content: string }[];
  message: string;
  /** Author and committer of the commit; github-actions[bot] unless said otherwise. */
  author?: CommitAuthor;
}

/**
 * Creates or updates the promotion branch with real git, the way peter-evans/create-pull-request
 * does: the change is rebuilt from the current base every time (never stacked on the old branch,
 * so the pull request shows exactly one commit and never carries stale base content), and the
 * result is compared by tree with what the remote branch holds. Identical trees mean nothing to
 * push, so a run with nothing new leaves the branch, its checks and its reviews untouched.
 *
 * The work happens in a temporary worktree detached at the base: the caller's checkout may be on
 * another branch with uncommitted files, and both stay as they were.
 */
export async function updateBranch(options: BranchUpdateOptions): Promise<BranchUpdate> {
  const { git, base, branch } = options;
  const remote = options.remote ?? 'origin';
  const branchRef = `refs/heads/${branch}`;
  const remoteHasBranch = (await git.lsRemote(remote, branchRef)) !== undefined;
  await git.fetch(remote, [
    `+refs/heads/${base}:refs/remotes/${remote}/${base}`,
    ...(remoteHasBranch ? [`+${branchRef}:refs/remotes/${remote}/${branch}`] : []),
  ]);
  const baseSha = await git.revParse(`refs/remotes/${remote}/${base}`);
  // The lease is the sha just fetched: a push that lands between this fetch and ours is not lost.
  const remoteSha = remoteHasBranch ? await git.revParse(`refs/remotes/${remote}/${branch}`) : undefined;

  const temp = await mkdtemp(path.join(os.tmpdir(), 'gitops-actions-branch-'));
  const dir = path.join(temp, 'worktree');
  try {
    await git.worktreeAdd(dir, baseSha, { hooksPath: path.join(temp, 'no-hooks') });
    const worktree = git.at(dir, options.author ?? GITHUB_ACTIONS_BOT);
    await writeNewFiles(dir, options.newFiles ?? []);
    await writeEdits(dir, options.edits);
    await worktree.add();
    const tree = await worktree.writeTree();
    if (tree === (await git.treeOf(baseSha))) return { result: 'no-diff', headSha: baseSha, baseSha };
    if (remoteSha !== undefined && tree === (await git.treeOf(remoteSha))) {
      return { result: 'none', headSha: remoteSha, baseSha };
    }
    const headSha = await worktree.commit(options.message);
    try {
      await pushWithLease(git, remote, headSha, branchRef, remoteSha);
    } catch (error) {
      // Two runs of the same route raced: if the other one pushed the very same change, this run
      // has nothing to add, and the pull request it will look up is the other's.
      const winner = await raceWinner(git, remote, branch, tree);
      if (winner !== undefined) return { result: 'none', headSha: winner, baseSha };
      throw error;
    }
    return { result: remoteSha === undefined ? 'created' : 'updated', headSha, baseSha };
  } finally {
    await git.worktreeRemove(dir).catch(() => git.worktreePrune());
    await rm(temp, { recursive: true, force: true });
  }
}

/** The remote branch's head, when it now holds exactly `tree`. */
async function raceWinner(
  git: Git,
  remote: string,
  branch: string,
  tree: string,
): Promise<string | undefined> {
  try {
    await git.fetch(remote, [`+refs/heads/${branch}:refs/remotes/${remote}/${branch}`]);
    const sha = await git.revParse(`refs/remotes/${remote}/${branch}`);
    return (await git.treeOf(sha)) === tree ? sha : undefined;
  } catch {
    return undefined;
  }
}

async function pushWithLease(
  git: Git,
  remote: string,
  sha: string,
  ref: string,
  expected: string | undefined,
): Promise<void> {
  try {
    await git.push(remote, [`${sha}:${ref}`], { forceWithLease: { ref, expected: expected ?? '' } });
  } catch (error) {
    if (error instanceof ToolError && /stale info/.test(error.result.stdout + error.result.stderr)) {
      throw new GitopsError(
        `${ref} changed on ${remote} while this run was updating it; nothing was pushed`,
        {
          cause: error,
          hint: 'Another run or a person pushed to the promotion branch at the same time. Run again.',
        },
      );
    }
    throw error;
  }
}
