import { describe, expect, it } from 'vitest';
import { composeValues } from '../../../../src/core/flux/helmrelease/values-merge.js';
import {
  type KubeObject,
  type ValuesReference,
  ValuesReferenceError,
} from '../../../../src/core/flux/helmrelease/values-reference.js';
import type { KubeValue } from '../../../../src/core/yaml/kubernetes-decode.js';

const helmRelease = { name: 'podinfo', namespace: 'apps' };
const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** ConfigMaps and Secrets by `Kind/name`, all in the HelmRelease's namespace. */
function compose(
  objects: Record<string, KubeObject>,
  valuesFrom: ValuesReference[],
  values?: KubeValue,
): ReturnType<typeof composeValues> {
  return composeValues({
    helmRelease,
    valuesFrom,
    ...(values === undefined ? {} : { values }),
    resolve: (kind, namespace, name) => (namespace === 'apps' ? objects[`${kind}/${name}`] : undefined),
  });
}

const configMap = (data: Record<string, string>): KubeObject => ({ data });
const secret = (data: Record<string, string>): KubeObject => ({
  data: Object.fromEntries(Object.entries(data).map(([key, value]) => [key, b64(value)])),
});

// fluxcd/pkg chartutil values_test.go TestChartValuesFromReferences, as facts.
describe('composeValues: fluxcd/pkg ChartValuesFromReferences cases', () => {
  it('merges ConfigMap then Secret then inline values, later winning ("merges")', () => {
    const objects = {
      'ConfigMap/values': configMap({ 'values.yaml': 'flat: value\nnested:\n  configuration: value\n' }),
      'Secret/values': secret({ 'values.yaml': 'flat:\n  nested: value\nnested: value\n' }),
    };
    const refs = [
      { kind: 'ConfigMap', name: 'values' },
      { kind: 'Secret', name: 'values' },
    ];
    expect(compose(objects, refs, { other: 'values' })).toEqual({
      flat: { nested: 'value' },
      nested: 'value',
      other: 'values',
    });
  });

  it('writes a Secret key at a target path ("with target path")', () => {
    const objects = { 'Secret/values': secret({ single: 'value' }) };
    const refs = [
      { kind: 'Secret', name: 'values', valuesKey: 'single', targetPath: 'merge.at.specific.path' },
    ];
    expect(compose(objects, refs)).toEqual({ merge: { at: { specific: { path: 'value' } } } });
  });

  it('target path precedence over all', () => {
    const objects = {
      'ConfigMap/values': configMap({
        'values.yaml': 'flat: value\nnested:\n  configuration:\n  - one\n  - two\n',
      }),
      'Secret/values': secret({ key: 'value' }),
    };
    const refs = [
      { kind: 'Secret', name: 'values', valuesKey: 'key', targetPath: 'nested.configuration[0]' },
      { kind: 'ConfigMap', name: 'values' },
    ];
    const inline = { nested: { configuration: ['list', 'item', 'option'] } };
    expect(compose(objects, refs, inline)).toEqual({
      flat: 'value',
      nested: { configuration: ['value', 'item', 'option'] },
    });
    expect(inline.nested.configuration).toEqual(['list', 'item', 'option']);
  });

  it('writes a list item after a YAML merge ("target path for string type array item")', () => {
    const objects = {
      'ConfigMap/values': configMap({
        'values.yaml': 'flat: value\nnested:\n  configuration:\n  - list\n  - item\n  - option\n',
      }),
      'Secret/values': secret({ 'values.yaml': 'foo' }),
    };
    const refs = [
      { kind: 'ConfigMap', name: 'values' },
      { kind: 'Secret', name: 'values', targetPath: 'nested.configuration[1]' },
    ];
    expect(compose(objects, refs, { other: 'values' })).toEqual({
      flat: 'value',
      nested: { configuration: ['list', 'foo', 'option'] },
      other: 'values',
    });
  });

  it('tolerates a missing object only when the reference is optional', () => {
    for (const kind of ['ConfigMap', 'Secret']) {
      expect(compose({}, [{ kind, name: 'missing', optional: true }])).toEqual({});
      expect(() => compose({}, [{ kind, name: 'missing' }])).toThrow(
        `HelmRelease apps/podinfo: could not resolve ${kind} chart values reference 'apps/missing' with key 'values.yaml': resource not found`,
      );
    }
  });

  it('tolerates a missing key only when the reference is optional, although the CRD says otherwise', () => {
    const objects = { 'ConfigMap/values': configMap({}), 'Secret/values': secret({}) };
    for (const kind of ['ConfigMap', 'Secret']) {
      expect(compose(objects, [{ kind, name: 'values', valuesKey: 'nonexisting', optional: true }])).toEqual(
        {},
      );
      expect(() => compose(objects, [{ kind, name: 'values', valuesKey: 'nonexisting' }])).toThrow(
        /with key 'nonexisting': key not found/,
      );
    }
  });

  it('refuses an unsupported kind', () => {
    expect(() => compose({}, [{ kind: 'Unsupported', name: 'x' }])).toThrow(
      /unsupported values reference kind/,
    );
  });

  it('refuses data that is not a YAML mapping ("invalid values")', () => {
    const objects = { 'ConfigMap/values': configMap({ 'values.yaml': '\ninvalid' }) };
    const error = captureError(() => compose(objects, [{ kind: 'ConfigMap', name: 'values' }]));
    expect(error.reason).toBe('failed to read values data');
    expect(error.message).toMatch(/not a YAML mapping/);
  });

  it('mangles a value with commas without literal, and keeps it verbatim with literal', () => {
    const objects = {
      'Secret/kafka': secret({ brokers: 'kafka01.net:9092,kafka02.net:9092,kafka03.net:9092' }),
    };
    const ref = { kind: 'Secret', name: 'kafka', valuesKey: 'brokers', targetPath: 'kafka.brokers' };
    expect(() => compose(objects, [ref])).toThrow(/failed to merge value|has no value/);
    expect(compose(objects, [{ ...ref, literal: true }])).toEqual({
      kafka: { brokers: 'kafka01.net:9092,kafka02.net:9092,kafka03.net:9092' },
    });
  });

  it('keeps multi-line content with brackets verbatim at an escaped path with literal', () => {
    const content = 'server:\n  port: 8080\ninclude: [ "prometheus", "health" ]\n';
    const objects = { 'ConfigMap/values': configMap({ 'application.yml': content }) };
    const ref = {
      kind: 'ConfigMap',
      name: 'values',
      valuesKey: 'application.yml',
      targetPath: 'externalConfig.application\\.yml.content',
    };
    expect(() => compose(objects, [ref])).toThrow(ValuesReferenceError);
    expect(compose(objects, [{ ...ref, literal: true }])).toEqual({
      externalConfig: { 'application.yml': { content } },
    });
  });

  it('ignores literal without a target path ("literal flag without targetPath is ignored")', () => {
    const objects = { 'ConfigMap/values': configMap({ 'values.yaml': 'flat: value\n' }) };
    expect(compose(objects, [{ kind: 'ConfigMap', name: 'values', literal: true }])).toEqual({
      flat: 'value',
    });
  });
});

