/**
 * The commit the check compares the working tree with. On a pull request it is the merge-base of
 * the head and the pull request's base branch: what the pull request itself changes, not what
 * landed on the base branch since it was opened (the same three-dot comparison GitHub's "Files
 * changed" tab shows). On a push it is the commit before the push.
 */
import { GitopsError, UsageError } from '../core/errors.js';
import type { Git } from '../git/git.js';

/** What the base is compared from, as the CLI or the workflow event gives it. */
export type BaseSpec =
  /** `--base origin/main` or the `base` input: the merge-base of that ref with HEAD. */
  | { kind: 'ref'; ref: string }
  /** A `pull_request` event: the base branch's sha from the payload. */
  | { kind: 'pull-request'; baseSha: string; baseRef: string }
  /** A `push` event: the commit before the push (all zeros for a new branch). */
  | { kind: 'push'; before: string };

export interface BaseCommit {
  sha: string;
  /** How the base was chosen, for the summary: `merge-base of origin/main and HEAD`. */
  description: string;
}

const NO_COMMIT = /^0+$/;

/** `head` is the commit the working tree (or `--head`) stands on. */
export async function resolveBaseCommit(git: Git, spec: BaseSpec, head = 'HEAD'): Promise<BaseCommit> {
  switch (spec.kind) {
    case 'ref': {
      const sha = await present(git, spec.ref, spec.ref);
      const base = await mergeBaseOf(git, sha, spec.ref, head);
      return { sha: base, description: `merge-base of ${spec.ref} and ${head}` };
    }
    case 'pull-request': {
      const sha = await present(
        git,
        spec.baseSha,
        `the base branch ${spec.baseRef} (${short(spec.baseSha)})`,
      );
      const base = await mergeBaseOf(git, sha, spec.baseRef, head);
      return { sha: base, description: `merge-base of ${spec.baseRef} and ${head}` };
    }
    case 'push': {
      if (!NO_COMMIT.test(spec.before)) {
        const sha = await present(git, spec.before, `the commit before the push (${short(spec.before)})`);
        return { sha, description: `the commit before the push (${short(sha)})` };
      }
      // A new branch has no "before": compare with its first parent, as the branch's first push.
      const parent = await git.revParse(`${head}~1`).catch(() => '');
      if (parent === '') {
        throw new GitopsError('This push created a branch whose first commit has no parent to compare with', {
          hint: 'Set the input "base" to the ref to compare with.',
        });
      }
      return {
        sha: parent,
        description: `the parent of ${head} (${short(parent)}), as the push created the branch`,
      };
    }
  }
}

async function present(git: Git, ref: string, what: string): Promise<string> {
  if (await git.hasCommit(ref)) return git.revParse(ref);
  if (await git.isShallow()) {
    throw new GitopsError(`${what} is not in this shallow clone, so there is no base to compare with`, {
      hint: 'Check out the full history: actions/checkout with "fetch-depth: 0".',
    });
  }
  throw new UsageError(`${what} is not a commit in this repository`, {
    hint: 'Fetch it first (git fetch origin), or name another base.',
  });
}

async function mergeBaseOf(git: Git, sha: string, name: string, head: string): Promise<string> {
  const base = await git.mergeBase(sha, head);
  if (base !== undefined) return base;
  if (await git.isShallow()) {
    throw new GitopsError(`${head} and ${name} share no commit in this shallow clone`, {
      hint: 'Check out the full history: actions/checkout with "fetch-depth: 0".',
    });
  }
  throw new GitopsError(`${head} and ${name} have no common history`, {
    hint: 'Compare with a ref that shares history with HEAD.',
  });
}

function short(sha: string): string {
  return sha.slice(0, 12);
}
