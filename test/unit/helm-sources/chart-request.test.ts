import { describe, expect, it } from 'vitest';
import { chartRequestFor, type ManifestObject } from '../../../src/core/helm/sources/index.js';

const helmRepository = (name: string, namespace: string, spec: Record<string, unknown>): ManifestObject => ({
  apiVersion: 'source.toolkit.fluxcd.io/v1',
  kind: 'HelmRepository',
  metadata: { name, namespace },
  spec,
});

const release = (spec: Record<string, unknown>, namespace = 'apps'): ManifestObject => ({
  apiVersion: 'helm.toolkit.fluxcd.io/v2',
  kind: 'HelmRelease',
  metadata: { name: 'web', namespace },
  spec,
});

const chartSpec = (spec: Record<string, unknown>) => release({ chart: { spec } });

describe('chartRequestFor', () => {
  it('resolves a HelmRepository in the release namespace, version defaulting to "*"', () => {
    const request = chartRequestFor(
      chartSpec({ chart: 'podinfo', sourceRef: { kind: 'HelmRepository', name: 'charts' } }),
      [helmRepository('charts', 'apps', { url: 'https://charts.example.com/stable/' })],
    );
    expect(request).toEqual({
      kind: 'http',
      release: 'HelmRelease apps/web',
      source: 'HelmRepository apps/charts',
      url: 'https://charts.example.com/stable',
      chart: 'podinfo',
      version: '*',
      valuesFiles: [],
      reconcileStrategy: 'ChartVersion',
    });
  });

  it('honours sourceRef.namespace, version, valuesFiles and reconcileStrategy', () => {
    const request = chartRequestFor(
      chartSpec({
        chart: 'podinfo',
        version: '1.x',
        valuesFiles: ['values.yaml', 'values-prod.yaml'],
        reconcileStrategy: 'Revision',
        sourceRef: { kind: 'HelmRepository', name: 'charts', namespace: 'flux-system' },
      }),
      [helmRepository('charts', 'flux-system', { url: 'https://charts.example.com' })],
    );
    expect(request).toMatchObject({
      kind: 'http',
      version: '1.x',
      valuesFiles: ['values.yaml', 'values-prod.yaml'],
      reconcileStrategy: 'Revision',
      source: 'HelmRepository flux-system/charts',
    });
  });

  it('turns an OCI HelmRepository into <url>/<chart> with an exact-first constraint', () => {
    const request = chartRequestFor(
      chartSpec({ chart: 'agent', version: '0.4.x', sourceRef: { kind: 'HelmRepository', name: 'oci' } }),
      [helmRepository('oci', 'apps', { type: 'oci', url: 'oci://ghcr.io/acme/charts', insecure: true })],
    );
    expect(request).toMatchObject({
      kind: 'oci',
      url: 'oci://ghcr.io/acme/charts/agent',
      chart: 'agent',
      selector: { type: 'constraint', constraint: '0.4.x' },
      insecure: true,
    });
  });

  it('maps the bootstrap flux-system GitRepository to this repository and ignores chart.spec.version', () => {
    const request = chartRequestFor(
      chartSpec({
        chart: './charts/worker',
        version: '9.9.9',
        sourceRef: { kind: 'GitRepository', name: 'flux-system', namespace: 'flux-system' },
      }),
      [
        {
          kind: 'GitRepository',
          metadata: { name: 'flux-system', namespace: 'flux-system' },
          spec: { url: 'https://github.com/acme/fleet', ref: { branch: 'main' } },
        },
      ],
    );
    expect(request).toMatchObject({
      kind: 'git',
      checkout: { type: 'this-repository' },
      path: './charts/worker',
    });
    expect(request).not.toHaveProperty('version');
  });

  it('clones another GitRepository at its ref, and knows this repository by its URLs', () => {
    const sources: ManifestObject[] = [
      {
        kind: 'GitRepository',
        metadata: { name: 'lib', namespace: 'apps' },
        spec: { url: 'https://git.example.com/lib.git', ref: { tag: 'v1.2.0' } },
      },
      {
        kind: 'GitRepository',
        metadata: { name: 'bare', namespace: 'apps' },
        spec: { url: 'https://git.example.com/bare' },
      },
      {
        kind: 'GitRepository',
        metadata: { name: 'self', namespace: 'apps' },
        spec: { url: 'git@github.com:acme/fleet.git' },
      },
    ];
    const of = (name: string) =>
      chartRequestFor(chartSpec({ chart: 'charts/x', sourceRef: { kind: 'GitRepository', name } }), sources, {
        repositoryUrls: ['https://github.com/acme/fleet'],
      });
    expect(of('lib')).toMatchObject({
      checkout: { type: 'clone', url: 'https://git.example.com/lib.git', tag: 'v1.2.0' },
    });
    // The GitRepository API: no ref means the master branch.
    expect(of('bare')).toMatchObject({ checkout: { type: 'clone', branch: 'master' } });
    expect(of('self')).toMatchObject({ checkout: { type: 'this-repository' } });
  });

  it('reads chartRef OCIRepository with source-controller ref precedence digest > semver > tag > latest', () => {
    const oci = (ref: Record<string, unknown> | undefined) =>
      chartRequestFor(
        release({ chartRef: { kind: 'OCIRepository', name: 'agent', namespace: 'flux-system' } }),
        [
          {
            kind: 'OCIRepository',
            metadata: { name: 'agent', namespace: 'flux-system' },
            spec: { url: 'oci://ghcr.io/acme/charts/node-agent', ...(ref ? { ref } : {}) },
          },
        ],
      );
    expect(oci({ digest: 'sha256:ab', semver: '1.x', tag: '1.0.0' })).toMatchObject({
      kind: 'oci',
      chart: 'node-agent',
      url: 'oci://ghcr.io/acme/charts/node-agent',
      selector: { type: 'digest', digest: 'sha256:ab' },
    });
    expect(oci({ semver: '0.4.x', semverFilter: '.*-rc', tag: '1.0.0' })).toMatchObject({
      selector: { type: 'semver', range: '0.4.x', filter: '.*-rc' },
    });
    expect(oci({ tag: '1.0.0' })).toMatchObject({ selector: { type: 'tag', tag: '1.0.0' } });
    expect(oci(undefined)).toMatchObject({ selector: { type: 'tag', tag: 'latest' } });
  });

  it('follows chartRef HelmChart to its own sourceRef, in the HelmChart namespace', () => {
    const request = chartRequestFor(
      release({ chartRef: { kind: 'HelmChart', name: 'web-chart', namespace: 'shared' } }),
      [
        {
          kind: 'HelmChart',
          metadata: { name: 'web-chart', namespace: 'shared' },
          spec: {
            chart: 'web',
            version: '^2.0',
            sourceRef: { kind: 'HelmRepository', name: 'charts' },
            valuesFiles: ['a.yaml'],
          },
        },
        helmRepository('charts', 'shared', { url: 'https://charts.example.com' }),
      ],
    );
    expect(request).toMatchObject({
      kind: 'http',
      chart: 'web',
      version: '^2.0',
      source: 'HelmRepository shared/charts',
      valuesFiles: ['a.yaml'],
      release: 'HelmRelease apps/web',
    });
  });

  it('names the release and the missing source when the source is not defined', () => {
    expect(() =>
      chartRequestFor(chartSpec({ chart: 'x', sourceRef: { kind: 'HelmRepository', name: 'gone' } }), []),
    ).toThrow(
      "HelmRelease apps/web: spec.chart.spec.sourceRef names HelmRepository apps/gone, which is not defined in this cluster's manifests",
    );
    expect(() => chartRequestFor(release({ chartRef: { kind: 'OCIRepository', name: 'gone' } }), [])).toThrow(
      /HelmRelease apps\/web: spec\.chartRef names OCIRepository apps\/gone/,
    );
  });

  it('refuses both or neither of chart and chartRef, and Buckets, with the release named', () => {
    expect(() => chartRequestFor(release({}), [])).toThrow(/HelmRelease apps\/web must set exactly one/);
    expect(() =>
      chartRequestFor(
        release({
          chart: { spec: { chart: 'x', sourceRef: { kind: 'HelmRepository', name: 'a' } } },
          chartRef: { kind: 'HelmChart', name: 'b' },
        }),
        [],
      ),
    ).toThrow(/exactly one/);
    expect(() =>
      chartRequestFor(chartSpec({ chart: 'x', sourceRef: { kind: 'Bucket', name: 'b' } }), [
        { kind: 'Bucket', metadata: { name: 'b', namespace: 'apps' }, spec: {} },
      ]),
    ).toThrow(/HelmRelease apps\/web: charts from Bucket apps\/b are not supported/);
  });

  it('asks for the chart at the root of an ExternalArtifact for chartRef kind ExternalArtifact', () => {
    expect(chartRequestFor(release({ chartRef: { kind: 'ExternalArtifact', name: 'e' } }), [])).toEqual({
      kind: 'artifact',
      release: 'HelmRelease apps/web',
      source: 'ExternalArtifact apps/e',
      valuesFiles: [],
      reconcileStrategy: 'ChartVersion',
      namespace: 'apps',
      name: 'e',
    });
  });
});
