import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import {
  compareReleases,
  deprecatedApiRule,
  removedApiRule,
} from '../../../src/core/validate/rules/api-versions.js';
import { inputOf, yaml } from './rule-input.js';

const cronJob = inputOf({
  file: 'apps/jobs.yaml',
  text: yaml(
    '# nightly report', // 1
    'apiVersion: batch/v1beta1', // 2
    'kind: CronJob', // 3
    'metadata:',
    '  name: report',
    'spec:',
    '  schedule: "0 3 * * *"',
  ),
});

describe('api/removed', () => {
  it('reports an API removed at or before the target release, at the apiVersion line, naming the replacement', () => {
    for (const version of ['1.25', '1.25.0', 'v1.35.2']) {
      expect(removedApiRule.check(cronJob, { kubernetesVersion: version })).toEqual([
        {
          ruleId: 'api/removed',
          severity: 'error',
          message: 'batch/v1beta1 CronJob was removed in Kubernetes 1.25: use batch/v1',
          location: { file: 'apps/jobs.yaml', line: 2, column: 13 },
          object: { apiVersion: 'batch/v1beta1', kind: 'CronJob', name: 'report' },
          jsonPath: ['apiVersion'],
        },
      ]);
    }
  });

  it('leaves an API the target still serves to api/deprecated', () => {
    expect(removedApiRule.check(cronJob, { kubernetesVersion: '1.24' })).toEqual([]);
    expect(deprecatedApiRule.check(cronJob, { kubernetesVersion: '1.24.9' })).toEqual([
      expect.objectContaining({
        ruleId: 'api/deprecated',
        severity: 'warning',
        message:
          'batch/v1beta1 CronJob is deprecated since Kubernetes 1.21 and removed in 1.25: use batch/v1',
        location: { file: 'apps/jobs.yaml', line: 2, column: 13 },
      }),
    ]);
    expect(deprecatedApiRule.check(cronJob, { kubernetesVersion: '1.25' })).toEqual([]);
  });

  it('says nothing before the deprecation, or for current versions', () => {
    expect(deprecatedApiRule.check(cronJob, { kubernetesVersion: '1.20' })).toEqual([]);
    const current = inputOf({
      file: 'a.yaml',
      text: yaml('apiVersion: batch/v1', 'kind: CronJob', 'metadata:', '  name: r'),
    });
    expect(removedApiRule.check(current, { kubernetesVersion: '1.35' })).toEqual([]);
    expect(deprecatedApiRule.check(current, { kubernetesVersion: '1.35' })).toEqual([]);
  });

  it('judges Flux API versions against the Flux release of the bundled CRDs, whatever the Kubernetes version', () => {
    const release = inputOf({
      file: 'apps/shop/release.yaml',
      text: yaml(
        '---',
        'apiVersion: helm.toolkit.fluxcd.io/v2beta1',
        'kind: HelmRelease',
        'metadata:',
        '  name: shop',
      ),
    });
    const findings = removedApiRule.check(release, { kubernetesVersion: '1.20' });
    expect(findings.map((f) => [f.message, f.location.line])).toEqual([
      [
        'helm.toolkit.fluxcd.io/v2beta1 HelmRelease was removed in Flux 2.7: use helm.toolkit.fluxcd.io/v2',
        2,
      ],
    ]);
  });

  it('says what to do instead when an API has no replacement', () => {
    const psp = inputOf({
      file: 'psp.yaml',
      text: yaml('apiVersion: policy/v1beta1', 'kind: PodSecurityPolicy', 'metadata:', '  name: restricted'),
    });
    const [finding] = removedApiRule.check(psp, { kubernetesVersion: '1.30' });
    expect(finding?.message).toMatch(
      /^policy\/v1beta1 PodSecurityPolicy was removed in Kubernetes 1\.25: PodSecurityPolicy has no replacement API: .*Pod Security Admission/,
    );
  });

  it('reports an API deprecated now and removed in a scheduled release as deprecated only', () => {
    const claim = inputOf({
      file: 'claim.yaml',
      text: yaml('apiVersion: resource.k8s.io/v1beta1', 'kind: ResourceClaim', 'metadata:', '  name: gpu'),
    });
    expect(removedApiRule.check(claim, { kubernetesVersion: '1.35' })).toEqual([]);
    expect(deprecatedApiRule.check(claim, { kubernetesVersion: '1.35' }).map((f) => f.message)).toEqual([
      'resource.k8s.io/v1beta1 ResourceClaim is deprecated since Kubernetes 1.35 and removed in 1.38: use resource.k8s.io/v1',
    ]);
  });

  it('refuses a target version that is not one', () => {
    expect(() => removedApiRule.check(cronJob, { kubernetesVersion: 'latest' })).toThrow(UsageError);
  });
});

describe('compareReleases', () => {
  it('compares major and minor, ignoring the patch', () => {
    expect(compareReleases('1.35', '1.35.0')).toBe(0);
    expect(compareReleases('1.35.4', '1.35')).toBe(0);
    expect(compareReleases('1.9', '1.16')).toBeLessThan(0);
    expect(compareReleases('v1.26.1', '1.25')).toBeGreaterThan(0);
  });
});
