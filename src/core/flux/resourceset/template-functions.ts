/**
 * The functions the Flux Operator adds to slim-sprig for ResourceSet templates (internal/builder
 * resourceset.go `newTemplate`): `inputs` (the current input set), `toYaml`, `mustToYaml` and
 * `slugify`. Everything else is the engine's hermetic Sprig.
 */
import { stringify } from 'yaml';
import { FuncError, type FuncSpec, spec } from '../../template/index.js';
import type { InputSet } from './resourceset-spec.js';

/** gosimple/slug as the operator configures it: at most 63 characters (a label value), cut at a dash. */
const SLUG_MAX_LENGTH = 63;

/** gosimple/slug's substitutions for English, merged with its defaults. */
const SLUG_SUBSTITUTIONS: Record<string, string> = {
  '"': '',
  "'": '',
  '’': '',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '&': 'and',
  '@': 'at',
};

/**
 * slug.Make: substitutions, transliteration, lower case, anything outside [a-zA-Z0-9-_] becomes `-`,
 * dashes collapse, `-` and `_` are trimmed from both ends, then smart truncation. Transliteration
 * here folds accents (`é` → `e`); letters unidecode would spell out in ASCII (`ß`, CJK) become
 * separators instead.
 */
export function slugify(text: string): string {
  let slug = [...text.trim()].map((c) => SLUG_SUBSTITUTIONS[c] ?? c).join('');
  slug = slug.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  slug = slug
    .replace(/[^a-zA-Z0-9\-_]/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  if (slug.length <= SLUG_MAX_LENGTH) return slug;
  for (let i = SLUG_MAX_LENGTH; i >= 0; i--) if (slug[i] === '-') return slug.slice(0, i);
  return slug.slice(0, SLUG_MAX_LENGTH);
}

/**
 * sigs.k8s.io/yaml's Marshal: keys sorted, lists not indented under their key, YAML 1.1 quoting
 * (`"on"`), a trailing newline; no folding, which the re-parse would undo anyway.
 */
export function toYaml(value: unknown): string {
  return stringify(value ?? null, { version: '1.1', lineWidth: 0, sortMapEntries: true, indentSeq: false });
}

export function resourceSetFunctions(input: InputSet | undefined): ReadonlyMap<string, FuncSpec> {
  // `inputs` returns the Go nil map when the ResourceSet has no inputs: reading a key then fails
  // under missingkey=error, as it does in the operator.
  const inputs = input ?? {};
  return new Map([
    ['inputs', spec([], () => inputs)],
    ['toYaml', spec(['any'], (v: unknown) => safeToYaml(v) ?? '')],
    [
      'mustToYaml',
      spec(['any'], (v: unknown) => {
        const text = safeToYaml(v);
        if (text === undefined) throw new FuncError('value cannot be encoded as YAML');
        return text;
      }),
    ],
    ['slugify', spec(['string'], slugify)],
  ]);
}

function safeToYaml(value: unknown): string | undefined {
  try {
    return toYaml(value);
  } catch {
    return undefined;
  }
}
