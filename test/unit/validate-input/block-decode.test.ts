import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNode, visit } from 'yaml';
import { PositionCache } from '../../../src/core/validate/input/input-objects.js';
import { parseDocuments, parseDocumentsComposed } from '../../../src/core/validate/input/parse-documents.js';
import type { ObjectOrigin } from '../../../src/core/validate/schema-validator.js';
import { decodeBlockYaml } from '../../../src/core/yaml/block-decode.js';
import { locationOf, parseYamlFile } from '../../../src/core/yaml/documents.js';
import { repoRoot } from '../../support/paths.js';
import { sharedTestdata } from '../../support/testdata.js';

const options = { maxDepth: 100 };

/**
 * The fast path and the composer agree on everything, key order included. The fast path also
 * gives each document's span, and parsing one span with positions gives every node the position a
 * parse of the whole file gives it.
 */
function expectSame(text: string, file = 'f.yaml'): void {
  const { documentRanges, ...fast } = parseDocuments(file, text, options);
  const composed = parseDocumentsComposed(file, text, options);
  expect(fast).toEqual(composed);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(composed));
  if (documentRanges !== undefined) expectSamePositions(file, text, documentRanges);
}

/** Every node's source text and line:column, in document order. */
function nodePositions(origin: ObjectOrigin | undefined): string[] {
  if (origin === undefined) return [];
  const seen: string[] = [];
  visit(origin.document.document, (_key, node) => {
    if (isNode(node) && node.range) {
      const { line, column } = locationOf(origin.yaml, node);
      seen.push(`${JSON.stringify(origin.yaml.text.slice(node.range[0], node.range[1]))}@${line}:${column}`);
    }
  });
  return seen;
}

function expectSamePositions(file: string, text: string, ranges: [number, number][]): void {
  const whole = parseYamlFile(file, text);
  const positions = new PositionCache();
  positions.remember(file, text);
  positions.rememberRanges(file, ranges);
  ranges.forEach((_range, index) => {
    const document = whole.documents[index];
    const expected = nodePositions(document && { yaml: whole, document });
    expect(nodePositions(positions.document(file, index)), `${file} document ${index}`).toEqual(expected);
  });
}

/** The block decoder took the text (rather than declining), and agreed with the composer. */
function expectDecodedSame(text: string): void {
  expect(decodeBlockYaml(text, options.maxDepth), text).toBeDefined();
  expectSame(text);
}

function yamlFilesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const MANIFEST = `# A typical workload
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
  labels:
    app.kubernetes.io/name: web
    version: 1.10
  annotations:
    example.com/enabled: yes
    example.com/note: 'it''s fine'
spec:
  replicas: 3
  strategy:
    rollingUpdate: { maxSurge: 25%, maxUnavailable: 0 }
  template:
    spec:
      containers:
      - name: web
        image: ghcr.io/acme/web:1.2.3 # pinned
        args: ["--port=8080", --verbose, -v]
        command:
          - /bin/sh
          - -c
          - |
            echo start
            exec web

            # not a comment
        env:
          - name: MODE
            value: on
          - name: EMPTY
            value:
          - name: OCTAL
            value: 0777
        ports:
          -
            containerPort: 8080
          - containerPort: 9090
            protocol: TCP
      volumes: []
---
apiVersion: v1
kind: ConfigMap
metadata: {name: settings}
data:
  folded: >-
    one
    two

    three
  literal: |-
    a
      indented
    b
  float: 1e3
  empty: ~
  quoted: "yes"
---
`;

