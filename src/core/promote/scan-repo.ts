import { readFileSync } from 'node:fs';
import { lstat, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { RepoFiles } from './repo-files.js';

/** Directories that never hold deployment configuration and can be huge. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);

export interface RepoScan {
  /** Repository-relative paths with `/`, sorted bytewise. */
  files: string[];
  /** Symlinks not followed, with why: a promotion must not read or write outside the repository. */
  skipped: { file: string; reason: string }[];
}

/**
 * The files of a working tree, for the pure promotion core. Symlinks to files inside the root are
 * listed under the link's path; symlinks to directories are not followed (a loop, or a second
 * name for files already listed), and symlinks leaving the root are skipped.
 */
export async function scanRepo(root: string): Promise<RepoScan> {
  const realRoot = await realpath(root);
  const result: RepoScan = { files: [], skipped: [] };
  const visit = async (dir: string, rel: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const relative = rel === '' ? entry.name : `${rel}/${entry.name}`;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) await visit(full, relative);
      } else if (entry.isFile()) {
        result.files.push(relative);
      } else if (entry.isSymbolicLink()) {
        const reason = await symlinkProblem(realRoot, full);
        if (reason === undefined) result.files.push(relative);
        else result.skipped.push({ file: relative, reason });
      }
    }
  };
  await visit(realRoot, '');
  result.files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  result.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return result;
}

async function symlinkProblem(realRoot: string, full: string): Promise<string | undefined> {
  let target: string;
  try {
    target = await realpath(full);
  } catch {
    return 'the symlink is broken';
  }
  const relative = path.relative(realRoot, target);
  if (
    relative === '' ||
    relative.startsWith(`..${path.sep}`) ||
    relative === '..' ||
    path.isAbsolute(relative)
  ) {
    return 'the symlink points outside the repository';
  }
  const stats = await lstat(target);
  return stats.isFile() ? undefined : 'the symlink points to a directory, which is not followed';
}

/** The scanned files as the core reads them; only listed files can be read. */
export function directoryRepo(root: string, scan: RepoScan): RepoFiles {
  const listed = new Set(scan.files);
  return {
    files: scan.files,
    read: (file) => {
      if (!listed.has(file)) throw new Error(`${file} is not one of the scanned files`);
      return readFileSync(path.join(root, file), 'utf8');
    },
  };
}
