/**
 * Character sets for the RE2 → JavaScript translation, as sorted code point ranges. Classes are
 * computed here and emitted as explicit `[\u{..}-\u{..}]` sets, so no JavaScript class shorthand
 * (whose meaning differs from Go's: `\s` includes \v and Unicode spaces in JavaScript) and no
 * JavaScript `i` flag (which folds differently inside `\b`) is ever relied upon.
 */

export type CodeRange = readonly [number, number];

const MAX_RUNE = 0x10ffff;

/** Go regexp/syntax Perl classes: ASCII only, `\s` without \v. */
export const PERL_CLASSES: Readonly<Record<string, readonly CodeRange[]>> = {
  d: [[0x30, 0x39]],
  s: [
    [0x09, 0x0a],
    [0x0c, 0x0d],
    [0x20, 0x20],
  ],
  w: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x5f, 0x5f],
    [0x61, 0x7a],
  ],
};

/** Go regexp/syntax POSIX classes (`[[:alpha:]]`), all ASCII; `space` does include \v. */
export const POSIX_CLASSES: Readonly<Record<string, readonly CodeRange[]>> = {
  alnum: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  alpha: [
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  ascii: [[0x00, 0x7f]],
  blank: [
    [0x09, 0x09],
    [0x20, 0x20],
  ],
  cntrl: [
    [0x00, 0x1f],
    [0x7f, 0x7f],
  ],
  digit: [[0x30, 0x39]],
  graph: [[0x21, 0x7e]],
  lower: [[0x61, 0x7a]],
  print: [[0x20, 0x7e]],
  punct: [
    [0x21, 0x2f],
    [0x3a, 0x40],
    [0x5b, 0x60],
    [0x7b, 0x7e],
  ],
  space: [
    [0x09, 0x0d],
    [0x20, 0x20],
  ],
  upper: [[0x41, 0x5a]],
  word: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x5f, 0x5f],
    [0x61, 0x7a],
  ],
  xdigit: [
    [0x30, 0x39],
    [0x41, 0x46],
    [0x61, 0x66],
  ],
};

/** Sorts and merges overlapping or adjacent ranges. */
export function normalizeRanges(ranges: readonly CodeRange[]): CodeRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out.at(-1);
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

/** The complement within 0..U+10FFFF, as Go's `negateClass`. */
export function negateRanges(ranges: readonly CodeRange[]): CodeRange[] {
  const out: CodeRange[] = [];
  let next = 0;
  for (const [lo, hi] of normalizeRanges(ranges)) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_RUNE) out.push([next, MAX_RUNE]);
  return out;
}

/** Code points whose case-fold orbit we cannot compute exactly, so `(?i)` refuses them. */
const CASED = /[\p{Cased}\p{Changes_When_Casefolded}\p{Changes_When_Casemapped}]/u;

/**
 * Go's `(?i)` adds every member of each character's simple case-folding orbit
 * (`unicode.SimpleFold`). For ASCII that is the other case, plus U+212A KELVIN SIGN for
 * k/K and U+017F LATIN SMALL LETTER LONG S for s/S. Beyond ASCII the orbits depend on
 * Go's Unicode tables, so `refuse` is called for any cased non-ASCII member.
 */
export function foldRanges(ranges: readonly CodeRange[], refuse: (codePoint: number) => never): CodeRange[] {
  const out: CodeRange[] = [...ranges];
  for (const [lo, hi] of ranges) {
    for (let c = lo; c <= Math.min(hi, 0x7f); c++) out.push(...asciiOrbit(c).map((o): CodeRange => [o, o]));
    for (let c = Math.max(lo, 0x80); c <= hi; c++) {
      if (CASED.test(String.fromCodePoint(c))) refuse(c);
    }
  }
  return normalizeRanges(out);
}

function asciiOrbit(c: number): number[] {
  const lower = c | 0x20;
  if (lower < 0x61 || lower > 0x7a) return [];
  const orbit = [lower, lower - 0x20];
  if (lower === 0x6b) orbit.push(0x212a);
  if (lower === 0x73) orbit.push(0x017f);
  return orbit;
}

/** One code point as JavaScript `u`-mode source: letters and digits as themselves, the rest escaped. */
export function escapeCodePoint(c: number): string {
  return /[A-Za-z0-9]/.test(String.fromCodePoint(c)) ? String.fromCodePoint(c) : `\\u{${c.toString(16)}}`;
}

/** A set as a JavaScript class; the empty set is `[]`, which matches nothing, as in Go. */
export function emitClass(ranges: readonly CodeRange[]): string {
  const parts = normalizeRanges(ranges).map(([lo, hi]) =>
    lo === hi ? escapeCodePoint(lo) : `${escapeCodePoint(lo)}-${escapeCodePoint(hi)}`,
  );
  return `[${parts.join('')}]`;
}
