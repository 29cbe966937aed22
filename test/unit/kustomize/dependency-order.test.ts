import { describe, expect, test } from 'vitest';
import { type DependencyState, findCycle, nextToBuild } from '../../../src/core/flux/dependency-order.js';

const graph = (edges: Record<string, string[]>) => (key: string) => edges[key] ?? [];

describe('findCycle', () => {
  test('names the cycle from the first key that reaches it, closing on its start', () => {
    const deps = graph({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] });
    expect(findCycle(['d', 'a', 'b', 'c'], deps)).toEqual(['a', 'b', 'c', 'a']);
  });

  test('a Kustomization depending on itself is a cycle of one', () => {
    expect(findCycle(['a'], graph({ a: ['a'] }))).toEqual(['a', 'a']);
  });

  test('a diamond is not a cycle', () => {
    expect(findCycle(['a', 'b', 'c', 'd'], graph({ a: ['b', 'c'], b: ['d'], c: ['d'] }))).toBeUndefined();
  });
});

describe('nextToBuild', () => {
  const deps = graph({ apps: ['infra'], infra: [], later: ['missing'] });
  const states = (map: Record<string, DependencyState>) => (key: string) => map[key] ?? 'unknown';

  test('prefers one whose dependencies are all done, in discovery order', () => {
    expect(nextToBuild(['later', 'apps', 'infra'], deps, states({ apps: 'waiting', infra: 'waiting' }))).toBe(
      'infra',
    );
    expect(nextToBuild(['later', 'apps'], deps, states({ infra: 'done', apps: 'waiting' }))).toBe('apps');
  });

  test('then one whose dependencies are done or not found, never one waiting for a waiting one', () => {
    expect(nextToBuild(['apps', 'later'], deps, states({ apps: 'waiting', infra: 'waiting' }))).toBe('later');
    expect(nextToBuild(['a', 'b'], graph({ a: ['b'], b: ['a'] }), () => 'waiting')).toBeUndefined();
  });
});
