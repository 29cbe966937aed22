/**
 * A policy made ready to run: patterns translated, the range parsed, and the per-tag steps
 * of the image-reflector-controller pipeline (exclusion, filter and extract, parse, range).
 * Everything invalid fails here, before any tag is looked at, naming the field and the value.
 */
import { GitopsError } from '../../errors.js';
import { expandTemplate, parseTemplate, referencedGroups, type TemplatePart } from './go-expand.js';
import { goParseFloat } from './go-parse-float.js';
import { compileGoRegexp, findSubmatch, type GoRegexp, matches } from './go-regexp.js';
import { type ImagePolicySpec, type ResolvedPolicySpec, resolvePolicySpec } from './policy-spec.js';
import { compareGoStrings, type TagOutcome } from './selection.js';
import { parseSemverRange, rangeAccepts, type SemverRange } from './semver-range.js';
import { compareVersions, parseTagVersion, type SemverVersion } from './semver-version.js';

export interface CompiledPolicy {
  readonly spec: ResolvedPolicySpec;
  readonly exclusions: readonly GoRegexp[];
  readonly filter: { readonly re: GoRegexp; readonly template: readonly TemplatePart[] } | undefined;
  readonly range: SemverRange | undefined;
}

/** What a policy orders a value by. */
export type RankKey =
  | { readonly kind: 'semver'; readonly version: SemverVersion }
  | { readonly kind: 'alphabetical'; readonly value: string }
  | { readonly kind: 'numerical'; readonly number: number };

export function compilePolicy(input: ImagePolicySpec): CompiledPolicy {
  const spec = resolvePolicySpec(input);
  const exclusions = spec.exclusionList.map((p, i) => compileGoRegexp(p, `exclusionList[${i}]`));
  let filter: CompiledPolicy['filter'];
  if (spec.pattern !== undefined) {
    const re = compileGoRegexp(spec.pattern, 'spec.filterTags.pattern');
    const template = parseTemplate(spec.extract);
    const unsafe = referencedGroups(template, re).find((g) => re.unreliableGroups.has(g));
    if (unsafe !== undefined)
      throw new GitopsError(
        `spec.filterTags.extract ${JSON.stringify(spec.extract)} reads group ${unsafe} of ` +
          `${JSON.stringify(spec.pattern)}, whose text Go and JavaScript can capture differently`,
        {
          hint:
            'The group sits inside a repetition (or a repetition that can match nothing precedes it). ' +
            'Capture the whole repeated part instead, for example ((?:\\.[0-9]+)+) rather than (\\.[0-9]+)+.',
        },
      );
    filter = { re, template };
  }
  const range = spec.rule.kind === 'semver' ? parseSemverRange(spec.rule.range) : undefined;
  return { spec, exclusions, filter, range };
}

/** The exclusionList pattern that drops this tag at scan time, if any (Go `MatchString`, unanchored). */
export function excludedBy(policy: CompiledPolicy, tag: string): string | undefined {
  return policy.exclusions.find((re) => matches(re, tag))?.pattern;
}

/**
 * The value the policy compares (image-reflector-controller `RegexFilter.Apply`): undefined
 * when the pattern finds no match; the tag itself without an extract template; otherwise
 * the template expanded with the first match.
 */
export function extractValue(policy: CompiledPolicy, tag: string): string | undefined {
  if (!policy.filter) return tag;
  const groups = findSubmatch(policy.filter.re, tag);
  if (!groups) return undefined;
  return policy.spec.extract === '' ? tag : expandTemplate(policy.filter.template, policy.filter.re, groups);
}

/** Parses a compared value for the policy's order, or says why it cannot be ordered. */
export function rankKeyOf(
  policy: CompiledPolicy,
  value: string,
): { ok: true; key: RankKey } | { ok: false; outcome: TagOutcome } {
  const rule = policy.spec.rule;
  if (rule.kind === 'alphabetical') return { ok: true, key: { kind: 'alphabetical', value } };
  if (rule.kind === 'numerical') {
    const parsed = goParseFloat(value);
    return parsed.ok
      ? { ok: true, key: { kind: 'numerical', number: parsed.value } }
      : { ok: false, outcome: { kind: 'not-a-number' } };
  }
  const parsed = parseTagVersion(value);
  if (!parsed.ok) return { ok: false, outcome: { kind: 'not-semver', reason: parsed.reason } };
  return { ok: true, key: { kind: 'semver', version: parsed.version } };
}

/** semver only: why a parsed version is refused by the range, or undefined when it is in range. */
export function rangeOutcome(policy: CompiledPolicy, key: RankKey): TagOutcome | undefined {
  if (key.kind !== 'semver' || !policy.range) return undefined;
  if (rangeAccepts(policy.range, key.version)) return undefined;
  if (key.version.prerelease !== '' && rangeAccepts(policy.range, key.version, true))
    return { kind: 'prerelease-not-allowed', range: policy.range.text };
  return { kind: 'outside-range', range: policy.range.text };
}

/**
 * Positive when `a` is preferred to `b`: the higher version; for alphabetical and numerical
 * the greater value with `asc`, the smaller with `desc`. Zero is a tie. NaN compares as
 * neither above nor below anything, as Go's float comparisons do.
 */
export function compareRank(policy: CompiledPolicy, a: RankKey, b: RankKey): number {
  const rule = policy.spec.rule;
  const sign = rule.kind !== 'semver' && rule.order === 'desc' ? -1 : 1;
  if (a.kind === 'semver' && b.kind === 'semver') return compareVersions(a.version, b.version);
  if (a.kind === 'alphabetical' && b.kind === 'alphabetical')
    return sign * compareGoStrings(a.value, b.value);
  if (a.kind === 'numerical' && b.kind === 'numerical')
    return a.number > b.number ? sign : a.number < b.number ? -sign : 0;
  throw new TypeError('rank keys of different policies');
}
