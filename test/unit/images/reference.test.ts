import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GitopsError } from '../../../src/core/errors.js';
import {
  formatImageReference,
  parseImageReference,
  sameRepository,
  splitTagAndDigest,
} from '../../../src/core/images/reference.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('parseImageReference', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx'],
    ['nginx:1.25', 'docker.io/library/nginx:1.25'],
    ['acme/shop', 'docker.io/acme/shop'],
    ['docker.io/nginx', 'docker.io/library/nginx'],
    ['index.docker.io/acme/shop:1', 'docker.io/acme/shop:1'],
    ['ghcr.io/acme/shop:1.6.0', 'ghcr.io/acme/shop:1.6.0'],
    ['localhost/shop', 'localhost/shop'],
    ['localhost:5000/shop:dev', 'localhost:5000/shop:dev'],
    ['registry:5000/a/b/c', 'registry:5000/a/b/c'],
    ['Registry/acme/shop', 'Registry/acme/shop'],
    ['[::1]:5000/shop', '[::1]:5000/shop'],
    [`ghcr.io/acme/shop@${DIGEST}`, `ghcr.io/acme/shop@${DIGEST}`],
    [`ghcr.io/acme/shop:1.0@${DIGEST}`, `ghcr.io/acme/shop:1.0@${DIGEST}`],
  ])('normalises %s to %s as Docker does', (text, expected) => {
    expect(formatImageReference(parseImageReference(text))).toBe(expected);
  });

  it('treats a first component as a registry only with a dot, a colon, localhost or upper case', () => {
    expect(parseImageReference('acme/shop').domain).toBe('docker.io');
    expect(parseImageReference('acme.io/shop').domain).toBe('acme.io');
    expect(parseImageReference('acme:80/shop').domain).toBe('acme:80');
    expect(parseImageReference('localhost/shop').domain).toBe('localhost');
  });

  it('separates tag and digest', () => {
    expect(parseImageReference(`localhost:5000/shop:1.2@${DIGEST}`)).toEqual({
      domain: 'localhost:5000',
      path: 'shop',
      tag: '1.2',
      digest: DIGEST,
    });
  });

  it.each([
    ['', 'empty'],
    ['ghcr.io/Acme/shop', 'lowercase'],
    ['shop:', 'tag'],
    ['shop:-bad', 'tag'],
    ['shop@sha256:xyz', 'digest'],
    ['ghcr.io/acme//shop', 'repository'],
    ['a'.repeat(64), 'image ID'],
  ])('refuses %j with a message about the %s', (text, word) => {
    expect(() => parseImageReference(text)).toThrow(GitopsError);
    expect(() => parseImageReference(text)).toThrow(word);
  });

  it('round-trips every normalised reference it formats', () => {
    const component = fc.stringMatching(/^[a-z0-9]{1,8}(?:[._-][a-z0-9]{1,8})?$/);
    const reference = fc.record({
      domain: fc.constantFrom('docker.io', 'ghcr.io', 'localhost:5000', 'registry.example.com'),
      path: fc.array(component, { minLength: 2, maxLength: 3 }).map((parts) => parts.join('/')),
      tag: fc.option(fc.stringMatching(/^\w[\w.-]{0,20}$/), { nil: undefined }),
    });
    fc.assert(
      fc.property(reference, (ref) => {
        const { tag, ...rest } = ref;
        const value = tag === undefined ? rest : { ...rest, tag };
        expect(parseImageReference(formatImageReference(value))).toEqual(value);
      }),
    );
  });
});

describe('sameRepository', () => {
  it('matches an ImageRepository spec.image against a tagged or digested image of the same repository', () => {
    expect(sameRepository('ghcr.io/acme/shop', 'ghcr.io/acme/shop:1.6.0')).toBe(true);
    expect(sameRepository('nginx', `docker.io/library/nginx@${DIGEST}`)).toBe(true);
    expect(sameRepository('index.docker.io/acme/shop', 'acme/shop:1')).toBe(true);
    expect(sameRepository('GHCR.io/acme/shop', 'ghcr.io/acme/shop')).toBe(true);
  });

  it('does not match other repositories, registries or paths, nor unparsable references', () => {
    expect(sameRepository('ghcr.io/acme/shop', 'ghcr.io/acme/orders')).toBe(false);
    expect(sameRepository('ghcr.io/acme/shop', 'docker.io/acme/shop')).toBe(false);
    expect(sameRepository('ghcr.io/acme/shop', 'ghcr.io/acme/shop/api')).toBe(false);
    expect(sameRepository('${REGISTRY}/shop', '${REGISTRY}/shop')).toBe(false);
  });
});

describe('splitTagAndDigest', () => {
  it('reads the tag after the last colon of the last path component, and the digest after @', () => {
    expect(splitTagAndDigest('ghcr.io/acme/shop:1.6.0')).toEqual({ tag: '1.6.0' });
    expect(splitTagAndDigest('localhost:5000/shop')).toEqual({});
    expect(splitTagAndDigest(`localhost:5000/shop:2@${DIGEST}`)).toEqual({ tag: '2', digest: DIGEST });
    expect(splitTagAndDigest('${REGISTRY}/app:1.0')).toEqual({ tag: '1.0' });
  });
});
