import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLines, unifiedDiff, wholeText } from '../../../src/core/diff/line-diff.js';

describe('unifiedDiff', () => {
  it('writes diff -u hunks with three lines of context', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].join('\n');
    const after = ['a', 'b', 'c', 'd', 'E', 'f', 'g', 'h', 'i', 'j'].join('\n');
    expect(unifiedDiff(`${before}\n`, `${after}\n`)).toBe(
      ['@@ -2,7 +2,7 @@', ' b', ' c', ' d', '-e', '+E', ' f', ' g', ' h', ''].join('\n'),
    );
  });

  it('splits changes far apart into separate hunks and joins close ones', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i}`);
    const far = lines.map((line, i) => (i === 2 || i === 25 ? `${line}!` : line));
    expect(unifiedDiff(lines.join('\n'), far.join('\n')).match(/^@@/gm)).toHaveLength(2);
    const close = lines.map((line, i) => (i === 2 || i === 8 ? `${line}!` : line));
    expect(unifiedDiff(lines.join('\n'), close.join('\n')).match(/^@@/gm)).toHaveLength(1);
  });

  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n')).toBe('');
  });

  it('numbers an insertion into an empty text as diff -u does', () => {
    expect(unifiedDiff('', 'x\n')).toBe('@@ -0,0 +1,1 @@\n+x\n');
  });

  it('writes a whole object as added or removed lines', () => {
    expect(wholeText('a: 1\nb: 2\n', '+')).toBe('@@ -0,0 +1,2 @@\n+a: 1\n+b: 2\n');
    expect(wholeText('a: 1\n', '-')).toBe('@@ -1,1 +0,0 @@\n-a: 1\n');
  });

  it('diffs two 20,000-line texts with a few changes quickly', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `key${i}: value ${i % 97}`);
    const changed = lines.map((line, i) => (i % 4000 === 7 ? `${line} changed` : line));
    const started = performance.now();
    const text = unifiedDiff(lines.join('\n'), changed.join('\n'));
    const elapsed = performance.now() - started;
    expect(text.match(/^\+/gm)).toHaveLength(5);
    // Generous: the point is linear-ish, not quadratic (which takes tens of seconds here).
    expect(elapsed).toBeLessThan(2000);
  });
});

describe('diffLines', () => {
  const lineList = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 40 });

  it('rebuilds both sides from its script (property)', () => {
    fc.assert(
      fc.property(lineList, lineList, (a, b) => {
        const ops = diffLines(a, b);
        expect(ops.filter((op) => op.kind !== '+').map((op) => op.line)).toEqual(a);
        expect(ops.filter((op) => op.kind !== '-').map((op) => op.line)).toEqual(b);
      }),
    );
  });

  it('finds a shortest script: its edits are those of the longest common subsequence (property)', () => {
    const lcs = (a: string[], b: string[]) => {
      const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
      for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
          const row = table[i] as number[];
          row[j] =
            a[i] === b[j]
              ? ((table[i + 1] as number[])[j + 1] as number) + 1
              : Math.max((table[i + 1] as number[])[j] as number, row[j + 1] as number);
        }
      }
      return (table[0] as number[])[0] as number;
    };
    fc.assert(
      fc.property(lineList, lineList, (a, b) => {
        const edits = diffLines(a, b).filter((op) => op.kind !== ' ').length;
        expect(edits).toBe(a.length + b.length - 2 * lcs(a, b));
      }),
    );
  });
});
