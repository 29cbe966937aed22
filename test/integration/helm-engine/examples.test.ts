import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RenderedObject } from '../../../src/core/flux/helmrelease/post-render-metadata.js';
import { releaseName, releaseNamespace } from '../../../src/core/flux/helmrelease/release-name.js';
import { composeValues } from '../../../src/core/flux/helmrelease/values-merge.js';
import type { ValuesReference } from '../../../src/core/flux/helmrelease/values-reference.js';
import type { CrdPolicy } from '../../../src/core/helm/engine/engine.js';
import { type PostRenderSpec, postRender } from '../../../src/core/helm/engine/post-render.js';
import { loadManifests } from '../../../src/core/manifest/load-manifests.js';
import { repoRoot } from '../../support/paths.js';
import { realEngine } from './engine-fixture.js';

interface HelmReleaseDoc {
  metadata: { name: string; namespace: string };
  spec: {
    releaseName?: string;
    targetNamespace?: string;
    values?: RenderedObject;
    valuesFrom?: ValuesReference[];
    install?: { crds?: CrdPolicy };
    postRenderers?: PostRenderSpec['postRenderers'];
    commonMetadata?: PostRenderSpec['commonMetadata'];
  };
}

async function helmReleaseIn(file: string, name: string): Promise<HelmReleaseDoc> {
  const { manifests } = loadManifests(file, await readFile(path.join(repoRoot, file), 'utf8'));
  const found = manifests.find((m) => m.identity.kind === 'HelmRelease' && m.identity.name === name);
  if (found === undefined) throw new Error(`no HelmRelease ${name} in ${file}`);
  return found.object as unknown as HelmReleaseDoc;
}

/** What a renderer does with one HelmRelease and its chart directory. */
async function renderRelease(hr: HelmReleaseDoc, chartDir: string, configMaps: Record<string, string> = {}) {
  const { engine, kubectl } = await realEngine();
  const values = composeValues({
    helmRelease: hr.metadata,
    ...(hr.spec.valuesFrom ? { valuesFrom: hr.spec.valuesFrom } : {}),
    ...(hr.spec.values ? { values: hr.spec.values } : {}),
    resolve: (_kind, _namespace, name) =>
      configMaps[name] === undefined ? undefined : { data: { 'values.yaml': configMaps[name] } },
  });
  const chart = { path: path.join(repoRoot, chartDir), name: path.basename(chartDir), version: 'dev' };
  const rendered = await engine.render(chart, values, {
    releaseName: releaseName(hr),
    namespace: releaseNamespace(hr),
    ...(hr.spec.install?.crds ? { crds: hr.spec.install.crds } : {}),
  });
  return postRender(
    rendered,
    {
      helmRelease: hr.metadata,
      ...(hr.spec.postRenderers ? { postRenderers: hr.spec.postRenderers } : {}),
      ...(hr.spec.commonMetadata ? { commonMetadata: hr.spec.commonMetadata } : {}),
    },
    { kubectl, what: `HelmRelease ${hr.metadata.namespace}/${hr.metadata.name}` },
  );
}

const labelsOf = (object: RenderedObject) => (object.metadata as { labels?: Record<string, string> }).labels;

describe('the examples/fleet releases', () => {
  it('renders edge-ingress: CRD with origin labels only, patched Deployment, common and origin labels', async () => {
    const hr = await helmReleaseIn(
      'examples/fleet/infrastructure/controllers/edge-ingress.yaml',
      'edge-ingress',
    );
    const result = await renderRelease(hr, 'examples/mirror-src/edge-ingress');
    const origin = {
      'helm.toolkit.fluxcd.io/name': 'edge-ingress',
      'helm.toolkit.fluxcd.io/namespace': 'edge-system',
    };
    expect(result.manifests.map((m) => `${m.object.kind} ${m.source}`)).toEqual([
      'CustomResourceDefinition edge-ingress/crds/ratelimitpolicies.yaml',
      'Service edge-ingress/templates/service.yaml',
      'Deployment edge-ingress/templates/deployment.yaml',
      'IngressClass edge-ingress/templates/ingressclass.yaml',
    ]);
    const [crd, service, deployment, ingressClass] = result.manifests.map((m) => m.object);
    expect(labelsOf(crd ?? {})).toEqual(origin);
    for (const object of [service, deployment, ingressClass]) {
      expect(labelsOf(object ?? {})).toMatchObject({ ...origin, 'acme.example/team': 'platform' });
    }
    expect(deployment?.spec).toMatchObject({
      replicas: 2,
      template: { spec: { priorityClassName: 'platform-critical' } },
    });
    expect(deployment?.metadata).toHaveProperty('name', 'edge-ingress');
    expect(ingressClass?.metadata).toHaveProperty('annotations', {
      'ingressclass.kubernetes.io/is-default-class': 'true',
    });
  });

  it('renders the shop web-app release with valuesFrom, then inline values', async () => {
    const hr = await helmReleaseIn('examples/fleet/apps/base/shop/release.yaml', 'shop');
    const shopValues = await readFile(
      path.join(repoRoot, 'examples/fleet/apps/base/shop/values.yaml'),
      'utf8',
    );
    const result = await renderRelease(hr, 'examples/fleet/charts/web-app', { 'shop-values': shopValues });
    const kinds = result.manifests.map((m) => m.object.kind);
    expect(kinds).toEqual(['ConfigMap', 'Service', 'Deployment', 'Ingress']);
    expect(
      result.manifests.every((m) => labelsOf(m.object)?.['helm.toolkit.fluxcd.io/name'] === 'shop'),
    ).toBe(true);
    const config = result.manifests.find((m) => m.object.kind === 'ConfigMap')?.object.data as Record<
      string,
      string
    >;
    expect(Object.values(config).join('\n')).toContain('currency: EUR');
  });
});
