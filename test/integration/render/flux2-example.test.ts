import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MirrorMap } from '../../../src/core/helm/sources/index.js';
import type { RenderRun, RenderUnit } from '../../../src/core/render/index.js';
import { renderRepository } from '../../../src/core/render/index.js';
import { startChartRepo, type TestChartRepo } from '../../support/chart-repo.js';
import { repoRoot } from '../../support/paths.js';
import { startRegistry, type TestRegistry } from '../../support/registry.js';
import { requireTestdata } from '../../support/testdata.js';
import { testTools } from '../../support/tools.js';

/**
 * The shared fleet flux2-kustomize-helm-example, rendered whole: its clusters apply an
 * ArtifactGenerator that splits the repository into two ExternalArtifacts, and Flux Kustomizations
 * built from them, with per-cluster patches and overlays. Its three remote charts are stand-ins of
 * our own (test/fixtures/flux2-kustomize-helm-example/charts), served on loopback from a real OCI
 * registry and a Helm HTTP repository, and the fleet's URLs are mirrored to them.
 */
const charts = path.join(repoRoot, 'test', 'fixtures', 'flux2-kustomize-helm-example', 'charts');

let registry: TestRegistry;
let repository: TestChartRepo;
let scratch: string;
const runs: Record<string, RenderRun> = {};

beforeAll(async () => {
  const example = requireTestdata('fleets/flux2-kustomize-helm-example');
  scratch = await mkdtemp(path.join(os.tmpdir(), 'gitops-actions-flux2-example-'));
  registry = await startRegistry();
  const helm = await testTools().helm();
  for (const [chart, repositoryPath] of [
    ['cert-manager', 'jetstack/charts'],
    ['gateway-helm', 'envoyproxy'],
  ] as const) {
    const packaged = await helm.package(path.join(charts, chart), path.join(scratch, 'packages'));
    await helm.push(packaged, `oci://${registry.host}/${repositoryPath}`, { plainHttp: true });
  }
  // A prerelease beside the release: staging's overlay asks for ">=1.0.0-alpha", production's for ">=1.0.0".
  const candidate = path.join(scratch, 'podinfo-rc');
  await cp(path.join(charts, 'podinfo'), candidate, { recursive: true });
  const chartYaml = await readFile(path.join(candidate, 'Chart.yaml'), 'utf8');
  await writeFile(path.join(candidate, 'Chart.yaml'), chartYaml.replaceAll('6.9.0', '6.10.0-rc.1'));
  repository = await startChartRepo({ charts: [path.join(charts, 'podinfo'), candidate] });

  const mirrors = MirrorMap.parse(
    [
      `oci://quay.io/jetstack/charts=oci://${registry.host}/jetstack/charts`,
      `oci://docker.io/envoyproxy=oci://${registry.host}/envoyproxy`,
      `https://stefanprodan.github.io/podinfo=${repository.url}`,
    ],
    repoRoot,
  );
  const run = await renderRepository({
    repoRoot: example,
    sourceRoot: example,
    tools: testTools(),
    cacheDir: path.join(scratch, 'cache'),
    mirrors,
    concurrency: 2,
  });
  for (const cluster of ['staging', 'production']) {
    runs[cluster] = {
      ...run,
      units: run.units.filter((unit) => unit.cluster === cluster),
      diagnostics: run.diagnostics.filter((diagnostic) => diagnostic.cluster === cluster),
    };
  }
}, 120_000);

