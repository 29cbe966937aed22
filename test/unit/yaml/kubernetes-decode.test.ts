import { describe, expect, it } from 'vitest';
import { GitopsError } from '../../../src/core/errors.js';
import { locationOf, parseYamlFile } from '../../../src/core/yaml/documents.js';
import { decodeKubernetes, YamlDecodeError } from '../../../src/core/yaml/kubernetes-decode.js';

function decode(text: string, index = 0): unknown {
  const file = parseYamlFile('t.yaml', text);
  const doc = file.documents[index];
  if (!doc) throw new Error('no document');
  return decodeKubernetes(doc.document, (node) => locationOf(file, node));
}

function decodeError(text: string): YamlDecodeError {
  try {
    decode(text);
  } catch (error) {
    if (error instanceof YamlDecodeError) return error;
    throw error;
  }
  throw new Error('decoded without error');
}

describe('decodeKubernetes', () => {
  it('decodes YAML 1.1 booleans, numbers and nulls as sigs.k8s.io/yaml does', () => {
    const text = [
      'a: yes',
      'b: off',
      'c: Y',
      'd: "yes"',
      'e: 0777',
      'f: 0x1F',
      'g: 1_000',
      'h: 1.10',
      'i: ~',
      'j:',
      'k: 2001-12-14',
      'l: 1:20',
      "m: 'on'",
      'q: !!str 12',
      'o: !!float 1',
      'p: |',
      '  text',
    ].join('\n');
    expect(decode(text)).toEqual({
      a: true,
      b: false,
      c: true,
      d: 'yes',
      e: 511,
      f: 31,
      g: 1000,
      h: 1.1,
      i: null,
      j: null,
      k: '2001-12-14',
      l: '1:20',
      m: 'on',
      q: '12',
      o: 1,
      p: 'text\n',
    });
  });

  it('converts non-string keys to the strings Kubernetes uses', () => {
    // `n`, `y`, `on` as keys are booleans too: the classic `on:` trap in workflow-like YAML.
    expect(decode('n: a\non: b\n')).toEqual({ false: 'a', true: 'b' });
    expect(decode('1: a\n1.5: b\ntrue: c\nyes: d\n1e6: e\n.inf: f\n')).toEqual({
      '1': 'a',
      '1.5': 'b',
      true: 'd',
      '1e+06': 'e',
      '.inf': 'f',
    });
  });

  it('keeps the last of duplicate keys', () => {
    expect(decode('a: 1\na: 2\n')).toEqual({ a: 2 });
  });

  it('applies merge keys in go-yaml v2 order: earlier sources win, later explicit keys win', () => {
    const text = ['x: &x {a: 1, b: 1}', 'y: &y {b: 2, c: 2}', 'm:', '  <<: [*x, *y]', '  c: 3'].join('\n');
    expect((decode(text) as Record<string, unknown>).m).toEqual({ a: 1, b: 1, c: 3 });
    // go-yaml v2 merges into the map in document order, so a merge after a key overrides it.
    expect((decode('x: &x {a: 1}\nm:\n  a: 0\n  <<: *x\n') as Record<string, unknown>).m).toEqual({ a: 1 });
    expect(decode("'<<': 1\n")).toEqual({ '<<': 1 });
  });

  it('refuses a merge of something that is not a mapping', () => {
    expect(decodeError('a: &a [1]\nb:\n  <<: *a\n').message).toBe(
      'map merge requires map or sequence of maps as the value',
    );
  });

  it('does not let a key named __proto__ change the prototype', () => {
    const value = decode('__proto__: {polluted: true}\n') as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stops an alias bomb with the error Kubernetes gives, at a location', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 9; i++) {
      const prev = `*a${i - 1}`;
      lines.push(`a${i}: &a${i} [${Array(10).fill(prev).join(', ')}]`);
    }
    const started = Date.now();
    const error = decodeError(`${lines.join('\n')}\n`);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(error).toBeInstanceOf(GitopsError);
    expect(error.message).toBe('document contains excessive aliasing');
    expect(error.location).toMatchObject({ file: 't.yaml' });
    // The location is the outermost alias being expanded, the one a person would remove.
    expect(error.location?.line).toBeGreaterThan(1);
    expect(error.location?.column).toBeGreaterThan(1);
  });

  it('accepts ordinary alias use', () => {
    expect(decode('a: &v {k: 1}\nb: *v\nc: *v\n')).toEqual({ a: { k: 1 }, b: { k: 1 }, c: { k: 1 } });
  });

  it('refuses values JSON cannot hold and keys Kubernetes rejects', () => {
    expect(decodeError('a: .inf\n').message).toBe('json: unsupported value: +Inf');
    expect(decodeError('~: a\n').message).toBe('unsupported map key of type: <nil>');
    expect(decodeError('a: !!int foo\n').message).toBe('cannot decode !!str `foo` as a !!int');
    const located = decodeError('a: 1\nb: .nan\n');
    expect(located.location).toEqual({ file: 't.yaml', line: 2, column: 4 });
  });

  it('refuses an anchor that contains itself', () => {
    expect(decodeError('a: &x {b: *x}\n').message).toMatch(/contains itself/);
  });
});
