/**
 * Flux ImagePolicy tag selection, as image-reflector-controller v1 runs it:
 * 1. the ImageRepository scan drops tags matching the exclusionList and stores the rest in
 *    descending byte order;
 * 2. filterTags keeps tags where the pattern matches and maps each extracted value back to
 *    a tag (a later tag overwrites an earlier one with the same value: Go map assignment);
 * 3. the policy picks the latest value, and the result is the tag it came from.
 *
 * Tie-breaks, made deterministic where Flux is not: Flux iterates filtered values in Go map
 * order (random). Here every value is visited at the position of the tag it maps back to,
 * in the stored descending order, which is also Flux's order when there is no filter. Then
 * semver keeps the first of equal versions (`1.0.0` vs `v1.0.0` vs `1.0.0+b`: Flux uses a
 * strict GreaterThan), numerical takes the last of equal numbers (Flux skips only strictly
 * worse values), and alphabetical cannot tie because values are distinct.
 */
import { GitopsError } from '../../errors.js';
import {
  type CompiledPolicy,
  compareRank,
  compilePolicy,
  excludedBy,
  extractValue,
  type RankKey,
  rangeOutcome,
  rankKeyOf,
} from './compiled-policy.js';
import type { ImagePolicySpec } from './policy-spec.js';
import { compareGoStrings, type Selection, type TagVerdict } from './selection.js';

interface Contender {
  readonly tag: string;
  readonly value: string;
  readonly key: RankKey;
}

const TIE_RULES = {
  semver: 'equal versions: the first in descending tag order wins, as Flux keeps the first seen',
  numerical: 'equal numbers: the last in descending tag order wins, as Flux replaces on equality',
  alphabetical: 'values are distinct',
} as const;

/** Picks the tag a Flux ImagePolicy would pick from `tags`, with the reason for every other tag. */
export function selectTag(spec: ImagePolicySpec, tags: readonly string[]): Selection {
  const policy = compilePolicy(spec);
  const ordered = [...new Set(tags)].sort((a, b) => compareGoStrings(b, a));
  const verdicts = new Map<string, TagVerdict>();
  const valueByTag = new Map<string, string>();
  const tagOf = new Map<string, string>();
  for (const tag of ordered) {
    const pattern = excludedBy(policy, tag);
    if (pattern !== undefined) {
      verdicts.set(tag, { tag, outcome: { kind: 'excluded', pattern } });
      continue;
    }
    const value = extractValue(policy, tag);
    if (value === undefined)
      verdicts.set(tag, { tag, outcome: { kind: 'filtered-out', pattern: policy.spec.pattern ?? '' } });
    else {
      valueByTag.set(tag, value);
      tagOf.set(value, tag);
    }
  }
  const contenders: Contender[] = [];
  for (const [tag, value] of valueByTag) {
    const keptTag = tagOf.get(value) as string;
    if (keptTag !== tag) {
      verdicts.set(tag, { tag, value, outcome: { kind: 'same-extract', keptTag } });
      continue;
    }
    const parsed = rankKeyOf(policy, value);
    if (!parsed.ok) {
      // One unparsable value fails Flux's whole numerical policy.
      if (parsed.outcome.kind === 'not-a-number') throw notANumber(tag, value);
      verdicts.set(tag, { tag, value, outcome: parsed.outcome });
      continue;
    }
    const refused = rangeOutcome(policy, parsed.key);
    if (refused) verdicts.set(tag, { tag, value, outcome: refused });
    else contenders.push({ tag, value, key: parsed.key });
  }
  const winner = pickWinner(policy, contenders);
  for (const c of contenders) verdicts.set(c.tag, loserVerdict(policy, c, winner));
  return {
    tag: winner?.tag,
    value: winner?.value,
    verdicts: ordered.map((tag) => verdicts.get(tag) as TagVerdict),
  };
}

