import type { SourceLocation } from '../errors.js';

/** An ImagePolicy as a marker names it: `<namespace>:<name>`. */
export interface PolicyRef {
  namespace: string;
  name: string;
}

/** What went wrong (or was decided) about a marker, a file or a policy. */
export type ImageDiagnosticCode =
  /** The file has the `"$imagepolicy"` token but does not parse; Flux skips it silently. */
  | 'file-unparsable'
  /** A symlink, a binary or non-UTF-8 file, or one too large to read. */
  | 'file-skipped'
  /** The comment mentions `$imagepolicy` but is not a JSON object of strings. */
  | 'marker-not-json'
  | 'marker-missing-namespace'
  | 'marker-unknown-suffix'
  /** A marker in a head comment that a non-empty line comment on the same scalar hides. */
  | 'marker-shadowed'
  /** A marker on a key, an alias, a collection or a document root: Flux only visits scalar values. */
  | 'marker-not-on-value'
  | 'policy-not-found'
  | 'policy-ambiguous'
  | 'policy-invalid'
  | 'policy-without-repository'
  /** The candidate tag is refused by the policy, or does not rank above the current tag. */
  | 'tag-rejected'
  /** The policy reflects digests but no digest is known for the new tag. */
  | 'digest-missing'
  | 'no-tags'
  | 'no-tag-selected'
  /** Registry mode writes what Flux would, even when that is lower than the current tag. */
  | 'downgrade'
  /** The marked scalar cannot be rewritten in place (a block scalar). */
  | 'not-editable'
  | 'automation-invalid';

/**
 * A finding of the image automation core. Flux ignores most of these silently; we report each
 * where a person can click it. `error` means an update that should happen cannot; `warning` a
 * marker or object that does nothing; `notice` a decision (a policy refusing a tag).
 */
export interface ImageDiagnostic {
  severity: 'error' | 'warning' | 'notice';
  code: ImageDiagnosticCode;
  location: SourceLocation;
  reason: string;
  policy?: PolicyRef;
}

export function formatPolicyRef(ref: PolicyRef): string {
  return `${ref.namespace}/${ref.name}`;
}
