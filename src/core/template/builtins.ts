/**
 * text/template's predefined functions with Go's semantics and error texts. Comparison follows
 * Go's basic kinds: ints compare with ints, strings with strings, and mixing them is an error.
 */
import { FuncError, type FuncSpec, spec } from './functions.js';
import { formatValue, sprint, sprintf, sprintln } from './go-format.js';
import { GoMap, goEqual, isInt, isMap, isPlainMap, isTrue, mapSize, typeName, utf8 } from './values.js';

type Kind = 'invalid' | 'bool' | 'int' | 'float' | 'string' | 'other';

function basicKind(v: unknown): Kind {
  if (v === undefined || v === null) return 'invalid';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'string') return 'string';
  return 'other';
}

function eq(arg1: unknown, ...rest: unknown[]): boolean {
  if (rest.length === 0) throw new FuncError('missing argument for comparison');
  const k1 = basicKind(arg1);
  for (const arg of rest) {
    const k2 = basicKind(arg);
    // Go types ints and floats apart; JavaScript numbers do not, so an integral float compares as an int.
    const numeric = (k1 === 'int' || k1 === 'float') && (k2 === 'int' || k2 === 'float');
    if (k1 !== k2 && !numeric) {
      if (k1 !== 'invalid' && k2 !== 'invalid') throw new FuncError('incompatible types for comparison');
      continue;
    }
    if (k1 === 'other') {
      if (Array.isArray(arg1) || isMap(arg1)) {
        throw new FuncError(`non-comparable type ${formatValue(arg1)}: ${typeName(arg1)}`);
      }
      if (Array.isArray(arg) || isMap(arg))
        throw new FuncError(`non-comparable type ${formatValue(arg)}: ${typeName(arg)}`);
    }
    if (goEqual(arg1, arg)) return true;
  }
  return false;
}

function lt(a: unknown, b: unknown): boolean {
  const [k1, k2] = [basicKind(a), basicKind(b)];
  if (
    k1 === 'bool' ||
    k1 === 'other' ||
    k1 === 'invalid' ||
    k2 === 'bool' ||
    k2 === 'other' ||
    k2 === 'invalid'
  ) {
    throw new FuncError('invalid type for comparison');
  }
  const numeric = k1 !== 'string' && k2 !== 'string';
  if (k1 !== k2 && !numeric) throw new FuncError('incompatible types for comparison');
  return (a as number | string) < (b as number | string);
}

function len(item: unknown): number {
  if (item === undefined) throw new FuncError('reflect: call of reflect.Value.Type on zero Value');
  if (typeof item === 'string') return utf8(item).length;
  if (Array.isArray(item)) return item.length;
  if (isMap(item)) return mapSize(item);
  throw new FuncError(`len of type ${typeName(item)}`);
}

function index(item: unknown, ...indexes: unknown[]): unknown {
  if (item === undefined || item === null) throw new FuncError('index of untyped nil');
  let current: unknown = item;
  for (const key of indexes) {
    if (Array.isArray(current) || typeof current === 'string') {
      if (key === undefined || key === null) throw new FuncError('cannot index slice/array with nil');
      if (!isInt(key)) throw new FuncError(`cannot index slice/array with type ${typeName(key)}`);
      const bytes = typeof current === 'string' ? utf8(current) : current;
      if (key < 0 || key >= bytes.length) throw new FuncError(`index out of range: ${key}`);
      current = bytes[key];
    } else if (current instanceof GoMap) {
      if (current.keyType === 'string' && typeof key !== 'string') {
        throw new FuncError(`value has type ${typeName(key)}; should be string`);
      }
      current = current.has(key) ? current.get(key) : current.elemZero;
    } else if (isPlainMap(current)) {
      if (typeof key !== 'string') throw new FuncError(`value has type ${typeName(key)}; should be string`);
      current = Object.hasOwn(current, key) ? current[key] : null;
    } else if (current === null || current === undefined) {
      throw new FuncError('index of nil pointer');
    } else {
      throw new FuncError(`can't index item of type ${typeName(current)}`);
    }
  }
  return current;
}

/** html/template's HTMLEscapeString, as text/template's `html` applies it. */
function htmlEscape(s: string): string {
  const map: Record<string, string> = {
    '"': '&#34;',
    "'": '&#39;',
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '\0': '\uFFFD',
  };
  return s.replace(/["'&<>\0]/g, (c) => map[c] ?? c);
}

/** JSEscapeString: quotes and backslash escaped, markup characters and controls as \uXXXX. */
function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\' || ch === "'" || ch === '"') out += `\\${ch}`;
    else if ('<>&='.includes(ch) || code < 0x20)
      out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    else if (code >= 0x80 && !/^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(ch)) {
      out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    } else out += ch;
  }
  return out;
}

/** url.QueryEscape: space as `+`, unreserved characters kept, everything else %XX of its bytes. */
function queryEscape(s: string): string {
  let out = '';
  for (const byte of utf8(s)) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** evalArgs: a lone string as it is, anything else through fmt.Sprint. */
function evalArgs(args: unknown[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return sprint(args);
}

export const builtins: ReadonlyMap<string, FuncSpec> = new Map<string, FuncSpec>([
  ['and', { params: ['value'], variadic: 'value', call: () => undefined, shortCircuit: 'and' }],
  ['or', { params: ['value'], variadic: 'value', call: () => undefined, shortCircuit: 'or' }],
  ['not', spec(['value'], (v: unknown) => !isTrue(v))],
  ['len', spec(['value'], len)],
  ['index', spec(['value'], index, 'value')],
  ['print', spec([], (...args: unknown[]) => sprint(args), 'any')],
  ['println', spec([], (...args: unknown[]) => sprintln(args), 'any')],
  ['printf', spec(['string'], (format: string, ...args: unknown[]) => sprintf(format, args), 'any')],
  ['html', spec([], (...args: unknown[]) => htmlEscape(evalArgs(args)), 'any')],
  ['js', spec([], (...args: unknown[]) => jsEscape(evalArgs(args)), 'any')],
  ['urlquery', spec([], (...args: unknown[]) => queryEscape(evalArgs(args)), 'any')],
  ['eq', spec(['value'], eq, 'value')],
  ['ne', spec(['value', 'value'], (a: unknown, b: unknown) => !eq(a, b))],
  ['lt', spec(['value', 'value'], lt)],
  ['le', spec(['value', 'value'], (a: unknown, b: unknown) => lt(a, b) || eq(a, b))],
  ['gt', spec(['value', 'value'], (a: unknown, b: unknown) => !lt(a, b) && !eq(a, b))],
  ['ge', spec(['value', 'value'], (a: unknown, b: unknown) => !lt(a, b))],
  [
    'call',
    // Execution passes the callee's node text first, as Go's evalCall does. Template data here is
    // never a Go func value, so every call fails the way Go's does for a non-function.
    spec(
      ['value'],
      (callee: string, fn: unknown) => {
        if (fn === undefined || fn === null) throw new FuncError('call of nil');
        throw new FuncError(`non-function ${callee} of type ${typeName(fn)}`);
      },
      'value',
    ),
  ],
]);
