import { describe, expect, it } from 'vitest';
import { pruneNulls } from '../../../src/core/validate/prune-nulls.js';

describe('pruneNulls', () => {
  it('returns the same object when it holds no null field', () => {
    const object = { a: 1, b: { c: [1, null, { d: 'x' }] } };
    expect(pruneNulls(object)).toBe(object);
  });

  it('removes null fields at any depth and keeps null array items, without mutating the input', () => {
    const object = { a: null, b: { c: null, d: 1 }, e: [null, { f: null, g: 2 }] };
    const snapshot = structuredClone(object);
    expect(pruneNulls(object)).toEqual({ b: { d: 1 }, e: [null, { g: 2 }] });
    expect(object).toEqual(snapshot);
  });

  it('treats a __proto__ key as data', () => {
    const object = JSON.parse('{"__proto__": {"x": null, "y": 1}}') as Record<string, unknown>;
    const pruned = pruneNulls(object);
    expect(Object.getPrototypeOf(pruned)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(pruned, '__proto__')?.value).toEqual({ y: 1 });
  });
});
