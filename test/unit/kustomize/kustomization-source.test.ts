import { describe, expect, test } from 'vitest';
import { mapSource, normalizeGitUrl } from '../../../src/core/flux/kustomization-source.js';

describe('normalizeGitUrl', () => {
  test.each([
    'https://github.com/acme/fleet',
    'https://github.com/acme/fleet.git',
    'ssh://git@github.com/acme/fleet',
    'ssh://git@github.com:22/acme/fleet.git',
    'git@github.com:acme/fleet.git',
    'HTTPS://GitHub.com/acme/fleet/',
  ])('%s is github.com/acme/fleet', (url) => {
    expect(normalizeGitUrl(url)).toBe('github.com/acme/fleet');
  });
});

describe('mapSource', () => {
  const repositories = new Map([
    ['flux-system/other', { spec: { url: 'https://github.com/acme/other' } }],
    ['flux-system/mirror', { spec: { url: 'ssh://git@github.com/acme/fleet' } }],
  ]);
  const ref = (kind: string, name: string) => ({ kind, name, namespace: 'flux-system' });

  test('the bootstrap GitRepository flux-system/flux-system is this repository', () => {
    expect(mapSource(ref('GitRepository', 'flux-system'), new Map(), [])).toEqual({
      kind: 'this-repository',
    });
  });

  test('another GitRepository is this repository only when its URL is one of ours', () => {
    const urls = ['https://github.com/acme/fleet.git'];
    expect(mapSource(ref('GitRepository', 'mirror'), repositories, urls).kind).toBe('this-repository');
    expect(mapSource(ref('GitRepository', 'other'), repositories, urls)).toMatchObject({
      kind: 'unsupported',
      reason: expect.stringContaining('is another repository'),
    });
    expect(mapSource(ref('GitRepository', 'absent'), repositories, urls)).toMatchObject({
      reason: expect.stringContaining('is not defined'),
    });
  });

  test('OCIRepository, Bucket and ExternalArtifact sources are unsupported, with a reason', () => {
    for (const kind of ['OCIRepository', 'Bucket', 'ExternalArtifact']) {
      expect(mapSource(ref(kind, 'x'), repositories, [])).toMatchObject({
        kind: 'unsupported',
        reason: `its source is ${kind} flux-system/x, which render cannot fetch yet`,
      });
    }
  });
});
