import type { CommitObject, GitIdentity, TreeEntry } from './git-objects.js';
import { blobSha, commitSha, sortTreeEntries, treeSha } from './git-objects.js';

/** A change to one path of a tree, as `POST git/trees` takes it: a sha of null deletes the path. */
export interface TreeChange {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha?: string | null;
  content?: string;
}

export class GitError extends Error {
  override readonly name = 'GitError';
}

/** Blobs, trees, commits and refs of one repository: enough git for the Git Data API. */
export class GitStore {
  readonly blobs = new Map<string, Buffer>();
  readonly trees = new Map<string, TreeEntry[]>();
  readonly commits = new Map<string, CommitObject>();
  /** Full ref name (`refs/heads/main`) to commit sha. */
  readonly refs = new Map<string, string>();

  addBlob(content: Buffer): string {
    const sha = blobSha(content);
    this.blobs.set(sha, content);
    return sha;
  }

  addTree(entries: TreeEntry[]): string {
    const sorted = sortTreeEntries(entries);
    const sha = treeSha(sorted);
    this.trees.set(sha, sorted);
    return sha;
  }

  addCommit(commit: Omit<CommitObject, 'sha'>): CommitObject {
    if (!this.trees.has(commit.tree)) throw new GitError('Tree SHA does not exist');
    for (const parent of commit.parents) {
      if (!this.commits.has(parent))
        throw new GitError('Parent SHA does not exist or is not a commit object');
    }
    const stored = { ...commit, sha: commitSha(commit) };
    this.commits.set(stored.sha, stored);
    return stored;
  }

  /**
   * Applies path changes on top of `baseTree` (or an empty tree). Paths with slashes create or
   * descend into subtrees, as `POST git/trees` does with `base_tree`.
   */
  buildTree(baseTree: string | undefined, changes: readonly TreeChange[]): string {
    if (baseTree !== undefined && !this.trees.has(baseTree)) throw new GitError('Invalid tree info');
    const root = this.expand(baseTree);
    for (const change of changes) {
      const parts = change.path.split('/').filter((part) => part !== '');
      const leaf = parts.pop();
      if (leaf === undefined) throw new GitError(`Invalid tree path ${JSON.stringify(change.path)}`);
      let node = root;
      for (const part of parts) {
        let child = node.get(part);
        if (child === undefined || !(child instanceof Map)) {
          child = new Map();
          node.set(part, child);
        }
        node = child;
      }
      if (change.sha === null) {
        node.delete(leaf);
        continue;
      }
      const sha = change.content !== undefined ? this.addBlob(Buffer.from(change.content)) : change.sha;
      if (sha === undefined)
        throw new GitError(`Must supply either tree.sha or tree.content for ${change.path}`);
      if (change.type === 'blob' && !this.blobs.has(sha)) throw new GitError(`Invalid tree info: ${sha}`);
      node.set(
        leaf,
        change.type === 'tree' ? this.expand(sha) : { mode: change.mode, type: change.type, sha },
      );
    }
    return this.collapse(root);
  }

  /** Every entry of a tree, with paths relative to it, recursing into subtrees when asked. */
  listTree(sha: string, recursive: boolean, prefix = ''): TreeEntry[] {
    const entries = this.trees.get(sha);
    if (entries === undefined) return [];
    return entries.flatMap((entry) => {
      const item = { ...entry, path: `${prefix}${entry.path}` };
      return recursive && entry.type === 'tree'
        ? [item, ...this.listTree(entry.sha, true, `${item.path}/`)]
        : [item];
    });
  }

  /** True when `ancestor` is `descendant` or reachable from it through parents. */
  isAncestor(ancestor: string, descendant: string): boolean {
    const seen = new Set<string>();
    const queue = [descendant];
    for (let sha = queue.shift(); sha !== undefined; sha = queue.shift()) {
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(this.commits.get(sha)?.parents ?? []));
    }
    return false;
  }

  /** Commits the files on top of a branch (creating it from `from` when missing); returns the new sha. */
  commitFiles(options: {
    branch: string;
    from?: string;
    files: Record<string, string | null>;
    message: string;
    identity: GitIdentity;
  }): string {
    const ref = `refs/heads/${options.branch}`;
    const parent =
      this.refs.get(ref) ?? (options.from ? this.refs.get(`refs/heads/${options.from}`) : undefined);
    const baseTree = parent ? this.commits.get(parent)?.tree : undefined;
    const changes = Object.entries(options.files).map(([path, content]) =>
      content === null
        ? { path, mode: '100644', type: 'blob' as const, sha: null }
        : { path, mode: '100644', type: 'blob' as const, content },
    );
    const tree = this.buildTree(baseTree, changes);
    const commit = this.addCommit({
      tree,
      parents: parent ? [parent] : [],
      message: options.message,
      author: options.identity,
      committer: options.identity,
      verified: false,
    });
    this.refs.set(ref, commit.sha);
    return commit.sha;
  }

  private expand(sha: string | undefined): TreeNode {
    const node: TreeNode = new Map();
    for (const entry of sha === undefined ? [] : (this.trees.get(sha) ?? [])) {
      node.set(entry.path, entry.type === 'tree' ? this.expand(entry.sha) : entry);
    }
    return node;
  }

  private collapse(node: TreeNode): string {
    const entries: TreeEntry[] = [];
    for (const [path, child] of node) {
      if (child instanceof Map) {
        // Git has no empty trees inside a tree: a directory whose files were all deleted disappears.
        if (child.size === 0) continue;
        entries.push({ path, mode: '040000', type: 'tree', sha: this.collapse(child) });
      } else {
        entries.push({ path, mode: child.mode, type: child.type, sha: child.sha });
      }
    }
    return this.addTree(entries);
  }
}

type TreeNode = Map<string, TreeNode | Omit<TreeEntry, 'path'>>;
