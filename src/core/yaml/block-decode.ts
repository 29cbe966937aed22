import type { KubeValue } from './kubernetes-decode.js';
import { resolvePlainScalar, type Yaml11Scalar } from './yaml11.js';

/** A plain scalar that YAML 1.1 reads as a boolean or a number, where it sits, and its text. */
export interface PlainNonString {
  path: (string | number)[];
  offset: number;
  text: string;
  resolved: Exclude<Yaml11Scalar, { kind: 'string' | 'null' }>;
}

/** One document decoded on the fast path. */
export interface BlockDocument {
  /** The Kubernetes-decoded value; null for a document with no content. */
  value: KubeValue;
  /** Offset of the root node's first character (its first key, or its first `-`). */
  offset: number;
  /**
   * The document's span in the text: from its `---` line (0 for the first document) to the next
   * `---` line or the end. Parsing only this span with the full parser, at the same offsets, gives
   * the same nodes as parsing the file: what a finding needs without parsing every document.
   */
  range: [start: number, end: number];
  nonStrings: PlainNonString[];
}

/** Thrown (one shared instance) when the text leaves the subset this decoder is sure of. */
const UNSURE = new Error('outside the fast subset');

interface Line {
  start: number;
  /** Exclusive; the `\n` is not part of the line. */
  end: number;
  /** Column of the first non-space character; for a compact mapping after `- `, the key's column. */
  indent: number;
  /** Only spaces. */
  blank: boolean;
  /** The first non-space character is `#`. */
  comment: boolean;
}

/**
 * Anything that would need a rule this decoder does not implement: tabs (indentation errors and
 * separation), carriage returns, control characters, the byte-order mark, and Unicode line breaks.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it detects.
const UNUSUAL_CHARACTER = /[\t\r\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufeff\u2028\u2029]/;
/** First characters of a plain scalar or key that make it something else, or need a rule skipped here. */
const INDICATORS = new Set([
  '-',
  '?',
  ':',
  ',',
  '[',
  ']',
  '{',
  '}',
  '#',
  '&',
  '*',
  '!',
  '|',
  '>',
  "'",
  '"',
  '%',
  '@',
  '`',
]);

/**
 * Decodes the block-style YAML that Kubernetes manifests are written in straight from the text,
 * to the values `decodeKubernetes` gives (YAML 1.1 scalars, string keys), without building the
 * `yaml` package's document model: that model costs more than the rest of validation together.
 *
 * The subset is deliberately narrow: block mappings with plain keys, block sequences, one-line
 * plain and quoted scalars (no escapes), literal and folded block scalars without indicators,
 * and one-line flow collections of scalars. Anything else (anchors, aliases, tags, merge keys,
 * quoted or non-string keys, duplicate keys, multi-line flow or plain scalars, directives, syntax
 * errors, nesting beyond `maxDepth`) returns undefined, and the caller parses the file with the
 * full parser. Undefined is always safe; a value is returned only when the full parser would
 * produce the same one, which the differential tests check.
 */
export function decodeBlockYaml(text: string, maxDepth: number): BlockDocument[] | undefined {
  if (UNUSUAL_CHARACTER.test(text)) return undefined;
  try {
    return new BlockDecoder(text, maxDepth).documents();
  } catch (error) {
    if (error === UNSURE) return undefined;
    throw error;
  }
}

class BlockDecoder {
  private readonly text: string;
  private readonly maxDepth: number;
  private lines: Line[] = [];
  private at = 0;
  private nonStrings: PlainNonString[] = [];
  private readonly path: (string | number)[] = [];

  constructor(text: string, maxDepth: number) {
    this.text = text;
    this.maxDepth = maxDepth;
  }

