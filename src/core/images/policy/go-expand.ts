/**
 * Go's `Regexp.Expand` template language, which Flux applies to `filterTags.extract`:
 * - `$$` is a literal `$`;
 * - `$name` takes the longest run of letters, digits and `_` after the `$` (Go's
 *   `unicode.IsLetter`/`IsDigit`), so `$1x` names a group "1x", not group 1 then "x";
 * - `${name}` delimits the name explicitly;
 * - a name of decimal digits without a leading zero is a group number (`$01` is a name);
 * - an unknown name, an out-of-range number or a group that did not participate expands to "";
 *   a name given to several groups reads the first of them that participated;
 * - a `$` not followed by a well-formed name (`$-`, `${x`, a final `$`) stays a literal `$`.
 */
import type { GoRegexp } from './go-regexp.js';

export type TemplatePart = string | { readonly group: number | string };

const NAME = /^[\p{L}\p{Nd}_]+/u;

/** Splits a template into literal text and group references, once per policy. */
export function parseTemplate(template: string): readonly TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = '';
  let rest = template;
  for (let at = rest.indexOf('$'); at >= 0; at = rest.indexOf('$')) {
    literal += rest.slice(0, at);
    rest = rest.slice(at + 1);
    if (rest.startsWith('$')) {
      literal += '$';
      rest = rest.slice(1);
      continue;
    }
    const ref = readReference(rest);
    if (!ref) {
      literal += '$';
      continue;
    }
    if (literal) parts.push(literal);
    literal = '';
    parts.push({ group: ref.group });
    rest = rest.slice(ref.length);
  }
  literal += rest;
  if (literal) parts.push(literal);
  return parts;
}

function readReference(text: string): { group: number | string; length: number } | undefined {
  const braced = text.startsWith('{');
  const name = NAME.exec(braced ? text.slice(1) : text)?.[0];
  if (name === undefined) return undefined;
  if (braced && text[1 + name.length] !== '}') return undefined;
  // Go gives up on numbers past nine digits; longer digit runs are looked up as names.
  const numeric = /^(0|[1-9][0-9]{0,8})$/.test(name);
  return { group: numeric ? Number(name) : name, length: name.length + (braced ? 2 : 0) };
}

/** The group numbers a template can read, resolved against the pattern's names. */
export function referencedGroups(parts: readonly TemplatePart[], re: GoRegexp): number[] {
  return parts.flatMap((part) => {
    if (typeof part === 'string') return [];
    if (typeof part.group === 'string') return [...(re.names.get(part.group) ?? [])];
    return part.group <= re.groupCount ? [part.group] : [];
  });
}

/** `Regexp.ExpandString` for one match (`groups[0]` is the whole match). */
export function expandTemplate(
  parts: readonly TemplatePart[],
  re: GoRegexp,
  groups: readonly (string | undefined)[],
): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else if (typeof part.group === 'number') out += groups[part.group] ?? '';
    // A repeated name reads the first of its groups that took part in the match.
    else out += (re.names.get(part.group) ?? []).map((g) => groups[g]).find((t) => t !== undefined) ?? '';
  }
  return out;
}
