import { describe, expect, it } from 'vitest';
import { releaseName, releaseNamespace } from '../../../src/core/flux/helmrelease/release-name.js';
import { composeValues } from '../../../src/core/flux/helmrelease/values-merge.js';
import { apiVersionsOfCrds } from '../../../src/core/helm/engine/api-versions.js';
import type { RenderedChart, RenderOptions } from '../../../src/core/helm/engine/engine.js';
import { inlineChart, realEngine, showing } from './engine-fixture.js';

const base: RenderOptions = { releaseName: 'demo', namespace: 'apps' };

function dataOf(rendered: RenderedChart, name: string): Record<string, unknown> {
  const found = rendered.manifests.find((m) => (m.object.metadata as { name?: string }).name === name);
  if (found === undefined) throw new Error(`no object ${name}`);
  const data = found.object.data as Record<string, string>;
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, JSON.parse(value)]));
}

const releaseChart = () =>
  inlineChart('probe', {
    'templates/release.yaml': showing('release', {
      name: '.Release.Name',
      namespace: '.Release.Namespace',
      isInstall: '.Release.IsInstall',
    }),
  });

describe('HelmTemplateEngine: the release helm-controller installs', () => {
  it('renders .Release.Name as the HelmRelease name when there is no targetNamespace', async () => {
    const { engine } = await realEngine();
    const hr = { metadata: { name: 'podinfo', namespace: 'apps' } };
    const rendered = await engine.render(
      await releaseChart(),
      {},
      {
        releaseName: releaseName(hr),
        namespace: releaseNamespace(hr),
      },
    );
    expect(dataOf(rendered, 'release')).toEqual({ name: 'podinfo', namespace: 'apps', isInstall: true });
  });

  it('renders .Release.Name as targetNamespace-name and .Release.Namespace as the targetNamespace', async () => {
    const { engine } = await realEngine();
    const hr = { metadata: { name: 'podinfo', namespace: 'flux-system' }, spec: { targetNamespace: 'web' } };
    const rendered = await engine.render(
      await releaseChart(),
      {},
      {
        releaseName: releaseName(hr),
        namespace: releaseNamespace(hr),
      },
    );
    expect(dataOf(rendered, 'release')).toMatchObject({ name: 'web-podinfo', namespace: 'web' });
  });

  it('gives helm the shortened name when targetNamespace-name exceeds 53 characters', async () => {
    const { engine } = await realEngine();
    const hr = {
      metadata: { name: 'a-very-long-helm-release-name-for-testing', namespace: 'flux-system' },
      spec: { targetNamespace: 'an-equally-long-target-namespace' },
    };
    const name = releaseName(hr);
    // The first 40 bytes end in a hyphen, which helm-controller keeps: hence `--`.
    expect(name).toMatch(/^an-equally-long-target-namespace-a-very--[0-9a-f]{12}$/);
    const rendered = await engine.render(await releaseChart(), {}, { ...base, releaseName: name });
    expect(dataOf(rendered, 'release').name).toBe(name);
  });
});

describe('HelmTemplateEngine: values', () => {
  const chart = () =>
    inlineChart('values', {
      'values.yaml':
        'replicas: 1\nimage:\n  repository: nginx\n  tag: "1.0"\nsidecar:\n  enabled: true\nmode: "0755"\n',
      'templates/values.yaml': showing('values', { all: '.Values' }),
    });

  it('overrides chart defaults with composed values, and a null deletes a default as in Helm', async () => {
    const { engine } = await realEngine();
    const values = composeValues({
      helmRelease: { name: 'demo', namespace: 'apps' },
      valuesFrom: [{ kind: 'ConfigMap', name: 'overrides' }],
      values: { image: { tag: '2.0' }, sidecar: null },
      resolve: () => ({ data: { 'values.yaml': 'replicas: 3\nimage:\n  tag: "1.5"\n' } }),
    });
    const rendered = await engine.render(await chart(), values, base);
    expect(dataOf(rendered, 'values').all).toEqual({
      replicas: 3,
      image: { repository: 'nginx', tag: '2.0' },
      mode: '0755',
    });
  });

  it('keeps a string that YAML 1.1 would retype as a string on its way to helm', async () => {
    const { engine } = await realEngine();
    const rendered = await engine.render(await chart(), { mode: 'yes', image: { tag: '010' } }, base);
    expect(dataOf(rendered, 'values').all).toMatchObject({ mode: 'yes', image: { tag: '010' } });
  });

  it('validates values against values.schema.json unless install.disableSchemaValidation is set', async () => {
    const { engine } = await realEngine();
    const schemaChart = await inlineChart('schema', {
      'values.schema.json': JSON.stringify({ type: 'object', properties: { replicas: { type: 'integer' } } }),
      'templates/values.yaml': showing('values', { replicas: '.Values.replicas' }),
    });
    await expect(engine.render(schemaChart, { replicas: 'three' }, base)).rejects.toThrow(/schema/);
    const rendered = await engine.render(
      schemaChart,
      { replicas: 'three' },
      { ...base, disableSchemaValidation: true },
    );
    expect(dataOf(rendered, 'values').replicas).toBe('three');
  });
});

