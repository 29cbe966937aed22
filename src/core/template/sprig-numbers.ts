/**
 * Sprig's conversion and integer arithmetic functions. Sprig converts every operand with
 * spf13/cast (`cast.ToInt64`, `cast.ToFloat64`) and drops the conversion error, so a value it
 * cannot read counts as 0; results are int64, which the value model holds as an integral number.
 */

import { goParseInt } from '../yaml/go-number.js';
import { FuncError, type FuncSpec, spec } from './functions.js';

/** cast's trimZeroDecimal: `"2.0"` and `"2."` read as `"2"`. */
function trimZeroDecimal(s: string): string {
  const dot = s.indexOf('.');
  if (dot < 0 || !/^0*$/.test(s.slice(dot + 1))) return s;
  return s.slice(0, dot);
}

/** cast.ToInt64: strings through `strconv.ParseInt(s, 0, 0)`, floats truncated, bools 1 and 0. */
export function toInt64(v: unknown): number {
  if (typeof v === 'number') return Number.isFinite(v) ? Math.trunc(v) : 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const parsed = goParseInt(trimZeroDecimal(v).replaceAll('_', ''));
    return parsed === undefined ? 0 : Number(parsed);
  }
  return 0;
}

/** cast.ToFloat64: strings through `strconv.ParseFloat`, bools 1 and 0, anything else 0. */
export function toFloat64(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v)) return Number(v);
  return 0;
}

function quotient(name: 'div' | 'mod', a: unknown, b: unknown): number {
  const divisor = toInt64(b);
  // Go panics; text/template turns the panic into the call's error.
  if (divisor === 0) throw new FuncError('runtime error: integer divide by zero');
  const dividend = toInt64(a);
  return name === 'div' ? Math.trunc(dividend / divisor) : dividend % divisor;
}

export const numberFunctions: [string, FuncSpec][] = [
  ['int', spec(['any'], (v: unknown) => toInt64(v))],
  ['int64', spec(['any'], (v: unknown) => toInt64(v))],
  ['float64', spec(['any'], (v: unknown) => toFloat64(v))],
  ['add1', spec(['any'], (v: unknown) => toInt64(v) + 1)],
  ['add', spec([], (...v: unknown[]) => v.reduce<number>((sum, x) => sum + toInt64(x), 0), 'any')],
  ['sub', spec(['any', 'any'], (a: unknown, b: unknown) => toInt64(a) - toInt64(b))],
  [
    'mul',
    spec(
      ['any'],
      (a: unknown, ...v: unknown[]) => v.reduce<number>((p, x) => p * toInt64(x), toInt64(a)),
      'any',
    ),
  ],
  ['div', spec(['any', 'any'], (a: unknown, b: unknown) => quotient('div', a, b))],
  ['mod', spec(['any', 'any'], (a: unknown, b: unknown) => quotient('mod', a, b))],
  ['max', spec(['any'], (a: unknown, ...v: unknown[]) => Math.max(toInt64(a), ...v.map(toInt64)), 'any')],
  ['min', spec(['any'], (a: unknown, ...v: unknown[]) => Math.min(toInt64(a), ...v.map(toInt64)), 'any')],
];
