/**
 * The file walk of image-automation-controller's `ScreeningLocalReader`
 * (`internal/update/filereader.go`): every regular file under a path whose name ends in `.yaml`
 * or `.yml` (case-sensitive, Go's `filepath.Ext`) or is exactly `Kustomization`, in `filepath.Walk`
 * order (names sorted bytewise), keeping only files whose raw bytes contain a token.
 *
 * Deliberate differences, each reported rather than silent: symlinks are never read (Flux reads a
 * symlinked file, which may point outside the repository), files that are not UTF-8 text or are
 * larger than `MAX_FILE_BYTES` are skipped, and `.git` is not entered.
 */

import { isUtf8 } from 'node:buffer';
import {
  closeSync,
  type Dirent,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  type Stats,
} from 'node:fs';
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import { GitopsError } from '../../errors.js';
import type { ImageDiagnostic } from '../diagnostics.js';
import { compareGoStrings } from '../policy/index.js';

/** Go's `fmt.Sprintf("%q", "$imagepolicy")`: the 14 bytes Flux screens every file for. */
export const MARKER_TOKEN = '"$imagepolicy"';
/** Larger files are not read: no hand-written manifest comes near this. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
/** The walk's read buffer to start with; it grows to the largest file read. */
const READ_BUFFER_BYTES = 64 * 1024;

export interface WalkedFile {
  /** Path relative to the repository root, with `/` separators. */
  file: string;
  /** The scanned path (relative to the root, `''` for the root) the file was found under. */
  base: string;
  text: string;
}

export interface WalkResult {
  files: WalkedFile[];
  diagnostics: ImageDiagnostic[];
}

/** Whether Flux's reader looks at a file of this name at all. */
export function isManifestFileName(name: string): boolean {
  return name.endsWith('.yaml') || name.endsWith('.yml') || name === 'Kustomization';
}

/**
 * Reads the files under `scanPath` (relative to `root`; a directory or a single file) whose bytes
 * contain any of `tokens`. The scan path must stay inside the root, symlinks included.
 */
