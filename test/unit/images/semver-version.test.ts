import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  parseLooseVersion,
  parseTagVersion,
  type SemverVersion,
} from '../../../src/core/images/policy/index.js';

function version(text: string): SemverVersion {
  const parsed = parseLooseVersion(text);
  if (!parsed.ok) throw new Error(`bad test version ${text}`);
  return parsed.version;
}

describe('tags as the image-reflector-controller reads them (fluxcd/pkg version.ParseVersion)', () => {
  it.each([
    ['v1.2.3', true],
    ['v2025.07.03', true],
    ['v1.0', false],
    ['v1', false],
    ['v1.2.beta', false],
    ['v1.2-5', false],
    ['v1.2-beta5', false],
    ['\nv1.2', false],
    ['v1.2.0-x.Y.0+metadata', true],
    ['v1.2.0-x.Y.0+metadata-width-hypen', true],
    ['v1.2.3-rc1-with-hypen', true],
    ['v1.2.3.4', false],
    // Two dots anywhere satisfy the three-part check, so these pass as 1.2.0-beta.5 and 1.0.0-rc.1.2.
    ['1.2-beta.5', true],
    ['1-rc.1.2', true],
    // Uppercase V, a trailing newline, numeric prerelease identifiers with leading zeros and
    // numbers past 2^64-1 are refused.
    ['V1.2.3', false],
    ['1.2.3\n', false],
    ['1.2.3-01', false],
    ['18446744073709551616.0.0', false],
    ['18446744073709551615.0.0', true],
  ])('%j parses: %j', (tag, ok) => {
    expect(parseTagVersion(tag).ok).toBe(ok);
  });

  it('keeps the original text and drops leading zeros from the numbers', () => {
    const parsed = parseTagVersion('v2025.07.03-rc.1+b.7');
    expect(parsed).toMatchObject({
      ok: true,
      version: {
        major: 2025n,
        minor: 7n,
        patch: 3n,
        prerelease: 'rc.1',
        metadata: 'b.7',
        original: 'v2025.07.03-rc.1+b.7',
      },
    });
  });
});

describe('version order (Masterminds Compare)', () => {
  it.each([
    ['1.0.0', '1.0.0+build', 0],
    ['v1.0.0', '1.0.0', 0],
    ['01.02.03', '1.2.3', 0],
    ['1.0.0-rc.1', '1.0.0', -1],
    ['1.0.0-alpha', '1.0.0-alpha.1', -1],
    ['1.0.0-alpha.1', '1.0.0-alpha.beta', -1],
    ['1.0.0-beta.2', '1.0.0-beta.11', -1],
    ['1.0.0-rc.1', '1.0.0-RC.1', 1],
    ['1.10.0', '1.9.0', 1],
    ['18446744073709551615.0.0', '18446744073709551614.0.0', 1],
  ] as const)('%j vs %j is %j', (a, b, expected) => {
    expect(compareVersions(version(a), version(b))).toBe(expected);
  });
});
