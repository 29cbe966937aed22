/**
 * Sprig's list, dict and default functions, as Flux's hermetic function map has them. Lists are
 * `[]interface {}`; Sprig panics on a non-list, which text/template reports as the call's error.
 */
import { FuncError, type FuncSpec, spec } from './functions.js';
import { strval } from './go-format.js';
import {
  compareStrings,
  deepEqual,
  GoMap,
  isMap,
  kindName,
  type PlainMap,
  sortedEntries,
  typedSlice,
} from './values.js';

export /** Sprig's strslice: a list's non-nil elements as strings, or a single value as a one-element list. */
function strslice(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((item) => item !== null && item !== undefined).map(strval);
  if (v === null || v === undefined) return [];
  return [strval(v)];
}

export /** Sprig's empty: the zero value of its type, where structs are never empty. */
function empty(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string' || Array.isArray(v)) return v.length === 0;
  if (isMap(v)) return sortedEntries(v).length === 0;
  if (typeof v === 'boolean') return !v;
  if (typeof v === 'number') return v === 0;
  return false;
}

function splitGo(s: string, sep: string): string[] {
  return sep === '' ? [...s] : s.split(sep);
}

/** Sprig's list functions panic on non-lists; text/template reports the panic as the call's error. */
function requireList(name: string, list: unknown): unknown[] {
  if (Array.isArray(list)) return list;
  if (list === null || list === undefined) {
    throw new FuncError('runtime error: invalid memory address or nil pointer dereference');
  }
  throw new FuncError(`Cannot find ${name} on type ${kindName(list)}`);
}

function dict(...pairs: unknown[]): PlainMap {
  const out: PlainMap = Object.create(null);
  for (let i = 0; i < pairs.length; i += 2) out[strval(pairs[i])] = i + 1 < pairs.length ? pairs[i + 1] : '';
  return out;
}

export const listFunctions: [string, FuncSpec][] = [
  [
    'split',
    spec(['string', 'string'], (sep: string, s: string) => {
      const parts = new GoMap('map[string]string', 'string', '');
      for (const [i, part] of splitGo(s, sep).entries()) parts.set(`_${i}`, part);
      return parts;
    }),
  ],
  [
    'splitList',
    spec(['string', 'string'], (sep: string, s: string) => typedSlice('[]string', splitGo(s, sep))),
  ],
  ['join', spec(['string', 'any'], (sep: string, v: unknown) => strslice(v).join(sep))],
  [
    'sortAlpha',
    spec(['any'], (v: unknown) =>
      typedSlice('[]string', Array.isArray(v) ? strslice(v).sort(compareStrings) : [strval(v)]),
    ),
  ],
  ['list', spec([], (...v: unknown[]) => v, 'any')],
  ['dict', spec([], dict, 'any')],
  [
    'keys',
    spec(
      [],
      (...maps: PlainMap[]) =>
        typedSlice(
          '[]string',
          maps.flatMap((m) => Object.keys(m ?? {})),
        ),
      'dict',
    ),
  ],
  ['hasKey', spec(['dict', 'string'], (m: PlainMap, k: string) => Object.hasOwn(m ?? {}, k))],
  ['get', spec(['dict', 'string'], (m: PlainMap, k: string) => (m && Object.hasOwn(m, k) ? m[k] : ''))],
  [
    'default',
    spec(
      ['any'],
      (d: unknown, ...given: unknown[]) => (given.length === 0 || empty(given[0]) ? d : given[0]),
      'any',
    ),
  ],
  ['empty', spec(['any'], empty)],
  ['coalesce', spec([], (...v: unknown[]) => v.find((x) => !empty(x)) ?? null, 'any')],
  ['ternary', spec(['any', 'any', 'bool'], (t: unknown, f: unknown, c: boolean) => (c ? t : f))],
  ['first', spec(['any'], (l: unknown) => requireList('first', l)[0] ?? null)],
  ['last', spec(['any'], (l: unknown) => requireList('last', l).at(-1) ?? null)],
  [
    'rest',
    spec(['any'], (l: unknown) =>
      requireList('rest', l).length === 0 ? null : requireList('rest', l).slice(1),
    ),
  ],
  [
    'initial',
    spec(['any'], (l: unknown) =>
      requireList('initial', l).length === 0 ? null : requireList('initial', l).slice(0, -1),
    ),
  ],
  ['reverse', spec(['any'], (l: unknown) => [...requireList('reverse', l)].reverse())],
  [
    'uniq',
    spec(['any'], (l: unknown) =>
      requireList('uniq', l).filter((item, i, all) => all.findIndex((other) => deepEqual(other, item)) === i),
    ),
  ],
  ['compact', spec(['any'], (l: unknown) => requireList('compact', l).filter((item) => !empty(item)))],
  [
    'has',
    spec(['any', 'any'], (needle: unknown, l: unknown) =>
      l === null ? false : requireList('has', l).some((item) => deepEqual(item, needle)),
    ),
  ],
  ['append', spec(['any', 'any'], (l: unknown, v: unknown) => [...requireList('append', l), v])],
  ['prepend', spec(['any', 'any'], (l: unknown, v: unknown) => [v, ...requireList('prepend', l)])],
  ['concat', spec([], (...lists: unknown[]) => lists.flatMap((l) => requireList('concat', l)), 'any')],
  // Sprig's `slice` replaces text/template's builtin of the same name in Flux's function map.
  [
    'slice',
    spec(
      ['any'],
      (l: unknown, ...indices: unknown[]) => {
        if (l === null || l === undefined)
          throw new FuncError('runtime error: invalid memory address or nil pointer dereference');
        if (!Array.isArray(l))
          throw new FuncError(`list should be type of slice or array but ${kindName(l)}`);
        if (l.length === 0) return null;
        const start = typeof indices[0] === 'number' ? indices[0] : 0;
        const end = indices.length >= 2 && typeof indices[1] === 'number' ? indices[1] : l.length;
        if (start < 0 || end > l.length || start > end)
          throw new FuncError(`reflect: slice index out of range`);
        return l.slice(start, end);
      },
      'any',
    ),
  ],
  ['atoi', spec(['string'], (s: string) => (/^[+-]?\d+$/.test(s) ? Number.parseInt(s, 10) : 0))],
];
