import { describe, expect, it } from 'vitest';
import {
  type ChartRequest,
  chartBuildFor,
  cleanPath,
  withBuildMetadata,
} from '../../../src/core/helm/sources/index.js';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const base = { release: 'HelmRelease apps/web', source: 'GitRepository apps/lib', valuesFiles: [] };
const git = (extra: Partial<ChartRequest> = {}): ChartRequest =>
  ({
    ...base,
    kind: 'git',
    checkout: { type: 'this-repository' },
    path: 'charts/web',
    reconcileStrategy: 'ChartVersion',
    ...extra,
  }) as ChartRequest;
const http = (extra: Partial<ChartRequest> = {}): ChartRequest =>
  ({
    ...base,
    kind: 'http',
    url: 'https://c',
    chart: 'web',
    version: '*',
    reconcileStrategy: 'ChartVersion',
    ...extra,
  }) as ChartRequest;

describe('chartBuildFor (source-controller helmchart_controller)', () => {
  it('leaves a chart alone without Revision or valuesFiles, and for a lone values.yaml', () => {
    expect(chartBuildFor(git(), undefined)).toEqual({ valuesFiles: [], versionMetadata: '' });
    expect(chartBuildFor(http({ valuesFiles: ['./values.yaml'] }), undefined)).toEqual({
      valuesFiles: [],
      versionMetadata: '',
    });
  });

  it('takes the commit shortened to 12 characters for Revision on Git, then the generation for valuesFiles', () => {
    expect(chartBuildFor(git({ reconcileStrategy: 'Revision' }), COMMIT).versionMetadata).toBe(
      '0123456789ab',
    );
    expect(
      chartBuildFor(
        git({ reconcileStrategy: 'Revision', valuesFiles: ['values.yaml', 'prod.yaml'] }),
        COMMIT,
      ),
    ).toEqual({ valuesFiles: ['values.yaml', 'prod.yaml'], versionMetadata: '0123456789ab.1' });
    expect(() => chartBuildFor(git({ reconcileStrategy: 'Revision' }), undefined)).toThrow(
      'HelmRelease apps/web: reconcileStrategy Revision needs the commit of GitRepository apps/lib',
    );
  });

  it('ignores Revision for a Helm repository chart, where valuesFiles still add the generation', () => {
    expect(chartBuildFor(http({ reconcileStrategy: 'Revision' }), COMMIT).versionMetadata).toBe('');
    expect(chartBuildFor(http({ valuesFiles: ['prod.yaml'] }), undefined).versionMetadata).toBe('1');
  });
});

describe('withBuildMetadata (Masterminds SetMetadata, String)', () => {
  it('replaces existing metadata and prints the version in full', () => {
    expect(withBuildMetadata('1.2.3', 'abc.1', 'x')).toBe('1.2.3+abc.1');
    expect(withBuildMetadata('v1.2', 'abc', 'x')).toBe('1.2.0+abc');
    expect(withBuildMetadata('1.0.0-rc.1+old', 'abc', 'x')).toBe('1.0.0-rc.1+abc');
    expect(withBuildMetadata('not-semver', '', 'x')).toBe('not-semver');
  });

  it('fails for a version that is not SemVer, naming the release', () => {
    expect(() => withBuildMetadata('latest', 'abc', 'HelmRelease apps/web')).toThrow(
      'HelmRelease apps/web: chart version "latest" is not SemVer',
    );
  });
});

describe('cleanPath (Go path.Clean)', () => {
  it('normalises the way values file names are compared', () => {
    expect(['./values.yaml', 'a//b/', 'a/../b', '../x', '/../a', '', 'a/./b/..'].map(cleanPath)).toEqual([
      'values.yaml',
      'a/b',
      'b',
      '../x',
      '/a',
      '.',
      'a',
    ]);
  });
});
