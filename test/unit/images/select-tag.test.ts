import { describe, expect, it } from 'vitest';
import { GitopsError } from '../../../src/core/errors.js';
import {
  describeVerdict,
  type ImagePolicySpec,
  type Selection,
  selectTag,
  type TagOutcome,
} from '../../../src/core/images/policy/index.js';

const semver = (range: string, extra: Partial<ImagePolicySpec> = {}): ImagePolicySpec => ({
  policy: { semver: { range } },
  ...extra,
});

function outcomes(selection: Selection): Record<string, TagOutcome['kind']> {
  return Object.fromEntries(selection.verdicts.map((v) => [v.tag, v.outcome.kind]));
}

describe('semver policy', () => {
  it('picks the highest version in range and says why every other tag lost', () => {
    const selection = selectTag(semver('>=1.0.0 <2.0.0'), [
      '1.2.0',
      '1.10.0',
      '2.0.0',
      '1.11.0-rc.1',
      'latest',
      'v1.3',
      'sha256-abc.sig',
      '0.9.0',
    ]);
    expect(selection.tag).toBe('1.10.0');
    expect(outcomes(selection)).toEqual({
      '1.10.0': 'selected',
      '1.2.0': 'ranked-lower',
      '2.0.0': 'outside-range',
      '1.11.0-rc.1': 'prerelease-not-allowed',
      latest: 'not-semver',
      'v1.3': 'not-semver',
      'sha256-abc.sig': 'excluded',
      '0.9.0': 'outside-range',
    });
  });

  it('lists verdicts in the controller order: descending byte order', () => {
    const selection = selectTag(semver('*'), ['1.0.0', 'v1.0.0', '10.0.0', '9.0.0']);
    expect(selection.verdicts.map((v) => v.tag)).toEqual(['v1.0.0', '9.0.0', '10.0.0', '1.0.0']);
  });

  it('breaks ties between equal versions by keeping the first in descending order, as Flux does', () => {
    const selection = selectTag(semver('>=1.0.0'), ['1.0.0', '1.0.0+b', 'v1.0.0']);
    expect(selection.tag).toBe('v1.0.0');
    expect(outcomes(selection)).toEqual({ 'v1.0.0': 'selected', '1.0.0+b': 'tie-lost', '1.0.0': 'tie-lost' });
    expect(describeVerdict(selection.verdicts[1] ?? { tag: '', outcome: { kind: 'selected' } })).toContain(
      'first in descending tag order',
    );
  });

  it('reads tags as Flux does: two dots needed, leading zeros dropped', () => {
    const selection = selectTag(semver('~1.2'), ['v2025.07.03', '1.2.9', '1.2-rc.1', '01.2.10', '1.2']);
    expect(selection.tag).toBe('01.2.10');
    // "1.2-rc.1" has two dots, so it is the version 1.2.0-rc.1, which sorts below ~1.2's floor.
    expect(outcomes(selection)).toMatchObject({ '1.2': 'not-semver', '1.2-rc.1': 'outside-range' });
  });

  it('includes prereleases when the range asks for them', () => {
    expect(selectTag(semver('>=1.0.0-0'), ['1.0.0', '1.1.0-rc.1']).tag).toBe('1.1.0-rc.1');
    expect(selectTag(semver('>=1.0.0'), ['1.0.0', '1.1.0-rc.1']).tag).toBe('1.0.0');
  });

  it('returns no tag, with reasons, when nothing qualifies', () => {
    const selection = selectTag(semver('>=3.0.0'), ['1.0.0', 'latest']);
    expect(selection.tag).toBeUndefined();
    expect(selection.value).toBeUndefined();
    expect(outcomes(selection)).toEqual({ '1.0.0': 'outside-range', latest: 'not-semver' });
  });

  it('fails on an invalid range, naming it', () => {
    expect(() => selectTag(semver('>= 1.0, foo'), ['1.0.0'])).toThrow('invalid semver range ">= 1.0, foo"');
  });
});

