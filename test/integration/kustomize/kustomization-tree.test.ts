import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderClusterKustomizations } from '../../../src/core/flux/kustomization-tree.js';
import type { KubeObject } from '../../../src/core/flux/substitute/substitute-resource.js';
import { repoRoot } from '../../support/paths.js';
import { tempDir } from '../../support/temp.js';
import { requireTestdata } from '../../support/testdata.js';
import { testTools } from '../../support/tools.js';
import { treeHash, writeTree } from './support.js';

/** A nested field, without optional-chaining casts. */
const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((current, key) => (current as Record<string, unknown> | undefined)?.[key], value);

const fleet = path.join(repoRoot, 'examples', 'fleet');

const render = (sourceRoot: string, entry: string, root = repoRoot) =>
  renderClusterKustomizations({ repoRoot: root, sourceRoot, entry, tools: testTools(), strict: true });

const settings = {
  staging: { domain: 'staging.acme.example', tag: '1.5.0', logLevel: 'debug' },
  production: { domain: 'acme.example', tag: '1.4.2', logLevel: 'info' },
};

describe.each(['staging', 'production'] as const)('examples/fleet cluster %s', (cluster) => {
  test('renders every Kustomization, dependencies first, without touching the repository', async () => {
    const before = await treeHash(fleet);
    const result = await render(fleet, `clusters/${cluster}`);
    expect(await treeHash(fleet)).toBe(before);
    expect(result.diagnostics).toEqual([]);
    expect(result.kustomizations.map((node) => [node.kustomization.name, node.status])).toEqual([
      ['flux-system', 'built'],
      ['infra-controllers', 'built'],
      ['infra-configs', 'built'],
      ['apps', 'built'],
    ]);
    const kinds = new Set(result.objects.map(({ identity }) => identity.kind));
    for (const kind of ['GitRepository', 'HelmRelease', 'HelmRepository', 'OCIRepository', 'PriorityClass']) {
      expect(kinds).toContain(kind);
    }
  });

  test("the shop HelmRelease has the substituted host, the environment's tag and the hashed values ConfigMap", async () => {
    const result = await render(fleet, `clusters/${cluster}`);
    const shop = result.objects.find(
      ({ identity }) => identity.kind === 'HelmRelease' && identity.name === 'shop',
    );
    const values = shop?.object.spec as { values: KubeObject; valuesFrom: KubeObject[] };
    const configMap = result.objects.find(({ identity }) => identity.name.startsWith('shop-values-'));
    expect(configMap?.identity.name).toMatch(/^shop-values-[a-z0-9]{10}$/);
    expect(configMap?.origin).toEqual({
      file: 'examples/fleet/apps/base/shop/kustomization.yaml',
      generatedBy: 'ConfigMapGenerator',
    });
    expect(values.valuesFrom).toEqual([{ kind: 'ConfigMap', name: configMap?.identity.name }]);
    expect(String(at(configMap, 'object', 'data', 'values.yaml'))).toContain(
      `imageCdn: https://cdn.${settings[cluster].domain}/catalog`,
    );
    expect(values.values).toMatchObject({
      ingress: { host: `shop.${settings[cluster].domain}` },
      env: {
        CLUSTER_NAME: cluster,
        INSTANCE_ID: 'shop-${HOSTNAME}',
        LOG_LEVEL: settings[cluster].logLevel,
      },
    });
    expect((values.values.image as KubeObject).tag).toBe(settings[cluster].tag);
    expect(shop?.origin).toEqual({ file: 'examples/fleet/apps/base/shop/release.yaml', line: 1 });
    expect(shop?.chain.map(({ name }) => name)).toEqual(['flux-system', 'apps']);
    expect(at(shop, 'object', 'metadata', 'labels')).toEqual({
      'kustomize.toolkit.fluxcd.io/name': 'apps',
      'kustomize.toolkit.fluxcd.io/namespace': 'flux-system',
    });
  });

  test('the opted-out scripts ConfigMap keeps its shell ${VAR:-default} expressions', async () => {
    const result = await render(fleet, `clusters/${cluster}`);
    const scripts = result.objects.find(({ identity }) => identity.name === 'orders-scripts');
    expect(at(scripts, 'object', 'data', 'drain.sh')).toContain('${DRAIN_TIMEOUT:-300}');
  });
});

test('production applies its Flux Kustomization patches to the infrastructure', async () => {
  const result = await render(fleet, 'clusters/production');
  const ingress = result.objects.find(
    ({ identity }) => identity.name === 'edge-ingress' && identity.kind === 'HelmRelease',
  );
  expect(at(ingress, 'object', 'spec', 'values', 'replicaCount')).toBe(3);
  const limits = result.objects.find(({ identity }) => identity.kind === 'RateLimitPolicy');
  expect(at(limits, 'object', 'spec', 'requestsPerSecond')).toBe(500);
});

