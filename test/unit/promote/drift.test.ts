import { describe, expect, it } from 'vitest';
import { compareVersionValues, driftOf } from '../../../src/core/promote/drift.js';

describe('drift', () => {
  it.each([
    ['1.5.0', '1.4.2', 1],
    ['v1.4.2', '1.4.2', 0],
    ['1.5.0-rc.1', '1.5.0', -1],
    ['1.10.0', '1.9.0', 1],
    ['1.5.0@sha256:a', '1.4.0@sha256:b', 1],
    ['latest', '1.0.0', undefined],
    ['3', '1', undefined],
    ['1.3.x', '1.2.0', undefined],
  ] as const)('compares %s with %s as %s', (a, b, expected) => {
    expect(compareVersionValues(a, b)).toBe(expected);
  });

  it('a newer target outranks a missing history entry; equal values are never drift', () => {
    expect(driftOf({ sourceValue: '1.5.0', targetValue: '1.6.0', history: { values: [] } })).toBe(
      'newer-than-source',
    );
    expect(driftOf({ sourceValue: '1.5.0', targetValue: 'hotfix', history: { values: ['1.4.0'] } })).toBe(
      'never-in-source-history',
    );
    expect(
      driftOf({ sourceValue: '1.5.0', targetValue: '1.4.0', history: { values: ['1.4.0'] } }),
    ).toBeUndefined();
    expect(driftOf({ sourceValue: '1.5.0', targetValue: 'hotfix', history: undefined })).toBeUndefined();
    expect(driftOf({ sourceValue: 'x', targetValue: 'x', history: { values: [] } })).toBeUndefined();
  });
});
