import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  type Application,
  type ArgoRenderedObject,
  renderApplication,
} from '../../../src/core/argocd/index.js';
import type { KubeObject } from '../../../src/core/flux/substitute/substitute-resource.js';
import { tempDir } from '../../support/temp.js';
import { testTools } from '../../support/tools.js';

const tools = testTools();
const repoURL = 'https://git.example/platform.git';

const FILES: Record<string, string> = {
  'charts/probe/Chart.yaml': 'apiVersion: v2\nname: probe\nversion: 0.1.0\n',
  'charts/probe/values.yaml': 'tag: latest\nreplicas: 1\ncolour: grey\n',
  'charts/probe/values-blue.yaml': 'colour: blue\n',
  'charts/probe/crds/widget.yaml': [
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata:',
    '  name: widgets.acme.example',
    'spec:',
    '  group: acme.example',
    '  scope: Namespaced',
    '  names: {kind: Widget, plural: widgets}',
    '  versions: [{name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object}}}]',
    '',
  ].join('\n'),
  'charts/probe/templates/probe.yaml': [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: {{ .Release.Name }}-probe',
    'data:',
    '  tag: {{ .Values.tag | quote }}',
    '  tagType: {{ kindOf .Values.tag | quote }}',
    '  replicas: {{ .Values.replicas | quote }}',
    '  replicasType: {{ kindOf .Values.replicas | quote }}',
    '  colour: {{ .Values.colour | quote }}',
    '  namespace: {{ .Release.Namespace | quote }}',
    '  note: {{ .Values.note | default "none" | quote }}',
    '',
  ].join('\n'),
  'kustomize/base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
  'kustomize/base/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    'spec:',
    '  selector: {matchLabels: {app: web}}',
    '  template:',
    '    metadata: {labels: {app: web}}',
    '    spec:',
    '      containers: [{name: web, image: "nginx:1.0"}]',
    '',
  ].join('\n'),
  'manifests/a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n',
  'manifests/b.json': '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "b"}}\n',
  'manifests/README.md': '# not a manifest\n',
  'manifests/notes.yaml': 'just: some notes\n',
  'manifests/nested/c.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n',
  'manifests/nested/skip-me.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: skipped\n',
  'manifests/nested/marked.yaml':
    '# +argocd:skip-file-rendering\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: marked\n',
  'manifests/nested/deep/d.yml':
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: d\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: e\n',
  'manifests/nested/deep/gen.jsonnet': '{}\n',
};

