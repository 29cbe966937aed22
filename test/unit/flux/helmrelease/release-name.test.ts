import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GitopsError } from '../../../../src/core/errors.js';
import {
  helmChartName,
  releaseName,
  releaseNamespace,
  shortenName,
  storageNamespace,
} from '../../../../src/core/flux/helmrelease/release-name.js';

const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('releaseName', () => {
  it('is metadata.name when neither releaseName nor targetNamespace is set', () => {
    expect(releaseName({ metadata: { name: 'podinfo', namespace: 'apps' } })).toBe('podinfo');
  });

  it('is targetNamespace-name when targetNamespace is set', () => {
    const hr = { metadata: { name: 'podinfo', namespace: 'flux-system' }, spec: { targetNamespace: 'prod' } };
    expect(releaseName(hr)).toBe('prod-podinfo');
  });

  it('prefers spec.releaseName over the targetNamespace composition', () => {
    const hr = { metadata: { name: 'podinfo' }, spec: { releaseName: 'web', targetNamespace: 'prod' } };
    expect(releaseName(hr)).toBe('web');
  });

  it('treats empty strings as unset, as the controller does', () => {
    expect(
      releaseName({ metadata: { name: 'podinfo' }, spec: { releaseName: '', targetNamespace: '' } }),
    ).toBe('podinfo');
  });

  it('shortens a composed name over 53 characters to 40 characters, a hyphen and 12 hex digits of its sha256', () => {
    const targetNamespace = 'a-rather-long-target-namespace-name';
    const name = 'and-an-equally-long-release';
    const full = `${targetNamespace}-${name}`;
    expect(full.length).toBeGreaterThan(53);
    const shortened = releaseName({ metadata: { name }, spec: { targetNamespace } });
    expect(shortened).toBe(`${full.slice(0, 40)}-${sha256Hex(full).slice(0, 12)}`);
    expect(shortened).toHaveLength(53);
  });
});

describe('shortenName', () => {
  it('keeps a name of exactly 53 characters', () => {
    const name = 'x'.repeat(53);
    expect(shortenName(name)).toBe(name);
  });

  it('shortens a name of 54 characters', () => {
    const name = 'x'.repeat(54);
    expect(shortenName(name)).toBe(`${'x'.repeat(40)}-${sha256Hex(name).slice(0, 12)}`);
  });

  it('neither lowercases nor trims: a cut ending in a hyphen leaves two', () => {
    const name = `${'A'.repeat(39)}-${'b'.repeat(20)}`;
    expect(shortenName(name)).toBe(`${'A'.repeat(39)}--${sha256Hex(name).slice(0, 12)}`);
  });
});

describe('namespaces', () => {
  const hr = { metadata: { name: 'podinfo', namespace: 'flux-system' } };

  it('releases into targetNamespace, else the HelmRelease namespace', () => {
    expect(releaseNamespace(hr)).toBe('flux-system');
    expect(releaseNamespace({ ...hr, spec: { targetNamespace: 'prod' } })).toBe('prod');
  });

  it('stores releases in storageNamespace, else the HelmRelease namespace, regardless of targetNamespace', () => {
    expect(storageNamespace({ ...hr, spec: { targetNamespace: 'prod' } })).toBe('flux-system');
    expect(storageNamespace({ ...hr, spec: { storageNamespace: 'helm-state' } })).toBe('helm-state');
  });

  it('names the HelmChart namespace-name, unshortened', () => {
    const long = { metadata: { name: 'n'.repeat(60), namespace: 'flux-system' } };
    expect(helmChartName(hr)).toBe('flux-system-podinfo');
    expect(helmChartName(long)).toBe(`flux-system-${'n'.repeat(60)}`);
  });

  it('refuses a HelmRelease without a namespace instead of guessing default', () => {
    const orphan = { metadata: { name: 'podinfo' }, location: { file: 'apps/podinfo.yaml', line: 3 } };
    expect(() => releaseNamespace(orphan)).toThrow(GitopsError);
    expect(() => helmChartName(orphan)).toThrow(/podinfo has no metadata.namespace/);
    expect(releaseNamespace({ ...orphan, spec: { targetNamespace: 'prod' } })).toBe('prod');
  });
});