  documents(): BlockDocument[] {
    const documents: BlockDocument[] = [];
    let current: Line[] = [];
    let explicit = false;
    let documentStart = 0;
    const finish = (end: number) => {
      // Before the first `---`, only content makes a document; after one, the marker does.
      if (explicit || current.some((line) => !line.blank && !line.comment))
        documents.push({ ...this.document(current), range: [documentStart, end] });
    };
    const { text } = this;
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const first = text.charCodeAt(start);
      if (first === 0x2d /* - */ && text.startsWith('---', start)) {
        if (end !== start + 3) throw UNSURE;
        finish(start);
        current = [];
        explicit = true;
        documentStart = start;
      } else if ((first === 0x2e /* . */ && text.startsWith('...', start)) || first === 0x25 /* % */) {
        throw UNSURE;
      } else {
        let indent = start;
        while (text.charCodeAt(indent) === 0x20) indent++;
        current.push({
          start,
          end,
          indent: indent - start,
          blank: indent === end,
          comment: text.charCodeAt(indent) === 0x23 /* # */,
        });
      }
      if (end === text.length) break;
      start = end + 1;
    }
    finish(text.length);
    return documents;
  }

  private document(lines: Line[]): Omit<BlockDocument, 'range'> {
    this.lines = lines;
    this.at = 0;
    this.nonStrings = [];
    const line = this.nextContent();
    if (line === undefined) return { value: null, offset: 0, nonStrings: [] };
    const offset = line.start + line.indent;
    const c = this.text.charCodeAt(offset);
    // A scalar or flow collection at the root is rare in a manifest and not an object anyway.
    if (c === 0x5b || c === 0x7b || c === 0x22 || c === 0x27) throw UNSURE;
    const value = this.block(line.indent, 1);
    if (this.nextContent() !== undefined) throw UNSURE;
    return { value, offset, nonStrings: this.nonStrings };
  }

  /** The next line with content (not blank, not a comment), left current; undefined at the end. */
  private nextContent(): Line | undefined {
    const { lines } = this;
    while (this.at < lines.length) {
      const line = lines[this.at] as Line;
      if (!line.blank && !line.comment) return line;
      this.at++;
    }
    return undefined;
  }

  /** A block mapping or sequence whose first line is current and starts at `indent`. */
  private block(indent: number, depth: number): KubeValue {
    if (depth > this.maxDepth) throw UNSURE;
    const line = this.lines[this.at] as Line;
    return this.isDash(line.start + line.indent, line.end)
      ? this.sequence(indent, depth)
      : this.mapping(indent, depth);
  }

  private isDash(at: number, end: number): boolean {
    return this.text.charCodeAt(at) === 0x2d && (at + 1 === end || this.text.charCodeAt(at + 1) === 0x20);
  }

  private mapping(indent: number, depth: number): Record<string, KubeValue> {
    const out = Object.create(null) as Record<string, KubeValue>;
    const { text } = this;
    for (let line = this.nextContent(); line !== undefined; line = this.nextContent()) {
      if (line.indent < indent) break;
      if (line.indent > indent) throw UNSURE;
      const keyStart = line.start + indent;
      const colon = this.keyColon(keyStart, line.end);
      const key = text.slice(keyStart, colon);
      if (key in out) throw UNSURE;
      this.at++;
      this.path.push(key);
      out[key] = this.entryValue(colon + 1, line.end, indent, depth + 1, true);
      this.path.pop();
    }
    return out;
  }

  /** The `:` ending a plain key that starts at `start`, or UNSURE when the line holds no such key. */
  private keyColon(start: number, end: number): number {
    const { text } = this;
    if (INDICATORS.has(text[start] as string)) throw UNSURE;
    const colon = this.keyColonIn(start, end);
    if (colon === -1 || colon === start) throw UNSURE;
    const key = text.slice(start, colon);
    // ` #` would start a comment; a trailing space, a very long key or a merge key need rules skipped here.
    if (key.includes(' #') || key.endsWith(' ') || key.length > 1000 || key === '<<') throw UNSURE;
    // go-yaml types keys too (`on:` is the key "true"); only keys that stay strings are handled.
    if (resolvePlainScalar(key).kind !== 'string') throw UNSURE;
    return colon;
  }

  /**
   * What follows a key's `:` or a sequence's `-` (from `from` to the line's end): nothing (the
   * value is on the next lines, or null), or a scalar or flow collection. `indent` is the entry's.
   */
  private entryValue(
    from: number,
    end: number,
    indent: number,
    depth: number,
    inMapping: boolean,
  ): KubeValue {
    if (depth > this.maxDepth) throw UNSURE;
    const { text } = this;
    let at = from;
    while (at < end && text.charCodeAt(at) === 0x20) at++;
    if (at === end || text.charCodeAt(at) === 0x23) {
      const next = this.nextContent();
      if (next === undefined || next.indent < indent) return null;
      if (next.indent > indent) return this.block(next.indent, depth);
      // A sequence may sit at its key's indentation (`containers:` then `- name: app`).
      return inMapping && this.isDash(next.start + next.indent, next.end)
        ? this.sequence(indent, depth)
        : null;
    }
    const value = this.inline(at, end, indent, depth);
    const next = this.nextContent();
    // More-indented text after a value continues a plain scalar, or is an error: not handled here.
    if (next !== undefined && next.indent > indent) throw UNSURE;
    return value;
  }

  private sequence(indent: number, depth: number): KubeValue[] {
    const out: KubeValue[] = [];
    const { text } = this;
    for (let line = this.nextContent(); line !== undefined; line = this.nextContent()) {
      if (line.indent < indent) break;
      if (line.indent > indent) throw UNSURE;
      const dash = line.start + indent;
      if (!this.isDash(dash, line.end)) break;
      this.path.push(out.length);
      let at = dash + 1;
      while (at < line.end && text.charCodeAt(at) === 0x20) at++;
      const c = text[at];
      if (at < line.end && c !== '#' && !INDICATORS.has(c as string) && this.hasKeyColon(at, line.end)) {
        // `- name: app`: a mapping whose first key sits on the dash's line, at its own column.
        if (depth + 1 > this.maxDepth) throw UNSURE;
        line.indent = at - line.start;
        out.push(this.mapping(line.indent, depth + 1));
      } else if (c === '-' && this.isDash(at, line.end)) {
        throw UNSURE;
      } else {
        this.at++;
        out.push(this.entryValue(dash + 1, line.end, indent, depth + 1, false));
      }
      this.path.pop();
    }
    return out;
  }

  private hasKeyColon(start: number, end: number): boolean {
    return this.keyColonIn(start, end) !== -1;
  }

  /** The first `:` followed by a space or the line's end, searched within the line only; or -1. */
  private keyColonIn(start: number, end: number): number {
    const { text } = this;
    for (let at = start; at < end; at++) {
      if (text.charCodeAt(at) === 0x3a && (at + 1 === end || text.charCodeAt(at + 1) === 0x20)) return at;
    }
    return -1;
  }

  /** A value starting at `at` on the current line (already consumed): scalar, block scalar, flow. */
  private inline(at: number, end: number, indent: number, depth: number): KubeValue {
    const { text } = this;
    const c = text[at] as string;
    if (c === '"' || c === "'") {
      const [value, after] = this.quoted(at, end);
      this.lineEnd(after, end);
      return value;
    }
    if (c === '|' || c === '>') return this.blockScalar(at, end, indent);
    if (c === '[' || c === '{') {
      const [value, after] =
        c === '[' ? this.flowSequence(at + 1, end, depth) : this.flowMapping(at + 1, end, depth);
      this.lineEnd(after, end);
      return value;
    }
    if (!this.plainStart(at, end)) throw UNSURE;
    // A comment starts at ` #`; searched within the line only.
    let stop = at;
    while (stop < end && !(text.charCodeAt(stop) === 0x23 && text.charCodeAt(stop - 1) === 0x20)) stop++;
    while (text.charCodeAt(stop - 1) === 0x20) stop--;
    const plain = text.slice(at, stop);
    // `a: b: c` is an error, and `key: value:` needs the parser's judgement.
    if (plain.includes(': ') || plain.endsWith(':')) throw UNSURE;
    return this.plainScalar(plain, at);
  }

  /** Only spaces, then nothing or a comment, may follow a quoted scalar or flow collection. */
  private lineEnd(at: number, end: number): void {
    const { text } = this;
    let i = at;
    while (i < end && text.charCodeAt(i) === 0x20) i++;
    if (i < end && (i === at || text.charCodeAt(i) !== 0x23)) throw UNSURE;
  }

  /** A one-line quoted scalar without escapes: the value and the offset after the closing quote. */
  private quoted(at: number, end: number): [string, number] {
    const { text } = this;
    const quote = text[at] as string;
    if (quote === '"') {
      const close = text.indexOf('"', at + 1);
      if (close === -1 || close >= end) throw UNSURE;
      const value = text.slice(at + 1, close);
      if (value.includes('\\')) throw UNSURE;
      return [value, close + 1];
    }
    let value = '';
    let from = at + 1;
    for (;;) {
      const close = text.indexOf("'", from);
      if (close === -1 || close >= end) throw UNSURE;
      value += text.slice(from, close);
      if (text.charCodeAt(close + 1) !== 0x27) return [value, close + 1];
      value += "'";
      from = close + 2;
    }
  }

  private plainScalar(plain: string, offset: number): KubeValue {
    const resolved = resolvePlainScalar(plain);
    switch (resolved.kind) {
      case 'string':
        return resolved.value;
      case 'null':
        return null;
      case 'int':
        this.nonStrings.push({ path: [...this.path], offset, text: plain, resolved });
        return Number(resolved.value);
      case 'float':
        // Infinities and NaN make decodeKubernetes fail: the full path reports that.
        if (!Number.isFinite(resolved.value)) throw UNSURE;
        this.nonStrings.push({ path: [...this.path], offset, text: plain, resolved });
        return resolved.value;
      default:
        this.nonStrings.push({ path: [...this.path], offset, text: plain, resolved });
        return resolved.value;
    }
  }

  /**
   * `|`, `|-`, `>` or `>-` and the lines after it. Explicit indentation, keep chomping, and
   * folded text with more-indented lines are left to the full parser.
   */
  private blockScalar(at: number, end: number, indent: number): string {
    const { text, lines } = this;
    const literal = text[at] === '|';
    let header = at + 1;
    const strip = text[header] === '-';
    if (strip) header++;
    // Anything but spaces and a comment (`|2`, `|+`, `>#`) is left to the parser.
    this.lineEnd(header, end);
    let first = this.at;
    while (first < lines.length && (lines[first] as Line).blank) first++;
    const firstLine = lines[first];
    if (firstLine === undefined || firstLine.indent <= indent) throw UNSURE;
    const contentIndent = firstLine.indent;
    const parts: string[] = [];
    let blanks = 0;
    let last = first;
    for (let i = this.at; i < lines.length; i++) {
      const line = lines[i] as Line;
      if (line.blank) {
        // A blank line with more spaces than the content holds them as text: not handled here.
        if (line.end - line.start > contentIndent) throw UNSURE;
        blanks++;
        continue;
      }
      if (line.indent < contentIndent) break;
      if (!literal && line.indent > contentIndent) throw UNSURE;
      const content = text.slice(line.start + contentIndent, line.end);
      if (parts.length === 0) parts.push(content);
      else if (literal) parts.push('\n'.repeat(blanks + 1), content);
      else parts.push(blanks === 0 ? ' ' : '\n'.repeat(blanks), content);
      blanks = 0;
      last = i;
    }
    this.at = last + 1;
    if (!strip) parts.push('\n');
    return parts.join('');
  }

  private flowSequence(from: number, end: number, depth: number): [KubeValue[], number] {
    if (depth + 1 > this.maxDepth) throw UNSURE;
    const out: KubeValue[] = [];
    let at = this.skipSpaces(from, end);
    if (this.text[at] === ']') return [out, at + 1];
    for (;;) {
      this.path.push(out.length);
      const [value, after] = this.flowScalar(at, end, ']');
      this.path.pop();
      out.push(value);
      at = this.skipSpaces(after, end);
      const c = this.text[at];
      if (c === ']') return [out, at + 1];
      if (c !== ',' || at >= end) throw UNSURE;
      at = this.skipSpaces(at + 1, end);
    }
  }

  private flowMapping(from: number, end: number, depth: number): [Record<string, KubeValue>, number] {
    if (depth + 1 > this.maxDepth) throw UNSURE;
    const out = Object.create(null) as Record<string, KubeValue>;
    const { text } = this;
    let at = this.skipSpaces(from, end);
    if (text[at] === '}') return [out, at + 1];
    for (;;) {
      const colon = this.keyColonIn(at, end);
      if (colon === -1 || colon + 1 === end) throw UNSURE;
      const key = text.slice(at, colon);
      if (INDICATORS.has(key[0] as string) || /[,[\]{}#:"']|\s$/.test(key) || key === '<<' || key in out) {
        throw UNSURE;
      }
      if (resolvePlainScalar(key).kind !== 'string') throw UNSURE;
      this.path.push(key);
      const [value, after] = this.flowScalar(this.skipSpaces(colon + 1, end), end, '}');
      this.path.pop();
      out[key] = value;
      at = this.skipSpaces(after, end);
      const c = text[at];
      if (c === '}') return [out, at + 1];
      if (c !== ',' || at >= end) throw UNSURE;
      at = this.skipSpaces(at + 1, end);
    }
  }

  /** A quoted or plain scalar inside a flow collection; nested collections are left to the parser. */
  private flowScalar(at: number, end: number, close: string): [KubeValue, number] {
    const { text } = this;
    const c = text[at];
    if (c === '"' || c === "'") return this.quoted(at, end);
    if (at >= end || !this.plainStart(at, end)) throw UNSURE;
    let stop = at;
    while (stop < end) {
      const d = text[stop];
      if (d === ',' || d === close) break;
      if (
        d === '[' ||
        d === ']' ||
        d === '{' ||
        d === '}' ||
        d === '#' ||
        d === ':' ||
        d === '"' ||
        d === "'"
      ) {
        throw UNSURE;
      }
      stop++;
    }
    let trimmed = stop;
    while (text.charCodeAt(trimmed - 1) === 0x20) trimmed--;
    return [this.plainScalar(text.slice(at, trimmed), at), stop];
  }

  /** A plain scalar may start here: not an indicator, except `-` before a character (`-1`, `--port`). */
  private plainStart(at: number, end: number): boolean {
    const { text } = this;
    const c = text[at] as string;
    if (!INDICATORS.has(c)) return true;
    if (c !== '-' || at + 1 >= end) return false;
    const next = text[at + 1] as string;
    return next !== ' ' && next !== ',' && next !== '[' && next !== ']' && next !== '{' && next !== '}';
  }

  private skipSpaces(at: number, end: number): number {
    let i = at;
    while (i < end && this.text.charCodeAt(i) === 0x20) i++;
    return i;
  }
}
