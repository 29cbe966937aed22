import { describe, expect, it } from 'vitest';
import { parseDocuments } from '../../../src/core/validate/input/parse-documents.js';
import { isKnownStringField } from '../../../src/core/validate/input/yaml11-surprise.js';

const options = { maxDepth: 100 };
const summary = (text: string, file = 'f.yaml') => {
  const parsed = parseDocuments(file, text, options);
  return {
    objects: parsed.objects.map(
      (object) => `${object.identity.kind}/${object.identity.name}@${object.location.line}`,
    ),
    findings: parsed.findings.map(
      (finding) => `${finding.ruleId}@${finding.location.line}:${finding.location.column}`,
    ),
    skipped: parsed.skipped.map((entry) => `${entry.location.line}: ${entry.reason}`),
  };
};

describe('parseDocuments, the fast path', () => {
  it('reads documents with and without --- and skips empty ones silently', () => {
    const text =
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\n---\n# only a comment\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: b}\n';
    expect(summary(text)).toEqual({ objects: ['Namespace/a@1', 'Namespace/b@9'], findings: [], skipped: [] });
  });

  it('expands kind: List items, each at its own line', () => {
    const text =
      'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: a}\n  - 3\n';
    expect(summary(text)).toEqual({
      objects: ['ConfigMap/a@4'],
      findings: ['yaml/not-an-object@7:5'],
      skipped: [],
    });
  });

  it('reads JSON with JSON.parse, and falls back to the YAML parser to locate a JSON syntax error', () => {
    expect(
      summary('{"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s"}}', 'f.json').objects,
    ).toEqual(['Secret/s@1']);
    expect(summary('{\n  "apiVersion": "v1",\n  "kind": ]\n}', 'f.json').findings).toEqual([
      'yaml/syntax@3:11',
    ]);
  });

  it('skips, with a reason, documents that are not Kubernetes objects', () => {
    expect(summary('replicaCount: 2\n---\n- a\n').skipped).toEqual([
      '1: the document has no apiVersion and kind, so it is not a Kubernetes object',
      '3: the document is a list, not a Kubernetes object',
    ]);
  });

  it('reports a duplicate key at the second occurrence, naming the first, comparing keys as Kubernetes does', () => {
    const parsed = parseDocuments(
      'f.yaml',
      'apiVersion: v1\nkind: ConfigMap\ndata:\n  1: a\n  "1": b\n',
      options,
    );
    expect(
      parsed.findings.map((finding) => [finding.ruleId, finding.location.line, finding.message]),
    ).toEqual([
      ['yaml/duplicate-key', 5, 'duplicate key "1" (first at line 4); the last value wins when applied'],
    ]);
  });

  it('does not count merge keys as duplicates', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nx: &x {a: b}\ny: &y {c: d}\ndata:\n  <<: *x\n  <<: *y\n';
    expect(summary(text).findings).toEqual([]);
  });

  it('reports YAML 1.1 surprises only in fields known to hold strings', () => {
    const text = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: d, annotations: {enabled: on}}',
      'spec:',
      '  replicas: 0777',
      '  template:',
      '    spec:',
      '      containers:',
      '        - image: 1.10',
      '          args: [--x, 1]',
      '          env: [{name: A, value: no}]',
    ].join('\n');
    expect(summary(text).findings).toEqual([
      'yaml/yaml11-surprise@3:44',
      'yaml/yaml11-surprise@9:18',
      'yaml/yaml11-surprise@10:23',
      'yaml/yaml11-surprise@11:34',
    ]);
  });

  it('turns the decoder’s alias-ratio refusal into input/alias-bomb', () => {
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 6; i++)
      levels.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const text = `apiVersion: v1\nkind: ConfigMap\n${levels.join('\n')}\n`;
    expect(parseDocuments('f.yaml', text, options).findings.map((finding) => finding.ruleId)).toEqual([
      'input/alias-bomb',
    ]);
  });
});

describe('isKnownStringField', () => {
  it.each([
    ['Pod', ['metadata', 'labels', 'a'], true],
    ['Deployment', ['spec', 'template', 'metadata', 'annotations', 'a'], true],
    ['Deployment', ['spec', 'replicas'], false],
    ['ConfigMap', ['data', 'k'], true],
    ['Secret', ['data', 'k'], false],
    ['HelmRelease', ['spec', 'values', 'image', 'tag'], true],
    ['HelmRelease', ['spec', 'values', 'replicaCount'], false],
  ] as const)('%s %j → %s', (kind, path, expected) => {
    expect(isKnownStringField(kind, path)).toBe(expected);
  });
});
