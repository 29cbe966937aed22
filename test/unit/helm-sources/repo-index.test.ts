import { describe, expect, it } from 'vitest';
import { resolvePackageUrl } from '../../../src/core/helm/sources/index.js';
import { findIndexEntry, parseRepoIndex } from '../../../src/core/helm/sources/repo-index.js';

const INDEX = `apiVersion: v1
entries:
  web:
  - name: web
    version: 1.2.0
    digest: abc
    urls: [web-1.2.0.tgz]
  - name: web
    version: 1.10.0
    urls: [https://cdn.example.com/web-1.10.0.tgz]
  - name: web
    version: 2.0.0-rc.1
    urls: [web-2.0.0-rc.1.tgz]
  empty: []
generated: "2026-01-01T00:00:00Z"
`;

describe('repository index', () => {
  const index = parseRepoIndex(INDEX, 'https://charts.example.com/index.yaml');

  it('keeps each version with its URLs and digest', () => {
    expect(index.entries.get('web')?.[0]).toEqual({
      name: 'web',
      version: '1.2.0',
      urls: ['web-1.2.0.tgz'],
      digest: 'abc',
    });
  });

  it('finds the entry source-controller would pick', () => {
    expect(findIndexEntry(index, 'web', '*').version).toBe('1.10.0');
    expect(findIndexEntry(index, 'web', '~1.2').version).toBe('1.2.0');
  });

  it('says which chart or version is missing, in source-controller words', () => {
    expect(() => findIndexEntry(index, 'nope', '*')).toThrow(
      'chart "nope" is not in https://charts.example.com/index.yaml',
    );
    expect(() => findIndexEntry(index, 'web', '3.x')).toThrow(
      "no 'web' chart with version matching '3.x' found",
    );
    expect(() => findIndexEntry(index, 'empty', '*')).toThrow(/not in/);
  });

  it('refuses a document that is not an index', () => {
    expect(() => parseRepoIndex('just: text', 'x')).toThrow('x is not a Helm repository index');
  });

  it('resolves package URLs as Helm ResolveReferenceURL does', () => {
    expect(resolvePackageUrl('https://h.example/charts', 'web-1.0.0.tgz')).toBe(
      'https://h.example/charts/web-1.0.0.tgz',
    );
    expect(resolvePackageUrl('https://h.example/charts/', 'sub/web.tgz')).toBe(
      'https://h.example/charts/sub/web.tgz',
    );
    expect(resolvePackageUrl('https://h.example/charts?token=1', 'web.tgz')).toBe(
      'https://h.example/charts/web.tgz?token=1',
    );
    expect(resolvePackageUrl('https://h.example/charts', 'https://cdn.example/w.tgz')).toBe(
      'https://cdn.example/w.tgz',
    );
  });
});
