import { createHash } from 'node:crypto';

export type TokenKind = 'github-actions' | 'app' | 'pat';

export interface GitIdentity {
  name: string;
  email: string;
  date: string;
}

export interface TreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

export interface CommitObject {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  author: GitIdentity;
  committer: GitIdentity;
  /** GitHub signs commits made through the API with an app or GITHUB_TOKEN, not with a PAT. */
  verified: boolean;
}

/**
 * Object ids are computed exactly as git computes them, so a test can compare a sha from the
 * emulator with one from a real repository holding the same content.
 */
export function blobSha(content: Buffer): string {
  return objectSha('blob', content);
}

export function treeSha(entries: readonly TreeEntry[]): string {
  const parts = sortTreeEntries(entries).map((entry) =>
    Buffer.concat([
      Buffer.from(`${entry.mode.replace(/^0+/, '')} ${entry.path}\0`),
      Buffer.from(entry.sha, 'hex'),
    ]),
  );
  return objectSha('tree', Buffer.concat(parts));
}

export function commitSha(commit: Omit<CommitObject, 'sha' | 'verified'>): string {
  const lines = [`tree ${commit.tree}`, ...commit.parents.map((parent) => `parent ${parent}`)];
  lines.push(`author ${signature(commit.author)}`, `committer ${signature(commit.committer)}`);
  return objectSha('commit', Buffer.from(`${lines.join('\n')}\n\n${commit.message}`));
}

/** Git orders tree entries by name, comparing a subtree's name as if it ended with `/`. */
export function sortTreeEntries(entries: readonly TreeEntry[]): TreeEntry[] {
  const key = (entry: TreeEntry) => (entry.type === 'tree' ? `${entry.path}/` : entry.path);
  return [...entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function signature(identity: GitIdentity): string {
  const seconds = Math.floor(Date.parse(identity.date) / 1000);
  return `${identity.name} <${identity.email}> ${seconds} +0000`;
}

function objectSha(type: string, content: Buffer): string {
  return createHash('sha1').update(`${type} ${content.length}\0`).update(content).digest('hex');
}
