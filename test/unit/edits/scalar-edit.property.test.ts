import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { applyEdits, type Edit } from '../../../src/core/edits/edit.js';
import { scalarEdit } from '../../../src/core/edits/scalar-edit.js';
import { locationOf, parseYamlFile } from '../../../src/core/yaml/documents.js';
import { type JsonPath, nodeAtPath } from '../../../src/core/yaml/json-path.js';
import { decodeKubernetes, type KubeValue } from '../../../src/core/yaml/kubernetes-decode.js';
import { generatedFileArb, newValueArb, renderFile } from './generated-yaml.js';

interface Target {
  path: JsonPath;
  node: Node;
}

/** Every scalar value (never a key) in the document, with its JSON path. */
function scalarValues(node: Node | null, path: JsonPath = []): Target[] {
  if (node === null) return [];
  if (isScalar(node)) return [{ path, node }];
  if (isSeq(node)) return node.items.flatMap((item, i) => scalarValues(item as Node, [...path, i]));
  if (isMap(node)) {
    return node.items.flatMap((pair) => {
      const key = pair.key as Node;
      return isScalar(key) ? scalarValues(pair.value as Node, [...path, String(key.value)]) : [];
    });
  }
  return [];
}

function decodeText(text: string): KubeValue {
  const file = parseYamlFile('f.yaml', text);
  expect(file.diagnostics).toEqual([]);
  const doc = file.documents[0];
  if (!doc) throw new Error('no document');
  return decodeKubernetes(doc.document, (node) => locationOf(file, node));
}

function setAt(root: KubeValue, path: JsonPath, value: string): void {
  let current = root as Record<string | number, KubeValue>;
  for (const segment of path.slice(0, -1)) current = current[segment] as Record<string | number, KubeValue>;
  current[path[path.length - 1] as string | number] = value;
}

const scenario = fc
  .record({
    file: generatedFileArb,
    picks: fc.array(fc.tuple(fc.nat(), newValueArb), { minLength: 1, maxLength: 5 }),
  })
  .map(({ file, picks }) => ({ file, picks, text: renderFile(file) }));

describe('scalarEdit + applyEdits on generated files', () => {
  it('changes only the chosen scalars, types them as strings, and is idempotent', () => {
    fc.assert(
      fc.property(scenario, ({ file, text, picks }) => {
        const parsed = parseYamlFile('f.yaml', text);
        expect(parsed.diagnostics).toEqual([]);
        const doc = parsed.documents[0];
        if (!doc) throw new Error('no document');
        const targets = scalarValues(doc.document.contents as Node);
        const chosen = new Map<number, string>();
        for (const [index, value] of picks) chosen.set(index % targets.length, value);

        const edits: Edit[] = [];
        const expected = structuredClone(decodeText(text));
        for (const [index, value] of chosen) {
          const target = targets[index] as Target;
          const edit = scalarEdit('f.yaml', text, target.node, value);
          if (edit !== undefined) {
            expect(edit.range).toEqual({ start: target.node.range?.[0], end: target.node.range?.[1] });
            edits.push(edit);
          }
          setAt(expected, target.path, value);
        }
        const next = applyEdits(text, edits);

        // Nothing outside the scalars changed: same lines, and untouched lines are identical.
        const before = text.split(file.eol);
        const after = next.split(file.eol);
        expect(after).toHaveLength(before.length);
        const touched = new Set(edits.map((e) => text.slice(0, e.range.start).split(file.eol).length - 1));
        before.forEach((line, i) => {
          if (!touched.has(i)) expect(after[i]).toBe(line);
        });
        // What follows the last edit on a line (a comment, a closing bracket) survives as it was.
        const lastOnLine = new Map<number, Edit>();
        for (const edit of [...edits].sort((a, b) => a.range.start - b.range.start)) {
          lastOnLine.set(text.slice(0, edit.range.start).split(file.eol).length - 1, edit);
        }
        for (const [line, edit] of lastOnLine) {
          const lineEnd = text.indexOf(file.eol, edit.range.end);
          expect(after[line]?.endsWith(text.slice(edit.range.end, lineEnd))).toBe(true);
        }

        // Kubernetes reads the new strings at their paths and every other value as before.
        expect(decodeText(next)).toEqual(expected);

        // Asking for the same values again yields no edits.
        const again = parseYamlFile('f.yaml', next).documents[0];
        if (!again) throw new Error('no document');
        for (const [index, value] of chosen) {
          const match = nodeAtPath(again.document, (targets[index] as Target).path);
          if (!match) throw new Error('path lost');
          expect(scalarEdit('f.yaml', next, match.node, value)).toBeUndefined();
        }
      }),
      { numRuns: 400 },
    );
  });
});
