import { GitopsError } from '../../errors.js';
import { type HelmValue, isValuesMap, newValues, setValue, type Values } from './merge-maps.js';

/**
 * Helm's `--set` parser (helm.sh/helm/v4 pkg/strvals/parser.go, v4.2.x, the version fluxcd/pkg
 * chartutil and helm-controller build with), ported rune for rune: paths `a.b`, list indices
 * `a[0]` and `a[0][1].b`, `\` escaping the next character, `{a,b}` lists, commas between
 * assignments. Messages keep Helm's wording so they can be searched for.
 *
 * Like Helm, the parser writes into `dest` in place, reusing the maps and lists already there;
 * values-merge.ts relies on that. After an error, `dest` may hold part of the assignment.
 */
export class StrvalsError extends GitopsError {
  override readonly name = 'StrvalsError';
}

/** strvals.MaxIndex: larger list indices are refused rather than allocated. */
export const MAX_INDEX = 65536;
/** strvals.MaxNestedNameLevel: how many dots one assignment may walk through. */
export const MAX_NESTED_NAME_LEVEL = 30;

/** `strvals.ParseInto`: typed scalars (see `typedValue`), merged into `dest`. */
export function parseInto(s: string, dest: Values): void {
  new Parser(s, dest, false).parse();
}

/** `strvals.ParseIntoString` (`--set-string`): every scalar stays a string. */
export function parseIntoString(s: string, dest: Values): void {
  new Parser(s, dest, true).parse();
}

/**
 * strvals `typedVal`: `true`/`false`/`null` in any case (Go's `strings.EqualFold`, under which
 * U+017F `ſ` equals `s`), `0`, and base-10 int64s that do not start with `0`. Everything else,
 * floats and `007` included, is a string. Integers past 2^53 lose precision here, exactly as they
 * do once helm reads them back from a values file as float64.
 */