function pickWinner(policy: CompiledPolicy, contenders: readonly Contender[]): Contender | undefined {
  // numerical replaces on ties (and NaN, which compares as neither lower nor higher).
  const replaceOnTie = policy.spec.rule.kind === 'numerical';
  let winner: Contender | undefined;
  for (const c of contenders) {
    const d = winner ? compareRank(policy, c.key, winner.key) : 1;
    if (d > 0 || (replaceOnTie && d === 0)) winner = c;
  }
  return winner;
}

function loserVerdict(policy: CompiledPolicy, c: Contender, winner: Contender | undefined): TagVerdict {
  const { tag, value } = c;
  if (!winner || winner === c) return { tag, value, outcome: { kind: 'selected' } };
  const tie =
    c.key.kind === 'numerical' && winner.key.kind === 'numerical'
      ? c.key.number === winner.key.number
      : compareRank(policy, c.key, winner.key) === 0;
  return tie
    ? {
        tag,
        value,
        outcome: { kind: 'tie-lost', winner: winner.tag, rule: TIE_RULES[policy.spec.rule.kind] },
      }
    : { tag, value, outcome: { kind: 'ranked-lower', winner: winner.tag } };
}

function notANumber(tag: string, value: string): GitopsError {
  const shown =
    value === tag
      ? `tag ${JSON.stringify(tag)}`
      : `tag ${JSON.stringify(tag)} (extracted ${JSON.stringify(value)})`;
  return new GitopsError(
    `numerical policy: ${shown} is not a number as Go's strconv.ParseFloat reads it, and Flux then fails the whole policy`,
    {
      hint: 'Narrow spec.filterTags.pattern (and extract) so that only numeric values reach the numerical policy.',
    },
  );
}

/** The answer of `acceptsAndRanks`, with the verdict behind it. */
export interface RankDecision {
  /** The candidate passes the policy and ranks strictly above the current tag. */
  readonly accepted: boolean;
  /**
   * - `higher`: accepted, it ranks above the current tag;
   * - `current-unranked`: accepted, the current tag cannot be ordered by this policy (for example
   *   `latest` under semver), so the candidate replaces it as Flux would;
   * - `not-accepted`: the policy drops the candidate (see `outcome`);
   * - `not-higher`: the candidate ranks equal to or below the current tag.
   */
  readonly reason: 'higher' | 'current-unranked' | 'not-accepted' | 'not-higher';
  /** Why the candidate was dropped, for `not-accepted`. */
  readonly outcome?: TagVerdict;
}

/**
 * For "given" mode: would the policy take `candidateTag`, and is it strictly better than
 * `currentTag`? Production pinned to `>=1.0.0 <2.0.0` never receives 2.0.0, and an older
 * build never replaces a newer one. The current tag is ranked by the policy's order only
 * (filter, extract, parse); it need not be inside the range or outside the exclusion list.
 */
export function acceptsAndRanks(
  spec: ImagePolicySpec,
  currentTag: string,
  candidateTag: string,
): RankDecision {
  const policy = compilePolicy(spec);
  const refuse = (outcome: TagVerdict): RankDecision => ({
    accepted: false,
    reason: 'not-accepted',
    outcome,
  });
  const tag = candidateTag;
  const pattern = excludedBy(policy, tag);
  if (pattern !== undefined) return refuse({ tag, outcome: { kind: 'excluded', pattern } });
  const value = extractValue(policy, tag);
  if (value === undefined)
    return refuse({ tag, outcome: { kind: 'filtered-out', pattern: policy.spec.pattern ?? '' } });
  const parsed = rankKeyOf(policy, value);
  if (!parsed.ok) return refuse({ tag, value, outcome: parsed.outcome });
  const outside = rangeOutcome(policy, parsed.key);
  if (outside) return refuse({ tag, value, outcome: outside });
  if (candidateTag === currentTag) return { accepted: false, reason: 'not-higher' };
  const currentValue = extractValue(policy, currentTag);
  const current = currentValue === undefined ? undefined : rankKeyOf(policy, currentValue);
  if (!current?.ok) return { accepted: true, reason: 'current-unranked' };
  return compareRank(policy, parsed.key, current.key) > 0
    ? { accepted: true, reason: 'higher' }
    : { accepted: false, reason: 'not-higher' };
}
