import { describe, expect, it } from 'vitest';
import { isMap, type Node } from 'yaml';
import { applyEdits, EditError } from '../../../src/core/edits/edit.js';
import { scalarEdit } from '../../../src/core/edits/scalar-edit.js';
import { parseYamlFile } from '../../../src/core/yaml/documents.js';
import { nodeAtPath } from '../../../src/core/yaml/json-path.js';

function edit(text: string, path: (string | number)[], value: string): string {
  const doc = parseYamlFile('f.yaml', text).documents[0];
  const match = doc && nodeAtPath(doc.document, path);
  if (!match) throw new Error('no node');
  const change = scalarEdit('f.yaml', text, match.node, value);
  return change === undefined ? text : applyEdits(text, [change]);
}

describe('scalarEdit keeps the style and everything around the value', () => {
  it.each([
    ['tag: v1.0 # {"$imagepolicy": "ns:app:tag"}\n', 'v1.1', 'tag: v1.1 # {"$imagepolicy": "ns:app:tag"}\n'],
    ['tag: v1.0 # {"$imagepolicy": "ns:app:tag"}\n', '1.1', 'tag: "1.1" # {"$imagepolicy": "ns:app:tag"}\n'],
    ['tag: 1.0\n', '1.10', 'tag: "1.10"\n'],
    ['tag: v1\n', 'on', 'tag: "on"\n'],
    ['tag: v1\n', '', 'tag: ""\n'],
    ['tag: v1\n', 'a: b', 'tag: "a: b"\n'],
    ['tag: v1\n', 'x #y', 'tag: "x #y"\n'],
    ['tag: v1\n', '*x', 'tag: "*x"\n'],
    ["tag: 'v1'\n", "it's", "tag: 'it''s'\n"],
    ["tag: 'v1'\n", '1.10', "tag: '1.10'\n"],
    ["tag: 'v1'\n", 'two\nlines', 'tag: "two\\nlines"\n'],
    ['tag: "v1"\n', 'say "hi" \\ ok', 'tag: "say \\"hi\\" \\\\ ok"\n'],
    ['tag: &a !!str v1 # c\n', 'v2', 'tag: &a !!str v2 # c\n'],
    ['list: [a, b] # c\r\n', 'c', 'list: [a, c] # c\r\n'],
  ])('%j ← %j', (text, value, expected) => {
    const path = text.startsWith('list') ? ['list', 1] : ['tag'];
    expect(edit(text, path, value)).toBe(expected);
  });

  it('quotes a plain value that already reads as a non-string, and then leaves it alone', () => {
    const once = edit('tag: 1.10\n', ['tag'], '1.10');
    expect(once).toBe('tag: "1.10"\n');
    expect(edit(once, ['tag'], '1.10')).toBe(once);
  });

  it('returns no edit when the value is already there', () => {
    const text = 'tag: "v1"\n';
    const doc = parseYamlFile('f.yaml', text).documents[0];
    const match = doc && nodeAtPath(doc.document, ['tag']);
    expect(match && scalarEdit('f.yaml', text, match.node, 'v1')).toBeUndefined();
  });

  it('refuses block scalars with the location and a hint', () => {
    const text = 'a: 1\nscript: |\n  echo hi\n';
    const doc = parseYamlFile('f.yaml', text).documents[0];
    const match = doc && nodeAtPath(doc.document, ['script']);
    if (!match) throw new Error('no node');
    const attempt = () => scalarEdit('f.yaml', text, match.node, 'echo bye');
    expect(attempt).toThrow(EditError);
    expect(attempt).toThrow(/block scalar/);
    try {
      attempt();
    } catch (error) {
      expect((error as EditError).location).toEqual({ file: 'f.yaml', line: 2, column: 9 });
      expect((error as EditError).reason).toBe('unsupported');
    }
  });

  it('refuses something that is not a scalar', () => {
    const text = 'a: {b: 1}\n';
    const doc = parseYamlFile('f.yaml', text).documents[0];
    const map = doc?.document.contents;
    if (!isMap(map)) throw new Error('no map');
    expect(() => scalarEdit('f.yaml', text, map.items[0]?.value as Node, 'x')).toThrow(/only a scalar/);
  });
});

describe('applyEdits', () => {
  const text = 'a: 1\nb: 2\n';
  it('applies edits given in any order', () => {
    const edits = [
      { file: 'f', range: { start: 8, end: 9 }, old: '2', new: 'two' },
      { file: 'f', range: { start: 3, end: 4 }, old: '1', new: 'one' },
    ];
    expect(applyEdits(text, edits)).toBe('a: one\nb: two\n');
  });

  it('refuses overlapping edits with a clear error', () => {
    const edits = [
      { file: 'f', range: { start: 0, end: 4 }, old: 'a: 1', new: 'x' },
      { file: 'f', range: { start: 3, end: 4 }, old: '1', new: 'y' },
    ];
    expect(() => applyEdits(text, edits)).toThrow(/two edits change the same text/);
    const inserts = [
      { file: 'f', range: { start: 2, end: 2 }, old: '', new: 'x' },
      { file: 'f', range: { start: 2, end: 2 }, old: '', new: 'y' },
    ];
    expect(() => applyEdits(text, inserts)).toThrow(EditError);
  });

  it('refuses an edit whose old text is no longer there, naming the line', () => {
    const stale = [{ file: 'f', range: { start: 8, end: 9 }, old: '3', new: '4' }];
    try {
      applyEdits(text, stale);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EditError);
      expect((error as EditError).reason).toBe('stale');
      expect((error as EditError).location).toEqual({ file: 'f', line: 2, column: 4 });
      expect((error as EditError).message).toContain('expected "3" but the file holds "2"');
    }
  });

  it('refuses ranges outside the text and edits of another file', () => {
    expect(() => applyEdits(text, [{ file: 'f', range: { start: 5, end: 99 }, old: '', new: '' }])).toThrow(
      /outside the file/,
    );
    expect(() =>
      applyEdits(text, [
        { file: 'f', range: { start: 0, end: 0 }, old: '', new: '' },
        { file: 'g', range: { start: 1, end: 1 }, old: '', new: '' },
      ]),
    ).toThrow(/cannot be applied to one text/);
  });
});
