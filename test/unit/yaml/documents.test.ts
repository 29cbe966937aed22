import { describe, expect, it } from 'vitest';
import { locationOf, parseYamlFile, positionAt } from '../../../src/core/yaml/documents.js';
import { locatePath, nodeAtPath } from '../../../src/core/yaml/json-path.js';

const crlf = (lines: string[]): string => `${lines.join('\r\n')}\r\n`;

describe('parseYamlFile', () => {
  const text = crlf([
    '# leading comment',
    '---',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: app',
    '          image: "ghcr.io/acme/app:1.0" # {"$imagepolicy": "flux-system:app"}',
    '---',
    '',
    '---',
    'kind: Service',
    'metadata: {name: web, labels: {a: b}}',
  ]);

  it('keeps every document of a CRLF file with 1-based lines and columns', () => {
    const file = parseYamlFile('apps/app.yaml', text);
    expect(file.diagnostics).toEqual([]);
    expect(file.documents).toHaveLength(3);
    const [first, empty, third] = file.documents;
    expect(positionAt(file, first?.startOffset ?? -1)).toMatchObject({ line: 2, column: 1 });
    // An empty document holds one empty plain scalar, which decodes to null.
    expect(empty?.document.contents).toMatchObject({ value: '', type: 'PLAIN' });
    expect(positionAt(file, third?.startOffset ?? -1)).toMatchObject({ line: 13, column: 1 });
  });

  it('maps a JSON path to the line and column of its value', () => {
    const file = parseYamlFile('apps/app.yaml', text);
    const doc = file.documents[0];
    if (!doc) throw new Error('no document');
    const path = ['spec', 'template', 'spec', 'containers', 0, 'image'];
    expect(locatePath(file, doc, path)).toEqual({
      location: { file: 'apps/app.yaml', line: 10, column: 18 },
      exact: true,
    });
    const match = nodeAtPath(doc.document, path);
    expect(match?.key && locationOf(file, match.key)).toEqual({
      file: 'apps/app.yaml',
      line: 10,
      column: 11,
    });
  });

  it('finds values inside flow mappings', () => {
    const file = parseYamlFile('svc.yaml', text);
    const doc = file.documents[2];
    if (!doc) throw new Error('no document');
    expect(locatePath(file, doc, ['metadata', 'labels', 'a']).location).toEqual({
      file: 'svc.yaml',
      line: 15,
      column: 35,
    });
  });

  it('points a missing path at its deepest existing parent', () => {
    const file = parseYamlFile('apps/app.yaml', text);
    const doc = file.documents[0];
    if (!doc) throw new Error('no document');
    expect(locatePath(file, doc, ['spec', 'template', 'metadata', 'labels'])).toEqual({
      location: { file: 'apps/app.yaml', line: 7, column: 5 },
      exact: false,
    });
  });

  it('follows merge keys and aliases to the text that sets the value', () => {
    const file = parseYamlFile('m.yaml', 'base: &b\n  port: 80\nsvc:\n  <<: *b\n  name: web\n');
    const doc = file.documents[0];
    if (!doc) throw new Error('no document');
    expect(locatePath(file, doc, ['svc', 'port']).location).toMatchObject({ line: 2, column: 9 });
  });

  it('does not count a byte-order mark as a column', () => {
    const file = parseYamlFile('bom.yaml', '\uFEFFa: 1\nb: 2\n');
    const doc = file.documents[0];
    if (!doc) throw new Error('no document');
    expect(locatePath(file, doc, ['a']).location).toMatchObject({ line: 1, column: 4 });
    expect(locatePath(file, doc, ['b']).location).toMatchObject({ line: 2, column: 4 });
  });

  it('reports syntax errors with file, line, column and the parser message', () => {
    // The parser reports where it noticed the problem: the unclosed flow sequence when the next
    // line starts less indented, the unclosed quote at the end of the input.
    const file = parseYamlFile('bad.yaml', 'a: 1\r\nb: [1, 2\r\nc: "open\r\n');
    expect(file.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'BAD_INDENT',
        message: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
        location: { file: 'bad.yaml', line: 3, column: 1 },
      },
      {
        severity: 'error',
        code: 'MISSING_CHAR',
        message: 'Missing closing "quote',
        location: { file: 'bad.yaml', line: 4, column: 1 },
      },
    ]);
    expect(file.documents[0]?.hasErrors).toBe(true);
  });

  it('locates an error in the middle of a line', () => {
    const file = parseYamlFile('bad.yaml', 'ok: 1\nkey: value: other\n');
    expect(file.diagnostics[0]).toMatchObject({
      severity: 'error',
      location: { file: 'bad.yaml', line: 2, column: 6 },
    });
    expect(file.diagnostics[0]?.message).toMatch(/mapping|implicit key|Nested/i);
  });

  it('reports duplicate keys as diagnostics with both lines, including keys equal after typing', () => {
    const file = parseYamlFile('dup.yaml', 'a: 1\nb: 2\na: 3\n---\n1: x\n"1": y\n');
    const duplicates = file.diagnostics.filter((d) => d.code === 'DUPLICATE_KEY');
    expect(duplicates).toHaveLength(2);
    expect(duplicates[0]).toMatchObject({
      location: { file: 'dup.yaml', line: 3, column: 1 },
      related: { line: 1, column: 1 },
    });
    expect(duplicates[1]).toMatchObject({ location: { line: 6 }, related: { line: 5 } });
    expect(file.documents.every((d) => !d.hasErrors)).toBe(true);
  });

  it('does not treat repeated merge keys as duplicates', () => {
    const file = parseYamlFile('m.yaml', 'a: &a {x: 1}\nb: &b {y: 1}\nc:\n  <<: *a\n  <<: *b\n');
    expect(file.diagnostics).toEqual([]);
  });

  it('reads a file without document markers and one that is empty', () => {
    expect(parseYamlFile('one.yaml', 'a: 1').documents).toHaveLength(1);
    expect(parseYamlFile('empty.yaml', '').documents).toHaveLength(0);
  });
});
