import { EnvsubstError } from './envsubst-error.js';
import { BAD_PATTERN, globMatch } from './glob-match.js';

/**
 * The operators of fluxcd/pkg `envsubst/funcs.go`. Go strings are UTF-8 bytes, so `${#v}`, `${v:n:len}`
 * and the `#`/`%` trims count bytes, not characters: `${#v}` of `héllo` is 6. A byte slice that
 * splits a character is decoded with U+FFFD where Go would carry the broken bytes on.
 */
export type ExpansionFunction = (value: string, args: readonly string[]) => string;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const utf8 = (text: string): Uint8Array => encoder.encode(text);
const text = (bytes: Uint8Array): string => decoder.decode(bytes);

/**
 * Go's unicode.ToUpper / ToLower map one code point to one code point (simple case mapping).
 * JavaScript applies full mappings (`ß` → `SS`); where those give several code points, Go keeps the
 * character, except U+0130 whose simple lowercase is `i`.
 */
function mapRune(rune: string, upper: boolean): string {
  if (!upper && rune === '\u0130') return 'i';
  const mapped = upper ? rune.toUpperCase() : rune.toLowerCase();
  return [...mapped].length === 1 ? mapped : rune;
}

const mapAll = (value: string, upper: boolean): string =>
  Array.from(value, (rune) => mapRune(rune, upper)).join('');

function mapFirst(value: string, upper: boolean): string {
  const first = value.codePointAt(0);
  if (first === undefined) return value;
  const rune = String.fromCodePoint(first);
  return mapRune(rune, upper) + value.slice(rune.length);
}

/** Go's strconv.Atoi on a 64-bit platform: decimal, optional sign, no spaces or underscores. */
function atoi(arg: string): bigint | undefined {
  if (!/^[+-]?[0-9]+$/.test(arg)) return undefined;
  const value = BigInt(arg);
  return BigInt.asIntN(64, value) === value ? value : undefined;
}

/**
 * `${v:pos}` and `${v:pos:len}`. An unparsable position or length leaves the value unchanged (as the
 * Go code says bash does); a negative position counts from the end. A negative length is not bash's
 * "up to that many from the end": the Go code slices `s[pos:pos+len]` and panics, so we fail too.
 */
function substring(value: string, args: readonly string[]): string {
  const bytes = utf8(value);
  const size = BigInt(bytes.length);
  let pos = atoi(args[0] ?? '');
  if (pos === undefined) return value;
  if (pos < 0n) pos = pos + size < 0n ? 0n : pos + size;
  if (args.length === 1) return pos < size ? text(bytes.subarray(Number(pos))) : '';
  const length = atoi(args[1] ?? '');
  if (length === undefined) return value;
  // Go adds two ints and wraps on overflow before comparing.
  const end = BigInt.asIntN(64, pos + length);
  if (end >= size) return pos < size ? text(bytes.subarray(Number(pos))) : '';
  if (end < pos) {
    const bounds = end < 0n ? `[:${end}]` : `[${pos}:${end}]`;
    throw new EnvsubstError(`runtime error: slice bounds out of range ${bounds}`, 'panic', {
      hint: 'Flux’s envsubst crashes on a negative length in ${var:offset:length}; use a length of 0 or more.',
    });
  }
  return text(bytes.subarray(Number(pos), Number(end)));
}

/** Go's strings.Replace with an empty `old`: insert at the start and after every character. */
function replace(value: string, old: string, replacement: string, all: boolean): string {
  if (old !== '') return all ? value.split(old).join(replacement) : value.replace(old, () => replacement);
  if (!all) return replacement + value;
  return [replacement, ...Array.from(value, (rune) => rune + replacement)].join('');
}

/**
 * `#`/`##`: strip the shortest/longest prefix the glob matches. funcs.go tries prefixes of
 * decreasing byte length, never the empty one, so `${v#*}` drops one byte where bash drops nothing.
 * A malformed pattern leaves the value unchanged.
 */
function trimPrefix(bytes: Uint8Array, pattern: Uint8Array, longest: boolean): Uint8Array {
  let cut = 0;
  for (let length = bytes.length; length > 0; length--) {
    const matched = globMatch(pattern, bytes.subarray(0, length));
    if (matched === BAD_PATTERN) return bytes;
    if (matched) {
      cut = length;
      if (longest) break;
    }
  }
  return bytes.subarray(cut);
}

/** `%`/`%%` reverse value and pattern by code point and trim a prefix, so `[a-z]` reads `]z-a[`. */
function reverseRunes(bytes: Uint8Array): Uint8Array {
  return utf8(Array.from(text(bytes)).reverse().join(''));
}

function trim(fromEnd: boolean, longest: boolean): ExpansionFunction {
  return (value, args) => {
    const pattern = args[0];
    if (pattern === undefined) return value;
    if (!fromEnd) return text(trimPrefix(utf8(value), utf8(pattern), longest));
    const reversed = trimPrefix(reverseRunes(utf8(value)), reverseRunes(utf8(pattern)), longest);
    return text(reverseRunes(reversed));
  };
}

/** Everything but an unset-or-empty value falls through to the value itself. */
const toDefault: ExpansionFunction = (value, args) =>
  value === '' && args.length > 0 ? args.join('') : value;

/**
 * The function for an operator, as template.go's `lookupFunc` picks it. Unknown operators the parser
 * still accepts (`:?`, `:+`, `,^`, `^,`) fall back to the default function.
 */
export function expansionFunction(operator: string, argCount: number): ExpansionFunction {
  switch (operator) {
    case ',':
      return (value) => mapFirst(value, false);
    case ',,':
      return (value) => mapAll(value, false);
    case '^':
      return (value) => mapFirst(value, true);
    case '^^':
      return (value) => mapAll(value, true);
    case '#':
      return argCount === 0 ? (value) => String(utf8(value).length) : trim(false, false);
    case '##':
      return trim(false, true);
    case '%':
      return trim(true, false);
    case '%%':
      return trim(true, true);
    case ':':
      return substring;
    case '/#':
      return (value, [old, rep]) =>
        old === undefined || rep === undefined || !value.startsWith(old)
          ? value
          : rep + value.slice(old.length);
    case '/%':
      return (value, [old, rep]) =>
        old === undefined || rep === undefined || !value.endsWith(old)
          ? value
          : value.slice(0, value.length - old.length) + rep;
    case '/':
      return (value, [old, rep]) => (old === undefined ? value : replace(value, old, rep ?? '', false));
    case '//':
      return (value, [old, rep]) => (old === undefined ? value : replace(value, old, rep ?? '', true));
    default:
      return toDefault;
  }
}

/**
 * Operators that supply their own value for an unset variable, exempt from strict mode
 * (template.go's `isDefaultOp`).
 */
export function isDefaultOperator(operator: string): boolean {
  return ['-', '+', '=', '?', ':-', ':+', ':=', ':?'].includes(operator);
}
