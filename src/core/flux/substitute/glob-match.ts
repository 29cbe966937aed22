/**
 * The pattern matcher behind `${var#p}`, `${var##p}`, `${var%p}` and `${var%%p}`: fluxcd/pkg
 * `envsubst/path/match.go`, a copy of Go's `path.Match` changed in two ways that users can see.
 * A trailing `*` matches the rest of the name *including* `/`, and `*` matches `/` anywhere, so
 * `##` with a star-slash pattern strips directories as in bash. Patterns are `*`, `?`, `[…]` / `[^…]` classes with
 * ranges, and `\c` for a literal `c`. Matching works on UTF-8 bytes, as Go strings do.
 */

/** Go's `path.ErrBadPattern`: the callers in envsubst then leave the value unchanged. */
export const BAD_PATTERN = 'bad-pattern';

const STAR = 0x2a;
const QUESTION = 0x3f;
const BACKSLASH = 0x5c;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const CARET = 0x5e;
const DASH = 0x2d;
const RUNE_ERROR = 0xfffd;

/** Go's utf8.DecodeRune: an invalid or truncated sequence is U+FFFD of width 1. */
export function decodeRune(bytes: Uint8Array, at: number): [rune: number, width: number] {
  const b0 = bytes[at] ?? 0;
  if (b0 < 0x80) return [b0, 1];
  let need = 0;
  if (b0 >= 0xc2 && b0 <= 0xdf) need = 2;
  else if (b0 >= 0xe0 && b0 <= 0xef) need = 3;
  else if (b0 >= 0xf0 && b0 <= 0xf4) need = 4;
  if (need === 0 || at + need > bytes.length) return [RUNE_ERROR, 1];
  let rune = b0 & (need === 2 ? 0x1f : need === 3 ? 0x0f : 0x07);
  for (let i = 1; i < need; i++) {
    const b = bytes[at + i] ?? 0;
    if ((b & 0xc0) !== 0x80) return [RUNE_ERROR, 1];
    rune = (rune << 6) | (b & 0x3f);
  }
  const overlong = (need === 3 && rune < 0x800) || (need === 4 && rune < 0x10000);
  if (overlong || rune > 0x10ffff || (rune >= 0xd800 && rune <= 0xdfff)) return [RUNE_ERROR, 1];
  return [rune, need];
}

/** Whether the whole of `name` matches `pattern`, or BAD_PATTERN. */
export function globMatch(pattern: Uint8Array, name: Uint8Array): boolean | typeof BAD_PATTERN {
  let p = 0;
  let n = 0;
  chunks: while (p < pattern.length) {
    let star = false;
    while (p < pattern.length && pattern[p] === STAR) {
      p++;
      star = true;
    }
    const chunkStart = p;
    p = chunkEnd(pattern, p);
    const chunk = pattern.subarray(chunkStart, p);
    // A trailing star takes whatever is left (fluxcd's change: Go stops at a `/`).
    if (star && chunk.length === 0) return true;
    const here = matchChunk(chunk, name, n);
    // fluxcd's change: the last chunk must also use up the name, or the star gets to retry.
    if (typeof here === 'number' && (here === name.length || p < pattern.length)) {
      n = here;
      continue;
    }
    if (here === BAD_PATTERN) return BAD_PATTERN;
    if (star) {
      for (let i = n; i < name.length; i++) {
        const later = matchChunk(chunk, name, i + 1);
        if (typeof later === 'number') {
          if (p === pattern.length && later < name.length) continue;
          n = later;
          continue chunks;
        }
        if (later === BAD_PATTERN) return BAD_PATTERN;
      }
    }
    return false;
  }
  return n === name.length;
}

/** End of the chunk starting at `from`: up to the next `*` outside a class (Go's scanChunk). */
function chunkEnd(pattern: Uint8Array, from: number): number {
  let inRange = false;
  let i = from;
  for (; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === BACKSLASH) {
      if (i + 1 < pattern.length) i++;
    } else if (c === OPEN) inRange = true;
    else if (c === CLOSE) inRange = false;
    else if (c === STAR && !inRange) break;
  }
  return i;
}

/** Matches a star-free chunk at `name[at…]`: the offset after the match, undefined, or BAD_PATTERN. */
function matchChunk(
  chunk: Uint8Array,
  name: Uint8Array,
  at: number,
): number | undefined | typeof BAD_PATTERN {
  let c = 0;
  let s = at;
  while (c < chunk.length) {
    if (s >= name.length) return undefined;
    const op = chunk[c];
    if (op === OPEN) {
      const [rune, width] = decodeRune(name, s);
      s += width;
      c++;
      let negated = false;
      if (c < chunk.length && chunk[c] === CARET) {
        negated = true;
        c++;
      }
      let matched = false;
      for (let ranges = 0; ; ranges++) {
        if (c < chunk.length && chunk[c] === CLOSE && ranges > 0) {
          c++;
          break;
        }
        const lo = classChar(chunk, c);
        if (lo === BAD_PATTERN) return BAD_PATTERN;
        let hi = lo.rune;
        c = lo.next;
        if (chunk[c] === DASH) {
          const upper = classChar(chunk, c + 1);
          if (upper === BAD_PATTERN) return BAD_PATTERN;
          hi = upper.rune;
          c = upper.next;
        }
        if (lo.rune <= rune && rune <= hi) matched = true;
      }
      if (matched === negated) return undefined;
    } else if (op === QUESTION) {
      s += decodeRune(name, s)[1];
      c++;
    } else {
      if (op === BACKSLASH) {
        c++;
        if (c >= chunk.length) return BAD_PATTERN;
      }
      if (chunk[c] !== name[s]) return undefined;
      s++;
      c++;
    }
  }
  return s;
}

/** One possibly escaped character of a class (Go's getEsc); a class may not end the pattern. */
function classChar(chunk: Uint8Array, at: number): { rune: number; next: number } | typeof BAD_PATTERN {
  let c = at;
  if (c >= chunk.length || chunk[c] === DASH || chunk[c] === CLOSE) return BAD_PATTERN;
  if (chunk[c] === BACKSLASH) {
    c++;
    if (c >= chunk.length) return BAD_PATTERN;
  }
  const [rune, width] = decodeRune(chunk, c);
  if (rune === RUNE_ERROR && width === 1) return BAD_PATTERN;
  const next = c + width;
  if (next >= chunk.length) return BAD_PATTERN;
  return { rune, next };
}
