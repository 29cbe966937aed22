import { describe, expect, it } from 'vitest';
import {
  selectIndexVersion,
  selectOciTagByConstraint,
  selectOciTagBySemver,
} from '../../../src/core/helm/sources/index.js';

const VERSIONS = ['1.0.0', '1.2.0', '1.10.0', '2.0.0-rc.1', '1.11.0-beta.1', '0.9.0', 'not-a-version', '3.0'];

describe('selectIndexVersion (source-controller getChartVersion)', () => {
  it('picks the highest stable version for "*" and for no version', () => {
    expect(selectIndexVersion(VERSIONS, '*')).toBe('1.10.0');
    expect(selectIndexVersion(VERSIONS, '')).toBe('1.10.0');
  });

  it('compares as versions, not strings: 1.10.0 is above 1.2.0', () => {
    expect(selectIndexVersion(VERSIONS, '1.x')).toBe('1.10.0');
    expect(selectIndexVersion(VERSIONS, '~1.2')).toBe('1.2.0');
  });

  it('excludes prereleases unless the constraint names one', () => {
    expect(selectIndexVersion(VERSIONS, '>=1.0.0')).toBe('1.10.0');
    expect(selectIndexVersion(VERSIONS, '>=1.0.0-0')).toBe('2.0.0-rc.1');
    expect(selectIndexVersion(VERSIONS, '>=1.11.0-0 <2.0.0-0')).toBe('1.11.0-beta.1');
  });

  it('takes an exact version first, prerelease included', () => {
    expect(selectIndexVersion(VERSIONS, '2.0.0-rc.1')).toBe('2.0.0-rc.1');
    expect(selectIndexVersion(VERSIONS, '0.9.0')).toBe('0.9.0');
  });

  it('skips versions without three parts, as fluxcd/pkg ParseVersion does', () => {
    expect(selectIndexVersion(['3.0', '1.0.0'], '>=0.1.0')).toBe('1.0.0');
  });

  it('returns undefined when nothing matches, and rejects a malformed constraint with a chart hint', () => {
    expect(selectIndexVersion(VERSIONS, '5.x')).toBeUndefined();
    expect(() => selectIndexVersion(VERSIONS, '>>1')).toThrow(/invalid chart version constraint ">>1"/);
  });
});

describe('OCI tag selection', () => {
  const TAGS = ['0.4.0', '0.4.1', '0.4.2-rc.1', '0.5.0', 'latest', 'stable'];

  it('HelmChart from an OCI HelmRepository: an exact tag first, even a non-version one', () => {
    expect(selectOciTagByConstraint(TAGS, 'stable')).toBe('stable');
    expect(selectOciTagByConstraint(TAGS, '0.4.x')).toBe('0.4.1');
    expect(selectOciTagByConstraint(TAGS, '*')).toBe('0.5.0');
  });

  it('OCIRepository ref.semver, with semverFilter as an unanchored Go regexp', () => {
    expect(selectOciTagBySemver(TAGS, '0.4.x')).toBe('0.4.1');
    expect(selectOciTagBySemver(TAGS, '>=0.4.0-0')).toBe('0.5.0');
    expect(selectOciTagBySemver(TAGS, '>=0.4.0-0', 'rc')).toBe('0.4.2-rc.1');
    expect(selectOciTagBySemver(TAGS, '>=1.0.0')).toBeUndefined();
  });
});
