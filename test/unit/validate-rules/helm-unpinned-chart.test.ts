import { describe, expect, it } from 'vitest';
import { helmUnpinnedChartRule } from '../../../src/core/validate/rules/helm-unpinned-chart.js';
import { inputOf, yaml } from './rule-input.js';

const settings = { kubernetesVersion: '1.35' };

function release(version: string | undefined, sourceKind = 'HelmRepository'): string {
  return yaml(
    'apiVersion: helm.toolkit.fluxcd.io/v2', // 1
    'kind: HelmRelease',
    'metadata: {name: ingress, namespace: edge}',
    'spec:',
    '  chart:', // 5
    '    spec:', // 6
    '      chart: edge-ingress', // 7
    `      sourceRef: {kind: ${sourceKind}, name: stable}`, // 8
    ...(version === undefined ? [] : [`      version: ${version}`]), // 9
  );
}

describe('helm/unpinned-chart-in-production', () => {
  it('reports a range, at the version line', () => {
    const input = inputOf({ file: 'infra/ingress.yaml', text: release('"1.3.x"'), cluster: 'production' });
    expect(helmUnpinnedChartRule.check(input, settings)).toEqual([
      {
        ruleId: 'helm/unpinned-chart-in-production',
        severity: 'warning',
        message: 'HelmRelease ingress in production takes chart version "1.3.x", a range',
        location: { file: 'infra/ingress.yaml', line: 9, column: 16 },
        object: {
          apiVersion: 'helm.toolkit.fluxcd.io/v2',
          kind: 'HelmRelease',
          namespace: 'edge',
          name: 'ingress',
        },
        jsonPath: ['spec', 'chart', 'spec', 'version'],
        hint: 'Pin one exact version, for example 1.4.2, and promote it through the environments.',
      },
    ]);
  });

  it('reports a missing version and *, and accepts exact versions', () => {
    const cases: [string | undefined, boolean][] = [
      [undefined, true],
      ['"*"', true],
      ['">=1.2.0 <2.0.0"', true],
      ['"^1.2"', true],
      ['"1.2"', true],
      ['1.2.3', false],
      ['v1.2.3', false],
      ['"=1.2.3"', false],
      ['1.2.3-rc.1+build.5', false],
    ];
    for (const [version, reported] of cases) {
      const input = inputOf({
        file: 'a.yaml',
        text: release(version),
        environment: 'prod-eu',
        cluster: 'eu-1',
      });
      expect(helmUnpinnedChartRule.check(input, settings).length, String(version)).toBe(reported ? 1 : 0);
    }
    const missing = inputOf({ file: 'a.yaml', text: release(undefined), cluster: 'production' });
    expect(helmUnpinnedChartRule.check(missing, settings).map((f) => [f.message, f.location.line])).toEqual([
      ['HelmRelease ingress in production has no chart.spec.version, which means the newest chart (*)', 7],
    ]);
  });

  it('leaves non-production environments and charts from Git alone', () => {
    expect(
      helmUnpinnedChartRule.check(
        inputOf({ file: 'a.yaml', text: release('"*"'), cluster: 'staging' }),
        settings,
      ),
    ).toEqual([]);
    expect(helmUnpinnedChartRule.check(inputOf({ file: 'a.yaml', text: release('"*"') }), settings)).toEqual(
      [],
    );
    const git = inputOf({ file: 'a.yaml', text: release(undefined, 'GitRepository'), cluster: 'production' });
    expect(helmUnpinnedChartRule.check(git, settings)).toEqual([]);
  });

  it('takes which environments are production from the settings', () => {
    const input = inputOf({ file: 'a.yaml', text: release('"*"'), cluster: 'live' });
    expect(helmUnpinnedChartRule.check(input, settings)).toEqual([]);
    expect(
      helmUnpinnedChartRule.check(input, { ...settings, productionEnvironments: /^live$/ }),
    ).toHaveLength(1);
  });

  it('uses the version a kustomize patch of the overlay pins, and points at the patch', () => {
    const base = release(undefined);
    const patch = yaml(
      'apiVersion: helm.toolkit.fluxcd.io/v2',
      'kind: HelmRelease',
      'metadata: {name: ingress, namespace: edge}',
      'spec:',
      '  chart:',
      '    spec:',
      '      version: "2.x"', // 7
    );
    const overlay = (text: string) =>
      inputOf(
        { file: 'base/ingress.yaml', text: base, cluster: 'production' },
        { file: 'production/version.yaml', text, cluster: 'production' },
        {
          file: 'production/kustomization.yaml',
          text: yaml(
            'apiVersion: kustomize.config.k8s.io/v1beta1',
            'kind: Kustomization',
            'resources: [../base]',
            'patches:',
            '  - path: version.yaml',
          ),
          cluster: 'production',
        },
      );
    expect(
      helmUnpinnedChartRule
        .check(overlay(patch), settings)
        .map((f) => `${f.location.file}:${f.location.line}`),
    ).toEqual(['production/version.yaml:7']);
    expect(helmUnpinnedChartRule.check(overlay(patch.replace('"2.x"', '2.0.1')), settings)).toEqual([]);
  });

  it('follows chartRef to the OCIRepository and judges its ref', () => {
    const hr = yaml(
      'apiVersion: helm.toolkit.fluxcd.io/v2',
      'kind: HelmRelease',
      'metadata: {name: agent, namespace: flux-system}',
      'spec:',
      '  chartRef: {kind: OCIRepository, name: agent}',
    );
    const oci = (...ref: string[]) =>
      yaml(
        'apiVersion: source.toolkit.fluxcd.io/v1', // 1
        'kind: OCIRepository',
        'metadata: {name: agent, namespace: flux-system}',
        'spec:', // 4
        '  url: oci://ghcr.io/acme/charts/agent', // 5
        ...ref, // 6 on
      );
    const run = (text: string) =>
      helmUnpinnedChartRule
        .check(
          inputOf(
            { file: 'hr.yaml', text: hr, cluster: 'prod' },
            { file: 'oci.yaml', text, cluster: 'prod' },
          ),
          settings,
        )
        .map((f) => [f.message, f.location.line]);
    expect(run(oci('  ref:', '    semver: "0.4.x"'))).toEqual([
      [
        'HelmRelease agent in prod takes its chart from OCIRepository agent, whose ref.semver "0.4.x" is a range',
        7,
      ],
    ]);
    // No spec.ref: the finding points into spec, where the ref belongs.
    expect(run(oci())).toEqual([
      ['HelmRelease agent in prod takes its chart from OCIRepository agent, which follows the latest tag', 5],
    ]);
    expect(run(oci('  ref: {tag: latest}'))).toHaveLength(1);
    expect(run(oci('  ref: {tag: "0.4.2"}'))).toEqual([]);
    expect(run(oci('  ref: {semver: "0.4.2"}'))).toEqual([]);
    expect(
      run(
        oci(
          '  ref: {semver: "0.4.x", digest: "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}',
        ),
      ),
    ).toEqual([]);
  });
});
