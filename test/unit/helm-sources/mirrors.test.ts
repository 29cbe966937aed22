import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChartCredentials, MirrorMap, parseMirror } from '../../../src/core/helm/sources/index.js';

const base = path.resolve('/work/repo');

describe('parseMirror', () => {
  it('reads URL targets, relative and absolute directories and file:// URLs', () => {
    expect(parseMirror('https://charts.example.com/=https://mirror.internal/charts/', base)).toEqual({
      from: 'https://charts.example.com',
      to: { kind: 'url', url: 'https://mirror.internal/charts' },
    });
    expect(parseMirror('oci://ghcr.io/acme=./mirror/ghcr', base).to).toEqual({
      kind: 'directory',
      path: path.join(base, 'mirror', 'ghcr'),
    });
    expect(parseMirror('https://x.example=/srv/charts', base).to).toEqual({
      kind: 'directory',
      path: '/srv/charts',
    });
    expect(parseMirror('https://x.example=file:///srv/charts', base).to).toEqual({
      kind: 'directory',
      path: '/srv/charts',
    });
  });

  it('rejects text that is not FROM=TO, and FROM that is not an http(s) or oci URL', () => {
    expect(() => parseMirror('https://x.example', base)).toThrow(/is not FROM=TO/);
    expect(() => parseMirror('=./dir', base)).toThrow(/is not FROM=TO/);
    expect(() => parseMirror('charts.example.com=./dir', base)).toThrow(/FROM must be an http/);
  });
});

describe('MirrorMap', () => {
  const mirrors = MirrorMap.parse(
    [
      'https://charts.acme.example=examples/mirror/charts.acme.example',
      'https://charts.acme.example/private=https://cache.internal/private',
      'oci://ghcr.io/acme/charts=examples/mirror/ghcr.io/acme/charts',
    ],
    base,
  );

  it('rewrites by the longest matching prefix', () => {
    expect(mirrors.map('https://charts.acme.example/private/index.yaml')).toEqual({
      kind: 'url',
      url: 'https://cache.internal/private/index.yaml',
      mirrored: true,
    });
    expect(mirrors.map('https://charts.acme.example/stable')).toEqual({
      kind: 'directory',
      path: path.join(base, 'examples/mirror/charts.acme.example/stable'),
    });
    expect(mirrors.map('oci://ghcr.io/acme/charts/node-agent')).toEqual({
      kind: 'directory',
      path: path.join(base, 'examples/mirror/ghcr.io/acme/charts/node-agent'),
    });
  });

  it('matches whole path segments only, and leaves other URLs alone', () => {
    expect(mirrors.map('https://charts.acme.example.evil.com/stable')).toEqual({
      kind: 'url',
      url: 'https://charts.acme.example.evil.com/stable',
      mirrored: false,
    });
    expect(mirrors.map('oci://ghcr.io/acme/chartsX/a')).toMatchObject({ mirrored: false });
  });

  it('refuses a URL whose path would leave the mirror directory', () => {
    expect(() => mirrors.map('https://charts.acme.example/%2e%2e/%2e%2e/etc')).toThrow(/cannot be mapped/);
  });
});

describe('ChartCredentials', () => {
  const credentials = new ChartCredentials([
    { url: 'https://charts.example.com', username: 'all', password: 'pw-all' },
    { url: 'https://charts.example.com/private/', username: 'private', password: 'pw-private' },
    { url: 'oci://ghcr.io/acme', username: 'bot', password: 'ghp-token' },
  ]);

  it('picks the longest URL prefix on segment boundaries', () => {
    expect(credentials.forUrl('https://charts.example.com/private/index.yaml')?.username).toBe('private');
    expect(credentials.forUrl('https://charts.example.com/public/a-1.0.0.tgz')?.username).toBe('all');
    expect(credentials.forUrl('https://charts.example.community/x')).toBeUndefined();
    expect(credentials.forUrl('oci://ghcr.io/acme/charts/agent')?.username).toBe('bot');
    expect(credentials.forUrl('oci://ghcr.io/other/agent')).toBeUndefined();
  });

  it('lists every password and basic-auth encoding for scrubbing', () => {
    expect(credentials.secrets()).toContain('pw-private');
    expect(credentials.secrets()).toContain(Buffer.from('bot:ghp-token').toString('base64'));
  });

  it('refuses entries that are not http(s) or oci URLs', () => {
    expect(() => new ChartCredentials([{ url: 'ghcr.io', username: 'a', password: 'b' }])).toThrow(
      /expected an http/,
    );
  });
});