describe('composeValues: target path typing (fluxcd/pkg ReplacePathValue)', () => {
  const at = (value: string, extra: Partial<ValuesReference> = {}) =>
    compose({ 'Secret/v': secret({ k: value }) }, [
      { kind: 'Secret', name: 'v', valuesKey: 'k', targetPath: 'a.b', ...extra },
    ]);

  it('types unquoted values like --set', () => {
    expect(at('true')).toEqual({ a: { b: true } });
    expect(at('42')).toEqual({ a: { b: 42 } });
    expect(at('null')).toEqual({ a: { b: null } });
    expect(at('{x,y}')).toEqual({ a: { b: ['x', 'y'] } });
    expect(at('value1\\,value2')).toEqual({ a: { b: 'value1,value2' } });
  });

  it('keeps quoted values strings, stripping every surrounding quote', () => {
    expect(at('"true"')).toEqual({ a: { b: 'true' } });
    expect(at("'42'")).toEqual({ a: { b: '42' } });
    expect(at(`"'x'"`)).toEqual({ a: { b: 'x' } });
    expect(at('"{x,y}"')).toEqual({ a: { b: ['x', 'y'] } });
  });

  it('does not type a value that ends in a newline', () => {
    expect(at('true\n')).toEqual({ a: { b: 'true\n' } });
  });

  it('keeps everything a string with literal', () => {
    expect(at('true', { literal: true })).toEqual({ a: { b: 'true' } });
    expect(at('a\\b=c', { literal: true })).toEqual({ a: { b: 'a\\b=c' } });
  });

  it('pads a list index with nulls and unescapes dots in the path', () => {
    const objects = { 'Secret/v': secret({ k: 'master' }) };
    expect(
      compose(objects, [{ kind: 'Secret', name: 'v', valuesKey: 'k', targetPath: 'merge.at[2]' }]),
    ).toEqual({
      merge: { at: [null, null, 'master'] },
    });
    const escaped = [
      { kind: 'Secret', name: 'v', valuesKey: 'k', targetPath: 'nodeSelector.kubernetes\\.io/role' },
    ];
    expect(compose(objects, escaped)).toEqual({ nodeSelector: { 'kubernetes.io/role': 'master' } });
  });
});

