/**
 * The Go value model the template engine evaluates over. Plain JavaScript values stand in for
 * Go's dynamic ones (`string`, an integral `number` is `int`, a fractional one `float64`, arrays
 * are `[]interface {}`, plain objects `map[string]interface {}`); `GoStruct` and `GoMap` carry the
 * type information that Go's printing, field access and error messages depend on.
 *
 * `undefined` is Go's invalid reflect.Value (a missing map key, which prints `<no value>`) and
 * `null` is a nil interface (which fmt prints as `<nil>`).
 */

/** A method a template can call as `.Name arg...`: parameters are checked like Go's reflect calls. */
export interface GoMethod {
  readonly params: readonly ParamType[];
  readonly call: (...args: never[]) => unknown;
}

/**
 * How a function parameter accepts a value, after Go's `evalArg`/`validateType`: `value` is a
 * `reflect.Value` (builtins see missing values as missing), `any` is `interface{}` (missing becomes
 * nil), `dict` is `map[string]interface {}`; the rest are the named Go basic types.
 */
export type ParamType = 'value' | 'any' | 'string' | 'int' | 'bool' | 'dict';

export interface GoField {
  readonly name: string;
  readonly value: unknown;
  /** An embedded struct: its fields are promoted, and `%+v` names it by its type. */
  readonly embedded?: boolean;
  /** The encoding/json tag, for `toJson`. */
  readonly json?: { readonly name: string; readonly omitEmpty?: boolean };
}

/** A Go struct value: ordered fields, its type name for messages, and its value-receiver methods. */
export class GoStruct {
  constructor(
    readonly typeName: string,
    readonly fields: readonly GoField[],
    readonly methods: Readonly<Record<string, GoMethod>> = {},
  ) {}

  /** fmt uses a `String() string` method for %v and %s, at any depth. */
  stringer(): (() => string) | undefined {
    const method = this.methods.String;
    return method && method.params.length === 0 ? () => String((method.call as () => unknown)()) : undefined;
  }

  /** Go's field lookup: own fields first, then fields promoted from embedded structs, shallowest first. */
  field(name: string): { found: boolean; value?: unknown } {
    let level: GoStruct[] = [this];
    while (level.length > 0) {
      const next: GoStruct[] = [];
      for (const struct of level) {
        for (const field of struct.fields) {
          if (field.name === name) return { found: true, value: field.value };
          if (field.embedded && field.value instanceof GoStruct) next.push(field.value);
        }
      }
      level = next;
    }
    return { found: false };
  }
}

/**
 * A typed Go map. Needed where plain objects cannot say it: struct keys (`update.ObjectChanges`),
 * or an element type whose zero value `index` returns for a missing key (`map[string]string` gives "").
 */
export class GoMap {
  readonly #entries = new Map<string, [unknown, unknown]>();

  constructor(
    readonly typeName: string,
    readonly keyType: 'string' | 'struct',
    readonly elemZero: unknown = null,
  ) {}

  get size(): number {
    return this.#entries.size;
  }

  has(key: unknown): boolean {
    return this.#entries.has(keyId(key));
  }

  get(key: unknown): unknown {
    return this.#entries.get(keyId(key))?.[1];
  }

  set(key: unknown, value: unknown): this {
    this.#entries.set(keyId(key), [key, value]);
    return this;
  }

  /** Insertion order; callers that print or range sort with `compareKeys`, as Go does. */
  entries(): [unknown, unknown][] {
    return [...this.#entries.values()];
  }
}

function keyId(key: unknown): string {
  if (key instanceof GoStruct)
    return `${key.typeName}${JSON.stringify(key.fields.map((f) => keyId(f.value)))}`;
  return `${typeof key}:${String(key)}`;
}

const sliceTypes = new WeakMap<readonly unknown[], string>();

/** Names an array's Go type (for example `[]update.Change`) so messages read like Go's. */
export function typedSlice<T>(typeName: string, items: T[]): T[] {
  sliceTypes.set(items, typeName);
  return items;
}

export type PlainMap = Record<string, unknown>;

export function isPlainMap(value: unknown): value is PlainMap {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function isMap(value: unknown): value is PlainMap | GoMap {
  return value instanceof GoMap || isPlainMap(value);
}

export function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** The Go type name of a value, as reflect prints it in error messages. */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'interface {}';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float64';
  if (Array.isArray(value)) return sliceTypes.get(value) ?? '[]interface {}';
  if (value instanceof GoStruct || value instanceof GoMap) return value.typeName;
  if (isPlainMap(value)) return 'map[string]interface {}';
  return typeof value;
}

/** Go's kind name, which Sprig's list functions quote in their errors. */
export function kindName(value: unknown): string {
  if (Array.isArray(value)) return 'slice';
  if (isMap(value)) return 'map';
  if (value instanceof GoStruct) return 'struct';
  return typeName(value);
}

/** Entries of a map in the order Go's fmtsort gives them: what `range` and fmt both use. */
export function sortedEntries(map: PlainMap | GoMap): [unknown, unknown][] {
  const entries: [unknown, unknown][] = map instanceof GoMap ? map.entries() : Object.entries(map);
  return entries.sort((a, b) => compareKeys(a[0], b[0]));
}

export function mapGet(map: PlainMap | GoMap, key: string): unknown {
  if (map instanceof GoMap) return map.get(key);
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

export function mapSize(map: PlainMap | GoMap): number {
  return map instanceof GoMap ? map.size : Object.keys(map).length;
}

/** fmtsort's order: nil first, numbers and bools by value, strings by bytes, structs field by field. */
export function compareKeys(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b);
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (a instanceof GoStruct && b instanceof GoStruct) {
    for (let i = 0; i < a.fields.length; i++) {
      const order = compareKeys(a.fields[i]?.value, b.fields[i]?.value);
      if (order !== 0) return order;
    }
    return 0;
  }
  return rank(a) - rank(b);
}

function rank(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return ['boolean', 'number', 'string', 'object'].indexOf(typeof value) + 1;
}

/** Go compares strings by UTF-8 bytes, which is code point order, not UTF-16 unit order. */
export function compareStrings(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** Go's template truth: the zero value of any type is false, structs are always true. */
export function isTrue(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string' || Array.isArray(value)) return value.length > 0;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (isMap(value)) return mapSize(value) > 0;
  return true;
}

/** Go's `==` on comparable values, with structs compared field by field. */
export function goEqual(a: unknown, b: unknown): boolean {
  if (a instanceof GoStruct && b instanceof GoStruct) {
    return (
      a.typeName === b.typeName &&
      a.fields.length === b.fields.length &&
      a.fields.every((f, i) => goEqual(f.value, b.fields[i]?.value))
    );
  }
  return a === b || ((a === null || a === undefined) && (b === null || b === undefined));
}

/** reflect.DeepEqual, for Sprig's `uniq`, `has` and `without`. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (isMap(a) && isMap(b)) {
    const x = sortedEntries(a);
    const y = sortedEntries(b);
    return x.length === y.length && x.every(([k, v], i) => goEqual(k, y[i]?.[0]) && deepEqual(v, y[i]?.[1]));
  }
  return goEqual(a, b);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Go strings are bytes: `len`, `slice`, `substr` and `trunc` count UTF-8 bytes. */
export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

export function fromUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}
