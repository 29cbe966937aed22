import { isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { goParseDecimalFloat, goParseInt, goParseUint } from './go-number.js';

/**
 * YAML 1.1 scalar resolution exactly as Kubernetes performs it. The API machinery and kubectl read
 * YAML through sigs.k8s.io/yaml (go.mod: go.yaml.in/yaml/v2 v2.4.2, the continuation of
 * gopkg.in/yaml.v2), which unmarshals into `interface{}` and converts the result to JSON. The rules
 * below mirror go-yaml v2's `resolve.go` and the `interface{}` branch of `decode.go`'s `scalar`.
 */

/** What a scalar decodes to under go-yaml v2. Integers are kept exact as bigint. */
export type Yaml11Scalar =
  | { kind: 'null' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'string'; value: string };

export const TAG_PREFIX = 'tag:yaml.org,2002:';

/** go-yaml v2's resolveMap: note `y`, `n`, `on`, `off` and their case variants, but not `yES` or `oN`. */
const RESOLVE_MAP = new Map<string, Yaml11Scalar>();
function addWords(words: string[], value: Yaml11Scalar): void {
  for (const word of words) RESOLVE_MAP.set(word, value);
}
addWords(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'], {
  kind: 'bool',
  value: true,
});
addWords(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'], {
  kind: 'bool',
  value: false,
});
addWords(['', '~', 'null', 'Null', 'NULL'], { kind: 'null' });
addWords(['.nan', '.NaN', '.NAN'], { kind: 'float', value: Number.NaN });
addWords(['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'], {
  kind: 'float',
  value: Number.POSITIVE_INFINITY,
});
addWords(['-.inf', '-.Inf', '-.INF'], { kind: 'float', value: Number.NEGATIVE_INFINITY });

/** go-yaml v2's `yamlStyleFloat`: the D/S branch only calls ParseFloat when this matches. */
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** The first character decides which rules apply (go-yaml v2's `resolveTable`). */
function hintOf(text: string): 'M' | 'D' | 'S' | '.' | undefined {
  const first = text[0];
  if (first === undefined) return 'M';
  if (first === '+' || first === '-') return 'S';
  if (first >= '0' && first <= '9') return 'D';
  if (first === '.') return '.';
  return 'yYnNtTfFoO~'.includes(first) ? 'M' : undefined;
}

/**
 * Resolves an untagged plain scalar. Timestamps (`2001-12-14`) are not special-cased: go-yaml v2
 * recognises them, but when decoding into `interface{}` it hands back the original text "for
 * backward compatibility", and no timestamp text would parse as a number anyway. Base-60 numbers
 * (`1:20`) are strings: go-yaml "purposefully" does not support them.
 */
export function resolvePlainScalar(text: string): Yaml11Scalar {
  const hint = hintOf(text);
  if (hint === undefined) return { kind: 'string', value: text };
  const known = RESOLVE_MAP.get(text);
  if (known !== undefined) return known;
  if (hint === '.') {
    const value = goParseDecimalFloat(text);
    return value === undefined ? { kind: 'string', value: text } : { kind: 'float', value };
  }
  if (hint === 'D' || hint === 'S') {
    const plain = text.replaceAll('_', '');
    const int = goParseInt(plain) ?? goParseUint(plain);
    if (int !== undefined) return { kind: 'int', value: int };
    if (YAML_STYLE_FLOAT.test(plain)) {
      const value = goParseDecimalFloat(plain);
      if (value !== undefined) return { kind: 'float', value };
    }
    // go-yaml's own `0b`/`-0b` fallbacks only matter for inputs ParseInt already rejected with
    // base 0, except `-0b…`, which ParseInt accepts too; nothing is left for them to add.
  }
  return { kind: 'string', value: text };
}

/**
 * Resolves a scalar given its tag (undefined when none was written) and whether it was plain.
 * Quoted and block scalars without a tag are strings (go-yaml: `n.tag == "" && !n.implicit`).
 * Returns an error message, worded like go-yaml's, when an explicit tag does not fit the text.
 */
export function resolveScalar(text: string, tag: string | undefined, plain: boolean): Yaml11Scalar | string {
  if (tag === undefined || tag === '' || tag === '?') {
    return plain ? resolvePlainScalar(text) : { kind: 'string', value: text };
  }
  const short = tag.startsWith(TAG_PREFIX) ? `!!${tag.slice(TAG_PREFIX.length)}` : tag;
  switch (short) {
    case '!!str':
    case '!!binary':
    case '!!timestamp':
      // Into `interface{}`, a !!timestamp stays its text, and !!binary is handled by the caller.
      return { kind: 'string', value: text };
    case '!!bool':
    case '!!int':
    case '!!float':
    case '!!null': {
      const resolved = resolvePlainScalar(text);
      const want = short.slice(2);
      if (resolved.kind === want) return resolved;
      if (want === 'float' && resolved.kind === 'int')
        return { kind: 'float', value: Number(resolved.value) };
      const got = resolved.kind === 'string' ? 'str' : resolved.kind;
      return `cannot decode !!${got} \`${text}\` as a ${short}`;
    }
    default:
      // Any other tag (`!foo`, `!!merge` on a value) is not resolvable: go-yaml keeps the text.
      return { kind: 'string', value: text };
  }
}

/**
 * Would `value`, written as a plain scalar, read as something other than a string under YAML 1.1?
 * Flux's image automation (image-automation-controller `internal/update/setters.go` and
 * `filter.go`) gives every setter a string schema, so kyaml's `FormatNonStringStyle` double-quotes
 * a plain scalar exactly when `IsYaml1_1NonString` says so. That function (kustomize
 * `kyaml/yaml/compatibility.go`, `IsValueNonString`) is mirrored here: empty → false; contains a
 * newline → false; otherwise the whole value is unmarshalled by gopkg.in/yaml.v2 into
 * `interface{}`: an unmarshal error → false, any non-string result → true. "Any" includes a
 * mapping (`a: b`), a sequence (`- a`) and nothing at all (`# x`, whitespace), not only scalars.
 */
export function isYaml11NonString(value: string): boolean {
  if (value === '' || value.includes('\n')) return false;
  const doc = parseDocument(value, { schema: 'failsafe', prettyErrors: false });
  if (doc.errors.length > 0) return false;
  const root = doc.contents;
  if (root === null || root === undefined) return true;
  if (isMap(root) || isSeq(root)) return true;
  // An alias at the root names an anchor that cannot exist: go-yaml fails, so "not non-string".
  if (isAlias(root)) return false;
  if (!isScalar(root)) return false;
  const text = typeof root.value === 'string' ? root.value : String(root.source ?? '');
  const resolved = resolveScalar(text, root.tag, root.type === 'PLAIN');
  if (typeof resolved === 'string') return false;
  return resolved.kind !== 'string';
}
