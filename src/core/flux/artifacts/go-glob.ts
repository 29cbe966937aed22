/**
 * The two matchers source-watcher's ArtifactGenerator uses (internal/builder/builder.go):
 *
 * - `fsGlob`: Go's `io/fs.Glob` over a source directory, for `copy[].from`. It matches one path
 *   component per pattern component with `path.Match`, so `**` is no more than `*` there: a
 *   `dir/**` pattern matches the entries directly under `dir`, which the builder then copies
 *   whole. Entries come back in directory order (sorted by name), and I/O errors are ignored.
 * - `doublestarMatch`: bmatcuk/doublestar v4's `Match`, for `copy[].exclude`, where `**` does
 *   span directories and `{a,b}` alternatives work.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { BAD_PATTERN, globMatch } from '../substitute/glob-match.js';

/** Go's `hasMeta` in io/fs: a pattern without these names one path. */
function hasMeta(pattern: string): boolean {
  return /[*?[\\]/.test(pattern);
}

/** Go's `path.Match` for a single path component (no `/` in `name`), or BAD_PATTERN. */
function matchName(pattern: string, name: string): boolean | typeof BAD_PATTERN {
  return globMatch(Buffer.from(pattern), Buffer.from(name));
}

/** `fs.Glob(os.DirFS(root), pattern)`: the matching paths relative to `root`, with `/`. */
export async function fsGlob(root: string, pattern: string): Promise<string[]> {
  if (!validPattern(pattern)) throw new Error(`syntax error in pattern`);
  return globPaths(root, pattern);
}

async function globPaths(root: string, pattern: string): Promise<string[]> {
  if (!hasMeta(pattern)) {
    return (await stat(path.join(root, pattern)).catch(() => undefined)) === undefined ? [] : [pattern];
  }
  const slash = pattern.lastIndexOf('/');
  const dir = slash < 0 ? '.' : pattern.slice(0, slash);
  const file = pattern.slice(slash + 1);
  if (!hasMeta(dir)) return globDir(root, dir, file);
  const dirs = await globPaths(root, dir);
  const matches: string[] = [];
  for (const found of dirs) matches.push(...(await globDir(root, found, file)));
  return matches;
}

async function globDir(root: string, dir: string, pattern: string): Promise<string[]> {
  const entries = await readdir(path.join(root, dir)).catch(() => undefined);
  if (entries === undefined) return [];
  return entries
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    .filter((name) => matchName(pattern, name) === true)
    .map((name) => path.posix.join(dir, name));
}

/** Go's check `path.Match(pattern, "")`: an unterminated class or a trailing `\` is an error. */
function validPattern(pattern: string): boolean {
  return pattern.split('/').every((part) => matchName(part, '') !== BAD_PATTERN && classesClosed(part));
}

function classesClosed(part: string): boolean {
  let open = false;
  for (let i = 0; i < part.length; i++) {
    const c = part[i];
    if (c === '\\') i++;
    else if (c === '[' && !open) open = true;
    else if (c === ']' && open) open = false;
  }
  return !open && !part.endsWith('\\');
}

/** Whether `file` (relative, with `/`) matches a doublestar pattern; throws on a bad pattern. */
export function doublestarMatch(pattern: string, file: string): boolean {
  return doublestarRegExp(pattern).test(file);
}

const compiled = new Map<string, RegExp>();

function doublestarRegExp(pattern: string): RegExp {
  let regexp = compiled.get(pattern);
  if (regexp === undefined) {
    regexp = new RegExp(`^${translate(pattern, 0, false).source}$`, 'u');
    compiled.set(pattern, regexp);
  }
  return regexp;
}

/** Pattern text from `start` as regular-expression source; inside `{…}`, stops at `,` or `}`. */
function translate(pattern: string, start: number, inBraces: boolean): { source: string; end: number } {
  let source = '';
  let i = start;
  while (i < pattern.length) {
    const c = pattern[i] as string;
    const atSegmentStart = i === 0 || pattern[i - 1] === '/';
    if (c === '*' && pattern[i + 1] === '*' && atSegmentStart) {
      const after = pattern[i + 2];
      if (after === '/') {
        source += '(?:[^/]*(?:/[^/]*)*/)?';
        i += 3;
        continue;
      }
      if (after === undefined || (inBraces && (after === ',' || after === '}'))) {
        // A trailing `/**` also matches the directory itself: `a/**` matches `a`.
        source = source.endsWith('/') ? `${source.slice(0, -1)}(?:/.*)?` : `${source}.*`;
        i += 2;
        continue;
      }
    }
    if (c === '*') {
      source += '[^/]*';
      i++;
    } else if (c === '?') {
      source += '[^/]';
      i++;
    } else if (c === '\\') {
      if (i + 1 >= pattern.length) throw new Error(`bad pattern ${pattern}`);
      source += literal(pattern[i + 1] as string);
      i += 2;
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) throw new Error(`bad pattern ${pattern}`);
      let body = pattern.slice(i + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      source += `[${negated ? '^' : ''}${body.replace(/[\\\]^]/g, (x) => `\\${x}`)}]`;
      i = close + 1;
    } else if (c === '{') {
      const alternatives: string[] = [];
      let j = i + 1;
      for (;;) {
        const part = translate(pattern, j, true);
        alternatives.push(part.source);
        if (pattern[part.end] === '}') {
          j = part.end + 1;
          break;
        }
        if (pattern[part.end] !== ',') throw new Error(`bad pattern ${pattern}`);
        j = part.end + 1;
      }
      source += `(?:${alternatives.join('|')})`;
      i = j;
    } else if (inBraces && (c === ',' || c === '}')) {
      return { source, end: i };
    } else {
      source += literal(c);
      i++;
    }
  }
  if (inBraces) throw new Error(`bad pattern ${pattern}`);
  return { source, end: i };
}

function literal(character: string): string {
  return character.replace(/[.*+?^${}()|[\]\\]/g, (x) => `\\${x}`);
}
