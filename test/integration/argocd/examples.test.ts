import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  type Application,
  type ArgoRenderedObject,
  type DiscoveredArgoObjects,
  discoverArgoObjects,
  expandApplicationSet,
  renderApplication,
  TRACKING_ANNOTATION,
} from '../../../src/core/argocd/index.js';
import type { KubeObject } from '../../../src/core/flux/substitute/substitute-resource.js';
import { repoRoot as checkout } from '../../support/paths.js';
import { testTools } from '../../support/tools.js';

const repoRoot = path.join(checkout, 'examples', 'argocd');
const repoURL = 'https://github.com/acme/argocd-apps';
const mirror = path.join(checkout, 'examples', 'mirror', 'charts.acme.example', 'stable');
const tools = testTools();

let found: DiscoveredArgoObjects;
beforeAll(async () => {
  found = await discoverArgoObjects(repoRoot);
});

const byName = (name: string): Application => {
  const app = found.applications.find((candidate) => candidate.name === name);
  if (!app) throw new Error(`no Application ${name}`);
  return app;
};

async function render(app: Application) {
  return renderApplication(app, {
    repoRoot,
    tools,
    repoURL,
    resolveRemoteChart: async ({ repoURL: url, chart, version }) => {
      expect(url).toBe('https://charts.acme.example/stable');
      return path.join(mirror, `${chart}-${version}.tgz`);
    },
  });
}

const find = (objects: ArgoRenderedObject[], kind: string, name: string): ArgoRenderedObject => {
  const found = objects.find((entry) => entry.identity.kind === kind && entry.identity.name === name);
  if (!found) throw new Error(`no ${kind} ${name} in ${objects.map((o) => o.identity.name).join(', ')}`);
  return found;
};
// biome-ignore lint/suspicious/noExplicitAny: reading deep fields of rendered objects
const deep = (object: KubeObject | undefined): any => object;

test('discovers every Application and ApplicationSet with its file and line', () => {
  expect(found.applications.map((app) => `${app.name} ${app.location.file}:${app.location.line}`)).toEqual([
    'edge-ingress-production apps/edge-ingress.yaml:5',
    'guestbook-production apps/guestbook-production.yaml:4',
    'guestbook-staging apps/guestbook-staging.yaml:4',
    'root bootstrap/root.yaml:3',
  ]);
  expect(found.applicationSets.map((set) => set.name)).toEqual(['addons', 'platform']);
  expect(found.diagnostics).toEqual([]);
});

describe('the guestbook Applications', () => {
  test.each([
    // Staging's inline values set replicaCount 2, over both files.
    ['guestbook-staging', 2, '3.3.0-rc.1', 'guestbook.staging.acme.example'],
    ['guestbook-production', 3, '3.2.0', 'guestbook.acme.example'],
  ])('%s renders the chart with values.yaml then its environment file', async (name, replicas, tag, host) => {
    const { objects, unsupported } = await render(byName(name));
    expect(unsupported).toEqual([]);
    const deployment = find(objects, 'Deployment', 'guestbook');
    expect(deep(deployment.object).spec.replicas).toBe(replicas);
    expect(deep(deployment.object).spec.template.spec.containers[0].image).toBe(
      `ghcr.io/acme/guestbook:${tag}`,
    );
    expect(deep(find(objects, 'Ingress', 'guestbook').object).spec.rules[0].host).toBe(host);
    expect(deployment.identity.namespace).toBe('guestbook');
    expect(deployment.provenance).toMatchObject({
      application: { file: `apps/${name}.yaml`, line: 4 },
      sourceType: 'helm',
      template: 'guestbook/templates/deployment.yaml',
    });
    expect(deep(deployment.object).metadata.annotations[TRACKING_ANNOTATION]).toBe(
      `${name}:apps/Deployment:guestbook/guestbook`,
    );
  });
});

