/**
 * The `$imagepolicy` marker in a YAML comment, read as image-automation-controller reads it:
 * kyaml's `fieldmeta.Read` takes the scalar's line comment, else its head comment (the first
 * non-empty one decides, marker or not), strips every leading `#` (`strings.TrimLeft(c, "#")`),
 * and unmarshals the rest into a Go `map[string]string`. The value of `$imagepolicy` names a setter
 * the controller defined for a policy: `<ns>:<name>`, or with `:tag`, `:name` or `:digest`.
 */
import type { PolicyRef } from '../diagnostics.js';

/** Which part of the policy's latest image a marked value holds. */
export type SetterField = 'image' | 'tag' | 'name' | 'digest';

export interface Marker {
  /** The setter name exactly as written, which Flux records as `Change.Setter`. */
  setter: string;
  policy: PolicyRef;
  field: SetterField;
}

/** Why a comment that mentions `$imagepolicy` does nothing. */
export interface MarkerProblem {
  code: 'marker-not-json' | 'marker-missing-namespace' | 'marker-unknown-suffix';
  reason: string;
}

export type CommentReading =
  /** Not a marker and not an attempt at one: Flux ignores it, and so do we. */
  { kind: 'none' } | { kind: 'marker'; marker: Marker } | { kind: 'problem'; problem: MarkerProblem };

export const SHORT_HAND_KEY = '$imagepolicy';
const SUFFIXES: Readonly<Record<string, SetterField>> = { tag: 'tag', name: 'name', digest: 'digest' };

/**
 * Reads one comment, given as the source holds it (with its `#` characters, lines joined by `\n`).
 * A comment that is not a marker is a problem only when it mentions `$imagepolicy`: that is a
 * marker a person meant to write, and Flux ignoring it silently is what users ask us to report.
 */
export function readMarkerComment(comment: string): CommentReading {
  const body = comment.replace(/^#+/, '');
  const attempted = body.includes(SHORT_HAND_KEY);
  const values = parseStringMap(body);
  if (values === undefined) {
    if (!attempted) return { kind: 'none' };
    return problem('marker-not-json', notJsonReason(body));
  }
  const name = values.get(SHORT_HAND_KEY);
  // Go's map lookup gives "" for a missing key, and kyaml treats "" as "no shorthand".
  if (name === undefined || name === '') {
    return attempted
      ? problem('marker-not-json', `the comment has no non-empty "${SHORT_HAND_KEY}" key`)
      : { kind: 'none' };
  }
  return parseSetterName(name);
}

/** `flux-system:shop:tag` → policy flux-system/shop, field tag. */
export function parseSetterName(setter: string): CommentReading {
  const parts = setter.split(':');
  const [namespace = '', name = '', suffix] = parts;
  if (parts.length === 1 || namespace === '') {
    return problem(
      'marker-missing-namespace',
      `"${setter}" has no namespace; Flux only knows setters named <namespace>:<policy>, so it ignores this marker`,
    );
  }
  if (name === '')
    return problem('marker-missing-namespace', `"${setter}" names no policy after the namespace`);
  if (parts.length > 3 || (suffix !== undefined && SUFFIXES[suffix] === undefined)) {
    const written = parts.slice(2).join(':');
    return problem(
      'marker-unknown-suffix',
      `"${setter}" ends in ":${written}"; Flux only defines the setters ${namespace}:${name} and ${namespace}:${name}:tag, :name and :digest, so it ignores this marker`,
    );
  }
  const field = suffix === undefined ? 'image' : (SUFFIXES[suffix] as SetterField);
  return { kind: 'marker', marker: { setter, policy: { namespace, name }, field } };
}

/**
 * Go's `json.Unmarshal` into `map[string]string`: an object whose values are all strings (the
 * last of duplicate keys wins), or `null`, which leaves the map empty. Anything else fails.
 */
function parseStringMap(text: string): Map<string, string> | undefined {
  // Only an object or `null` can succeed, so any other first character fails without a throw:
  // most comments (`# Service 3`) are not JSON, and a caught exception costs more than the parse.
  // JSON whitespace is exactly these four characters.
  const first = text[text.search(/[^ \t\n\r]/)];
  if (first !== '{' && first !== 'n') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (value === null) return new Map();
  if (typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value as Record<string, unknown>);
  if (!entries.every(([, v]) => typeof v === 'string')) return undefined;
  return new Map(entries as [string, string][]);
}

function notJsonReason(body: string): string {
  if (body.includes('\n'))
    return 'the marker is part of a comment of several lines, which Flux cannot read as JSON; put it alone on the line of the value';
  const shown = body.trim();
  return `${JSON.stringify(shown)} is not a JSON object of strings such as {"${SHORT_HAND_KEY}": "<namespace>:<policy>"}, so Flux ignores it`;
}

function problem(code: MarkerProblem['code'], reason: string): CommentReading {
  return { kind: 'problem', problem: { code, reason } };
}
