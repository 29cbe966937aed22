import { isUtf8 } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import {
  close,
  closeSync,
  fchmod,
  fstatSync,
  lstatSync,
  open,
  openSync,
  readSync,
  realpathSync,
  rename,
  unlink,
  writeFile,
} from 'node:fs';
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
  /** The file's permission bits, which its replacement keeps. */
  mode: number;
  text: string;
  next: string;
}

/**
 * Applies edits to the files under `root`. Every file is read and every edit applied in memory
 * first, so an overlap, a stale edit or a bad path anywhere means nothing is written. Each file is
 * then replaced atomically: a temporary file in the same directory (same filesystem, so `rename`
 * is atomic), given the original mode, and renamed over the original. A reader sees the old file
 * or the new one, never a torn one.
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
  // Synchronous resolving and reading, on purpose: the files are small and cached, and the
  // promise API's per-call overhead would be most of the cost of each call.
  const resolver = insideResolver(realpathSync.native(root));
  // Resolve, read and edit every file first, so that a bad edit anywhere means nothing is
  // written anywhere.
  const plans: Planned[] = [];
  const targets = new Map<string, string>();
  for (const [file, fileEdits] of groups) {
    const target = resolver(file);
    const other = targets.get(target);
    if (other !== undefined) {
      throw new EditError('path', `${file} and ${other} are the same file; edit it under one name`, {
        location: { file },
      });
    }
    targets.set(target, file);
    const { bytes, mode } = readWhole(target);
    // isUtf8 holds exactly when decoding and encoding again gives the same bytes.
    if (!isUtf8(bytes)) {
      throw new EditError('encoding', 'the file is not valid UTF-8, so editing it could change other bytes', {
        location: { file },
      });
    }
    const text = bytes.toString('utf8');
    plans.push({ file, target, mode, text, next: applyEdits(text, fileEdits) });
  }
  const result: WriteResult = { written: [], unchanged: [] };
  for (const plan of plans) (plan.next === plan.text ? result.unchanged : result.written).push(plan.file);
  // One random name per call, told apart by a counter: the temporary files only need to be new
  // (`wx` refuses an existing one), and randomness per file costs a call into the CSPRNG each.
  const token = randomBytes(6).toString('hex');
  let count = 0;
  // Every file was read and edited above, so the replacements can run side by side: creating and
  // renaming files waits on the file system's journal, and waits overlap.
  await Promise.all(
    plans
      .filter((plan) => plan.next !== plan.text)
      .map((plan) => replaceAtomically(plan.target, plan.mode, plan.next, `${token}-${count++}`)),
  );
  return result;
}

/**
 * Resolves files to their real paths under `realRoot`, refusing anything that leaves it: absolute
 * paths, `..` segments that climb out, and symlinks (of the file or a directory on the way)
 * pointing outside. Git repositories can hold symlinks; an automated PR must not become a way to
 * write elsewhere. Directories are resolved once each: an update edits many files side by side,
 * and a file that is not itself a symlink needs only an `lstat` then.
 */
function insideResolver(realRoot: string): (file: string) => string {
  const directories = new Map<string, string>();
  return (file) => {
    const refuse = (why: string): never => {
      throw new EditError('path', `refusing to edit ${file}: ${why}`, { location: { file } });
    };
    const fail = (error: unknown): never => {
      const code = (error as NodeJS.ErrnoException).code;
      return refuse(code === 'ENOENT' ? 'the file does not exist' : `it cannot be resolved (${code})`);
    };
    if (file === '' || path.isAbsolute(file) || path.win32.isAbsolute(file))
      refuse('the path must be relative');
    const normal = path.normalize(file);
    if (normal === '..' || normal.startsWith(`..${path.sep}`)) refuse('the path leaves the repository');
    const joined = path.join(realRoot, normal);
    const directory = path.dirname(joined);
    let target: string;
    try {
      if (path.join(directory, path.basename(joined)) !== joined) {
        // A trailing separator: only the full resolution treats it as the system does.
        target = realpathSync.native(joined);
      } else {
        let realDirectory = directories.get(directory);
        if (realDirectory === undefined) {
          realDirectory = realpathSync.native(directory);
          directories.set(directory, realDirectory);
        }
        target = path.join(realDirectory, path.basename(joined));
        if (lstatSync(target).isSymbolicLink()) target = realpathSync.native(target);
      }
    } catch (error) {
      return fail(error);
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
  };
}

/** The file's bytes and mode, from one open file: no separate `stat` of the path. */
function readWhole(target: string): { bytes: Buffer; mode: number } {
  const fd = openSync(target, 'r');
  try {
    const { size, mode } = fstatSync(fd);
    // Read into a buffer of the size fstat gave: readFileSync(fd) would fstat a second time.
    const buffer = Buffer.allocUnsafe(size);
    let length = 0;
    while (length < size) {
      const read = readSync(fd, buffer, length, size - length, length);
      if (read === 0) break;
      length += read;
    }
    return { bytes: buffer.subarray(0, length), mode };
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a temporary file beside `target` and renames it over `target`. Callbacks rather than
 * promises for the steps: a file is five calls, and the promise API's overhead on each was a
 * measurable share of the time for 200 files (bench/image-bump).
 */
function replaceAtomically(target: string, mode: number, text: string, unique: string): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${unique}.gitops-actions.tmp`);
  const permissions = mode & 0o7777;
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => unlink(temp, () => reject(error));
    open(temp, 'wx', permissions, (openError, fd) => {
      if (openError) return reject(openError);
      const closeThenRename = (error: Error | null) =>
        close(fd, (closeError) => {
          const failed = error ?? closeError;
          if (failed) return fail(failed);
          // The rename is what makes the write atomic: a reader, or a run that dies here, sees the
          // old file or the new one, never half of each. No fsync: durability across power loss
          // comes from the git commit the change goes into, and fsyncing every file and its
          // directory cost more than scanning 10,000 files (bench/image-bump).
          rename(temp, target, (renameError) => (renameError ? fail(renameError) : resolve()));
        });
      writeFile(fd, text, 'utf8', (writeError) => {
        if (writeError) return closeThenRename(writeError);
        // The umask may have narrowed the mode given to open; the file must keep its own.
        fchmod(fd, permissions, closeThenRename);
      });
    });
  });
}
