/**
 * The parts of Go's fmt package that templates reach: `%v` printing (which is also how an action
 * prints its value), Sprint/Sprintln spacing, strconv.Quote and a Printf subset. Output follows
 * Go byte for byte, including its in-band errors such as `%!d(string=x)`.
 */
import { GoStruct, isMap, sortedEntries, typeName } from './values.js';

export interface Flags {
  minus?: boolean;
  plus?: boolean;
  /** `%+v`: field names in structs; the sign flag itself is cleared, as fmt does. */
  plusV?: boolean;
  space?: boolean;
  zero?: boolean;
  width?: number;
  prec?: number;
}

/** fmt's `%v` (and `%+v` with `plusV`) of any value. */
export function formatValue(value: unknown, flags: Flags = {}): string {
  return printArg(value, 'v', flags);
}

/** fmt.Sprint: a space between operands when neither side is a string. */
export function sprint(args: readonly unknown[]): string {
  let out = '';
  args.forEach((arg, i) => {
    if (i > 0 && typeof arg !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += formatValue(arg);
  });
  return out;
}

/** fmt.Sprintln: always a space between operands, and a newline at the end. */
export function sprintln(args: readonly unknown[]): string {
  return `${args.map((arg) => formatValue(arg)).join(' ')}\n`;
}

function printArg(arg: unknown, verb: string, flags: Flags): string {
  if (arg === null || arg === undefined) return verb === 'v' ? pad('<nil>', flags) : badVerb(arg, verb);
  if (verb === 'T') return pad(typeName(arg), flags);
  if (arg instanceof GoStruct && 'vsxXq'.includes(verb)) {
    const stringer = arg.stringer();
    if (stringer) return formatString(stringer(), verb, flags);
  }
  if (typeof arg === 'boolean')
    return verb === 't' || verb === 'v' ? pad(String(arg), flags) : badVerb(arg, verb);
  if (typeof arg === 'number') {
    return Number.isInteger(arg) ? formatInteger(arg, verb, flags) : formatFloat(arg, verb, flags);
  }
  if (typeof arg === 'string') return formatString(arg, verb, flags);
  if (Array.isArray(arg)) return `[${arg.map((item) => printArg(item, verb, flags)).join(' ')}]`;
  if (isMap(arg)) {
    const pairs = sortedEntries(arg).map(
      ([k, v]) => `${printArg(k, verb, flags)}:${printArg(v, verb, flags)}`,
    );
    return `map[${pairs.join(' ')}]`;
  }
  if (arg instanceof GoStruct) {
    const fields = arg.fields.map(
      (f) => (flags.plusV && verb === 'v' ? `${f.name}:` : '') + printArg(f.value, verb, flags),
    );
    return `{${fields.join(' ')}}`;
  }
  return badVerb(arg, verb);
}

/** What fmt writes for a verb the operand's type does not take: `%!d(string=hello)`. */
function badVerb(arg: unknown, verb: string): string {
  if (arg === null || arg === undefined) return `%!${verb}(<nil>)`;
  return `%!${verb}(${typeName(arg)}=${formatValue(arg)})`;
}

function formatString(s: string, verb: string, flags: Flags): string {
  switch (verb) {
    case 'v':
    case 's':
      return pad(flags.prec === undefined ? s : [...s].slice(0, flags.prec).join(''), flags);
    case 'q':
      return pad(goQuote(s), flags);
    case 'x':
    case 'X': {
      const hex = [...new TextEncoder().encode(s)].map((b) => b.toString(16).padStart(2, '0')).join('');
      return pad(verb === 'X' ? hex.toUpperCase() : hex, flags);
    }
    default:
      return badVerb(s, verb);
  }
}

function formatInteger(n: number, verb: string, flags: Flags): string {
  const digitsFor: Record<string, number> = { v: 10, d: 10, x: 16, X: 16, o: 8, b: 2 };
  const base = digitsFor[verb];
  if (base === undefined) {
    if (verb === 'c') return pad(String.fromCodePoint(n), flags);
    if (verb === 'q') return pad(quoteWith(String.fromCodePoint(n), "'"), flags);
    if (verb === 'U') return pad(`U+${n.toString(16).toUpperCase().padStart(4, '0')}`, flags);
    return badVerb(n, verb);
  }
  let digits = Math.abs(n).toString(base);
  if (verb === 'X') digits = digits.toUpperCase();
  if (flags.prec !== undefined) digits = flags.prec === 0 && n === 0 ? '' : digits.padStart(flags.prec, '0');
  return signAndPad(n < 0 ? '-' : flags.plus ? '+' : flags.space ? ' ' : '', digits, flags);
}

function formatFloat(x: number, verb: string, flags: Flags): string {
  if (!'vgGeEfF'.includes(verb)) return badVerb(x, verb);
  if (Number.isNaN(x))
    return pad(flags.plus ? '+NaN' : flags.space ? ' NaN' : 'NaN', { ...flags, zero: false });
  const sign = x < 0 || Object.is(x, -0) ? '-' : flags.plus ? '+' : flags.space ? ' ' : '';
  if (!Number.isFinite(x))
    return pad(`${x < 0 ? '-' : flags.space && !flags.plus ? ' ' : '+'}Inf`, { ...flags, zero: false });
  const abs = Math.abs(x);
  let body: string;
  if (verb === 'e' || verb === 'E') body = exponential(abs, flags.prec ?? 6);
  else if (verb === 'f' || verb === 'F') body = abs.toFixed(flags.prec ?? 6);
  else body = general(abs, flags.prec);
  return signAndPad(sign, verb === 'E' || verb === 'G' ? body.toUpperCase() : body, flags);
}

/** strconv's `e` format: at least two exponent digits, as in `1.5e+06`. */
function exponential(abs: number, prec: number): string {
  const [mantissa = '0', exp = '0'] = abs.toExponential(prec).split('e');
  const e = Number(exp);
  return `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/**
 * strconv's `g` format, which `%v` uses with the shortest precision: exponent form when the
 * exponent is below -4 or at least the precision (6 for shortest), so 1e+06 but 100000.
 */
function general(abs: number, prec: number | undefined): string {
  if (abs === 0) return '0';
  const shortest = prec === undefined;
  const p = shortest ? undefined : Math.max(prec, 1);
  const [mantissa = '0', exp = '0'] = (
    p === undefined ? abs.toExponential() : abs.toExponential(p - 1)
  ).split('e');
  const digits = mantissa.replace('.', '').replace(/0+$/, '') || '0';
  const e = Number(exp);
  let eprec = shortest ? 6 : (p ?? 6);
  if (!shortest && eprec > digits.length && digits.length >= e + 1) eprec = digits.length;
  if (e < -4 || e >= eprec) {
    const frac = digits.slice(1);
    return `${digits[0]}${frac ? `.${frac}` : ''}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  if (e < 0) return `0.${'0'.repeat(-e - 1)}${digits}`;
  if (digits.length <= e + 1) return digits + '0'.repeat(e + 1 - digits.length);
  return `${digits.slice(0, e + 1)}.${digits.slice(e + 1)}`;
}

function signAndPad(sign: string, digits: string, flags: Flags): string {
  const width = flags.width ?? 0;
  if (flags.zero && !flags.minus && sign.length + digits.length < width) {
    return sign + digits.padStart(width - sign.length, '0');
  }
  return pad(sign + digits, flags);
}

/** Width counts runes; `-` pads on the right; `0` pads strings with zeros too, as Go does. */
function pad(s: string, flags: Flags): string {
  const missing = (flags.width ?? 0) - [...s].length;
  if (missing <= 0) return s;
  if (flags.minus) return s + ' '.repeat(missing);
  return (flags.zero ? '0' : ' ').repeat(missing) + s;
}

/** strconv.Quote: Go escapes, `\u`/`\U` for non-printable runes, printable Unicode kept. */
export function goQuote(s: string): string {
  return quoteWith(s, '"');
}

const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
const shortEscapes: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '\\': '\\\\',
};

