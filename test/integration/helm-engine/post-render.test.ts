import { describe, expect, it } from 'vitest';
import type { RenderedObject } from '../../../src/core/flux/helmrelease/post-render-metadata.js';
import type { RenderedChart, RenderedManifest, RenderOptions } from '../../../src/core/helm/engine/engine.js';
import { type PostRenderSpec, postRender } from '../../../src/core/helm/engine/post-render.js';
import { inlineChart, realEngine } from './engine-fixture.js';

const options: RenderOptions = { releaseName: 'shop', namespace: 'web' };
const helmRelease = { name: 'shop', namespace: 'flux-system' };
const origin = { 'helm.toolkit.fluxcd.io/name': 'shop', 'helm.toolkit.fluxcd.io/namespace': 'flux-system' };

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: { app: web, tier: frontend }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - { name: app, image: "ghcr.io/acme/shop:1.0" }
`;
const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{ port: 80 }]\n';
const hookJob = `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
  annotations:
    helm.sh/hook: pre-install,Pre-Upgrade
    helm.sh/hook-weight: "-5"
    helm.sh/hook-delete-policy: before-hook-creation, hook-succeeded
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - { name: migrate, image: "ghcr.io/acme/shop:1.0" }
`;
const hookAccount = `apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
  annotations: { helm.sh/hook: pre-install }
`;
const account = 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: web\n';
const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: carts.acme.example
  labels: { owner: shop }
spec:
  group: acme.example
  names: { kind: Cart, plural: carts }
  scope: Namespaced
  versions: [{ name: v1, served: true, storage: true, schema: { openAPIV3Schema: { type: object } } }]
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: misplaced-in-crds
`;

async function render(files: Record<string, string>, spec: Omit<PostRenderSpec, 'helmRelease'>, extra = {}) {
  const { engine, kubectl } = await realEngine();
  const chart = await inlineChart('shop', files);
  const rendered = await engine.render(chart, {}, { ...options, ...extra });
  return postRender(rendered, { helmRelease, ...spec }, { kubectl, what: 'HelmRelease flux-system/shop' });
}

function find(chart: RenderedChart, kind: string, name: string): RenderedManifest {
  const found = chart.manifests.find(
    (m) => m.object.kind === kind && (m.object.metadata as { name: string }).name === name,
  );
  if (found === undefined) throw new Error(`no ${kind} ${name}`);
  return found;
}

const metadataOf = (object: RenderedObject) =>
  object.metadata as { labels?: Record<string, string>; annotations?: Record<string, string> };
const containerOf = (object: RenderedObject) =>
  (object.spec as { template: { spec: { containers: Record<string, unknown>[] } } }).template.spec
    .containers[0];

describe('postRender: spec.postRenderers, then commonMetadata, then origin labels', () => {
  it('applies a strategic-merge patch, a targeted JSON 6902 patch and an image tag, in renderer order', async () => {
    const result = await render(
      { 'templates/deployment.yaml': deployment, 'templates/service.yaml': service },
      {
        postRenderers: [
          { kustomize: { images: [{ name: 'ghcr.io/acme/shop', newTag: '1.4.2' }] } },
          {
            kustomize: {
              patches: [
                {
                  patch:
                    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n',
                },
                {
                  // `test` fails unless the first renderer already ran: renderers are chained.
                  patch:
                    '- op: test\n  path: /spec/template/spec/containers/0/image\n  value: ghcr.io/acme/shop:1.4.2\n' +
                    '- op: add\n  path: /spec/template/spec/priorityClassName\n  value: critical\n',
                  target: { group: 'apps', kind: 'Deployment', name: 'web' },
                },
              ],
            },
          },
        ],
      },
    );
    const deploy = find(result, 'Deployment', 'web').object;
    expect(deploy.spec).toMatchObject({ replicas: 3, template: { spec: { priorityClassName: 'critical' } } });
    expect(containerOf(deploy)).toEqual({ name: 'app', image: 'ghcr.io/acme/shop:1.4.2' });
    expect(find(result, 'Service', 'web').object.spec).toEqual({ ports: [{ port: 80 }] });
  });

  it('lets commonMetadata overwrite a patched label, and origin labels overwrite commonMetadata', async () => {
    const result = await render(
      { 'templates/deployment.yaml': deployment },
      {
        postRenderers: [
          {
            kustomize: {
              patches: [
                {
                  patch:
                    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels: { tier: patched }\n',
                },
              ],
            },
          },
        ],
        commonMetadata: {
          labels: { tier: 'common', 'helm.toolkit.fluxcd.io/name': 'impostor' },
          annotations: { 'acme.example/owner': 'shop-team' },
        },
      },
    );
    const deploy = find(result, 'Deployment', 'web').object;
    expect(metadataOf(deploy)).toEqual({
      name: 'web',
      labels: { app: 'web', tier: 'common', ...origin },
      annotations: { 'acme.example/owner': 'shop-team' },
    });
    // commonMetadata touches each object's own metadata only, not pod templates.
    expect((deploy.spec as { template: { metadata: unknown } }).template.metadata).toEqual({
      labels: { app: 'web' },
    });
  });

  it('keeps each object’s # Source: through kustomize and removes Helm’s file annotation', async () => {
    const result = await render(
      { 'templates/deployment.yaml': deployment, 'templates/net/service.yaml': service },
      { postRenderers: [{ kustomize: { images: [{ name: 'ghcr.io/acme/shop', newTag: '2.0' }] } }] },
    );
    expect(result.manifests.map((m) => [m.object.kind, m.source])).toEqual([
      ['Service', 'shop/templates/net/service.yaml'],
      ['Deployment', 'shop/templates/deployment.yaml'],
    ]);
    expect(metadataOf(find(result, 'Service', 'web').object).annotations).toBeUndefined();
  });
});

