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
import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { GitopsError } from '../../errors.js';
import type { ImageDiagnostic } from '../diagnostics.js';
import { compareGoStrings } from '../policy/index.js';

/** Go's `fmt.Sprintf("%q", "$imagepolicy")`: the 14 bytes Flux screens every file for. */
export const MARKER_TOKEN = '"$imagepolicy"';
/** Larger files are not read: no hand-written manifest comes near this. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

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
  const result: WalkResult = { files: [], diagnostics: [] };
  const needles = tokens.map((t) => Buffer.from(t, 'utf8'));
  const info = await lstat(start);
  // Flux keys a single file relative to its directory, a directory relative to itself.
  const relativeBase = info.isDirectory()
    ? base
    : path.posix.dirname(base) === '.'
      ? ''
      : path.posix.dirname(base);
  const visit = async (relative: string): Promise<void> => {
    const absolute = path.join(realRoot, relative);
    const stats = await lstat(absolute);
    if (stats.isDirectory()) {
      const names = (await readdir(absolute)).sort(compareGoStrings);
      for (const name of names) {
        if (name === '.git') continue;
        await visit(relative === '' ? name : `${relative}/${name}`);
      }
      return;
    }
    if (!isManifestFileName(path.posix.basename(relative))) return;
    const skip = (reason: string) =>
      result.diagnostics.push({
        severity: 'warning',
        code: 'file-skipped',
        location: { file: relative },
        reason,
      });
    if (stats.isSymbolicLink()) return skipSymlink(absolute, skip);
    if (!stats.isFile()) return;
    if (stats.size > MAX_FILE_BYTES) {
      return void skip(`skipped: ${stats.size} bytes, more than the ${MAX_FILE_BYTES} this scan reads`);
    }
    const bytes = await readFile(absolute);
    if (!needles.some((needle) => bytes.includes(needle))) return;
    const text = bytes.toString('utf8');
    if (bytes.includes(0) || !Buffer.from(text, 'utf8').equals(bytes)) {
      return void skip('skipped: not UTF-8 text, so its values cannot be edited safely');
    }
    result.files.push({ file: relative, base: relativeBase, text });
  };
  await visit(base);
  return result;

  /** Only a link whose target stays inside the root is read, and then only to see if it matters. */
  async function skipSymlink(absolute: string, skip: (reason: string) => number): Promise<void> {
    const target = await realpath(absolute).catch(() => undefined);
    const relative = target === undefined ? '..' : path.relative(realRoot, target);
    const inside = relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
    if (target === undefined || !inside)
      return void skip('skipped: a symlink whose target is missing or outside the repository');
    const stats = await lstat(target);
    if (!stats.isFile() || stats.size > MAX_FILE_BYTES) return;
    const bytes = await readFile(target);
    if (needles.some((needle) => bytes.includes(needle))) {
      skip('skipped: a symlink; its markers are updated through the file it points to, when that is scanned');
    }
  }
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
