import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { renderRepository } from '../../../src/core/render/index.js';
import { writeRenderOutput } from '../../../src/core/render/output.js';
import { tempDir } from '../../support/temp.js';
import { testTools } from '../../support/tools.js';
import { writeTree } from '../kustomize/support.js';

const REPO_URL = 'https://github.com/acme/fleet.git';

/** A ResourceSet producing, per tenant, a GitRepository of this repository, a Kustomization and a HelmRelease. */
const resourceSet = `apiVersion: fluxcd.controlplane.io/v1
kind: ResourceSet
metadata:
  name: tenants
  namespace: flux-system
spec:
  inputs:
    - tenant: team-a
      replicas: 1
  inputsFrom:
    - selector:
        matchLabels: {fleet: tenants}
  commonMetadata:
    labels: {platform: acme}
  resources:
    - apiVersion: source.toolkit.fluxcd.io/v1
      kind: GitRepository
      metadata: {name: fleet, namespace: flux-system}
      spec: {interval: 5m, url: ${REPO_URL}, ref: {branch: main}}
  resourcesTemplate: |
    ---
    apiVersion: kustomize.toolkit.fluxcd.io/v1
    kind: Kustomization
    metadata:
      name: << inputs.tenant >>
      namespace: flux-system
    spec:
      interval: 10m
      prune: true
      path: ./tenants/<< inputs.tenant >>
      sourceRef: {kind: GitRepository, name: fleet}
    ---
    apiVersion: helm.toolkit.fluxcd.io/v2
    kind: HelmRelease
    metadata:
      name: web-<< inputs.tenant >>
      namespace: << inputs.tenant >>
    spec:
      interval: 10m
      chart:
        spec:
          chart: ./charts/web
          sourceRef: {kind: GitRepository, name: fleet, namespace: flux-system}
      values:
        replicas: << inputs.replicas | int >>
`;

const provider = `apiVersion: fluxcd.controlplane.io/v1
kind: ResourceSetInputProvider
metadata:
  name: team-b
  namespace: flux-system
  labels: {fleet: tenants}
spec:
  type: Static
  defaultValues: {tenant: team-b, replicas: 3}
`;

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
spec:
  replicas: {{ .Values.replicas }}
  selector: {matchLabels: {app: {{ .Release.Name }}}}
  template:
    metadata: {labels: {app: {{ .Release.Name }}}}
    spec:
      containers: [{name: web, image: "nginx:1.27"}]
`;

const namespace = (name: string) => `apiVersion: v1\nkind: Namespace\nmetadata: {name: ${name}}\n`;

it('expands a ResourceSet into the cluster: its Kustomizations are built and its HelmReleases rendered', async () => {
  const root = await tempDir('gitops-actions-resourceset-');
  await writeTree(root, {
    'clusters/prod/tenants.yaml': resourceSet,
    'clusters/prod/provider.yaml': provider,
    'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
    'charts/web/values.yaml': 'replicas: 1\n',
    'charts/web/templates/deployment.yaml': deployment,
    'tenants/team-a/namespace.yaml': namespace('team-a'),
    'tenants/team-b/namespace.yaml': namespace('team-b'),
  });
  const run = await renderRepository({
    repoRoot: root,
    sourceRoot: root,
    tools: testTools(),
    cacheDir: path.join(root, '.cache'),
    exclude: ['.cache'],
    concurrency: 2,
    repositoryUrls: [REPO_URL],
  });
  expect(run.diagnostics).toEqual([]);
  const unit = (kind: string, name: string) => run.units.find((u) => u.kind === kind && u.name === name);

  const rset = unit('ResourceSet', 'tenants');
  expect(rset).toMatchObject({ id: 'prod/ResourceSet/flux-system/tenants', status: 'rendered' });
  expect(rset?.objects.map(({ identity }) => `${identity.kind}/${identity.name}`)).toEqual([
    'GitRepository/fleet',
    'Kustomization/team-a',
    'HelmRelease/web-team-a',
    'Kustomization/team-b',
    'HelmRelease/web-team-b',
  ]);
  expect(rset?.objects[0]?.source).toBe('clusters/prod/tenants.yaml:1');
  expect(rset?.objects[1]?.object.metadata).toMatchObject({
    labels: {
      platform: 'acme',
      'resourceset.fluxcd.controlplane.io/name': 'tenants',
      'resourceset.fluxcd.controlplane.io/namespace': 'flux-system',
    },
  });

  // The produced Kustomizations are built from this repository.
  for (const tenant of ['team-a', 'team-b']) {
    const ks = unit('Kustomization', tenant);
    expect(ks).toMatchObject({
      status: 'rendered',
      chain: ['flux-system/flux-system', `flux-system/${tenant}`],
    });
    expect(ks?.objects.map(({ identity }) => `${identity.kind}/${identity.name}`)).toEqual([
      `Namespace/${tenant}`,
    ]);
  }

  // The produced HelmReleases are rendered, with the values the ResourceSet templated.
  const release = unit('HelmRelease', 'web-team-b');
  expect(release).toMatchObject({
    status: 'rendered',
    owner: { file: 'clusters/prod/tenants.yaml', line: 1 },
  });
  const rendered = release?.objects.find(({ identity }) => identity.kind === 'Deployment');
  expect(rendered?.object).toMatchObject({ metadata: { name: 'web-team-b' }, spec: { replicas: 3 } });
  expect(unit('HelmRelease', 'web-team-a')?.objects[0]?.object).toMatchObject({ spec: { replicas: 1 } });

  // The output has a file for the ResourceSet's objects, listed in index.json.
  const out = path.join(root, 'out');
  const index = await writeRenderOutput(out, run);
  const file = index.units.find((u) => u.kind === 'ResourceSet')?.file;
  expect(file).toBe('prod/ResourceSet/flux-system/tenants.yaml');
  const docs = parseAllDocuments(await readFile(path.join(out, file as string), 'utf8')).map((d) => d.toJS());
  expect(docs.map((doc) => doc.kind)).toEqual([
    'GitRepository',
    'Kustomization',
    'HelmRelease',
    'Kustomization',
    'HelmRelease',
  ]);
});

it('reports a ResourceSet template error once, at its line, and renders the rest of the cluster', async () => {
  const root = await tempDir('gitops-actions-resourceset-error-');
  await writeTree(root, {
    'clusters/prod/namespace.yaml': namespace('apps'),
    'clusters/prod/broken.yaml': `apiVersion: fluxcd.controlplane.io/v1
kind: ResourceSet
metadata: {name: broken, namespace: flux-system}
spec:
  inputs: [{name: a}]
  resourcesTemplate: |
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: << inputs.nmae >>
`,
  });
  const run = await renderRepository({
    repoRoot: root,
    sourceRoot: root,
    tools: testTools(),
    cacheDir: path.join(root, '.cache'),
    exclude: ['.cache'],
    concurrency: 2,
  });
  expect(run.diagnostics).toEqual([
    expect.objectContaining({
      severity: 'error',
      code: 'resourceset-failed',
      message: expect.stringContaining('map has no entry for key "nmae"'),
      location: { file: 'clusters/prod/broken.yaml', line: 10 },
    }),
  ]);
  expect(run.units.find((u) => u.kind === 'ResourceSet')).toMatchObject({ status: 'failed' });
  expect(run.units.find((u) => u.kind === 'Kustomization')?.objects.map((o) => o.identity.kind)).toEqual([
    'Namespace',
    'ResourceSet',
  ]);
});