describe('postRender: hooks per postRenderStrategy', () => {
  const files = { 'templates/deployment.yaml': deployment, 'templates/hooks/migrate.yaml': hookJob };
  const images = {
    postRenderers: [{ kustomize: { images: [{ name: 'ghcr.io/acme/shop', newTag: '9.9' }] } }],
  };

  it('combined (the default) post-renders hooks with the templates, and keeps their hook data', async () => {
    const result = await render(files, images);
    const job = find(result, 'Job', 'migrate');
    expect(containerOf(job.object)).toMatchObject({ image: 'ghcr.io/acme/shop:9.9' });
    expect(metadataOf(job.object).labels).toEqual(origin);
    expect(job.hook).toEqual({
      events: ['pre-install', 'pre-upgrade'],
      weight: -5,
      deletePolicies: ['before-hook-creation', 'hook-succeeded'],
    });
    expect(result.manifests.map((m) => m.object.kind)).toEqual(['Deployment', 'Job']);
  });

  it('nohooks leaves hooks exactly as rendered: no patches, no origin labels', async () => {
    const result = await render(files, { ...images, postRenderStrategy: 'nohooks' });
    const job = find(result, 'Job', 'migrate').object;
    expect(containerOf(job)).toMatchObject({ image: 'ghcr.io/acme/shop:1.0' });
    expect(metadataOf(job).labels).toBeUndefined();
    expect(containerOf(find(result, 'Deployment', 'web').object)).toMatchObject({
      image: 'ghcr.io/acme/shop:9.9',
    });
  });

  it('combined fails like helm-controller when a hook and a template are the same object; separate does not', async () => {
    const clash = { 'templates/account.yaml': account, 'templates/hooks/account.yaml': hookAccount };
    await expect(render(clash, {})).rejects.toThrow(/already registered id/);
    const result = await render(clash, { postRenderStrategy: 'separate' });
    const accounts = result.manifests.filter((m) => m.object.kind === 'ServiceAccount');
    expect(accounts.map((m) => [m.source, m.hook?.events, metadataOf(m.object).labels])).toEqual([
      ['shop/templates/account.yaml', undefined, origin],
      ['shop/templates/hooks/account.yaml', ['pre-install'], { ...origin }],
    ]);
  });

  it('install.disableHooks renders no hooks at all', async () => {
    const result = await render(files, images, { disableHooks: true });
    expect(result.manifests.map((m) => m.object.kind)).toEqual(['Deployment']);
  });
});

describe('postRender: CRDs from crds/', () => {
  it('installs only CustomResourceDefinitions, with origin labels and without post-rendering', async () => {
    const result = await render(
      { 'crds/carts.yaml': crd, 'templates/service.yaml': service },
      {
        postRenderers: [
          {
            kustomize: {
              patches: [
                { patch: '- op: add\n  path: /metadata/labels\n  value: { patched: "yes" }\n', target: {} },
              ],
            },
          },
        ],
        commonMetadata: { labels: { team: 'shop' } },
      },
    );
    expect(result.manifests.map((m) => [m.object.kind, m.source, m.crd])).toEqual([
      ['CustomResourceDefinition', 'shop/crds/carts.yaml', true],
      ['Service', 'shop/templates/service.yaml', false],
    ]);
    expect(metadataOf(find(result, 'CustomResourceDefinition', 'carts.acme.example').object).labels).toEqual({
      owner: 'shop',
      ...origin,
    });
    expect(metadataOf(find(result, 'Service', 'web').object).labels).toEqual({
      patched: 'yes',
      team: 'shop',
      ...origin,
    });
  });
});