function quoteWith(s: string, quote: string): string {
  let out = quote;
  for (const ch of s) {
    const escaped = shortEscapes[ch];
    if (ch === quote) out += `\\${ch}`;
    else if (escaped) out += escaped;
    else if (printable.test(ch)) out += ch;
    else {
      const code = ch.codePointAt(0) ?? 0;
      if (code < 0x80) out += `\\x${code.toString(16).padStart(2, '0')}`;
      else if (code < 0x10000) out += `\\u${code.toString(16).padStart(4, '0')}`;
      else out += `\\U${code.toString(16).padStart(8, '0')}`;
    }
  }
  return out + quote;
}

/** Thrown for printf features Go has and this port does not: they must not pass silently. */
export class UnsupportedFormatError extends Error {}

/** fmt.Sprintf for the verbs v s d q x X t f F e E g G c U o b T and %%, with flags, width and precision. */
export function sprintf(format: string, args: readonly unknown[]): string {
  let out = '';
  let argIndex = 0;
  let i = 0;
  while (i < format.length) {
    const percent = format.indexOf('%', i);
    if (percent < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, percent);
    i = percent + 1;
    const flags: Flags = {};
    for (; i < format.length; i++) {
      const c = format[i];
      if (c === '-') flags.minus = true;
      else if (c === '+') flags.plus = true;
      else if (c === ' ') flags.space = true;
      else if (c === '0') flags.zero = true;
      else if (c === '#')
        throw new UnsupportedFormatError(`printf flag '#' in ${goQuote(format)} is not supported`);
      else break;
    }
    const takeNumber = (): number | undefined => {
      if (format[i] === '*') {
        i++;
        const n = args[argIndex++];
        return typeof n === 'number' && Number.isInteger(n) ? n : Number.NaN;
      }
      const match = /^\d+/.exec(format.slice(i));
      if (!match) return undefined;
      i += match[0].length;
      return Number(match[0]);
    };
    if (format[i] === '[')
      throw new UnsupportedFormatError(`printf argument index in ${goQuote(format)} is not supported`);
    const width = takeNumber();
    if (Number.isNaN(width)) out += '%!(BADWIDTH)';
    else if (width !== undefined) {
      if (width < 0) flags.minus = true;
      flags.width = Math.abs(width);
    }
    if (format[i] === '.') {
      i++;
      const prec = takeNumber() ?? 0;
      if (Number.isNaN(prec) || prec < 0) out += '%!(BADPREC)';
      else flags.prec = prec;
    }
    const verb = [...format.slice(i)][0];
    if (verb === undefined) {
      out += '%!(NOVERB)';
      break;
    }
    i += verb.length;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (verb === 'v' && flags.plus) {
      flags.plus = false;
      flags.plusV = true;
    }
    if (verb === 'p' || verb === 'w')
      throw new UnsupportedFormatError(`printf verb %${verb} is not supported`);
    if (argIndex >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    out += printArg(args[argIndex++], verb, flags);
  }
  if (argIndex < args.length) {
    const extra = args
      .slice(argIndex)
      .map((a) => (a === null || a === undefined ? '<nil>' : `${typeName(a)}=${formatValue(a)}`));
    out += `%!(EXTRA ${extra.join(', ')})`;
  }
  return out;
}

/** Sprig's strval: strings as they are, Stringers through String(), everything else as `%v`. */
export function strval(value: unknown): string {
  if (typeof value === 'string') return value;
  return formatValue(value);
}
