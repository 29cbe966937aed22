/**
 * Bracket classes and single-character escapes of Go's regexp syntax (regexp/syntax
 * `parseClass`, `parseEscape`): `[]a]` holds `]`, `[a-]` holds `-`, `[[:alpha:]]` is an
 * ASCII POSIX class, `\12` is octal (not a backreference), `\x{263a}` is a hex code point,
 * and anything Go does not know (`\Z`, `\u`, `\k<n>`, `\1`) is an error.
 */
import { type CodeRange, foldRanges, negateRanges, PERL_CLASSES, POSIX_CLASSES } from './re2-charclass.js';
import type { Flags, Re2Parser } from './re2-parse.js';

/** `[…]` at the cursor: the final set, folded under `(?i)` and negated for `[^…]`. */
export function parseClass(p: Re2Parser, flags: Flags): readonly CodeRange[] {
  const start = p.pos;
  p.pos++;
  const negate = p.peek() === '^';
  if (negate) p.pos++;
  const ranges: CodeRange[] = [];
  const add = (set: readonly CodeRange[], negated = false) => {
    const folded = foldIfCaseless(p, flags, set);
    ranges.push(...(negated ? negateRanges(folded) : folded));
  };
  for (let first = true; p.peek() !== ']' || first; first = false) {
    if (p.peek() === undefined) p.invalid(`missing closing ]: \`${p.chars.slice(start).join('')}\``);
    const rest = p.rest();
    const posix = /^\[:(\^?)(.*?):\]/s.exec(rest);
    if (rest.startsWith('[:') && posix) {
      const set = Object.hasOwn(POSIX_CLASSES, posix[2] ?? '') ? POSIX_CLASSES[posix[2] ?? ''] : undefined;
      if (!set) p.invalid(`invalid character class range: \`${posix[0]}\``);
      add(set, posix[1] === '^');
      p.pos += [...posix[0]].length;
      continue;
    }
    if (p.peek() === '\\' && (p.peek(1) === 'p' || p.peek(1) === 'P'))
      p.refused(
        `Unicode class \`\\${p.peek(1)}…\` is refused: Go's Unicode tables and names differ from JavaScript's; use an ASCII class such as [0-9] or [[:alpha:]]`,
      );
    const perlName = p.peek() === '\\' ? p.peek(1) : undefined;
    const perl = perlName === undefined ? undefined : PERL_CLASSES[perlName.toLowerCase()];
    if (perl && perlName !== undefined) {
      add(perl, perlName !== perlName.toLowerCase());
      p.pos += 2;
      continue;
    }
    const rangeStart = p.pos;
    const lo = classChar(p, start);
    let hi = lo;
    if (p.peek() === '-' && p.peek(1) !== undefined && p.peek(1) !== ']') {
      p.pos++;
      hi = classChar(p, start);
      if (hi < lo)
        p.invalid(`invalid character class range: \`${p.chars.slice(rangeStart, p.pos).join('')}\``);
    }
    add([[lo, hi]]);
  }
  p.pos++;
  return negate ? negateRanges(ranges) : ranges;
}

function classChar(p: Re2Parser, classStart: number): number {
  const c = p.peek();
  if (c === undefined) p.invalid(`missing closing ]: \`${p.chars.slice(classStart).join('')}\``);
  if (c === '\\') return parseEscapeChar(p);
  p.pos++;
  return c.codePointAt(0) as number;
}

const C_ESCAPES: Readonly<Record<string, number>> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };

/** Known escapes from other engines that Go rejects, with what to write instead. */
const FOREIGN_ESCAPES: Readonly<Record<string, string>> = {
  C: '`\\C` (any byte) is not supported by Go',
  Z: '`\\Z` is not supported by Go; `$` (without (?m)) or `\\z` already means end of text',
  u: '`\\u` is not Go syntax; write `\\x{263a}`',
  k: 'named backreferences `\\k<…>` are not supported by Go (RE2)',
  G: '`\\G` is not supported by Go',
  e: '`\\e` is not Go syntax; write `\\x1b`',
  c: 'control escapes `\\cX` are not Go syntax; write `\\x01`',
  h: '`\\h` is not Go syntax; write `[\\t ]`',
  R: '`\\R` is not Go syntax',
  X: '`\\X` is not Go syntax',
};

/** A backslash escape for one character at the cursor, as Go's `parseEscape`. */
export function parseEscapeChar(p: Re2Parser): number {
  const c = p.peek(1);
  if (c === undefined) p.invalid('trailing backslash at end of expression');
  const written = p.chars.slice(p.pos, p.pos + 2).join('');
  // Escaped ASCII punctuation (and `_`, and space) is itself; Go rejects `\q`-style letters.
  if ((c.codePointAt(0) as number) < 0x80 && !/^[A-Za-z0-9]$/.test(c)) {
    p.pos += 2;
    return c.codePointAt(0) as number;
  }
  if (/^[0-7]$/.test(c)) {
    // One digit 1-7 alone would be a backreference, which RE2 does not have; with more octal
    // digits it is octal (`\12` is "\n"), as `\0` always is.
    const octal = /^[0-7]{1,3}/.exec(p.rest().slice(1))?.[0] ?? c;
    if (c !== '0' && octal.length === 1)
      p.invalid(`backreferences are not supported by Go (RE2): \`${written}\``);
    p.pos += 1 + octal.length;
    return Number.parseInt(octal, 8);
  }
  if (c === 'x') {
    const hex = /^x(?:\{([0-9A-Fa-f]+)\}|([0-9A-Fa-f]{2}))/.exec(p.rest().slice(1));
    const value = hex ? Number.parseInt(hex[1] ?? hex[2] ?? '', 16) : Number.NaN;
    if (!hex || !(value <= 0x10ffff)) p.invalid(`invalid escape sequence: \`${p.rest().slice(0, 4)}\``);
    p.pos += 1 + hex[0].length;
    return value;
  }
  const control = C_ESCAPES[c];
  if (control !== undefined) {
    p.pos += 2;
    return control;
  }
  const foreign = Object.hasOwn(FOREIGN_ESCAPES, c) ? FOREIGN_ESCAPES[c] : undefined;
  p.invalid(foreign ?? `invalid escape sequence: \`${written}\``);
}

/** Go's (?i): each member's simple case-folding orbit joins the set. */
export function foldIfCaseless(
  p: Re2Parser,
  flags: Flags,
  ranges: readonly CodeRange[],
): readonly CodeRange[] {
  if (!flags.i) return ranges;
  return foldRanges(ranges, (c) =>
    p.refused(
      `case-insensitive (?i) matching of U+${c.toString(16).toUpperCase().padStart(4, '0')} is refused: ` +
        "Go's case-folding tables beyond ASCII may differ from JavaScript's",
    ),
  );
}
