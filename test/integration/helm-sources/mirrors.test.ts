import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { ChartCredentials, type ManifestObject, MirrorMap } from '../../../src/core/helm/sources/index.js';
import { writeTestChart } from '../../support/charts.js';
import { repoRoot } from '../../support/paths.js';
import { tempDir } from '../../support/temp.js';
import { testTools } from '../../support/tools.js';
import { type LoggingChartRepo, startLoggingChartRepo } from './logging-chart-repo.js';
import { closeResolvers, fromHelmRepository, helmRepository, testResolver } from './support.js';

afterEach(closeResolvers);

async function manifests(file: string): Promise<ManifestObject[]> {
  const text = await readFile(path.join(repoRoot, file), 'utf8');
  return parseAllDocuments(text).map((document) => document.toJS() as ManifestObject);
}

/** The mirrors examples/fleet's README documents for rendering offline. */
const FLEET_MIRRORS = [
  'https://charts.acme.example=examples/mirror/charts.acme.example',
  'oci://ghcr.io/acme/charts=examples/mirror/ghcr.io/acme/charts',
];

describe('examples/fleet renders offline through examples/mirror', () => {
  it('resolves edge-ingress (HTTP repository, 1.3.x) and node-agent (OCIRepository, 0.4.x) from local directories', async () => {
    const objects = [
      ...(await manifests('examples/fleet/infrastructure/controllers/edge-ingress.yaml')),
      ...(await manifests('examples/fleet/infrastructure/controllers/node-agent.yaml')),
    ];
    const releases = objects.filter((object) => object.kind === 'HelmRelease');
    const resolver = await testResolver({ mirrors: MirrorMap.parse(FLEET_MIRRORS, repoRoot) });
    const [edge, agent] = await Promise.all(releases.map((release) => resolver.resolve(release, objects)));
    expect(edge).toMatchObject({
      name: 'edge-ingress',
      version: '1.3.0',
      source: 'https://charts.acme.example/stable',
      chartPath: path.join(repoRoot, 'examples/mirror/charts.acme.example/stable/edge-ingress-1.3.0.tgz'),
      digest: 'sha256:fff10937b3b167006030460466f4ad017c467faf5c1793c0268db0144e71deaf',
    });
    expect(agent).toMatchObject({
      name: 'node-agent',
      version: '0.4.1',
      source: 'oci://ghcr.io/acme/charts/node-agent',
      chartPath: path.join(repoRoot, 'examples/mirror/ghcr.io/acme/charts/node-agent-0.4.1.tgz'),
    });
    // The packages are real charts: helm renders them.
    const helm = await testTools().helm();
    for (const chart of [edge, agent]) {
      expect(await helm.template(['test', chart?.chartPath ?? ''])).toMatch(/kind: (Deployment|DaemonSet)/);
    }
  });

  it('says which package a mirror directory lacks', async () => {
    const resolver = await testResolver({ mirrors: MirrorMap.parse(FLEET_MIRRORS, repoRoot) });
    const objects = await manifests('examples/fleet/infrastructure/controllers/node-agent.yaml');
    const repository = objects.find((object) => object.kind === 'OCIRepository') as ManifestObject;
    const pinned = {
      ...repository,
      spec: { url: 'oci://ghcr.io/acme/charts/node-agent', ref: { semver: '0.5.x' } },
    };
    const release = objects.find((object) => object.kind === 'HelmRelease') as ManifestObject;
    await expect(resolver.resolve(release, [pinned])).rejects.toThrow(
      /HelmRelease flux-system\/node-agent: the mirror directory .*examples\/mirror\/ghcr\.io\/acme\/charts has no node-agent package matching semver "0\.5\.x"/,
    );
  });
});

describe('a URL mirror in front of an unreachable Helm repository', () => {
  const upstream = 'https://charts.unreachable.invalid/stable';
  const auth = { username: 'ci', password: 'mirror-Pa55word' };
  let mirror: LoggingChartRepo;
  beforeAll(async () => {
    const root = await tempDir('gitops-actions-mirror-charts-');
    const dirs = await Promise.all(
      ['1.0.0', '1.10.0'].map((version) =>
        writeTestChart(path.join(root, version), { name: 'web', version }),
      ),
    );
    // The index names the upstream host in its download URLs, as a copied upstream index does.
    mirror = await startLoggingChartRepo(dirs, { indexUrl: upstream, auth });
  });
  afterAll(() => mirror?.close());

  it('reads the index and the absolute upstream package URL from the mirror, with the mirror credentials', async () => {
    expect(await readFile(path.join(mirror.dir, 'index.yaml'), 'utf8')).toContain(
      `${upstream}/web-1.10.0.tgz`,
    );
    const resolver = await testResolver({
      mirrors: MirrorMap.parse([`${upstream}=${mirror.url}`], repoRoot),
      credentials: new ChartCredentials([{ url: mirror.url, ...auth }]),
    });
    const chart = await resolver.resolve(fromHelmRepository('web', '1.x'), [helmRepository(upstream)]);
    expect(chart).toMatchObject({ version: '1.10.0', source: upstream });
    expect(mirror.requests).toEqual(['/index.yaml', '/web-1.10.0.tgz']);
  });

  it('does not send upstream credentials to the mirror', async () => {
    const resolver = await testResolver({
      mirrors: MirrorMap.parse([`${upstream}=${mirror.url}`], repoRoot),
      credentials: new ChartCredentials([{ url: upstream, ...auth }]),
    });
    await expect(resolver.resolve(fromHelmRepository('web'), [helmRepository(upstream)])).rejects.toThrow(
      /HTTP 401, credentials are required/,
    );
  });
});