describe('decodeBlockYaml and parseDocuments on the fast path', () => {
  it('decodes ordinary manifests itself, exactly as the composer path does', () => {
    expectDecodedSame(MANIFEST);
    expectDecodedSame(
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\n---\n# only\n---\nkey: 1\n',
    );
    expectDecodedSame('');
    expectDecodedSame('# only a comment\n');
    expectDecodedSame('- a\n- b: c\n  d: [1, "2", \'3\']\n');
  });

  it('declines what it does not implement, and the result is still the composer’s', () => {
    const declined = [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'base: &b {x: 1}\nc:\n  <<: *b\n',
      '"quoted": key\n',
      'on: push\n',
      'a: 1\na: 2\n',
      'a: "esc\\"aped"\n',
      'a: plain\n  continued\n',
      'a: [1, [2]]\n',
      'a: |2\n   x\n',
      'a: |+\n  x\n\n',
      'a:\tb\n',
      'a: 1\r\nb: 2\r\n',
      '%YAML 1.1\n---\na: 1\n',
      'a: b: c\n',
      'a: 1\n...\n',
      '  a: 1\n b: 2\n',
      'null: ~\n',
      'a: .inf\n',
      'a:\n  - - x\n',
    ];
    for (const text of declined) {
      expect(decodeBlockYaml(text, options.maxDepth), text).toBeUndefined();
      expectSame(text);
    }
    // A List is decoded, but its items are located by the composer.
    expectSame('apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n- 3\n');
  });

  it('declines documents deeper than the limit, which the composer reports as too deep', () => {
    const deep = `${Array.from({ length: 6 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} x\n`;
    expect(decodeBlockYaml(deep, 3)).toBeUndefined();
    expect(decodeBlockYaml(deep, 7)).toBeDefined();
    expect(parseDocuments('f.yaml', deep, { maxDepth: 3 })).toMatchObject(
      parseDocumentsComposed('f.yaml', deep, { maxDepth: 3 }),
    );
  });

  it('agrees with the composer on every YAML file of the fixtures, the examples and the Flux CRDs', () => {
    const directories = [path.join(repoRoot, 'test', 'fixtures'), path.join(repoRoot, 'examples')];
    const crds = sharedTestdata('flux-crds');
    if (crds !== undefined) directories.push(crds);
    let decoded = 0;
    for (const file of directories.flatMap(yamlFilesUnder)) {
      const text = readFileSync(file, 'utf8');
      if (decodeBlockYaml(text, options.maxDepth) !== undefined) decoded++;
      expectSame(text, file);
    }
    // Most of them must take the fast path, or the comparison proves little.
    expect(decoded).toBeGreaterThan(50);
  });

  it('agrees with the composer on generated block YAML (fast-check)', () => {
    const trickyKey = fc.constantFrom(
      'a',
      'name',
      'app.kubernetes.io/name',
      'a b',
      'a#b',
      'a:b',
      'y',
      'no',
      '1',
      '<<',
      '"q"',
      "'q'",
      '-k',
      '?k',
      'k ',
      'x #c',
      '__proto__',
    );
    const trickyScalar = fc.constantFrom(
      'v',
      'yes',
      'No',
      'on',
      '0777',
      '0x1F',
      '1_000',
      '1e3',
      '1.10',
      '.5',
      '.inf',
      '-.inf',
      '.nan',
      '~',
      'null',
      '',
      '-1',
      '--flag=x',
      '-',
      '- x',
      '"yes"',
      "'it''s'",
      '"a\\tb"',
      '"a # b"',
      'a # comment',
      'a#b',
      'a: b',
      'a:',
      'http://x:80/y',
      '[a, "b", 1, yes]',
      '[]',
      '{}',
      '{a: 1, b: "x"}',
      '{a: 1, a: 2}',
      '[a, [b]]',
      '[a,]',
      '&x v',
      '*x',
      '!!int 3',
      '!custom v',
      '|',
      '|-',
      '>',
      '>-',
      '|+',
      '|2',
      '@x',
      '`x',
      '%x',
      'é ü 日本',
      '2001-12-14',
      '12:30',
      '#',
    );
    // Mostly what manifests hold, so that most documents reach the fast path; the rest probes it.
    const key = fc.oneof(
      {
        arbitrary: fc.constantFrom('name', 'image', 'app.kubernetes.io/name', 'value', 'spec', 'x-y_z'),
        weight: 30,
      },
      { arbitrary: trickyKey, weight: 1 },
    );
    const scalar = fc.oneof(
      {
        arbitrary: fc.constantFrom('web', 'yes', '8080', '1.10', '"quoted"', "'single'", '|', '>-', '[a, 1]'),
        weight: 15,
      },
      { arbitrary: trickyScalar, weight: 1 },
    );
    const blockLines = fc
      .array(fc.constantFrom('text', '  more', '', '#c', 'x: y', '   ', '    deep'), { maxLength: 4 })
      .map((lines) => ['text', ...lines]);
    type Tree =
      | { kind: 'scalar'; value: string; block: string[] }
      | { kind: 'map' | 'seq'; items: [string, Tree][] };
    const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.record({ kind: fc.constant('scalar' as const), value: scalar, block: blockLines }),
        fc.record({
          kind: fc.constantFrom('map' as const, 'seq' as const),
          items: fc.uniqueArray(fc.tuple(key, tie('tree')), {
            minLength: 1,
            maxLength: 4,
            selector: ([name]) => name,
          }),
        }),
      ),
    }));
    interface Layout {
      indent: number;
      indentlessSequences: boolean;
      compact: boolean;
      comments: boolean;
    }
    const layout: fc.Arbitrary<Layout> = fc.record({
      indent: fc.constantFrom(1, 2, 4),
      indentlessSequences: fc.boolean(),
      compact: fc.boolean(),
      comments: fc.boolean(),
    });
    const render = (node: Tree, depth: number, style: Layout): string[] => {
      const pad = ' '.repeat(depth * style.indent);
      if (node.kind === 'scalar') return [];
      const lines: string[] = [];
      node.items.forEach(([name, child], index) => {
        const lead = node.kind === 'map' ? `${pad}${name}:` : `${pad}-`;
        if (style.comments && index === 0) lines.push(`${pad}# note`);
        if (child.kind === 'scalar') {
          lines.push(`${lead}${child.value === '' ? '' : ` ${child.value}`}`);
          if (/^[|>]/.test(child.value)) {
            for (const line of child.block)
              lines.push(line === '' ? '' : `${pad}${' '.repeat(style.indent)}${line}`);
          }
          return;
        }
        const inner = render(child, depth + 1, style);
        if (node.kind === 'seq' && child.kind === 'map' && style.compact && inner[0] !== undefined) {
          // `- key: value`, with the mapping's further keys under the first.
          lines.push(`${lead} ${inner[0].trimStart()}`);
          const shift = pad.length + 2;
          const base = (depth + 1) * style.indent;
          for (const line of inner.slice(1)) {
            lines.push(
              line === '' ? '' : `${' '.repeat(shift)}${line.slice(Math.min(base, line.search(/\S|$/)))}`,
            );
          }
          return;
        }
        lines.push(lead);
        const dedent =
          node.kind === 'map' && child.kind === 'seq' && style.indentlessSequences ? style.indent : 0;
        lines.push(...inner.map((line) => line.slice(Math.min(dedent, line.search(/\S|$/)))));
      });
      return lines;
    };
    const document = fc
      .tuple(tree, layout)
      .filter(([root]) => root.kind !== 'scalar')
      .map(([root, style]) => `${render(root, 0, style).join('\n')}\n`);
    const stream = fc.array(document, { minLength: 1, maxLength: 3 }).map((docs) => docs.join('---\n'));
    let decoded = 0;
    fc.assert(
      fc.property(stream, (text) => {
        if (decodeBlockYaml(text, options.maxDepth) !== undefined) decoded++;
        expectSame(text);
      }),
      { numRuns: 3000 },
    );
    // The generator must reach the fast path often, or the property says little about it.
    expect(decoded).toBeGreaterThan(600);
  });

  it('agrees with the composer on arbitrary text over YAML’s punctuation (fast-check)', () => {
    const text = fc
      .array(
        fc.constantFrom(
          'a',
          'b',
          '1',
          ' ',
          '  ',
          ':',
          ': ',
          '- ',
          '-',
          '#',
          ' #',
          "'",
          '"',
          '|',
          '>',
          '[',
          ']',
          '{',
          '}',
          ',',
          '\n',
          '\n  ',
          '---\n',
          'yes',
          '\\',
        ),
        {
          maxLength: 40,
        },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (source) => {
        expectSame(source);
      }),
      { numRuns: 5000 },
    );
  });
});