describe('exclusionList', () => {
  it('drops signature tags by default', () => {
    expect(outcomes(selectTag(semver('*'), ['1.0.0', '1.0.0.sig']))).toEqual({
      '1.0.0.sig': 'excluded',
      '1.0.0': 'selected',
    });
  });

  it('treats an empty list as the default, as the controller does', () => {
    expect(outcomes(selectTag(semver('*', { exclusionList: [] }), ['1.0.0.sig']))).toEqual({
      '1.0.0.sig': 'excluded',
    });
  });

  it('is replaced, not extended, by a user list', () => {
    const selection = selectTag(semver('*', { exclusionList: ['^2\\.'] }), ['1.0.0.sig', '1.0.0', '2.0.0']);
    expect(selection.tag).toBe('1.0.0');
    expect(selection.verdicts.find((v) => v.tag === '2.0.0')?.outcome).toEqual({
      kind: 'excluded',
      pattern: '^2\\.',
    });
    // With the default gone, "1.0.0.sig" is stored; it is simply not a semver tag.
    expect(outcomes(selection)['1.0.0.sig']).toBe('not-semver');
  });

  it('rejects an invalid pattern, naming its position', () => {
    expect(() => selectTag(semver('*', { exclusionList: ['(?=x)'] }), [])).toThrow(
      'exclusionList[0] "(?=x)"',
    );
  });
});

describe('filterTags', () => {
  it('orders extracted values and answers with the original tag (Flux docs: main-<sha>-<ts>)', () => {
    const spec: ImagePolicySpec = {
      policy: { numerical: { order: 'asc' } },
      filterTags: { pattern: '^main-[a-f0-9]+-(?P<ts>[0-9]+)$', extract: '$ts' },
    };
    const selection = selectTag(spec, [
      'main-9f1c2ab-1700000200',
      'main-0aa1b2c-1700000100',
      'feature-x-1800000000',
    ]);
    expect(selection).toMatchObject({ tag: 'main-9f1c2ab-1700000200', value: '1700000200' });
    expect(outcomes(selection)['feature-x-1800000000']).toBe('filtered-out');
  });

  it('selects release candidates by their number (Flux docs: <version>-rc.<n>)', () => {
    const spec: ImagePolicySpec = {
      policy: { numerical: { order: 'asc' } },
      filterTags: { pattern: '^(?P<rv>[0-9]+\\.[0-9]+\\.[0-9]+)-rc\\.(?P<num>[0-9]+)$', extract: '$num' },
    };
    expect(selectTag(spec, ['1.2.3-rc.9', '1.2.3-rc.10', '1.2.3']).tag).toBe('1.2.3-rc.10');
  });

  it('matches unanchored and keeps tags without extract', () => {
    const spec = semver('*', { filterTags: { pattern: 'stable' } });
    expect(selectTag(spec, ['1.0.0-stable', '2.0.0', '1.1.0-stable']).tag).toBeUndefined();
    const pre = semver('>=1.0.0-0', { filterTags: { pattern: 'stable' } });
    expect(selectTag(pre, ['1.0.0-stable', '2.0.0', '1.1.0-stable']).tag).toBe('1.1.0-stable');
  });

  it('keeps the last tag in descending order when two tags extract the same value (Go map assignment)', () => {
    const spec: ImagePolicySpec = {
      policy: { semver: { range: '*' } },
      filterTags: { pattern: '-(?P<v>[0-9.]+)$', extract: '$v' },
    };
    const selection = selectTag(spec, ['a-1.0.0', 'b-1.0.0']);
    expect(selection.tag).toBe('a-1.0.0');
    expect(selection.verdicts.find((v) => v.tag === 'b-1.0.0')?.outcome).toEqual({
      kind: 'same-extract',
      keptTag: 'a-1.0.0',
    });
  });

  it('refuses an extract that reads a group JavaScript captures differently', () => {
    const spec: ImagePolicySpec = {
      policy: { alphabetical: {} },
      filterTags: { pattern: '^(?:(?P<p>[a-z])-)+$', extract: '$p' },
    };
    expect(() => selectTag(spec, [])).toThrow('spec.filterTags.extract "$p" reads group 1');
  });
});

