import { describe, expect, it } from 'vitest';
import { GitopsError } from '../../../src/core/errors.js';
import { parseLooseVersion, parseSemverRange, rangeAccepts } from '../../../src/core/images/policy/index.js';
import { RANGE_FACTS, SINGLE_COMPARATOR_FACTS } from './masterminds-facts.js';

function accepts(range: string, version: string): boolean {
  const parsed = parseLooseVersion(version);
  if (!parsed.ok) throw new Error(`bad test version ${version}`);
  return rangeAccepts(parseSemverRange(range), parsed.version);
}

describe('Masterminds/semver constraint facts', () => {
  it.each(SINGLE_COMPARATOR_FACTS)('single comparator %j on %j is %j', (range, version, expected) => {
    expect(accepts(range, version)).toBe(expected);
  });

  it.each(RANGE_FACTS)('range %j on %j is %j', (range, version, expected) => {
    expect(accepts(range, version)).toBe(expected);
  });
});

describe('differences from node-semver, checked against Go', () => {
  it.each([
    // `>1.1` means above the whole 1.1 line, not above 1.1.0.
    ['>1.1', '1.1.5', false],
    ['>1.1', '1.2.0', true],
    // A bare partial version is a tilde range.
    ['1.2', '1.2.9', true],
    ['v1.x', '1.9.0', true],
    ['v1.x', '2.0.0', false],
    // ^0.0 allows the 0.0 line.
    ['^0.0', '0.0.9', true],
    ['^0.0', '0.1.0', false],
    // Hyphen ranges take partial versions and are inclusive.
    ['1.2 - 1.4.5', '1.2.0', true],
    ['1.2 - 1.4.5', '1.4.5', true],
    ['1.2 - 1.4.5', '1.4.6', false],
    ['1.2 - 1.4.5', '1.1.9', false],
    // Build metadata is ignored on both sides.
    ['=1.2.3+build', '1.2.3', true],
    ['=1.2.3+build', '1.2.3+other', true],
    ['!=1.2.3', '1.2.3+b', false],
    ['!=1.2.3', '1.2.4', true],
  ] as const)('%j on %j is %j', (range, version, expected) => {
    expect(accepts(range, version)).toBe(expected);
  });
});

describe('the prerelease rule (Masterminds v3.4+)', () => {
  it('refuses prereleases when no comparator names one, even inside the bounds', () => {
    expect(accepts('>=1.0.0 <2.0.0', '1.5.0-rc.1')).toBe(false);
    expect(accepts('*', '1.0.0-rc.1')).toBe(false);
  });

  it('admits prereleases in an AND-group where some comparator carries one', () => {
    expect(accepts('>=1.0.0-0 <2.0.0', '1.5.0-rc.1')).toBe(true);
    expect(accepts('>=1.0.0-0 <2.0.0', '2.0.0-rc.1')).toBe(true);
  });

  it('scopes the rule to each || group', () => {
    const range = '>=1.0.0-0 <2.0.0 || >=3.0.0';
    expect(accepts(range, '1.5.0-rc.1')).toBe(true);
    expect(accepts(range, '3.1.0-rc.1')).toBe(false);
    expect(accepts(range, '3.1.0')).toBe(true);
  });

  it('can be forced on, which is how a refusal is explained', () => {
    const parsed = parseLooseVersion('1.5.0-rc.1');
    if (!parsed.ok) throw new Error('unreachable');
    expect(rangeAccepts(parseSemverRange('>=1.0.0 <2.0.0'), parsed.version, true)).toBe(true);
  });
});

describe('range syntax', () => {
  it('counts || groups and comma or space separated comparators as Masterminds does', () => {
    expect(parseSemverRange('>= 1.2.3 < 2.0 || => 3.0 < 4').groups.map((g) => g.comparators.length)).toEqual([
      2, 2,
    ]);
    expect(parseSemverRange('>= 1.2.3, < 2.0').groups.map((g) => g.comparators.length)).toEqual([2]);
    expect(parseSemverRange('1.0.0 - 2.0.0, <=2.0.0').groups.map((g) => g.comparators.length)).toEqual([3]);
    expect(parseSemverRange('3 - 4 || => 3.0, < 4').groups).toHaveLength(2);
    expect(parseSemverRange('12.3.34 ~1.2.3').groups[0]?.comparators).toHaveLength(2);
    expect(parseSemverRange('v2.3.5-20161202202307-sha.e8fc5e5').groups).toHaveLength(1);
  });

  it.each([
    '',
    '>= bar',
    'BAR >= 1.2.3',
    '>= 1.0, foo',
    '1.0.0 ||',
    '12.3.4.1234',
    '12.3.34~ 1.2.3',
    'v1.2.3-beta.01',
    '1|2',
    '99999999999999999999.0.0',
  ])('rejects %j with an error naming the range', (range) => {
    expect(() => parseSemverRange(range)).toThrow(GitopsError);
    expect(() => parseSemverRange(range)).toThrow(`invalid semver range ${JSON.stringify(range)}`);
  });
});
