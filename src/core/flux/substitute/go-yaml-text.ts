import { Document, type Scalar, visit } from 'yaml';
import { GitopsError } from '../../errors.js';
import { parseYamlFile } from '../../yaml/documents.js';
import { decodeKubernetes, type KubeValue } from '../../yaml/kubernetes-decode.js';
import { resolvePlainScalar } from '../../yaml/yaml11.js';

/**
 * kustomize-controller substitutes an object's YAML *text* (kustomize's `Resource.AsYAML`, which is
 * sigs.k8s.io/yaml `JSONToYAML`, i.e. go-yaml v2 `Marshal`) and reads the result back with
 * `YAMLToJSON`. The quoting style of each string decides what a substituted value can do: inside
 * plain text `3` becomes an integer and `a: b` breaks the document; inside `'…'` a `'` ends the
 * string. So strings are written in the style go-yaml v2 picks (`stringv` plus libyaml's
 * `yaml_emitter_analyze_scalar` / `select_scalar_style`), and the text is read back with the YAML
 * 1.1 rules Kubernetes uses (`../../yaml/kubernetes-decode.ts`).
 *
 * Not mirrored: go-yaml folds lines longer than 80 columns (we never fold; a fold inside an
 * expression reads back the same in nearly every case), and go-yaml orders keys in the text with
 * its digit-aware sort (we use byte order, which only matters when substitution makes two keys equal).
 */

type Style = Scalar.Type;

const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const FIRST_INDICATORS = new Set('#,[]{}&*!|>\'"%@`');
const BREAKS = new Set(['\r', '\n', '\u0085', '\u2028', '\u2029']);
const isBlankOrEnd = (ch: string | undefined): boolean =>
  ch === undefined || ch === ' ' || ch === '\t' || BREAKS.has(ch);

/** libyaml's IS_PRINTABLE: no tab, no C0/C1 controls, no BOM, and nothing beyond the BMP. */
function isPrintable(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  if (c === 0x0a || (c >= 0x20 && c <= 0x7e)) return true;
  if (c >= 0xa0 && c <= 0xd7ff) return true;
  return c >= 0xe000 && c <= 0xfffd && c !== 0xfeff;
}

/** The style go-yaml v2 writes a string in, in block context; `key` is a simple mapping key. */
export function goYamlStringStyle(value: string, key: boolean): Style {
  const resolved = resolvePlainScalar(value);
  if (resolved.kind !== 'string' || BASE60_FLOAT.test(value)) return 'QUOTE_DOUBLE';
  const chars = Array.from(value);
  let blockIndicators = false;
  let special = false;
  let lineBreaks = false;
  let leading = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  // Objects are written in block context, where only block indicators rule out a plain scalar.
  if (value.startsWith('---') || value.startsWith('...')) blockIndicators = true;
  chars.forEach((ch, i) => {
    const first = i === 0;
    const last = i === chars.length - 1;
    const followedByBlank = isBlankOrEnd(chars[i + 1]);
    const precededByBlank = first || isBlankOrEnd(chars[i - 1]);
    if (first && FIRST_INDICATORS.has(ch)) blockIndicators = true;
    if ((ch === ':' || (first && ch === '?')) && followedByBlank) blockIndicators = true;
    if (first && ch === '-' && followedByBlank) blockIndicators = true;
    if (!first && ch === '#' && precededByBlank) blockIndicators = true;
    if (!isPrintable(ch)) special = true;
    if (ch === ' ') {
      if (first) leading = true;
      if (last) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (BREAKS.has(ch)) {
      lineBreaks = true;
      if (first) leading = true;
      if (last) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousBreak = true;
      previousSpace = false;
    } else {
      previousSpace = previousBreak = false;
    }
  });
  const plainAllowed =
    !leading && !trailingSpace && !trailingBreak && !breakSpace && !spaceBreak && !special && !lineBreaks;
  const singleAllowed = !breakSpace && !spaceBreak && !special;
  const blockAllowed = !trailingSpace && !spaceBreak && !special;
  if (value.includes('\n')) return blockAllowed && !key ? 'BLOCK_LITERAL' : 'QUOTE_DOUBLE';
  if (plainAllowed && !blockIndicators) return 'PLAIN';
  return singleAllowed && !(key && lineBreaks) ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE';
}

/** Go's json.Marshal key order: byte order of the UTF-8 encoding, i.e. code point order. */
export function goKeyCompare(a: string, b: string): number {
  const x = Array.from(a, (ch) => ch.codePointAt(0) ?? 0);
  const y = Array.from(b, (ch) => ch.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  }
  return x.length - y.length;
}

/** An object as `Resource.AsYAML` writes it: keys sorted, sequences not indented, no folding. */
export function toGoYamlText(value: KubeValue): string {
  const document = new Document(value, {
    sortMapEntries: (a, b) => goKeyCompare(String(a.key), String(b.key)),
  });
  visit(document, {
    Scalar(key, node) {
      if (typeof node.value === 'string') node.type = goYamlStringStyle(node.value, key === 'key');
    },
  });
  return document.toString({ lineWidth: 0, indentSeq: false });
}

/** Reads substituted text back the way `YAMLToJSON` does, keys in Go's JSON order. */
export function fromGoYamlText(text: string): KubeValue {
  const file = parseYamlFile('<substituted>', text);
  // go-yaml v2's non-strict Unmarshal accepts duplicate keys (the last wins), so only syntax counts.
  const error = file.diagnostics.find((d) => d.severity === 'error' && d.code !== 'DUPLICATE_KEY');
  if (error !== undefined) throw new GitopsError(`line ${error.location.line}: ${error.message}`);
  const first = file.documents[0];
  if (first === undefined) return null;
  return sortKeys(
    decodeKubernetes(first.document, (node) => ({ file: '<substituted>', ...position(file, node) })),
  );
}

function position(file: ReturnType<typeof parseYamlFile>, node: { range?: [number, number, number] | null }) {
  const { line, col } = file.lineCounter.linePos(node.range?.[0] ?? 0);
  return { line, column: col };
}

function sortKeys(value: KubeValue): KubeValue {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, KubeValue> = {};
  for (const key of Object.keys(value).sort(goKeyCompare)) {
    Object.defineProperty(out, key, {
      value: sortKeys(value[key] ?? null),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