describe('alphabetical policy', () => {
  const tags = ['b', 'a', 'Z', 'a1', '\u{1f600}', '\ufffd'];

  it('asc (the default) picks the greatest in Go byte order', () => {
    expect(selectTag({ policy: { alphabetical: {} } }, tags).tag).toBe('\u{1f600}');
  });

  it('desc picks the least', () => {
    expect(selectTag({ policy: { alphabetical: { order: 'desc' } } }, tags).tag).toBe('Z');
  });

  it('orders RFC 3339-like timestamps', () => {
    const spec: ImagePolicySpec = {
      policy: { alphabetical: { order: 'asc' } },
      filterTags: { pattern: '^main-[a-f0-9]+-(?P<ts>.*)', extract: '$ts' },
    };
    expect(selectTag(spec, ['main-aa-2024-01-02T10-00-00Z', 'main-bb-2024-01-02T09-00-00Z']).tag).toBe(
      'main-aa-2024-01-02T10-00-00Z',
    );
  });
});

describe('numerical policy', () => {
  it('asc picks the greatest and desc the least, reading Go float syntax', () => {
    const tags = ['10', '9', '1e3', '0x1p-2', '-Inf'];
    expect(selectTag({ policy: { numerical: {} } }, tags).tag).toBe('1e3');
    expect(selectTag({ policy: { numerical: { order: 'desc' } } }, tags).tag).toBe('-Inf');
  });

  it('gives a tie to the last tag in descending byte order, as Flux does', () => {
    // Stored order: "1e0", "1.0", "1"; all are 1.
    const selection = selectTag({ policy: { numerical: {} } }, ['1.0', '1', '1e0', '0.5']);
    expect(selection.tag).toBe('1');
    expect(outcomes(selection)).toEqual({
      '1e0': 'tie-lost',
      '1.0': 'tie-lost',
      '1': 'selected',
      '0.5': 'ranked-lower',
    });
  });

  it('fails the whole policy on one tag that is not a number, naming it', () => {
    expect(() => selectTag({ policy: { numerical: {} } }, ['1', '2', 'latest'])).toThrow(
      'numerical policy: tag "latest" is not a number',
    );
  });

  it('names the extracted value too', () => {
    const spec: ImagePolicySpec = {
      policy: { numerical: {} },
      filterTags: { pattern: '^build-(.*)$', extract: '$1' },
    };
    expect(() => selectTag(spec, ['build-12', 'build-1_'])).toThrow('tag "build-1_" (extracted "1_")');
  });

  it('skips tags the filter dropped before parsing', () => {
    const spec: ImagePolicySpec = { policy: { numerical: {} }, filterTags: { pattern: '^[0-9]+$' } };
    expect(selectTag(spec, ['1', '2', 'latest']).tag).toBe('2');
  });
});

describe('spec validation', () => {
  it.each([
    [{ policy: {} }, 'must set one of semver, alphabetical or numerical'],
    [
      { policy: { semver: { range: '*' }, alphabetical: {} } },
      'sets semver and alphabetical; set exactly one',
    ],
    [{ policy: { alphabetical: { order: 'ASC' } } }, 'order is "ASC"; it must be "asc" or "desc"'],
    [{ policy: { numerical: { order: 'up' } } }, 'spec.policy.numerical.order is "up"'],
    [{ policy: { semver: {} } }, 'spec.policy.semver.range is required'],
    [{ policy: { calver: {} } }, 'unknown field(s) calver'],
    [
      { policy: { semver: { range: '*' } }, filterTags: { pattern: 1 } },
      'spec.filterTags.pattern must be a string',
    ],
    [{ policy: { semver: { range: '*' } }, exclusionList: 'x' }, 'exclusionList must be a list of strings'],
    [{}, 'spec.policy is missing'],
  ])('refuses %j', (spec, message) => {
    const run = () => selectTag(spec as unknown as ImagePolicySpec, ['1.0.0']);
    expect(run).toThrow(GitopsError);
    expect(run).toThrow(message);
  });
});