export async function walkManifestFiles(
  root: string,
  scanPath: string,
  tokens: readonly string[],
): Promise<WalkResult> {
  const { realRoot, base, start } = await resolveScanPath(root, scanPath);
  const result: WalkResult = { files: [], diagnostics: [] };
  const needles = tokens.map((t) => Buffer.from(t, 'utf8'));
  const info = await lstat(start);
  // Flux keys a single file relative to its directory, a directory relative to itself.
  const relativeBase = info.isDirectory()
    ? base
    : path.posix.dirname(base) === '.'
      ? ''
      : path.posix.dirname(base);
  // Synchronous reads, on purpose: a scan reads thousands of small files and nothing else runs
  // meanwhile, and promise-based reads cost their per-call overhead on each one (measured: 400 ms
  // against 70 ms for 10,000 files). Directories are listed in Go's walk order (names sorted
  // bytewise), so results come out in Flux's order.
  const directory = (relative: string, absolute: string): void => {
    const children = readdirSync(absolute, { withFileTypes: true });
    children.sort((a, b) => compareGoStrings(a.name, b.name));
    for (const child of children) {
      const { name } = child;
      if (name === '.git') continue;
      const childPath = `${absolute}${path.sep}${name}`;
      if (child.isDirectory()) directory(relative === '' ? name : `${relative}/${name}`, childPath);
      else if (isManifestFileName(name)) file(relative, name, childPath, child);
    }
  };
  // The repository-relative path is built only for a file that is kept or reported: most are not.
  const file = (directoryRelative: string, name: string, absolute: string, entry: Dirent | Stats): void => {
    const outcome = entry.isSymbolicLink()
      ? skipSymlink(absolute)
      : entry.isFile()
        ? readEntry(absolute)
        : undefined;
    if (outcome === undefined) return;
    const relative = directoryRelative === '' ? name : `${directoryRelative}/${name}`;
    if (typeof outcome === 'string') {
      result.diagnostics.push({
        severity: 'warning',
        code: 'file-skipped',
        location: { file: relative },
        reason: outcome,
      });
    } else {
      result.files.push({ file: relative, base: relativeBase, text: outcome.text });
    }
  };
  // One buffer for every read, grown to the largest file: most files are screened out, and their
  // bytes are never kept.
  let buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
  if (info.isDirectory()) directory(base, start);
  else if (isManifestFileName(path.posix.basename(base)))
    file(relativeBase, path.posix.basename(base), start, info);
  return result;

  /** The text of a file that passes the screen, a reason it was skipped, or undefined. */
  function readEntry(absolute: string): { text: string } | string | undefined {
    const fd = openSync(absolute, 'r');
    try {
      // Read until the end (a read of 0 bytes), with no fstat: the size only matters past the limit.
      let length = 0;
      for (;;) {
        if (length === buffer.length) {
          if (length > MAX_FILE_BYTES) {
            const { size } = fstatSync(fd);
            return `skipped: ${size} bytes, more than the ${MAX_FILE_BYTES} this scan reads`;
          }
          const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, MAX_FILE_BYTES + 1));
          buffer.copy(bigger, 0, 0, length);
          buffer = bigger;
        }
        const read = readSync(fd, buffer, length, buffer.length - length, length);
        if (read === 0) break;
        length += read;
      }
      const bytes = buffer.subarray(0, length);
      if (!needles.some((needle) => bytes.includes(needle))) return undefined;
      // isUtf8 holds exactly when decoding and encoding again gives the same bytes.
      if (bytes.includes(0) || !isUtf8(bytes)) {
        return 'skipped: not UTF-8 text, so its values cannot be edited safely';
      }
      return { text: bytes.toString('utf8') };
    } catch (error) {
      // Replaced by a directory since it was listed: not a file, so it does not matter.
      if ((error as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
      throw error;
    } finally {
      closeSync(fd);
    }
  }

  /** Only a link whose target stays inside the root is read, and then only to see if it matters. */
  function skipSymlink(absolute: string): string | undefined {
    let target: string | undefined;
    try {
      target = realpathSync(absolute);
    } catch {
      target = undefined;
    }
    const relative = target === undefined ? '..' : path.relative(realRoot, target);
    const inside = relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
    if (target === undefined || !inside)
      return 'skipped: a symlink whose target is missing or outside the repository';
    const stats = lstatSync(target);
    if (!stats.isFile() || stats.size > MAX_FILE_BYTES) return undefined;
    const bytes = readFileSync(target);
    if (needles.some((needle) => bytes.includes(needle))) {
      return 'skipped: a symlink; its markers are updated through the file it points to, when that is scanned';
    }
    return undefined;
  }
}

/**
 * Checks a scan path without walking it: it must exist inside the root and not be, or pass
 * through, a symlink.
 */
export async function resolveScanPath(
  root: string,
  scanPath: string,
): Promise<{ realRoot: string; base: string; start: string }> {
  const realRoot = await realpath(root);
  const base = normaliseScanPath(scanPath);
  const start = path.join(realRoot, base);
  const resolved = await realpath(start).catch((error: NodeJS.ErrnoException) => {
    throw new GitopsError(`cannot scan ${JSON.stringify(scanPath)}: ${error.code ?? error.message}`, {
      hint: 'Give a path that exists in the repository.',
    });
  });
  if (resolved !== start) {
    throw new GitopsError(`refusing to scan ${JSON.stringify(scanPath)}: it is or passes through a symlink`);
  }
  return { realRoot, base, start };
}

/**
 * `''` for the root, else a relative POSIX path without `./` or a trailing `/`. Absolute paths and
 * paths that climb out of the root are refused: the caller names what to scan, and an escape there
 * is a mistake to report, not to repair.
 */
export function normaliseScanPath(scanPath: string): string {
  const slashed = scanPath.replaceAll('\\', '/');
  if (path.posix.isAbsolute(slashed) || path.win32.isAbsolute(scanPath)) {
    throw new GitopsError(`scan path ${JSON.stringify(scanPath)} must be relative to the repository root`);
  }
  const normal = path.posix.normalize(slashed === '' ? '.' : slashed).replace(/\/+$/, '');
  if (normal === '..' || normal.startsWith('../')) {
    throw new GitopsError(`scan path ${JSON.stringify(scanPath)} leaves the repository`);
  }
  return normal === '.' ? '' : normal;
}

/** `file` relative to `base` (both root-relative, `''` is the root), as Flux keys its result. */
export function relativeTo(base: string, file: string): string {
  return base === '' ? file : path.posix.relative(base, file);
}
