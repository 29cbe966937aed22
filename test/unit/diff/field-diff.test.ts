import { describe, expect, it } from 'vitest';
import { fieldDiff } from '../../../src/core/diff/field-diff.js';
import { formatPath, setAt } from '../../../src/core/diff/field-path.js';
import type { KubeValue } from '../../../src/core/yaml/kubernetes-decode.js';

const paths = (a: KubeValue, b: KubeValue) =>
  fieldDiff(a, b).map((hunk) => `${hunk.change} ${formatPath(hunk.path)}`);

describe('fieldDiff', () => {
  it('finds nothing between equal values whatever their key order', () => {
    expect(fieldDiff({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toEqual([]);
  });

  it('names list items by name, so inserting a container changes only what changed', () => {
    const base = { containers: [{ name: 'app', image: 'a:1' }] };
    const head = {
      containers: [
        { name: 'sidecar', image: 's:1' },
        { name: 'app', image: 'a:2' },
      ],
    };
    expect(fieldDiff(base, head)).toEqual([
      { path: ['containers', { name: 'app' }, 'image'], change: 'changed', old: 'a:1', new: 'a:2' },
      { path: ['containers', { name: 'sidecar' }], change: 'added', new: { name: 'sidecar', image: 's:1' } },
    ]);
  });

  it('falls back to indexes when items lack names or share one', () => {
    expect(paths({ ports: [{ port: 80 }] }, { ports: [{ port: 81 }, { port: 443 }] })).toEqual([
      'changed ports[0].port',
      'added ports[1]',
    ]);
    const mounts = (path: string) => ({
      volumeMounts: [
        { name: 'data', mountPath: '/a' },
        { name: 'data', mountPath: path },
      ],
    });
    expect(paths(mounts('/b'), mounts('/c'))).toEqual(['changed volumeMounts[1].mountPath']);
  });

  it('compares lists of scalars as a whole', () => {
    expect(fieldDiff({ args: ['--a', '--b'] }, { args: ['--a', '--x', '--b'] })).toEqual([
      { path: ['args'], change: 'changed', old: ['--a', '--b'], new: ['--a', '--x', '--b'] },
    ]);
  });

  it('reports each key of a map present on one side only, so one key can be told from another', () => {
    expect(
      paths({ metadata: {} }, { metadata: { annotations: { 'checksum/config': 'x', team: 'a' } } }),
    ).toEqual(['added metadata.annotations["checksum/config"]', 'added metadata.annotations.team']);
  });

  it('treats a first item added to an empty list as an added item', () => {
    expect(paths({ env: [] }, { env: [{ name: 'A', value: '1' }] })).toEqual(['added env[name=A]']);
  });

  it('reports a change of type as changed', () => {
    expect(fieldDiff({ a: '1' }, { a: 1 })).toEqual([{ path: ['a'], change: 'changed', old: '1', new: 1 }]);
  });
});

describe('setAt', () => {
  it('sets through named items and creates missing maps on the way', () => {
    const value: KubeValue = { spec: { containers: [{ name: 'app', image: 'a' }] } };
    setAt(value, ['spec', 'containers', { name: 'app' }, 'image'], 'b');
    setAt(value, ['metadata', 'labels', 'x'], 'y');
    expect(value).toEqual({
      spec: { containers: [{ name: 'app', image: 'b' }] },
      metadata: { labels: { x: 'y' } },
    });
  });

  it('removes a key when the value is undefined', () => {
    const value: KubeValue = { metadata: { labels: { a: '1', b: '2' } } };
    setAt(value, ['metadata', 'labels', 'a'], undefined);
    expect(value).toEqual({ metadata: { labels: { b: '2' } } });
  });
});
