/**
 * What a policy decided about each tag, for the image-bump action and the
 * `gitops-actions image-policy` debug command.
 */

/** Why a tag won or lost, in the order the controller's pipeline would drop it. */
export type TagOutcome =
  | { readonly kind: 'selected' }
  /** Matched an ImageRepository exclusionList pattern, so it was never stored. */
  | { readonly kind: 'excluded'; readonly pattern: string }
  /** filterTags.pattern found no match in it. */
  | { readonly kind: 'filtered-out'; readonly pattern: string }
  /** Its extracted value equals another tag's, and Flux's value→tag map kept that tag. */
  | { readonly kind: 'same-extract'; readonly keptTag: string }
  /** semver: the (extracted) value is not a version tag. */
  | { readonly kind: 'not-semver'; readonly reason: string }
  /** numerical: Go's strconv.ParseFloat refuses the (extracted) value. */
  | { readonly kind: 'not-a-number' }
  /** semver: in range only if prereleases counted; no comparator of a matching group names one. */
  | { readonly kind: 'prerelease-not-allowed'; readonly range: string }
  /** semver: outside the range. */
  | { readonly kind: 'outside-range'; readonly range: string }
  /** Ordered below the winner. */
  | { readonly kind: 'ranked-lower'; readonly winner: string }
  /** Ordered equal to the winner, which the tie rule preferred. */
  | { readonly kind: 'tie-lost'; readonly winner: string; readonly rule: string };

export interface TagVerdict {
  readonly tag: string;
  /** What the policy compared: the `filterTags.extract` result, or the tag itself. */
  readonly value?: string;
  readonly outcome: TagOutcome;
}

export interface Selection {
  /** The winning tag as the registry spells it (never the extracted value); undefined when none qualifies. */
  readonly tag: string | undefined;
  /** The winner's compared value. */
  readonly value: string | undefined;
  /** One verdict per distinct input tag, in the controller's order: descending byte order. */
  readonly verdicts: readonly TagVerdict[];
}

/** One line a person can read, for the debug command and logs. */
export function describeVerdict(v: TagVerdict): string {
  const value = v.value !== undefined && v.value !== v.tag ? ` (value ${JSON.stringify(v.value)})` : '';
  const o = v.outcome;
  const why = (() => {
    switch (o.kind) {
      case 'selected':
        return 'selected';
      case 'excluded':
        return `excluded by exclusionList pattern ${JSON.stringify(o.pattern)}`;
      case 'filtered-out':
        return `does not match filterTags.pattern ${JSON.stringify(o.pattern)}`;
      case 'same-extract':
        return `extracts the same value as ${JSON.stringify(o.keptTag)}, which Flux keeps instead`;
      case 'not-semver':
        return `not a semver tag: ${o.reason}`;
      case 'not-a-number':
        return "not a number for Go's strconv.ParseFloat";
      case 'prerelease-not-allowed':
        return `prerelease, and no comparator in the matching part of ${JSON.stringify(o.range)} names a prerelease`;
      case 'outside-range':
        return `outside the range ${JSON.stringify(o.range)}`;
      case 'ranked-lower':
        return `lower than ${JSON.stringify(o.winner)}`;
      case 'tie-lost':
        return `ranks equal to ${JSON.stringify(o.winner)}, which wins the tie (${o.rule})`;
    }
  })();
  return `${v.tag}${value}: ${why}`;
}

/**
 * Go's string order: bytes of UTF-8, which is code point order. JavaScript's `<` compares
 * UTF-16 units and would put U+FFFD above U+1F600; this does not.
 */
export function compareGoStrings(a: string, b: string): -1 | 0 | 1 {
  if (a === b) return 0;
  const ai = a[Symbol.iterator]();
  const bi = b[Symbol.iterator]();
  for (;;) {
    const x = ai.next();
    const y = bi.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const cx = x.value.codePointAt(0) as number;
    const cy = y.value.codePointAt(0) as number;
    if (cx !== cy) return cx < cy ? -1 : 1;
  }
}
