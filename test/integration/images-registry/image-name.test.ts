import { describe, expect, it } from 'vitest';
import { isLoopbackHost, parseImageName } from '../../../src/core/images/registry/index.js';

describe('parseImageName', () => {
  it.each([
    ['nginx', 'docker.io', 'registry-1.docker.io', 'library/nginx'],
    ['docker.io/nginx', 'docker.io', 'registry-1.docker.io', 'library/nginx'],
    ['index.docker.io/fluxcd/flux', 'docker.io', 'registry-1.docker.io', 'fluxcd/flux'],
    ['fluxcd/flux', 'docker.io', 'registry-1.docker.io', 'fluxcd/flux'],
    ['ghcr.io/org/team/app', 'ghcr.io', 'ghcr.io', 'org/team/app'],
    ['GHCR.io/org/app', 'ghcr.io', 'ghcr.io', 'org/app'],
    ['localhost:5000/app', 'localhost:5000', 'localhost:5000', 'app'],
    ['localhost/app', 'localhost', 'localhost', 'app'],
    ['127.0.0.1:5000/team/my_app.v2', '127.0.0.1:5000', '127.0.0.1:5000', 'team/my_app.v2'],
    ['[::1]:5000/app', '[::1]:5000', '[::1]:5000', 'app'],
  ])('resolves %s to registry %s, API host %s, repository %s', (name, registry, apiHost, repository) => {
    expect(parseImageName(name)).toEqual({ name, registry, apiHost, repository });
  });

  it.each([
    ['ghcr.io/org/app:1.2.3', 'includes a tag'],
    ['nginx:latest', 'includes a tag'],
    ['ghcr.io/org/app@sha256:abc', 'includes a digest'],
    ['ghcr.io/Org/app', 'has an invalid path component "Org"'],
    ['ghcr.io//app', 'has an invalid path component ""'],
    ['bad_host.io/app', 'has an invalid registry host "bad_host.io"'],
  ])('refuses %s: %s', (name, problem) => {
    expect(() => parseImageName(name)).toThrow(`image "${name}" ${problem}`);
  });
});

describe('isLoopbackHost', () => {
  it.each([
    ['localhost', true],
    ['localhost:5000', true],
    ['127.0.0.1:5000', true],
    ['127.1.2.3', true],
    ['[::1]:5000', true],
    ['ghcr.io', false],
    ['127.0.0.1.nip.io', false],
    ['localhost.example.com:5000', false],
    ['10.0.0.1:5000', false],
  ])('%s is loopback: %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});
