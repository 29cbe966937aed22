/**
 * encoding/json's Marshal, as Sprig's toJson uses it: struct fields in declaration order under
 * their json tags (embedded structs flattened, `omitempty` honoured), map keys sorted, and
 * `<`, `>`, `&` escaped unless raw output is asked for.
 */
import { GoMap, GoStruct, isPlainMap, sortedEntries } from './values.js';

export interface JsonOptions {
  /** Marshal escapes HTML characters; Sprig's toRawJson turns that off. */
  readonly escapeHtml?: boolean;
  /** MarshalIndent's indent, for toPrettyJson. */
  readonly indent?: string;
}

/** Returns undefined where Marshal fails (a map with struct keys); Sprig then prints "". */
export function toJson(value: unknown, options: JsonOptions): string | undefined {
  try {
    return encode(value, options, '');
  } catch (error) {
    if (error instanceof UnsupportedJson) return undefined;
    throw error;
  }
}

class UnsupportedJson extends Error {}

function encode(value: unknown, options: JsonOptions, prefix: string): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return quote(value, options.escapeHtml ?? false);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new UnsupportedJson();
    return JSON.stringify(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return container(
      '[',
      ']',
      value.map((v) => [undefined, v]),
      options,
      prefix,
    );
  if (value instanceof GoMap && value.keyType !== 'string') throw new UnsupportedJson();
  if (value instanceof GoMap || isPlainMap(value)) {
    return container('{', '}', sortedEntries(value) as [string, unknown][], options, prefix);
  }
  if (value instanceof GoStruct) return container('{', '}', structFields(value), options, prefix);
  throw new UnsupportedJson();
}

function structFields(struct: GoStruct): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const field of struct.fields) {
    if (field.embedded && field.value instanceof GoStruct && !field.json?.name) {
      out.push(...structFields(field.value));
      continue;
    }
    if (field.json?.omitEmpty && (field.value === '' || field.value === 0 || field.value === false)) continue;
    out.push([field.json?.name || field.name, field.value]);
  }
  return out;
}

function container(
  open: string,
  close: string,
  items: [string | undefined, unknown][],
  options: JsonOptions,
  prefix: string,
): string {
  if (items.length === 0) return open + close;
  const inner = prefix + (options.indent ?? '');
  const parts = items.map(([key, v]) => {
    const head =
      key === undefined ? '' : `${quote(key, options.escapeHtml ?? false)}:${options.indent ? ' ' : ''}`;
    return head + encode(v, options, inner);
  });
  if (!options.indent) return open + parts.join(',') + close;
  return `${open}\n${parts.map((p) => inner + p).join(',\n')}\n${prefix}${close}`;
}

/** Go's JSON string escaping, which differs from JSON.stringify in HTML characters and U+2028/9. */
function quote(s: string, escapeHtml: boolean): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x2028 || code === 0x2029 || (escapeHtml && '<>&'.includes(ch))) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}
