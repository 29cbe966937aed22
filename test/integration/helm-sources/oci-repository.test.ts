import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ChartCredentials, type ManifestObject, MirrorMap } from '../../../src/core/helm/sources/index.js';
import { writeTestChart } from '../../support/charts.js';
import { startRegistry, type TestRegistry } from '../../support/registry.js';
import { startRegistryProxy, type TestRegistryProxy } from '../../support/registry-proxy.js';
import { tempDir } from '../../support/temp.js';
import { testTools } from '../../support/tools.js';
import { closeResolvers, helmChartVersion, helmRelease, helmRepository, testResolver } from './support.js';

const VERSIONS = ['1.0.0', '1.1.0', '2.0.0-rc.1'];

const ociRepository = (url: string, ref?: Record<string, unknown>): ManifestObject => ({
  kind: 'OCIRepository',
  metadata: { name: 'agent', namespace: 'flux-system' },
  spec: { url, ...(ref ? { ref } : {}) },
});
const fromOciRepository = helmRelease({
  chartRef: { kind: 'OCIRepository', name: 'agent', namespace: 'flux-system' },
});

afterEach(closeResolvers);

describe('charts from an OCI registry (docker-registry, helm push / helm pull)', () => {
  let registry: TestRegistry;
  let chartUrl: string;
  const pushed = new Map<string, string>();
  beforeAll(async () => {
    registry = await startRegistry();
    const helm = await testTools().helm();
    const root = await tempDir('gitops-actions-oci-charts-');
    for (const version of VERSIONS) {
      const dir = await writeTestChart(path.join(root, version), { name: 'agent', version });
      const packaged = await helm.package(dir, path.join(root, 'packages'));
      await helm.push(packaged, `oci://${registry.host}/charts`, { plainHttp: true });
    }
    chartUrl = `oci://${registry.host}/charts/agent`;
    for (const version of VERSIONS) {
      const response = await fetch(`${registry.url}/v2/charts/agent/manifests/${version}`, {
        method: 'HEAD',
        headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
      });
      pushed.set(version, response.headers.get('docker-content-digest') ?? '');
    }
  });
  afterAll(() => registry?.stop());

  it('chartRef OCIRepository ref.semver picks the highest matching tag and records its manifest digest', async () => {
    const resolver = await testResolver();
    const chart = await resolver.resolve(fromOciRepository, [ociRepository(chartUrl, { semver: '1.x' })]);
    expect(chart).toMatchObject({
      name: 'agent',
      version: '1.1.0',
      digest: pushed.get('1.1.0'),
      source: chartUrl,
    });
    expect(await helmChartVersion(chart.chartPath)).toBe('1.1.0');
  });

  it('ref.semver takes a prerelease only when the range names one', async () => {
    const resolver = await testResolver();
    const chart = await resolver.resolve(fromOciRepository, [
      ociRepository(chartUrl, { semver: '>=1.0.0-0' }),
    ]);
    expect(chart.version).toBe('2.0.0-rc.1');
  });

  it('ref.tag pulls that exact tag; ref.digest pulls by digest and reads the version from the chart', async () => {
    const resolver = await testResolver();
    const byTag = await resolver.resolve(fromOciRepository, [ociRepository(chartUrl, { tag: '1.0.0' })]);
    expect(byTag).toMatchObject({ version: '1.0.0', digest: pushed.get('1.0.0') });
    const digest = pushed.get('1.1.0') ?? '';
    const byDigest = await resolver.resolve(fromOciRepository, [ociRepository(chartUrl, { digest })]);
    expect(byDigest).toMatchObject({ version: '1.1.0', digest });
    expect(await helmChartVersion(byDigest.chartPath)).toBe('1.1.0');
  });

  it('no ref means the latest tag, whose version is read from the chart', async () => {
    // Retag 1.0.0 as latest, as a publisher's CI might: the same manifest under a second tag.
    const accept = { accept: 'application/vnd.oci.image.manifest.v1+json' };
    const manifest = await fetch(`${registry.url}/v2/charts/agent/manifests/1.0.0`, { headers: accept });
    const put = await fetch(`${registry.url}/v2/charts/agent/manifests/latest`, {
      method: 'PUT',
      headers: { 'content-type': manifest.headers.get('content-type') ?? '' },
      body: Buffer.from(await manifest.arrayBuffer()),
    });
    expect(put.status).toBe(201);
    const resolver = await testResolver();
    const chart = await resolver.resolve(fromOciRepository, [ociRepository(chartUrl)]);
    expect(chart).toMatchObject({ version: '1.0.0', digest: pushed.get('1.0.0') });
  });

  it('a tag the registry does not have is a clear error naming the release and the tag', async () => {
    const resolver = await testResolver();
    await expect(
      resolver.resolve(fromOciRepository, [ociRepository(chartUrl, { tag: '9.9.9' })]),
    ).rejects.toThrow(`HelmRelease apps/web: ${chartUrl}: the registry has no tag "9.9.9"`);
    await expect(
      resolver.resolve(fromOciRepository, [ociRepository(chartUrl, { semver: '3.x' })]),
    ).rejects.toThrow(`HelmRelease apps/web: ${chartUrl}: no tag matches version "3.x"`);
  });

  it('chart.spec from an OCI HelmRepository (type: oci), exact version first', async () => {
    const resolver = await testResolver();
    const release = (version: string) =>
      helmRelease({
        chart: { spec: { chart: 'agent', version, sourceRef: { kind: 'HelmRepository', name: 'oci' } } },
      });
    const sources = [helmRepository(`oci://${registry.host}/charts`, 'oci', { type: 'oci' })];
    expect((await resolver.resolve(release('~1.0'), sources)).version).toBe('1.0.0');
    expect((await resolver.resolve(release('2.0.0-rc.1'), sources)).version).toBe('2.0.0-rc.1');
  });

  it('a second run with the same cache lists tags and reads the digest, but pulls no blob', async () => {
    const proxy = await startRegistryProxy({ upstream: registry.url });
    try {
      const url = `oci://${proxy.host}/charts/agent`;
      const first = await testResolver();
      const chart = await first.resolve(fromOciRepository, [ociRepository(url, { semver: '1.x' })]);
      expect(proxy.requests.some((request) => request.url.includes('/blobs/'))).toBe(true);
      const before = proxy.requests.length;
      const cacheDir = path.dirname(path.dirname(path.dirname(chart.chartPath)));
      const second = await testResolver({ cacheDir });
      const again = await second.resolve(fromOciRepository, [ociRepository(url, { semver: '1.x' })]);
      expect(again.chartPath).toBe(chart.chartPath);
      const later = proxy.requests
        .slice(before)
        .map((request) => `${request.method} ${request.url.split('?')[0]}`);
      expect(later).toEqual(['GET /v2/charts/agent/tags/list', 'HEAD /v2/charts/agent/manifests/1.1.0']);
    } finally {
      await proxy.close();
    }
  });

  it('logs in with helm registry login for a registry that needs credentials, and fails without them', async () => {
    const credentials = { username: 'puller', password: 'oci-Pa55word-xyz' };
    const proxy: TestRegistryProxy = await startRegistryProxy({
      upstream: registry.url,
      auth: { scheme: 'basic', credentials },
    });
    try {
      const url = `oci://${proxy.host}/charts/agent`;
      const resolver = await testResolver({
        credentials: new ChartCredentials([{ url: `oci://${proxy.host}`, ...credentials }]),
      });
      const chart = await resolver.resolve(fromOciRepository, [ociRepository(url, { semver: '1.0.x' })]);
      expect(await helmChartVersion(chart.chartPath)).toBe('1.0.0');

      const wrong = await testResolver({
        credentials: new ChartCredentials([
          { url: `oci://${proxy.host}`, username: 'puller', password: 'bad-Pa55word-999' },
        ]),
      });
      const error = await wrong
        .resolve(fromOciRepository, [ociRepository(url, { semver: '1.0.x' })])
        .catch((e) => e);
      expect(error.message).toMatch(/^HelmRelease apps\/web: .*authentication failed/);
      expect(`${error.message} ${error.hint}`).not.toContain('bad-Pa55word-999');
    } finally {
      await proxy.close();
    }
  });

  it('rewrites an unreachable registry to this one with a URL mirror', async () => {
    const resolver = await testResolver({
      mirrors: MirrorMap.parse(
        [`oci://ghcr.invalid/acme/charts=oci://${registry.host}/charts`],
        process.cwd(),
      ),
    });
    const upstream = 'oci://ghcr.invalid/acme/charts/agent';
    const chart = await resolver.resolve(fromOciRepository, [ociRepository(upstream, { semver: '1.x' })]);
    expect(chart).toMatchObject({ version: '1.1.0', source: upstream, digest: pushed.get('1.1.0') });
  });
});