describe('composeValues: precedence that follows from MergeMaps sharing maps', () => {
  const objects = {
    'Secret/tp': secret({ k: '1' }),
    'ConfigMap/later': configMap({ 'values.yaml': 'a:\n  b: 2\n' }),
  };
  const refs = [
    { kind: 'Secret', name: 'tp', valuesKey: 'k', targetPath: 'a.b' },
    { kind: 'ConfigMap', name: 'later' },
  ];

  it('lets a later reference override a target path that inline values do not reach', () => {
    expect(compose(objects, refs)).toEqual({ a: { b: 2 } });
    expect(compose(objects, refs, { other: true })).toEqual({ a: { b: 2 }, other: true });
  });

  it('keeps the target path over a later reference when inline values hold the map it writes into', () => {
    expect(compose(objects, refs, { a: { c: 3 } })).toEqual({ a: { b: 1, c: 3 } });
  });

  it('keeps the target path over inline values that set the same key', () => {
    expect(compose(objects, refs.slice(0, 1), { a: { b: 'inline' } })).toEqual({ a: { b: 1 } });
    expect(compose(objects, refs.slice(0, 1), { x: 1 })).toEqual({ a: { b: 1 }, x: 1 });
  });
});

describe('composeValues: inputs, Secrets and validation', () => {
  it('merges maps recursively but replaces lists and lets null overwrite', () => {
    const objects = {
      'ConfigMap/base': configMap({ 'values.yaml': 'list: [1, 2]\nmap: {a: 1, b: 2}\nkeep: x\n' }),
    };
    expect(
      compose(objects, [{ kind: 'ConfigMap', name: 'base' }], { list: [3], map: { b: 3 }, keep: null }),
    ).toEqual({
      list: [3],
      map: { a: 1, b: 3 },
      keep: null,
    });
  });

  it('reads values with YAML 1.1 typing, as sigs.k8s.io/yaml does', () => {
    const objects = { 'ConfigMap/v': configMap({ 'values.yaml': 'enabled: yes\nmode: 0755\n' }) };
    expect(compose(objects, [{ kind: 'ConfigMap', name: 'v' }])).toEqual({ enabled: true, mode: 493 });
  });

  it('treats an empty document as no values and ignores inline values that are not a mapping', () => {
    const objects = { 'ConfigMap/v': configMap({ 'values.yaml': '' }) };
    expect(compose(objects, [{ kind: 'ConfigMap', name: 'v' }], ['not', 'a', 'map'])).toEqual({});
  });

  it('reads Secret stringData over data, as the API server folds it in', () => {
    const objects = {
      'Secret/s': { data: { 'values.yaml': b64('a: data\n') }, stringData: { 'values.yaml': 'a: string\n' } },
    };
    expect(compose(objects, [{ kind: 'Secret', name: 's' }])).toEqual({ a: 'string' });
  });

  it('refuses Secret data that is not base64', () => {
    const objects = { 'Secret/s': { data: { 'values.yaml': 'a: plain' } } };
    expect(() => compose(objects, [{ kind: 'Secret', name: 's' }])).toThrow(/not valid base64/);
  });

  it('refuses targetPath and valuesKey that the CRD patterns reject', () => {
    expect(() => compose({}, [{ kind: 'Secret', name: 's', targetPath: 'a b' }])).toThrow(
      /spec\.valuesFrom\[0\]\.targetPath "a b" does not match/,
    );
    expect(() => compose({}, [{ kind: 'Secret', name: 's', targetPath: 'a[123456]' }])).toThrow(/targetPath/);
    expect(() => compose({}, [{ kind: 'Secret', name: 's', valuesKey: 'a/b' }])).toThrow(
      /spec\.valuesFrom\[0\]\.valuesKey "a\/b" does not match/,
    );
  });

  it('names the HelmRelease and the reference when a value cannot be merged', () => {
    const objects = { 'ConfigMap/v': configMap({ k: 'x' }) };
    const error = captureError(() =>
      compose(objects, [{ kind: 'ConfigMap', name: 'v', valuesKey: 'k', targetPath: 'a[0]' }], {
        a: 'scalar',
      }),
    );
    expect(error.reason).toBe('failed to merge value');
    expect(error.message).toBe(
      "HelmRelease apps/podinfo: could not resolve ConfigMap chart values reference 'apps/v' with key 'k': " +
        'unable to parse key: interface conversion: interface {} is string, not []interface {}',
    );
  });

  it('reads each object once even when several references name it', () => {
    let calls = 0;
    composeValues({
      helmRelease,
      valuesFrom: [
        { kind: 'ConfigMap', name: 'v', valuesKey: 'a' },
        { kind: 'ConfigMap', name: 'v', valuesKey: 'b' },
      ],
      resolve: () => {
        calls++;
        return configMap({ a: 'x: 1', b: 'y: 2' });
      },
    });
    expect(calls).toBe(1);
  });
});

function captureError(run: () => unknown): ValuesReferenceError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValuesReferenceError) return error;
    throw error;
  }
  throw new Error('expected a ValuesReferenceError');
}
