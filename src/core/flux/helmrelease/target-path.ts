import type { Values } from './merge-maps.js';
import { parseInto, parseIntoString } from './strvals.js';

/**
 * fluxcd/pkg `chartutil.ReplacePathValue`: puts a `valuesFrom` value at its `targetPath` by
 * handing `path=value` to Helm's `--set` parser, so `true`, `null` and integers become typed and
 * commas, braces and brackets in the value are `--set` syntax.
 *
 * A value that starts and ends with the same quote character (`'…'` or `"…"`; a lone quote
 * counts) goes through `ParseIntoString` instead, after Go's `strings.Trim` strips every leading
 * and trailing `'` and `"`, not only the matching pair. The quotes make it a string, nothing more:
 * `"{a,b}"` still becomes a list of strings. Note that the data of a key written by `echo` ends
 * in a newline, so it is neither quoted nor typed (`"true\n"` stays a string).
 */
export function replacePathValue(values: Values, path: string, value: string): void {
  const singleQuoted = value.startsWith("'") && value.endsWith("'");
  const doubleQuoted = value.startsWith('"') && value.endsWith('"');
  if (singleQuoted || doubleQuoted) {
    parseIntoString(`${path}=${trimQuotes(value)}`, values);
    return;
  }
  parseInto(`${path}=${value}`, values);
}

/**
 * fluxcd/pkg `chartutil.ReplacePathLiteralValue`, used when a reference sets `literal: true`
 * (helm-controller 1.6): the value arrives verbatim as one string. Rather than Helm's own
 * `--set-literal` parser, Flux escapes the value's `--set` metacharacters (backslash first, then
 * `,`, `[`, `]`, `{`, `}`) and uses `ParseIntoString`, which keeps `\.` escapes working in the
 * path; we do the same.
 */
export function replacePathLiteralValue(values: Values, path: string, value: string): void {
  const escaped = value.replace(/[\\,[\]{}]/g, (character) => `\\${character}`);
  parseIntoString(`${path}=${escaped}`, values);
}

/** Go's `strings.Trim(value, "'\"")`. */
function trimQuotes(value: string): string {
  return value.replace(/^['"]+/, '').replace(/['"]+$/, '');
}