describe('HelmTemplateEngine: CRDs per install.crds', () => {
  const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  names: { kind: Widget, plural: widgets }
  scope: Namespaced
  versions:
    - { name: v1, served: true, storage: true, schema: { openAPIV3Schema: { type: object } } }
    - { name: v1alpha1, served: false, storage: false, schema: { openAPIV3Schema: { type: object } } }
`;
  const chart = () =>
    inlineChart('crds', {
      'crds/widgets.yaml': crd,
      'templates/widget.yaml': 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: one\n',
    });

  it.each(['Create', 'CreateReplace', undefined] as const)(
    'includes crds/ with policy %s, marked as CRDs',
    async (crds) => {
      const { engine } = await realEngine();
      const rendered = await engine.render(await chart(), {}, { ...base, ...(crds ? { crds } : {}) });
      expect(rendered.manifests.map((m) => [m.source, m.crd])).toEqual([
        ['crds/crds/widgets.yaml', true],
        ['crds/templates/widget.yaml', false],
      ]);
    },
  );

  it('leaves crds/ out with policy Skip', async () => {
    const { engine } = await realEngine();
    const rendered = await engine.render(await chart(), {}, { ...base, crds: 'Skip' });
    expect(rendered.manifests.map((m) => m.source)).toEqual(['crds/templates/widget.yaml']);
  });

  it('derives the API versions a cluster with those CRDs serves', async () => {
    const { engine } = await realEngine();
    const rendered = await engine.render(await chart(), {}, base);
    expect(apiVersionsOfCrds(rendered.manifests.map((m) => m.object))).toEqual([
      'example.com/v1',
      'example.com/v1/Widget',
    ]);
  });
});

describe('HelmTemplateEngine: .Capabilities', () => {
  const chart = () =>
    inlineChart('caps', {
      'templates/caps.yaml': showing('caps', {
        kube: '.Capabilities.KubeVersion.Version',
        minor: '.Capabilities.KubeVersion.Minor',
        widget: '.Capabilities.APIVersions.Has "example.com/v1"',
        widgetKind: '.Capabilities.APIVersions.Has "example.com/v1/Widget"',
        apps: '.Capabilities.APIVersions.Has "apps/v1"',
      }),
    });

  it('defaults to Kubernetes v1.35.0 with only built-in APIs', async () => {
    const { engine } = await realEngine();
    const rendered = await engine.render(await chart(), {}, base);
    expect(dataOf(rendered, 'caps')).toEqual({
      kube: 'v1.35.0',
      minor: '35',
      widget: false,
      widgetKind: false,
      apps: true,
    });
  });

  it('passes kubeVersion and apiVersions through to the templates', async () => {
    const { engine } = await realEngine();
    const rendered = await engine.render(
      await chart(),
      {},
      {
        ...base,
        kubeVersion: 'v1.31.4',
        apiVersions: ['example.com/v1', 'example.com/v1/Widget'],
      },
    );
    expect(dataOf(rendered, 'caps')).toEqual({
      kube: 'v1.31.4',
      minor: '31',
      widget: true,
      widgetKind: true,
      apps: true,
    });
  });
});

describe('HelmTemplateEngine: provenance and repeatability', () => {
  it('names each object after its # Source: template, with --- inside block scalars kept as text', async () => {
    const { engine } = await realEngine();
    const chart = await inlineChart('multi', {
      'templates/config.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: script\ndata:\n  run.sh: |\n    echo start\n    ---\n    echo end\n' +
        '---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{ port: 80 }]\n',
      'templates/sub/deploy.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector: {}\n  template: {}\n',
    });
    const rendered = await engine.render(chart, {}, base);
    expect(rendered.manifests.map((m) => [m.object.kind, m.source])).toEqual([
      ['ConfigMap', 'multi/templates/config.yaml'],
      ['Service', 'multi/templates/config.yaml'],
      ['Deployment', 'multi/templates/sub/deploy.yaml'],
    ]);
    expect(rendered.manifests[0]?.object.data).toHaveProperty('run.sh', 'echo start\n---\necho end\n');
  });

  it('renders the same chart twice, so random output can be told from change', async () => {
    const { engine } = await realEngine();
    const chart = await inlineChart('random', {
      'templates/secret.yaml': showing('random', { token: 'randAlphaNum 16' }),
    });
    const [first, second] = await Promise.all([
      engine.render(chart, {}, base),
      engine.render(chart, {}, base),
    ]);
    expect(dataOf(first, 'random').token).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(dataOf(second, 'random').token).not.toBe(dataOf(first, 'random').token);
  });

  it('fails with helm’s own message when a template is broken', async () => {
    const { engine } = await realEngine();
    const chart = await inlineChart('broken', {
      'templates/bad.yaml': '{{ fail "values.x is required" }}\n',
    });
    await expect(engine.render(chart, {}, base)).rejects.toThrow(/broken 0\.1\.0.*values\.x is required/s);
  });
});