export function typedValue(text: string, forceString: boolean): HelmValue {
  if (forceString) return text;
  const folded = text.toLowerCase().replaceAll('\u017f', 's');
  if (folded === 'true') return true;
  if (folded === 'false') return false;
  if (folded === 'null') return null;
  if (text === '0') return 0;
  if (text !== '' && text[0] !== '0') {
    const int = goParseInt64(text);
    if (int !== undefined) return Number(int);
  }
  return text;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** `strconv.ParseInt(s, 10, 64)`: an optional sign, decimal digits, within int64. */
function goParseInt64(text: string): bigint | undefined {
  const match = /^([+-]?)([0-9]+)$/.exec(text);
  if (match === null) return undefined;
  const magnitude = BigInt(match[2] ?? '');
  const value = match[1] === '-' ? -magnitude : magnitude;
  return value < INT64_MIN || value > INT64_MAX ? undefined : value;
}

/** `strconv.Atoi` for list indices, with its error messages. */
function atoi(text: string): number {
  const int = goParseInt64(text);
  if (int !== undefined) return Number(int);
  const reason = /^[+-]?[0-9]+$/.test(text) ? 'value out of range' : 'invalid syntax';
  throw new StrvalsError(`error parsing index: strconv.Atoi: parsing ${JSON.stringify(text)}: ${reason}`);
}

/** Go's type name for a value, for the messages Helm produces when a path crosses a non-map. */
function goTypeName(value: HelmValue | undefined): string {
  if (value === null || value === undefined) return 'nil';
  if (Array.isArray(value)) return '[]interface {}';
  if (typeof value === 'object') return 'map[string]interface {}';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int64' : 'float64';
  return 'string';
}

/** Helm recovers the panic of a failed type assertion and reports it as this error. */
function conversionError(value: HelmValue | undefined, wanted: string): StrvalsError {
  return new StrvalsError(
    `unable to parse key: interface conversion: interface {} is ${goTypeName(value)}, not ${wanted}`,
  );
}

/** What `runesUntil` read: the unescaped text, the stop character, or end of input. */
interface Run {
  text: string;
  last: string | undefined;
  eof: boolean;
}

/** `io.EOF` from Helm's parser: the input ended where that is allowed. */
const EOF = 'eof';
type Status = typeof EOF | 'ok';

class Parser {
  private readonly runes: string[];
  private pos = 0;

  constructor(
    input: string,
    private readonly data: Values,
    private readonly forceString: boolean,
  ) {
    this.runes = Array.from(input);
  }

  parse(): void {
    while (this.key(this.data, 0) !== EOF) {
      // Each call consumes one assignment and the comma after it.
    }
  }

  private read(): string | undefined {
    return this.pos < this.runes.length ? this.runes[this.pos++] : undefined;
  }

  private unread(): void {
    this.pos--;
  }

  private runesUntil(stop: string): Run {
    let text = '';
    for (;;) {
      const r = this.read();
      if (r === undefined) return { text, last: undefined, eof: true };
      if (stop.includes(r)) return { text, last: r, eof: false };
      if (r === '\\') {
        const next = this.read();
        if (next === undefined) return { text, last: undefined, eof: true };
        text += next;
      } else {
        text += r;
      }
    }
  }

  private key(data: Values, nestedNameLevel: number): Status {
    const { text: k, last, eof } = this.runesUntil('=[,.');
    if (eof) {
      if (k.length === 0) return EOF;
      throw new StrvalsError(`key ${JSON.stringify(k)} has no value`);
    }
    switch (last) {
      case '[': {
        const index = this.keyIndex();
        let list: HelmValue[] = [];
        if (Object.hasOwn(data, k)) {
          const existing = data[k];
          if (!Array.isArray(existing)) throw conversionError(existing, '[]interface {}');
          list = existing;
        }
        const item = this.listItem(list, index, nestedNameLevel);
        set(data, k, item.list);
        return item.status;
      }
      case '=': {
        const list = this.valList();
        if (list === EOF) {
          set(data, k, '');
          return EOF;
        }
        set(data, k, list ?? this.scalar());
        return 'ok';
      }
      case ',':
        set(data, k, '');
        throw new StrvalsError(`key ${JSON.stringify(k)} has no value (cannot end with ,)`);
      default: {
        const level = nestedNameLevel + 1;
        if (level > MAX_NESTED_NAME_LEVEL) {
          throw new StrvalsError(
            `value name nested level is greater than maximum supported nested level of ${MAX_NESTED_NAME_LEVEL}`,
          );
        }
        let inner = newValues();
        if (Object.hasOwn(data, k)) {
          const existing = data[k];
          if (!isValuesMap(existing)) throw conversionError(existing, 'map[string]interface {}');
          inner = existing;
        }
        const status = this.key(inner, level);
        const empty = Object.keys(inner).length === 0;
        if (status === 'ok' && empty) throw new StrvalsError(`key map ${JSON.stringify(k)} has no value`);
        if (!empty) set(data, k, inner);
        return status;
      }
    }
  }

  private keyIndex(): number {
    const { text, eof } = this.runesUntil(']');
    if (eof) throw new StrvalsError('error parsing index: EOF');
    return atoi(text);
  }

  private listItem(list: HelmValue[], index: number, nestedNameLevel: number): ListItem {
    if (index < 0) throw new StrvalsError(`negative ${index} index not allowed`);
    const { text, last, eof } = this.runesUntil('[.=');
    if (text.length > 0) {
      throw new StrvalsError(`unexpected data at end of array index: ${JSON.stringify(text)}`);
    }
    if (eof) return { list, status: EOF };
    if (last === '=') {
      const values = this.valList();
      if (values === EOF) return { list: setIndex(list, index, ''), status: 'ok' };
      return { list: setIndex(list, index, values ?? this.scalar()), status: 'ok' };
    }
    if (last === '[') {
      const nextIndex = this.keyIndex();
      let current: HelmValue[] = [];
      const existing = index < list.length ? list[index] : null;
      if (existing !== null && existing !== undefined) {
        if (!Array.isArray(existing)) throw conversionError(existing, '[]interface {}');
        current = existing;
      }
      const nested = this.listItem(current, nextIndex, nestedNameLevel);
      if (nested.status === EOF) return { list, status: EOF };
      return { list: setIndex(list, index, nested.list), status: 'ok' };
    }
    // A map inside the list. An index that holds something else is overwritten in place:
    // Helm's "indices out of order" branch.
    let inner = newValues();
    if (index < list.length) {
      const existing = list[index];
      if (isValuesMap(existing)) inner = existing;
      else list[index] = inner;
    }
    if (this.key(inner, nestedNameLevel) === EOF) return { list, status: EOF };
    return { list: setIndex(list, index, inner), status: 'ok' };
  }

  /** `valList`: a `{a,b}` list, `EOF` at end of input, or undefined when the value is not a list. */
  private valList(): HelmValue[] | typeof EOF | undefined {
    const first = this.read();
    if (first === undefined) return EOF;
    if (first !== '{') {
      this.unread();
      return undefined;
    }
    const list: HelmValue[] = [];
    for (;;) {
      const { text, last, eof } = this.runesUntil(',}');
      if (eof) throw new StrvalsError("list must terminate with '}'");
      list.push(typedValue(text, this.forceString));
      if (last === '}') {
        // A comma right after the list ends this assignment; anything else is left for the next key.
        const next = this.read();
        if (next !== undefined && next !== ',') this.unread();
        return list;
      }
    }
  }

  /** `val` through the parser's reader: the text up to the next unescaped comma. */
  private scalar(): HelmValue {
    return typedValue(this.runesUntil(',').text, this.forceString);
  }
}

interface ListItem {
  list: HelmValue[];
  status: Status;
}

/** strvals `set`: an empty key is silently dropped. */
function set(data: Values, key: string, value: HelmValue): void {
  if (key.length > 0) setValue(data, key, value);
}

/**
 * strvals `setIndex`. Within bounds the list is written in place; growing makes a new list
 * padded with nulls, so whoever held the old one keeps seeing it unchanged, as with Go slices.
 */
export function setIndex(list: HelmValue[], index: number, value: HelmValue): HelmValue[] {
  if (index < 0) throw new StrvalsError(`negative ${index} index not allowed`);
  if (index > MAX_INDEX) {
    throw new StrvalsError(`index of ${index} is greater than maximum supported index of ${MAX_INDEX}`);
  }
  let target = list;
  if (target.length <= index) {
    target = [...list, ...new Array<HelmValue>(index + 1 - list.length).fill(null)];
  }
  target[index] = value;
  return target;
}
