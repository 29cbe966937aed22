/**
 * Atoms of Go's regexp syntax: groups and flags, classes, escapes, anchors and literals.
 * Each returns JavaScript source with Go's meaning (see re2-parse.ts for the grammar).
 */
import { type CodeRange, emitClass, escapeCodePoint, negateRanges, PERL_CLASSES } from './re2-charclass.js';
import { foldIfCaseless, parseClass, parseEscapeChar } from './re2-class.js';
import type { Flags, Piece, Re2Parser } from './re2-parse.js';

const NOTHING: readonly number[] = [];

/**
 * The next atoms: usually one; none for a flag group such as `(?i)`, which only changes
 * `flags`; one per character for `\Q…\E`, so that a repetition binds to the last one, as in Go.
 */
export function parseAtoms(p: Re2Parser, flags: Flags): Piece[] {
  if (p.peek() === '\\' && p.peek(1) === 'Q') return parseQuoted(p, flags);
  const atom = parseAtom(p, flags);
  return atom ? [atom] : [];
}

function parseAtom(p: Re2Parser, flags: Flags): Piece | undefined {
  const c = p.peek() as string;
  switch (c) {
    case '(':
      return parseGroup(p, flags);
    case '[':
      return setPiece(parseClass(p, flags));
    case '.':
      p.pos++;
      return setPiece(
        flags.s
          ? [[0, 0x10ffff]]
          : [
              [0, 9],
              [11, 0x10ffff],
            ],
      );
    case '^':
      p.pos++;
      // Go: text start, or with (?m) start or after "\n" only (JavaScript's `m` also takes \r, U+2028, U+2029).
      return assertion(flags.m ? '(?<![^\\n])' : '^');
    case '$':
      p.pos++;
      // Go: end of text only (never before a final "\n"), or with (?m) before "\n" or at the end.
      return assertion(flags.m ? '(?![^\\n])' : '$');
    case '\\':
      return parseBackslash(p, flags);
    default:
      p.pos++;
      return literal(p, c.codePointAt(0) as number, flags);
  }
}

function parseGroup(p: Re2Parser, outer: Flags): Piece | undefined {
  const open = p.pos;
  p.pos++;
  let name: string | undefined;
  const inner = { ...outer };
  if (p.peek() === '?') {
    const head = p.rest();
    const named = /^\?P?<([^>]*)>/.exec(head);
    if (head.startsWith('?<=') || head.startsWith('?<!'))
      p.invalid('lookbehind `(?<=` / `(?<!` is not supported');
    if (head.startsWith('?=') || head.startsWith('?!')) p.invalid('lookahead `(?=` / `(?!` is not supported');
    if (named) {
      name = named[1] ?? '';
      // Go accepts ASCII letters, digits and `_` in any order (`1a` too), and repeated names.
      if (!/^[A-Za-z0-9_]+$/.test(name)) p.invalid(`invalid named capture: \`(${named[0]}\``);
      p.pos += [...named[0]].length;
    } else if (head.startsWith('?P') || (head.startsWith('?<') && !head.includes('>'))) {
      p.invalid(`invalid named capture: \`(${head.slice(0, 3)}\``);
    } else {
      const flagged = /^\?([imsU]*)(?:-([imsU]+))?([:)])/.exec(head);
      if (!flagged) p.invalid(`invalid or unsupported Perl syntax: \`(${head.slice(0, 2)}\``);
      for (const f of flagged[1] ?? '') inner[f as keyof Flags] = true;
      for (const f of flagged[2] ?? '') inner[f as keyof Flags] = false;
      p.pos += flagged[0].length;
      if (flagged[3] === ')') {
        // `(?i)`: the flags hold until the end of the enclosing group.
        Object.assign(outer, inner);
        return undefined;
      }
    }
  }
  const index = name === undefined && p.chars[open + 1] === '?' ? undefined : ++p.groupCount;
  if (name !== undefined && index !== undefined) p.names.set(name, [...(p.names.get(name) ?? []), index]);
  const body = p.parseAlternation(inner);
  if (p.peek() !== ')') p.invalid(`missing closing ): \`${p.chars.slice(open).join('')}\``);
  p.pos++;
  return {
    src: index === undefined ? `(?:${body.src})` : `(${body.src})`,
    atomic: true,
    nullable: body.nullable,
    product: body.product,
    captures: index === undefined ? body.captures : [index, ...body.captures],
  };
}

function parseBackslash(p: Re2Parser, flags: Flags): Piece | undefined {
  const next = p.peek(1);
  switch (next) {
    case 'A':
      p.pos += 2;
      return assertion('^');
    case 'z':
      p.pos += 2;
      return assertion('$');
    case 'b':
    case 'B':
      // Both Go and JavaScript (without the `i` flag, never used here) use ASCII word characters.
      p.pos += 2;
      return assertion(`\\${next}`);
    case 'p':
    case 'P':
      p.refused(
        `Unicode class \`\\${next}…\` is refused: Go's Unicode tables and names differ from JavaScript's; use an ASCII class such as [0-9] or [[:alpha:]]`,
      );
  }
  const perl = next === undefined ? undefined : PERL_CLASSES[next.toLowerCase()];
  if (perl && next !== undefined) {
    p.pos += 2;
    // Go folds a Perl class under (?i) before negating it, so (?i)\W excludes U+017F and U+212A.
    const folded = foldIfCaseless(p, flags, perl);
    return setPiece(next === next.toLowerCase() ? folded : negateRanges(folded));
  }
  return literal(p, parseEscapeChar(p), flags);
}

/** \Q…\E: literal text up to \E or the end of the pattern. */
function parseQuoted(p: Re2Parser, flags: Flags): Piece[] {
  const rest = p.rest().slice(2);
  const end = rest.indexOf('\\E');
  const text = end < 0 ? rest : rest.slice(0, end);
  p.pos += 2 + [...text].length + (end < 0 ? 0 : 2);
  return [...text].map((ch) => literal(p, ch.codePointAt(0) as number, flags));
}

function literal(p: Re2Parser, c: number, flags: Flags): Piece {
  if (!flags.i)
    return { src: escapeCodePoint(c), atomic: true, nullable: false, product: 1, captures: NOTHING };
  return setPiece(foldIfCaseless(p, flags, [[c, c]]));
}

function setPiece(ranges: readonly CodeRange[]): Piece {
  return { src: emitClass(ranges), atomic: true, nullable: false, product: 1, captures: NOTHING };
}

function assertion(src: string): Piece {
  return { src, atomic: false, nullable: true, product: 1, captures: NOTHING };
}
