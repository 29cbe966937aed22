import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MirrorMap } from '../../../src/core/helm/sources/index.js';
import { type RenderRun, renderRepository } from '../../../src/core/render/index.js';
import { startChartRepo, type TestChartRepo } from '../../support/chart-repo.js';
import { writeTestChart } from '../../support/charts.js';
import { startRegistry, type TestRegistry } from '../../support/registry.js';
import { tempDir } from '../../support/temp.js';
import { requireTestdata } from '../../support/testdata.js';
import { testTools } from '../../support/tools.js';

/**
 * flux2-kustomize-helm-example, a real public Flux repository: its clusters build their trees from
 * ExternalArtifacts an ArtifactGenerator assembles, and its charts come from quay.io, docker.io and
 * a GitHub Pages Helm repository. Those are unreachable here, so charts of our own with the same
 * names stand in for them, served on loopback and reached through render's mirror option.
 */
let registry: TestRegistry;
let repo: TestChartRepo;
let run: RenderRun;

beforeAll(async () => {
  registry = await startRegistry();
  const helm = await testTools().helm();
  const charts = await tempDir('gitops-actions-shared-fleet-charts-');
  const push = async (name: string, version: string, repository: string) => {
    const dir = await writeTestChart(path.join(charts, `${name}-${version}`), { name, version });
    const packaged = await helm.package(dir, path.join(charts, 'packages'));
    await helm.push(packaged, `oci://${registry.host}/${repository}`, { plainHttp: true });
  };
  await push('cert-manager', '1.18.2', 'jetstack/charts');
  await push('cert-manager', '1.19.1', 'jetstack/charts');
  await push('cert-manager', '2.0.0', 'jetstack/charts');
  await push('gateway-helm', '1.8.0', 'envoyproxy');
  repo = await startChartRepo({
    charts: [
      await writeTestChart(path.join(charts, 'podinfo-stable'), { name: 'podinfo', version: '6.9.2' }),
      await writeTestChart(path.join(charts, 'podinfo-rc'), { name: 'podinfo', version: '6.10.0-rc.1' }),
    ],
  });
  const example = requireTestdata('fleets/flux2-kustomize-helm-example');
  run = await renderRepository({
    repoRoot: example,
    sourceRoot: example,
    tools: testTools(),
    cacheDir: await tempDir('gitops-actions-shared-fleet-cache-'),
    concurrency: 4,
    mirrors: MirrorMap.parse(
      [
        `oci://quay.io/jetstack/charts=oci://${registry.host}/jetstack/charts`,
        `oci://docker.io/envoyproxy=oci://${registry.host}/envoyproxy`,
        `https://stefanprodan.github.io/podinfo=${repo.url}`,
      ],
      example,
    ),
  });
}, 240_000);

afterAll(async () => {
  await repo?.close();
  await registry?.stop();
});

const unit = (id: string) => {
  const found = run.units.find((u) => u.id === id);
  if (found === undefined) throw new Error(`no unit ${id} in ${run.units.map((u) => u.id).join(', ')}`);
  return found;
};

describe('flux2-kustomize-helm-example, rendered with its charts mirrored to loopback', () => {
  it('renders every unit of both clusters, with no failure and no warning', () => {
    expect(run.clusters.map((cluster) => cluster.name)).toEqual(['production', 'staging']);
    expect(
      run.units.filter((u) => u.status !== 'rendered').map((u) => `${u.id}: ${u.error?.message}`),
    ).toEqual([]);
    expect(run.diagnostics).toEqual([]);
    for (const cluster of ['production', 'staging']) {
      expect(
        run.units.filter((u) => u.cluster === cluster).map((u) => `${u.kind} ${u.namespace}/${u.name}`),
      ).toEqual([
        'HelmRelease cert-manager/cert-manager',
        'HelmRelease envoy-gateway-system/envoy-gateway',
        'HelmRelease podinfo/podinfo',
        'Kustomization flux-system/apps',
        'Kustomization flux-system/flux-system',
        'Kustomization flux-system/infra-configs',
        'Kustomization flux-system/infra-controllers',
      ]);
    }
  });

  it('picks chart versions by each source’s semver range, prereleases only where the range asks', () => {
    expect(unit('staging/HelmRelease/cert-manager/cert-manager').chart).toMatchObject({
      name: 'cert-manager',
      version: '1.19.1',
    });
    expect(unit('staging/HelmRelease/envoy-gateway-system/envoy-gateway').chart?.version).toBe('1.8.0');
    // The staging overlay asks for ">=1.0.0-alpha", production for ">=1.0.0".
    expect(unit('staging/HelmRelease/podinfo/podinfo').chart?.version).toBe('6.10.0-rc.1');
    expect(unit('production/HelmRelease/podinfo/podinfo').chart?.version).toBe('6.9.2');
  });

  it('renders each release with its origin labels and names its owner in the repository', () => {
    const podinfo = unit('production/HelmRelease/podinfo/podinfo');
    expect(podinfo.owner).toEqual({ file: 'apps/base/podinfo/release.yaml', line: 1 });
    expect(podinfo.chain).toEqual(['flux-system/flux-system', 'flux-system/apps']);
    const [configMap] = podinfo.objects;
    // The stand-in chart names its ConfigMap <release>-<chart>; releaseName is podinfo.
    expect(configMap?.object.metadata).toMatchObject({
      name: 'podinfo-podinfo',
      labels: {
        'helm.toolkit.fluxcd.io/name': 'podinfo',
        'helm.toolkit.fluxcd.io/namespace': 'podinfo',
      },
    });
  });
});