describe.each([
  ['staging', 'podinfo.staging', 'https://acme-staging-v02.api.letsencrypt.org/directory'],
  ['production', 'podinfo.production', 'https://acme-v02.api.letsencrypt.org/directory'],
] as const)('flux2-kustomize-helm-example cluster %s', (cluster, hostname, acmeServer) => {
  test('builds the Kustomizations whose source is an ExternalArtifact its ArtifactGenerator assembles', async () => {
    const example = requireTestdata('fleets/flux2-kustomize-helm-example');
    const result = await render(example, `clusters/${cluster}`, example);
    expect(result.kustomizations.map((node) => [node.kustomization.name, node.status])).toEqual([
      ['flux-system', 'built'],
      ['infra-controllers', 'built'],
      ['infra-configs', 'built'],
      ['apps', 'built'],
    ]);
    expect(result.diagnostics).toEqual([]);
    const find = (kind: string, name: string) =>
      result.objects.find(({ identity }) => identity.kind === kind && identity.name === name);
    // The artifact "apps" holds apps/base under base/ and apps/<cluster> under <cluster>/; the
    // overlay's patch reaches the base HelmRelease, and provenance names the repository's files.
    const podinfo = find('HelmRelease', 'podinfo');
    expect(at(podinfo, 'object', 'spec', 'values', 'httpRoute', 'hostnames')).toEqual([hostname]);
    expect(podinfo?.origin).toEqual({ file: 'apps/base/podinfo/release.yaml', line: 1 });
    expect(podinfo?.chain.map(({ name }) => name)).toEqual(['flux-system', 'apps']);
    // infra-configs patches the ClusterIssuer from the "infrastructure" artifact per cluster.
    const issuer = find('ClusterIssuer', 'letsencrypt');
    expect(at(issuer, 'object', 'spec', 'acme', 'server')).toBe(acmeServer);
    expect(issuer?.origin.file).toBe('infrastructure/configs/cluster-issuers.yaml');
    expect(find('HelmRelease', 'cert-manager')?.origin.file).toBe(
      'infrastructure/controllers/cert-manager.yaml',
    );
    expect(at(find('HelmRelease', 'cert-manager'), 'object', 'metadata', 'labels')).toMatchObject({
      'kustomize.toolkit.fluxcd.io/name': 'infra-controllers',
      'kustomize.toolkit.fluxcd.io/namespace': 'flux-system',
    });
  });
});

test('an ExternalArtifact no ArtifactGenerator of the cluster generates is reported, not dropped', async () => {
  const root = await tempDir();
  await writeTree(root, {
    'clusters/test/apps.yaml': `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata: {name: apps, namespace: flux-system}
spec:
  sourceRef: {kind: ExternalArtifact, name: missing}
  path: ./apps
`,
  });
  const result = await render(root, 'clusters/test', root);
  expect(result.kustomizations.map((node) => [node.kustomization.name, node.status])).toEqual([
    ['flux-system', 'built'],
    ['apps', 'unsupported-source'],
  ]);
  expect(result.diagnostics.map(({ code, message }) => `${code}: ${message}`)).toEqual([
    'unsupported-source: flux-system/apps is not rendered: its source ExternalArtifact flux-system/missing is not generated by any ArtifactGenerator of this cluster',
  ]);
});

test('a dependsOn cycle is an error naming the cycle; the other Kustomizations still render', async () => {
  const root = await tempDir();
  const ks = (name: string, dependsOn: string[]) => `---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata: {name: ${name}, namespace: flux-system}
spec:
  sourceRef: {kind: GitRepository, name: flux-system}
  path: ./apps/${name}
  dependsOn: [${dependsOn.map((dep) => `{name: ${dep}}`).join(', ')}]
`;
  const cm = (name: string) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}, namespace: default}\n`;
  await writeTree(root, {
    'clusters/test/all.yaml': ks('a', ['b']) + ks('b', ['c']) + ks('c', ['a']) + ks('d', []),
    'apps/a/cm.yaml': cm('a'),
    'apps/b/cm.yaml': cm('b'),
    'apps/c/cm.yaml': cm('c'),
    'apps/d/cm.yaml': cm('d'),
  });
  const result = await render(root, 'clusters/test', root);
  const cycle = result.diagnostics.filter(({ code }) => code === 'dependency-cycle');
  expect(cycle.map(({ kustomization }) => kustomization?.name)).toEqual(['a', 'b', 'c']);
  expect(cycle[0]?.message).toBe(
    'dependsOn forms a cycle: flux-system/a → flux-system/b → flux-system/c → flux-system/a',
  );
  expect(cycle[0]?.location).toEqual({ file: 'clusters/test/all.yaml', line: 1 });
  expect(result.kustomizations.find((node) => node.kustomization.name === 'd')?.status).toBe('built');
  expect(
    result.objects
      .filter(({ identity }) => identity.kind === 'ConfigMap')
      .map(({ identity }) => identity.name),
  ).toEqual(['d']);
});