test('the multi-source Application takes the remote chart and its values through $values', async () => {
  const { objects, unsupported } = await render(byName('edge-ingress-production'));
  expect(unsupported).toEqual([]);
  const deployment = find(objects, 'Deployment', 'edge-ingress');
  expect(deep(deployment.object).spec.replicas).toBe(3);
  expect(deployment.identity.namespace).toBe('edge-system');
  const service = find(objects, 'Service', 'edge-ingress');
  expect(deep(service.object).metadata.annotations['acme.example/cluster']).toBe('production');
  // CRDs come along (no skipCrds) and carry no tracking, as repo-server leaves them.
  const crd = objects.find((entry) => entry.identity.kind === 'CustomResourceDefinition');
  expect(crd?.provenance.template).toMatch(/^edge-ingress\/crds\//);
  expect(deep(crd?.object).metadata.annotations?.[TRACKING_ANNOTATION]).toBeUndefined();
});

test('without a chart resolver the remote chart is reported as a request, not rendered', async () => {
  const result = await renderApplication(byName('edge-ingress-production'), { repoRoot, tools, repoURL });
  expect(result.objects).toEqual([]);
  expect(result.chartRequests).toEqual([
    { repoURL: 'https://charts.acme.example/stable', chart: 'edge-ingress', version: '1.3.0' },
  ]);
  expect(result.unsupported.map((entry) => entry.feature)).toEqual(['source:remote-chart']);
});

test('the ApplicationSet expands to one kustomize Application per environment, each rendering its overlay', async () => {
  const set = found.applicationSets.find((candidate) => candidate.name === 'platform');
  if (!set) throw new Error('no ApplicationSet platform');
  const { applications, unsupported } = await expandApplicationSet(set, { repoRoot, repoURL });
  expect(unsupported).toEqual([]);
  expect(
    applications.map((app) => [
      app.name,
      deep(app.object).spec.source.path,
      deep(app.object).spec.destination.name,
    ]),
  ).toEqual([
    ['platform-staging', 'platform/staging', 'staging'],
    ['platform-production', 'platform/production', 'production'],
  ]);
  const cpu = [];
  for (const app of applications) {
    const { objects } = await render(app);
    const quota = find(objects, 'ResourceQuota', 'compute');
    cpu.push(deep(quota.object).spec.hard['requests.cpu']);
    expect(quota.provenance).toMatchObject({
      sourceType: 'kustomize',
      file: 'platform/base/quotas.yaml',
      line: 1,
    });
    expect(deep(quota.object).metadata.annotations[TRACKING_ANNOTATION]).toBe(
      `${app.name}:/ResourceQuota:guestbook/compute`,
    );
    expect(deep(quota.object).metadata.annotations['config.kubernetes.io/origin']).toBeUndefined();
  }
  expect(cpu).toEqual(['2', '8']);
});

test('the app of apps renders the Applications in apps/ as a directory source', async () => {
  const before = await readFile(path.join(repoRoot, 'platform', 'production', 'kustomization.yaml'), 'utf8');
  const { objects } = await render(byName('root'));
  expect(
    objects.map((entry) => `${entry.identity.kind} ${entry.identity.name} ${entry.provenance.file}`),
  ).toEqual([
    'ApplicationSet addons apps/addons.yaml',
    'Application edge-ingress-production apps/edge-ingress.yaml',
    'Application guestbook-production apps/guestbook-production.yaml',
    'Application guestbook-staging apps/guestbook-staging.yaml',
    'ApplicationSet platform apps/platform.yaml',
  ]);
  expect(deep(objects[1]?.object).metadata.annotations[TRACKING_ANNOTATION]).toBe(
    'root:argoproj.io/Application:argocd/edge-ingress-production',
  );
  // Nothing is ever written into the repository.
  expect(await readFile(path.join(repoRoot, 'platform', 'production', 'kustomization.yaml'), 'utf8')).toBe(
    before,
  );
});
