import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acceptsAndRanks,
  compareVersions,
  type ImagePolicySpec,
  parseTagVersion,
  selectTag,
} from '../../../src/core/images/policy/index.js';

const part = fc.constantFrom('0', '1', '2', '10', '01');
const versionTag = fc
  .tuple(
    fc.constantFrom('', 'v'),
    part,
    part,
    part,
    fc.constantFrom('', '-rc.1', '-rc.2', '-alpha', '-0'),
    fc.constantFrom('', '+b1', '+b2'),
  )
  .map(([v, a, b, c, pre, build]) => `${v}${a}.${b}.${c}${pre}${build}`);
const tag = fc.oneof(
  versionTag,
  fc.constantFrom('latest', 'main', '1.0', '3', '2.5', '1e1', 'x.sig', '1.0.0.sig'),
);

const specs: readonly ImagePolicySpec[] = [
  { policy: { semver: { range: '*' } } },
  { policy: { semver: { range: '>=1.0.0 <2.0.0' } } },
  { policy: { semver: { range: '>=0.0.0-0' } } },
  { policy: { semver: { range: '^1.x || ~2.0' } } },
  { policy: { alphabetical: { order: 'asc' } } },
  { policy: { alphabetical: { order: 'desc' } } },
  { policy: { semver: { range: '*' } }, filterTags: { pattern: '^v?(?P<v>[0-9.]+)', extract: '$v.0' } },
  { policy: { numerical: { order: 'desc' } }, filterTags: { pattern: '^[0-9]+$' } },
  { policy: { numerical: { order: 'asc' } }, filterTags: { pattern: '^(?P<n>[0-9]+)\\.', extract: '$n' } },
];
const spec = fc.constantFrom(...specs);

describe('selection properties', () => {
  it('does not depend on the order or repetition of the input tags', () => {
    fc.assert(
      fc.property(spec, fc.array(tag, { maxLength: 12 }), fc.infiniteStream(fc.nat()), (s, tags, seeds) => {
        const shuffled = [...tags, ...tags.slice(0, 3)].sort(() => (seeds.next().value % 3) - 1);
        expect(selectTag(s, shuffled)).toEqual(selectTag(s, tags));
      }),
    );
  });

  it('gives one verdict per distinct tag, and "selected" exactly to the winner', () => {
    fc.assert(
      fc.property(spec, fc.array(tag, { maxLength: 12 }), (s, tags) => {
        const selection = selectTag(s, tags);
        expect(selection.verdicts).toHaveLength(new Set(tags).size);
        const selected = selection.verdicts.filter((v) => v.outcome.kind === 'selected').map((v) => v.tag);
        expect(selected).toEqual(selection.tag === undefined ? [] : [selection.tag]);
      }),
    );
  });

  it('semver: no accepted tag ranks above the winner', () => {
    fc.assert(
      fc.property(fc.array(versionTag, { maxLength: 12 }), (tags) => {
        const selection = selectTag({ policy: { semver: { range: '>=0.0.0-0' } } }, tags);
        const version = (t: string) => {
          const p = parseTagVersion(t);
          if (!p.ok) throw new Error(t);
          return p.version;
        };
        if (selection.tag === undefined) return;
        for (const t of tags)
          expect(compareVersions(version(t), version(selection.tag))).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('acceptsAndRanks agrees with selecting between the current and the candidate tag', () => {
    fc.assert(
      fc.property(spec, tag, tag, (s, current, candidate) => {
        const decision = acceptsAndRanks(s, current, candidate);
        let pair: ReturnType<typeof selectTag>;
        try {
          pair = selectTag(s, [current, candidate]);
        } catch {
          return; // numerical: Flux fails the whole policy when either tag is not a number
        }
        const currentSelectable = selectTag(s, [current]).tag === current;
        if (decision.accepted && currentSelectable) expect(pair.tag).toBe(candidate);
        if (decision.reason === 'not-accepted') expect(pair.tag).not.toBe(candidate);
        if (decision.reason === 'not-higher' && currentSelectable && current !== candidate) {
          const verdict = pair.verdicts.find((v) => v.tag === candidate)?.outcome.kind;
          expect(['ranked-lower', 'tie-lost', 'same-extract', 'selected']).toContain(verdict);
        }
      }),
    );
  });
});

describe('acceptsAndRanks', () => {
  const pinned: ImagePolicySpec = { policy: { semver: { range: '>=1.0.0 <2.0.0' } } };

  it('never offers production a version outside its range', () => {
    expect(acceptsAndRanks(pinned, '1.4.0', '2.0.0')).toEqual({
      accepted: false,
      reason: 'not-accepted',
      outcome: { tag: '2.0.0', value: '2.0.0', outcome: { kind: 'outside-range', range: '>=1.0.0 <2.0.0' } },
    });
  });

  it('accepts a strictly higher version and never a downgrade or an equal one', () => {
    expect(acceptsAndRanks(pinned, '1.4.0', '1.5.0')).toEqual({ accepted: true, reason: 'higher' });
    expect(acceptsAndRanks(pinned, '1.4.0', '1.3.9')).toEqual({ accepted: false, reason: 'not-higher' });
    expect(acceptsAndRanks(pinned, '1.4.0', 'v1.4.0+build.2')).toEqual({
      accepted: false,
      reason: 'not-higher',
    });
    expect(acceptsAndRanks(pinned, '1.4.0', '1.4.0')).toEqual({ accepted: false, reason: 'not-higher' });
  });

  it('ranks against a current tag outside the range: a manual pin above it is not downgraded', () => {
    expect(acceptsAndRanks(pinned, '2.1.0', '1.9.0')).toEqual({ accepted: false, reason: 'not-higher' });
  });

  it('replaces a current tag the policy cannot order, as Flux would', () => {
    expect(acceptsAndRanks(pinned, 'latest', '1.0.0')).toEqual({
      accepted: true,
      reason: 'current-unranked',
    });
  });

  it('refuses excluded, filtered-out and prerelease candidates with the reason', () => {
    expect(acceptsAndRanks(pinned, '1.0.0', '1.1.0.sig').outcome?.outcome.kind).toBe('excluded');
    expect(acceptsAndRanks(pinned, '1.0.0', '1.1.0-rc.1').outcome?.outcome.kind).toBe(
      'prerelease-not-allowed',
    );
    const filtered: ImagePolicySpec = { ...pinned, filterTags: { pattern: '^v' } };
    expect(acceptsAndRanks(filtered, 'v1.0.0', '1.1.0').outcome?.outcome.kind).toBe('filtered-out');
  });

  it('uses the policy order for alphabetical and numerical policies', () => {
    expect(acceptsAndRanks({ policy: { alphabetical: { order: 'desc' } } }, 'b', 'a').reason).toBe('higher');
    expect(acceptsAndRanks({ policy: { numerical: {} } }, '10', '9').reason).toBe('not-higher');
    expect(acceptsAndRanks({ policy: { numerical: {} } }, '10', 'x').outcome?.outcome.kind).toBe(
      'not-a-number',
    );
  });
});
