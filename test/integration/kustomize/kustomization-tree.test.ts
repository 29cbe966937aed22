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
  ['staging', 'https://acme-staging-v02.api.letsencrypt.org/directory', 'podinfo.staging'],
  ['production', 'https://acme-v02.api.letsencrypt.org/directory', 'podinfo.production'],
] as const)(
  'flux2-kustomize-helm-example %s: Kustomizations built from the ArtifactGenerator’s ExternalArtifacts',
  (cluster, acme, host) => {
    test('builds every Kustomization from its assembled artifact, dependencies first, with the overlays applied', async () => {
      const example = requireTestdata('fleets/flux2-kustomize-helm-example');
      const before = await treeHash(example);
      const result = await render(example, `clusters/${cluster}`, example);
      expect(await treeHash(example)).toBe(before);
      expect(result.diagnostics).toEqual([]);
      expect(result.kustomizations.map((node) => [node.kustomization.name, node.status])).toEqual([
        ['flux-system', 'built'],
        ['infra-controllers', 'built'],
        ['infra-configs', 'built'],
        ['apps', 'built'],
      ]);
      // infra-configs' JSON patch on the ClusterIssuer, from the cluster's own Kustomization.
      const issuer = result.objects.find(({ identity }) => identity.kind === 'ClusterIssuer');
      expect(at(issuer, 'object', 'spec', 'acme', 'server')).toBe(acme);
      expect(issuer?.origin).toEqual({ file: 'infrastructure/configs/cluster-issuers.yaml', line: 1 });
      // apps/<cluster> patches the base HelmRelease: the overlay's values and version win.
      const podinfo = result.objects.find(
        ({ identity }) => identity.kind === 'HelmRelease' && identity.name === 'podinfo',
      );
      expect(at(podinfo, 'object', 'spec', 'values', 'httpRoute', 'hostnames')).toEqual([host]);
      expect(at(podinfo, 'object', 'spec', 'values', 'redis', 'enabled')).toBe(true);
      expect(podinfo?.origin).toEqual({ file: 'apps/base/podinfo/release.yaml', line: 1 });
      expect(podinfo?.chain.map(({ name }) => name)).toEqual(['flux-system', 'apps']);
      expect(at(podinfo, 'object', 'metadata', 'labels')).toEqual({
        'kustomize.toolkit.fluxcd.io/name': 'apps',
        'kustomize.toolkit.fluxcd.io/namespace': 'flux-system',
      });
    });
  },
);

test('an ExternalArtifact no generator of the cluster produces is reported as an unsupported source', async () => {
  const root = await tempDir();
  await writeTree(root, {
    'clusters/test/apps.yaml': `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata: {name: apps, namespace: flux-system}
spec:
  sourceRef: {kind: ExternalArtifact, name: elsewhere}
  path: ./
`,
  });
  const result = await render(root, 'clusters/test', root);
  expect(result.kustomizations.map((node) => [node.kustomization.name, node.status])).toEqual([
    ['flux-system', 'built'],
    ['apps', 'unsupported-source'],
  ]);
  expect(result.diagnostics.map(({ code, message }) => `${code}: ${message}`)).toEqual([
    "unsupported-source: flux-system/apps is not rendered: its source ExternalArtifact flux-system/elsewhere is not generated by any ArtifactGenerator in this cluster's manifests",
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
