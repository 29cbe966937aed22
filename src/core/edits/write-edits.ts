import { randomBytes } from 'node:crypto';
import { open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { applyEdits, type Edit, EditError } from './edit.js';

export interface WriteResult {
  /** Files whose text changed and were replaced, in the order their edits first appeared. */
  written: string[];
  /** Files whose edits left the text as it was; they are not touched. */
  unchanged: string[];
}

interface Planned {
  file: string;
  target: string;
  text: string;
  next: string;
}

/**
 * Applies edits to the files under `root`. Every file is read and every edit applied in memory
 * first, so an overlap, a stale edit or a bad path anywhere means nothing is written. Each file is
 * then replaced atomically: a temporary file in the same directory (same filesystem, so `rename`
 * is atomic), flushed to disk, given the original mode, and renamed over the original. A reader
 * sees the old file or the new one, never a torn one.
 *
 * Replacing several files cannot be atomic as a whole: if the disk fails after the first rename,
 * the files renamed so far stay replaced. Errors in the edits themselves never get that far.
 */
export async function writeEdits(root: string, edits: readonly Edit[]): Promise<WriteResult> {
  const groups = new Map<string, Edit[]>();
  for (const edit of edits) {
    const group = groups.get(edit.file);
    if (group === undefined) groups.set(edit.file, [edit]);
    else group.push(edit);
  }
  const realRoot = await realpath(root);
  // Resolve, read and edit every file first (side by side), so that a bad edit anywhere means
  // nothing is written anywhere.
  const plans: Planned[] = await Promise.all(
    [...groups].map(async ([file, fileEdits]) => {
      const target = await resolveInside(realRoot, file);
      const bytes = await readFile(target);
      const text = bytes.toString('utf8');
      if (!Buffer.from(text, 'utf8').equals(bytes)) {
        throw new EditError(
          'encoding',
          'the file is not valid UTF-8, so editing it could change other bytes',
          {
            location: { file },
          },
        );
      }
      return { file, target, text, next: applyEdits(text, fileEdits) };
    }),
  );
  const targets = new Map<string, string>();
  for (const plan of plans) {
    const other = targets.get(plan.target);
    if (other !== undefined) {
      throw new EditError('path', `${plan.file} and ${other} are the same file; edit it under one name`, {
        location: { file: plan.file },
      });
    }
    targets.set(plan.target, plan.file);
  }
  const result: WriteResult = { written: [], unchanged: [] };
  for (const plan of plans) (plan.next === plan.text ? result.unchanged : result.written).push(plan.file);
  // Every file was read and edited above, so the replacements can run side by side.
  await Promise.all(
    plans.filter((plan) => plan.next !== plan.text).map((plan) => replaceAtomically(plan.target, plan.next)),
  );
  return result;
}

/**
 * The real path of `file` under `root`, refusing anything that leaves it: absolute paths, `..`
 * segments that climb out, and symlinks (of the file or a directory on the way) pointing outside.
 * Git repositories can hold symlinks; an automated PR must not become a way to write elsewhere.
 */
async function resolveInside(realRoot: string, file: string): Promise<string> {
  const refuse = (why: string): never => {
    throw new EditError('path', `refusing to edit ${file}: ${why}`, { location: { file } });
  };
  if (file === '' || path.isAbsolute(file) || path.win32.isAbsolute(file))
    refuse('the path must be relative');
  const normal = path.normalize(file);
  if (normal === '..' || normal.startsWith(`..${path.sep}`)) refuse('the path leaves the repository');
  let target: string;
  try {
    target = await realpath(path.join(realRoot, normal));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refuse(code === 'ENOENT' ? 'the file does not exist' : `it cannot be resolved (${code})`);
  }
  const relative = path.relative(realRoot, target);
  if (
    relative === '' ||
    relative.startsWith(`..${path.sep}`) ||
    relative === '..' ||
    path.isAbsolute(relative)
  ) {
    refuse('it resolves, through a symlink, outside the repository');
  }
  return target;
}

async function replaceAtomically(target: string, text: string): Promise<void> {
  const { mode } = await stat(target);
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.gitops-actions.tmp`,
  );
  const handle = await open(temp, 'wx', mode & 0o7777);
  try {
    try {
      await handle.writeFile(text, 'utf8');
      // The umask may have narrowed the mode given to open; the file must keep its own.
      await handle.chmod(mode & 0o7777);
    } finally {
      await handle.close();
    }
    // The rename is what makes the write atomic: a reader, or a run that dies here, sees the old
    // file or the new one, never half of each. No fsync: durability across power loss comes from
    // the git commit the change goes into, and fsyncing every file and its directory cost more
    // than scanning 10,000 files (bench/image-bump).
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
