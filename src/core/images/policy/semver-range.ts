/**
 * Masterminds/semver v3.5 constraints (`NewConstraint` and `Constraints.Check`), the range
 * language of Flux's `policy.semver.range`. It is not node-semver: `1.2` means `~1.2`, `>1.1`
 * excludes 1.1.5, `^0.0` allows 0.0.9, and a prerelease is considered only by an AND-group
 * in which some comparator carries a prerelease itself.
 */
import { GitopsError } from '../../errors.js';
import { type Comparator, type ComparatorOp, satisfies } from './semver-comparators.js';
import { parseLooseVersion, type SemverVersion } from './semver-version.js';

/** A parsed range: OR-groups of AND-ed comparators. */
export interface SemverRange {
  readonly text: string;
  readonly groups: readonly RangeGroup[];
}

interface RangeGroup {
  readonly comparators: readonly Comparator[];
  /** Masterminds v3.4+: some comparator of this group names a prerelease. */
  readonly allowsPrerelease: boolean;
}

// Go's `\s` is ASCII [\t\n\f\r ] (no \v, no Unicode spaces), unlike JavaScript's `\s`.
const S = '[\\t\\n\\f\\r ]';
// Masterminds' version pattern inside constraints. The `|` inside its brackets is a literal
// pipe in Go too, so `1|2` gets as far as the version parse, which then rejects it.
const CV =
  'v?([0-9|xX*]+)(\\.[0-9|xX*]+)?(\\.[0-9|xX*]+)?(-([0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*))?(\\+([0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*))?';
// The operator alternation keeps Masterminds' order, empty alternative included: leftmost-first
// matching (Go's, and JavaScript's) then picks the same operator.
const OPS = '=||!=|>|<|>=|=>|<=|=<|~|~>|\\^';
const CONSTRAINT = new RegExp(`^${S}*(${OPS})${S}*(${CV})${S}*$`);
const HYPHEN_RANGE = new RegExp(`${S}*(${CV})${S}+-${S}+(${CV})${S}*`, 'g');
const FIND_CONSTRAINT = new RegExp(`(${OPS})${S}*(${CV})`, 'g');
const VALID_GROUP = new RegExp(
  `^(${S}*(${OPS})${S}*(${CV})${S}*)((?:${S}+|,${S}*)(${OPS})${S}*(${CV})${S}*)*$`,
);

/** Parses `range` exactly as `semver.NewConstraint` would accept or reject it. */
export function parseSemverRange(text: string): SemverRange {
  const groups = rewriteHyphenRanges(text)
    .split('||')
    .map((segment): RangeGroup => {
      if (!VALID_GROUP.test(segment))
        throw invalidRange(text, `${JSON.stringify(segment)} is not a constraint`);
      const comparators = [...segment.matchAll(FIND_CONSTRAINT)].map((m) => parseComparator(m[0], text));
      return { comparators, allowsPrerelease: comparators.some((c) => c.version.prerelease !== '') };
    });
  return { text, groups };
}

/**
 * `Constraints.Check`: some OR-group whose comparators all pass. `includePrerelease` forces
 * prereleases in everywhere (Masterminds' `IncludePrerelease`, which Flux leaves off); it is
 * used here only to explain why a prerelease tag was refused.
 */
export function rangeAccepts(range: SemverRange, v: SemverVersion, includePrerelease = false): boolean {
  return range.groups.some((g) =>
    g.comparators.every((c) => satisfies(c, v, includePrerelease || g.allowsPrerelease)),
  );
}

/**
 * Masterminds' `rewriteRange`: each `A - B` becomes `>= A, <= B `. Like Go's
 * `strings.Replace(o, match, t, 1)`, it replaces the first occurrence of the matched text.
 */
function rewriteHyphenRanges(text: string): string {
  let out = text;
  for (const m of text.matchAll(HYPHEN_RANGE)) {
    const at = out.indexOf(m[0]);
    out = `${out.slice(0, at)}>= ${m[1]}, <= ${m[11]} ${out.slice(at + m[0].length)}`;
  }
  return out;
}

function parseComparator(source: string, range: string): Comparator {
  const m = CONSTRAINT.exec(source);
  if (!m) throw invalidRange(range, `${JSON.stringify(source)} is not a constraint`);
  const op = m[1] as ComparatorOp;
  const [major, minorPart, patchPart, prePart] = [m[3] ?? '', m[4] ?? '', m[5] ?? '', m[6] ?? ''];
  // A wildcard or missing part makes the comparator "dirty"; the version keeps the
  // prerelease but drops build metadata, as Masterminds' parseConstraint does.
  let versionText = m[2] ?? '';
  let minorDirty = false;
  let patchDirty = false;
  let dirty = false;
  if (isWildcard(major) || major === '') {
    versionText = `0.0.0${prePart}`;
    dirty = true;
  } else if (isWildcard(minorPart.slice(1)) || minorPart === '') {
    versionText = `${major}.0.0${prePart}`;
    dirty = minorDirty = true;
  } else if (isWildcard(patchPart.slice(1)) || patchPart === '') {
    versionText = `${major}${minorPart}.0${prePart}`;
    dirty = patchDirty = true;
  }
  const parsed = parseLooseVersion(versionText);
  if (!parsed.ok) throw invalidRange(range, `${JSON.stringify(source.trim())}: ${parsed.reason}`);
  return { op, original: m[2] ?? '', version: parsed.version, dirty, minorDirty, patchDirty };
}

function isWildcard(part: string): boolean {
  return part === 'x' || part === 'X' || part === '*';
}

function invalidRange(range: string, detail: string): GitopsError {
  return new GitopsError(`invalid semver range ${JSON.stringify(range)}: ${detail}`, {
    hint:
      'spec.policy.semver.range uses Masterminds/semver constraints, for example ">=1.0.0 <2.0.0", ' +
      '"^1.2", "~1.2.3", "1.x", "1.2 - 1.4.5" or ">=1.0.0-0" to include prereleases; "||" separates alternatives.',
  });
}