afterAll(async () => {
  await registry?.stop();
  await repository?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

function unit(cluster: string, kind: string, name: string): RenderUnit {
  const found = runs[cluster]?.units.find((candidate) => candidate.kind === kind && candidate.name === name);
  if (found === undefined) throw new Error(`${cluster} has no ${kind} unit ${name}`);
  return found;
}

function object(found: RenderUnit, kind: string, name: string): Record<string, unknown> {
  const match = found.objects.find(({ identity }) => identity.kind === kind && identity.name === name);
  if (match === undefined) throw new Error(`${found.id} rendered no ${kind} ${name}`);
  return match.object as Record<string, unknown>;
}

const at = (value: unknown, ...keys: (string | number)[]): unknown =>
  keys.reduce<unknown>((current, key) => (current as Record<string, unknown> | undefined)?.[key], value);

describe.each([
  ['staging', '6.10.0-rc.1', 'podinfo.staging', 'https://acme-staging-v02.api.letsencrypt.org/directory'],
  ['production', '6.9.0', 'podinfo.production', 'https://acme-v02.api.letsencrypt.org/directory'],
] as const)('flux2-kustomize-helm-example cluster %s', (cluster, podinfoVersion, host, acme) => {
  it('renders every unit, with no warning: the ArtifactGenerator and its ExternalArtifacts are expanded', () => {
    const run = runs[cluster] as RenderRun;
    expect(run.diagnostics).toEqual([]);
    // The two clusters' cert-manager and envoy-gateway have identical inputs: one renders, the
    // other comes from the unit cache in the same run.
    const status = (found: RenderUnit) => (found.status === 'cached' ? 'rendered' : found.status);
    expect(run.units.map((found) => [found.kind, found.namespace, found.name, status(found)])).toEqual([
      ['HelmRelease', 'cert-manager', 'cert-manager', 'rendered'],
      ['HelmRelease', 'envoy-gateway-system', 'envoy-gateway', 'rendered'],
      ['HelmRelease', 'podinfo', 'podinfo', 'rendered'],
      ['Kustomization', 'flux-system', 'apps', 'rendered'],
      ['Kustomization', 'flux-system', 'flux-system', 'rendered'],
      ['Kustomization', 'flux-system', 'infra-configs', 'rendered'],
      ['Kustomization', 'flux-system', 'infra-controllers', 'rendered'],
    ]);
  });

  it('applies the cluster’s own Kustomization patch to the ClusterIssuer from the artifact', () => {
    const issuer = object(unit(cluster, 'Kustomization', 'infra-configs'), 'ClusterIssuer', 'letsencrypt');
    expect(at(issuer, 'spec', 'acme', 'server')).toBe(acme);
    expect(at(issuer, 'metadata', 'labels')).toEqual({
      'kustomize.toolkit.fluxcd.io/name': 'infra-configs',
      'kustomize.toolkit.fluxcd.io/namespace': 'flux-system',
    });
  });

  it('renders podinfo with the overlay’s version constraint and values over the base values', () => {
    const podinfo = unit(cluster, 'HelmRelease', 'podinfo');
    expect(podinfo.chart).toMatchObject({
      name: 'podinfo',
      version: podinfoVersion,
      source: 'https://stefanprodan.github.io/podinfo',
    });
    expect(podinfo.owner).toEqual({ file: 'apps/base/podinfo/release.yaml', line: 1 });
    expect(podinfo.chain).toEqual(['flux-system/flux-system', 'flux-system/apps']);
    const route = object(podinfo, 'HTTPRoute', 'podinfo');
    expect(at(route, 'spec', 'hostnames')).toEqual([host]);
    expect(at(route, 'spec', 'parentRefs')).toEqual([
      { name: 'envoy', namespace: 'envoy-gateway-system', sectionName: 'http' },
    ]);
    expect(at(route, 'metadata', 'labels')).toEqual({
      'helm.toolkit.fluxcd.io/name': 'podinfo',
      'helm.toolkit.fluxcd.io/namespace': 'podinfo',
    });
    const redis = object(podinfo, 'Deployment', 'podinfo-redis');
    expect(at(redis, 'spec', 'template', 'spec', 'containers', 0, 'image')).toBe(
      'public.ecr.aws/docker/library/redis:8.6.2',
    );
  });

  it('renders cert-manager from the OCIRepository with its CRDs enabled by the release values', () => {
    const certManager = unit(cluster, 'HelmRelease', 'cert-manager');
    expect(certManager.chart).toMatchObject({
      version: 'v1.17.2',
      source: 'oci://quay.io/jetstack/charts/cert-manager',
    });
    const crd = object(certManager, 'CustomResourceDefinition', 'clusterissuers.cert-manager.io');
    // crds.keep: false in the release drops the chart's default keep policy.
    expect(at(crd, 'metadata', 'annotations')).toBeUndefined();
    expect(at(crd, 'metadata', 'labels')).toEqual({
      'helm.toolkit.fluxcd.io/name': 'cert-manager',
      'helm.toolkit.fluxcd.io/namespace': 'cert-manager',
    });
    const config = object(certManager, 'ConfigMap', 'cert-manager-controller-config');
    expect(String(at(config, 'data', 'config.yaml'))).toContain('enableGatewayAPI: true');
    const gateway = unit(cluster, 'HelmRelease', 'envoy-gateway');
    expect(gateway.chart).toMatchObject({
      version: '1.8.0',
      source: 'oci://docker.io/envoyproxy/gateway-helm',
    });
    expect(object(gateway, 'Deployment', 'envoy-gateway')).toMatchObject({
      metadata: {
        namespace: 'envoy-gateway-system',
        labels: { 'app.kubernetes.io/instance': 'envoy-gateway' },
      },
    });
  });
});
