import { applyEdits, type Edit, EditError } from '../core/edits/edit.js';
import { GitopsError } from '../core/errors.js';
import type { BranchUpdate } from '../git/branch-update.js';
import { errorStatus } from './api-errors.js';
import type { GitHubClient } from './client.js';

export interface ApiBranchUpdateOptions {
  owner: string;
  repo: string;
  /** The branch the change is built on (`main`). */
  base: string;
  /** The promotion branch, stable per route. */
  branch: string;
  /** The change, computed against the files as `base` holds them; a stale edit is refused. */
  edits: readonly Edit[];
  message: string;
}

interface FileChange {
  path: string;
  mode: '100644' | '100755';
  content: string;
}

/**
 * The promotion branch update of `updateBranch`, through the Git Data API (`commit-via: api`):
 * no clone and no git credentials. The commit names no author or committer, so GitHub makes it as
 * the token's identity and signs it, and it shows as verified for a GitHub App or GITHUB_TOKEN.
 *
 * Idempotent the same way: the change is rebuilt on the current base, and the branch moves only
 * when the resulting tree differs from the tree its head holds.
 *
 * Unlike a git push, a forced ref update cannot be leased on an expected sha: a push landing on
 * the branch between our read and our update is overwritten. The branch is the bot's alone.
 */
export async function commitViaApi(
  client: GitHubClient,
  options: ApiBranchUpdateOptions,
): Promise<BranchUpdate> {
  const repo = { owner: options.owner, repo: options.repo };
  const baseSha = await headOf(client, options, options.base);
  if (baseSha === undefined) {
    throw new GitopsError(
      `the base branch ${options.base} does not exist in ${options.owner}/${options.repo}`,
    );
  }
  const baseTree = (await client.rest.git.getCommit({ ...repo, commit_sha: baseSha })).data.tree.sha;
  const changes = await changedFiles(client, options, baseTree);
  if (changes.length === 0) return { result: 'no-diff', headSha: baseSha, baseSha };
  const { data: tree } = await client.rest.git.createTree({
    ...repo,
    base_tree: baseTree,
    tree: changes.map((change) => ({ ...change, type: 'blob' as const })),
  });
  if (tree.sha === baseTree) return { result: 'no-diff', headSha: baseSha, baseSha };

  const branchSha = await headOf(client, options, options.branch);
  if (branchSha !== undefined) {
    const { data: head } = await client.rest.git.getCommit({ ...repo, commit_sha: branchSha });
    if (head.tree.sha === tree.sha) return { result: 'none', headSha: branchSha, baseSha };
  }
  const { data: commit } = await client.rest.git.createCommit({
    ...repo,
    message: options.message,
    tree: tree.sha,
    parents: [baseSha],
  });
  if (branchSha === undefined) {
    await client.rest.git.createRef({ ...repo, ref: `refs/heads/${options.branch}`, sha: commit.sha });
    return { result: 'created', headSha: commit.sha, baseSha };
  }
  // Forced: the new commit sits on the current base, not on the branch's old head.
  await client.rest.git.updateRef({ ...repo, ref: `heads/${options.branch}`, sha: commit.sha, force: true });
  return { result: 'updated', headSha: commit.sha, baseSha };
}

async function headOf(
  client: GitHubClient,
  options: ApiBranchUpdateOptions,
  branch: string,
): Promise<string | undefined> {
  try {
    const { data } = await client.rest.git.getRef({
      owner: options.owner,
      repo: options.repo,
      ref: `heads/${branch}`,
    });
    return data.object.sha;
  } catch (error) {
    if (errorStatus(error) === 404) return undefined;
    throw error;
  }
}

/**
 * Applies the edits to the files as the base tree holds them, read through the API, and returns
 * the files whose text changed. The same refusals as `writeEdits`: a symlink or a submodule is
 * not edited through, and a file that is not UTF-8 is not decoded and re-encoded.
 */
async function changedFiles(
  client: GitHubClient,
  options: ApiBranchUpdateOptions,
  baseTree: string,
): Promise<FileChange[]> {
  if (options.edits.length === 0) return [];
  const repo = { owner: options.owner, repo: options.repo };
  const { data: listing } = await client.rest.git.getTree({ ...repo, tree_sha: baseTree, recursive: 'true' });
  const entries = new Map(listing.tree.map((entry) => [entry.path, entry]));
  const groups = Map.groupBy(options.edits, (edit) => edit.file);
  const changes: FileChange[] = [];
  for (const [file, edits] of groups) {
    const entry = entries.get(file);
    if (entry === undefined) {
      throw new EditError(
        'path',
        listing.truncated
          ? `${file} is not in the part of the base tree GitHub listed (the tree is too large); use commit-via: git`
          : `${file} does not exist on ${options.base}`,
        { location: { file } },
      );
    }
    if (entry.type !== 'blob' || (entry.mode !== '100644' && entry.mode !== '100755')) {
      throw new EditError('path', `refusing to edit ${file}: it is a ${describeMode(entry.mode)}`, {
        location: { file },
      });
    }
    const { data: blob } = await client.rest.git.getBlob({ ...repo, file_sha: entry.sha as string });
    const bytes = Buffer.from(blob.content, 'base64');
    const text = bytes.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(bytes)) {
      throw new EditError('encoding', 'the file is not valid UTF-8, so editing it could change other bytes', {
        location: { file },
      });
    }
    const next = applyEdits(text, edits);
    if (next !== text) changes.push({ path: file, mode: entry.mode, content: next });
  }
  return changes;
}

function describeMode(mode: string | undefined): string {
  if (mode === '120000') return 'symlink';
  if (mode === '160000') return 'submodule';
  return `tree entry of mode ${mode}`;
}