async function repo(): Promise<string> {
  const root = await tempDir('gitops-actions-argocd-src-');
  for (const [file, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}

function application(name: string, source: KubeObject, namespace = 'team'): Application {
  return {
    name,
    namespace: 'argocd',
    object: {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name, namespace: 'argocd' },
      spec: {
        project: 'default',
        source: { repoURL, targetRevision: 'main', ...source },
        destination: { namespace },
      },
    },
    location: { file: `apps/${name}.yaml`, line: 2 },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: reading fields of rendered objects
const dataOf = (objects: ArgoRenderedObject[], name: string): any =>
  objects.find((entry) => entry.identity.name === name)?.object.data;

describe('Helm source in this repository', () => {
  test('parameters go to --set, forceString ones to --set-string, after the value files and values', async () => {
    const repoRoot = await repo();
    const app = application('probe', {
      path: 'charts/probe',
      helm: {
        valueFiles: ['values-blue.yaml', 'values-missing.yaml'],
        ignoreMissingValueFiles: true,
        values: 'note: from-values\ncolour: red\n',
        parameters: [
          { name: 'tag', value: '0123', forceString: true },
          { name: 'replicas', value: '3' },
          { name: 'colour', value: '$ARGOCD_APP_NAME-green' },
        ],
      },
    });
    const { objects } = await renderApplication(app, { repoRoot, tools, repoURL });
    // releaseName defaults to the Application name; the namespace is the destination's.
    expect(dataOf(objects, 'probe-probe')).toEqual({
      tag: '0123',
      tagType: 'string',
      replicas: '3',
      replicasType: 'int64',
      colour: 'probe-green',
      namespace: 'team',
      note: 'from-values',
    });
  });

  test('valuesObject wins over values; releaseName, namespace and skipCrds are honoured', async () => {
    const repoRoot = await repo();
    const app = application('probe', {
      path: 'charts/probe',
      helm: {
        releaseName: 'custom',
        namespace: 'elsewhere',
        skipCrds: true,
        values: 'note: from-values\n',
        valuesObject: { note: 'from-object' },
      },
    });
    const { objects } = await renderApplication(app, { repoRoot, tools, repoURL });
    expect(objects.map((entry) => entry.identity.kind)).toEqual(['ConfigMap']);
    expect(dataOf(objects, 'custom-probe')).toMatchObject({ note: 'from-object', namespace: 'elsewhere' });
    // The object itself takes the destination namespace, as the controller applies it.
    expect(objects[0]?.identity.namespace).toBe('team');
  });

  test('a missing value file fails the render with the Application named', async () => {
    const repoRoot = await repo();
    const app = application('probe', { path: 'charts/probe', helm: { valueFiles: ['nope.yaml'] } });
    await expect(renderApplication(app, { repoRoot, tools, repoURL })).rejects.toThrow(
      /Application argocd\/probe .*charts\/probe\/nope\.yaml/,
    );
  });
});

test('kustomize source: namePrefix, images and commonLabels edit a copy, never the repository', async () => {
  const repoRoot = await repo();
  const app = application('web', {
    path: 'kustomize/base',
    kustomize: {
      namePrefix: 'prod-',
      images: ['nginx=registry.example/nginx:1.27'],
      commonLabels: { team: 'platform' },
    },
  });
  const { objects } = await renderApplication(app, { repoRoot, tools, repoURL });
  expect(objects).toHaveLength(1);
  const [deployment] = objects;
  // biome-ignore lint/suspicious/noExplicitAny: deep fields
  const object = deployment?.object as any;
  expect(deployment?.identity).toEqual({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    name: 'prod-web',
    namespace: 'team',
  });
  expect(object.spec.template.spec.containers[0].image).toBe('registry.example/nginx:1.27');
  expect(object.metadata.labels.team).toBe('platform');
  expect(deployment?.provenance).toMatchObject({ file: 'kustomize/base/deployment.yaml', line: 1 });
  expect(await readFile(path.join(repoRoot, 'kustomize/base/kustomization.yaml'), 'utf8')).toBe(
    FILES['kustomize/base/kustomization.yaml'],
  );
});

describe('directory source', () => {
  test('reads only the top level by default, skipping non-manifests', async () => {
    const repoRoot = await repo();
    const { objects } = await renderApplication(application('plain', { path: 'manifests' }), {
      repoRoot,
      tools,
      repoURL,
    });
    expect(objects.map((entry) => entry.identity.name)).toEqual(['a', 'b']);
  });

  test('recurse with include and exclude globs matched against the path below the source', async () => {
    const repoRoot = await repo();
    const app = application('plain', {
      path: 'manifests',
      directory: { recurse: true, include: '{*.yaml,*.yml}', exclude: 'nested/skip-*' },
    });
    const { objects, unsupported } = await renderApplication(app, { repoRoot, tools, repoURL });
    expect(
      objects.map((entry) => `${entry.identity.name} ${entry.provenance.file}:${entry.provenance.line}`),
    ).toEqual([
      'a manifests/a.yaml:1',
      'c manifests/nested/c.yaml:1',
      'd manifests/nested/deep/d.yml:1',
      'e manifests/nested/deep/d.yml:5',
    ]);
    expect(unsupported).toEqual([]);
  });

  test('Jsonnet files are reported as unsupported rather than skipped', async () => {
    const repoRoot = await repo();
    const app = application('plain', { path: 'manifests', directory: { recurse: true } });
    const { objects, unsupported } = await renderApplication(app, { repoRoot, tools, repoURL });
    expect(objects.map((entry) => entry.identity.name)).toContain('skipped');
    expect(objects.map((entry) => entry.identity.name)).not.toContain('marked');
    expect(unsupported.map((entry) => [entry.feature, entry.location.file])).toEqual([
      ['directory:jsonnet', 'manifests/nested/deep/gen.jsonnet'],
    ]);
  });
});

test('sources in other repositories and plugins are reported, not guessed at', async () => {
  const repoRoot = await repo();
  const other = application('other', { repoURL: 'https://git.example/else', path: 'x' });
  expect(
    (await renderApplication(other, { repoRoot, tools, repoURL })).unsupported.map((u) => u.feature),
  ).toEqual(['source:other-repository']);
  const plugin = application('plugin', { path: 'manifests', plugin: { name: 'cdk8s' } });
  expect(
    (await renderApplication(plugin, { repoRoot, tools, repoURL })).unsupported.map((u) => u.feature),
  ).toEqual(['source:plugin']);
});

test('annotation+label tracking adds the instance label too', async () => {
  const repoRoot = await repo();
  const { objects } = await renderApplication(application('plain', { path: 'manifests' }), {
    repoRoot,
    tools,
    repoURL,
    tracking: { method: 'annotation+label' },
  });
  expect(objects[0]?.object.metadata).toEqual({
    name: 'a',
    namespace: 'team',
    labels: { 'app.kubernetes.io/instance': 'plain' },
    annotations: { 'argocd.argoproj.io/tracking-id': 'plain:/ConfigMap:team/a' },
  });
});
