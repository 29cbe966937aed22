import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ChartCredentials } from '../../../src/core/helm/sources/index.js';
import { writeTestChart } from '../../support/charts.js';
import { tempDir } from '../../support/temp.js';
import { type LoggingChartRepo, startLoggingChartRepo } from './logging-chart-repo.js';
import {
  closeResolvers,
  fromHelmRepository,
  helmChartVersion,
  helmRepository,
  testResolver,
} from './support.js';

const VERSIONS = ['1.0.0', '1.2.0', '1.10.0', '2.0.0-rc.1'];

async function webCharts(): Promise<string[]> {
  const root = await tempDir('gitops-actions-web-charts-');
  return Promise.all(
    VERSIONS.map((version) => writeTestChart(path.join(root, version), { name: 'web', version })),
  );
}

afterEach(closeResolvers);

describe('charts from a Helm HTTP repository', () => {
  let repo: LoggingChartRepo;
  beforeAll(async () => {
    repo = await startLoggingChartRepo(await webCharts());
  });
  afterAll(() => repo?.close());

  it.each([
    ['*', '1.10.0'],
    [undefined, '1.10.0'],
    ['1.x', '1.10.0'],
    ['~1.2', '1.2.0'],
    ['1.2.0', '1.2.0'],
    ['>=1.0.0-0', '2.0.0-rc.1'],
    ['2.0.0-rc.1', '2.0.0-rc.1'],
  ])('version %s resolves to %s, prereleases only when asked', async (constraint, expected) => {
    const resolver = await testResolver();
    const chart = await resolver.resolve(fromHelmRepository('web', constraint), [helmRepository(repo.url)]);
    expect(chart).toMatchObject({ name: 'web', version: expected, source: repo.url });
    expect(chart.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await helmChartVersion(chart.chartPath)).toBe(expected);
  });

  it('fails with the release, chart and constraint named when no version matches', async () => {
    const resolver = await testResolver();
    await expect(
      resolver.resolve(fromHelmRepository('web', '3.x'), [helmRepository(repo.url)]),
    ).rejects.toThrow(
      `HelmRelease apps/web: no 'web' chart with version matching '3.x' found in ${repo.url}/index.yaml`,
    );
  });

  it('reads index.yaml once per run, and a second run downloads no package (cache hit)', async () => {
    const resolver = await testResolver();
    const sources = [helmRepository(repo.url)];
    const before = repo.requests.length;
    const first = await resolver.resolve(fromHelmRepository('web', '1.2.0'), sources);
    expect(repo.requests.slice(before)).toEqual(['/index.yaml', '/web-1.2.0.tgz']);

    const again = await resolver.resolve(fromHelmRepository('web', '~1.2'), sources);
    expect(again.chartPath).toBe(first.chartPath);
    expect(repo.requests.slice(before)).toEqual(['/index.yaml', '/web-1.2.0.tgz']);

    // A new run with the same cache directory reads the index again (repositories change) but
    // takes the package from the cache.
    const nextRun = await testResolver({
      cacheDir: path.dirname(path.dirname(path.dirname(first.chartPath))),
    });
    const cached = await nextRun.resolve(fromHelmRepository('web', '1.2.0'), sources);
    expect(cached.chartPath).toBe(first.chartPath);
    expect(repo.requests.slice(before)).toEqual(['/index.yaml', '/web-1.2.0.tgz', '/index.yaml']);
  });

  it('downloads one package for 20 concurrent releases of the same chart version', async () => {
    const resolver = await testResolver();
    const before = repo.requests.length;
    const charts = await Promise.all(
      Array.from({ length: 20 }, () =>
        resolver.resolve(fromHelmRepository('web', '1.0.0'), [helmRepository(repo.url)]),
      ),
    );
    expect(new Set(charts.map((chart) => chart.chartPath)).size).toBe(1);
    expect(repo.requests.slice(before).sort()).toEqual(['/index.yaml', '/web-1.0.0.tgz']);
  });

  it('refuses a package whose sha256 is not the index digest, and caches nothing', async () => {
    const tampered = await startLoggingChartRepo(await webCharts());
    try {
      tampered.serve('/web-1.10.0.tgz', Buffer.from('not the package the index describes'));
      const cacheDir = path.join(await tempDir(), 'cache');
      const resolver = await testResolver({ cacheDir });
      const error = await resolver
        .resolve(fromHelmRepository('web'), [helmRepository(tampered.url)])
        .catch((e) => e);
      expect(error.message).toMatch(
        /^HelmRelease apps\/web: web 1\.10\.0 from http:\/\/127\.0\.0\.1:\d+: the package's digest sha256:[0-9a-f]+ is not the index's sha256:[0-9a-f]+; refused$/,
      );
      expect(await readdir(path.join(cacheDir, 'charts'))).toEqual([]);
    } finally {
      await tampered.close();
    }
  });

  it('resolves relative package URLs against the repository URL', async () => {
    const relative = await startLoggingChartRepo(await webCharts(), { relativeUrls: true });
    try {
      const resolver = await testResolver();
      const chart = await resolver.resolve(fromHelmRepository('web', '1.x'), [
        helmRepository(`${relative.url}/`),
      ]);
      expect(chart.version).toBe('1.10.0');
      expect(relative.requests).toEqual(['/index.yaml', '/web-1.10.0.tgz']);
    } finally {
      await relative.close();
    }
  });
});

describe('charts from a Helm HTTP repository with basic auth', () => {
  const auth = { username: 'reader', password: 's3cret-Pa55word' };
  let repo: LoggingChartRepo;
  beforeAll(async () => {
    repo = await startLoggingChartRepo(await webCharts(), { auth });
  });
  afterAll(() => repo?.close());

  it('sends the credentials given for the repository URL', async () => {
    const resolver = await testResolver({ credentials: new ChartCredentials([{ url: repo.url, ...auth }]) });
    const chart = await resolver.resolve(fromHelmRepository('web', '1.x'), [helmRepository(repo.url)]);
    expect(chart.version).toBe('1.10.0');
  });

  it('fails on a wrong password without quoting it', async () => {
    const wrong = 'wrong-Pa55word-123';
    const resolver = await testResolver({
      credentials: new ChartCredentials([{ url: repo.url, username: 'reader', password: wrong }]),
    });
    const error = await resolver
      .resolve(fromHelmRepository('web'), [helmRepository(repo.url)])
      .catch((e) => e);
    expect(error.message).toBe(
      `HelmRelease apps/web: reading the chart repository index: GET ${repo.url}/index.yaml: HTTP 401, the credentials were refused`,
    );
    expect(`${error.message} ${error.hint}`).not.toContain(wrong);
    expect(`${error.message} ${error.hint}`).not.toContain(Buffer.from(`reader:${wrong}`).toString('base64'));
  });

  it('says credentials are required when none are given', async () => {
    const resolver = await testResolver();
    await expect(resolver.resolve(fromHelmRepository('web'), [helmRepository(repo.url)])).rejects.toThrow(
      /HTTP 401, credentials are required/,
    );
  });
});
