import { describe, expect, test } from 'vitest';
import type { KubeObject } from '../../../src/core/flux/substitute/substitute-resource.js';
import { buildFluxKustomization } from '../../../src/core/kustomize/build.js';
import { tempDir } from '../../support/temp.js';
import { testTools } from '../../support/tools.js';
import { treeHash, writeTree } from './support.js';

const configMap = (name: string, data: Record<string, string> = { key: 'value' }) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n${Object.entries(data)
    .map(([key, value]) => `  ${key}: ${JSON.stringify(value)}`)
    .join('\n')}\n`;

const deployment = (name: string, image: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      containers:
        - name: main
          image: ${image}
`;

async function build(files: Record<string, string>, spec: KubeObject, options: { strict?: boolean } = {}) {
  const root = await tempDir();
  await writeTree(root, files);
  const before = await treeHash(root);
  const result = await buildFluxKustomization({
    repoRoot: root,
    sourceRoot: root,
    kustomization: {
      name: 'app',
      namespace: 'flux-system',
      spec,
      location: { file: 'clusters/x.yaml', line: 3 },
    },
    strict: options.strict ?? false,
    tools: testTools(),
  });
  expect(await treeHash(root), 'the repository is never modified').toBe(before);
  return result;
}

const named = (result: Awaited<ReturnType<typeof build>>, kind: string, name: string) =>
  result.objects.find(({ identity }) => identity.kind === kind && identity.name === name);

describe('a directory without a kustomization file', () => {
  test('lists every Kubernetes YAML file, recursively, and a subdirectory with a kustomization as one entry', async () => {
    const result = await build(
      {
        'app/a.yaml': configMap('a'),
        'app/nested/b.yml': configMap('b'),
        'app/notes.txt': 'not yaml at all: {',
        'app/base/kustomization.yaml': 'resources: [c.yaml]\nnamePrefix: base-\n',
        'app/base/c.yaml': configMap('c'),
        'app/base/ignored.yaml': configMap('not-listed-by-base'),
      },
      { path: './app' },
    );
    expect(result.generated).toBe(true);
    expect(result.objects.map(({ identity }) => identity.name).sort()).toEqual(['a', 'b', 'base-c']);
    expect(named(result, 'ConfigMap', 'b')?.origin).toEqual({ file: 'app/nested/b.yml', line: 1 });
  });

  test("an empty directory builds to nothing, as the controller's _placeholder namespace does", async () => {
    const result = await build({ 'app/README.md': '# nothing here\n' }, { path: 'app' });
    expect(result).toMatchObject({ generated: true, objects: [] });
  });

  test('a YAML file that is not a Kubernetes object fails the generation, naming the file', async () => {
    await expect(build({ 'app/values.yaml': '- just\n- a list\n' }, { path: 'app' })).rejects.toThrow(
      /Kustomization flux-system\/app \(clusters\/x.yaml:3\): failed to decode Kubernetes YAML from app\/values.yaml/,
    );
  });
});

describe('Flux Kustomization fields written into the kustomization', () => {
  test('targetNamespace, namePrefix and nameSuffix apply, and patches target the names before the prefix', async () => {
    const result = await build(
      { 'app/kustomization.yaml': 'resources: [cm.yaml]\n', 'app/cm.yaml': configMap('settings') },
      {
        path: 'app',
        targetNamespace: 'team',
        namePrefix: 'p-',
        nameSuffix: '-s',
        patches: [
          {
            patch: '- op: replace\n  path: /data/key\n  value: patched',
            target: { kind: 'ConfigMap', name: 'settings' },
          },
        ],
      },
    );
    const object = named(result, 'ConfigMap', 'p-settings-s');
    expect(object?.identity.namespace).toBe('team');
    expect(object?.object.data).toEqual({ key: 'patched' });
    expect(object?.origin).toEqual({ file: 'app/cm.yaml', line: 1 });
  });

  test("images merge field by field with the kustomization's own images", async () => {
    const result = await build(
      {
        'app/kustomization.yaml':
          'resources: [web.yaml]\nimages:\n  - name: nginx\n    newName: registry.example/nginx\n',
        'app/web.yaml': deployment('web', 'nginx:1.0'),
      },
      { path: 'app', images: [{ name: 'nginx', newTag: '2.0' }] },
    );
    const spec = named(result, 'Deployment', 'web')?.object.spec as KubeObject;
    expect(JSON.stringify(spec)).toContain('"image":"registry.example/nginx:2.0"');
  });

  test('components are added; a missing one fails unless ignoreMissingComponents', async () => {
    const files = {
      'app/kustomization.yaml': 'resources: [cm.yaml]\n',
      'app/cm.yaml': configMap('settings'),
      'components/extra/kustomization.yaml':
        'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources: [extra.yaml]\n',
      'components/extra/extra.yaml': configMap('extra'),
    };
    const result = await build(files, {
      path: 'app',
      components: ['../components/extra', '../components/missing'],
      ignoreMissingComponents: true,
    });
    expect(result.objects.map(({ identity }) => identity.name).sort()).toEqual(['extra', 'settings']);
    await expect(build(files, { path: 'app', components: ['../components/missing'] })).rejects.toThrow(
      /kustomize build failed: kubectl kustomize failed \(exit 1\): error: accumulating components/,
    );
  });

  test("commonMetadata is set on every object after the build and overrides a manifest's own key", async () => {
    const result = await build(
      {
        'app/cm.yaml':
          'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  labels: {team: old}\ndata: {k: v}\n',
      },
      { path: 'app', commonMetadata: { labels: { team: 'platform' }, annotations: { owner: 'sre' } } },
    );
    const metadata = named(result, 'ConfigMap', 'settings')?.object.metadata as KubeObject;
    expect(metadata.labels).toEqual({
      team: 'platform',
      'kustomize.toolkit.fluxcd.io/name': 'app',
      'kustomize.toolkit.fluxcd.io/namespace': 'flux-system',
    });
    expect(metadata.annotations).toEqual({ owner: 'sre' });
  });
});

describe('postBuild substitution and owner labels', () => {
  const files = {
    'app/cm.yaml': configMap('vars', {
      plain: '${name}',
      escaped: '$${name}',
      fallback: '${missing:=fallback}',
      bare: '$name',
    }),
    'app/script.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: script
  annotations:
    kustomize.toolkit.fluxcd.io/substitute: disabled
data:
  run.sh: echo \${name:-none}
`,
  };

  test('substitutes ${var}, keeps $${var} as a literal and bare $var, applies defaults, honours the opt-out', async () => {
    const result = await build(files, { path: 'app', postBuild: { substitute: { name: 'shop' } } });
    expect(named(result, 'ConfigMap', 'vars')?.object.data).toEqual({
      plain: 'shop',
      escaped: '${name}',
      fallback: 'fallback',
      bare: '$name',
    });
    expect(named(result, 'ConfigMap', 'script')?.object.data).toEqual({ 'run.sh': 'echo ${name:-none}' });
    for (const { object } of result.objects) {
      expect((object.metadata as KubeObject).labels).toMatchObject({
        'kustomize.toolkit.fluxcd.io/name': 'app',
        'kustomize.toolkit.fluxcd.io/namespace': 'flux-system',
      });
    }
  });

  test('without spec.postBuild nothing is substituted', async () => {
    const result = await build(files, { path: 'app' });
    expect(named(result, 'ConfigMap', 'vars')?.object.data).toMatchObject({
      plain: '${name}',
      escaped: '$${name}',
    });
  });

  test("strict mode fails on an undefined variable, naming the object's file", async () => {
    const failing = { 'app/cm.yaml': configMap('vars', { plain: '${undefined_var}' }) };
    await expect(
      build(failing, { path: 'app', postBuild: { substitute: { name: 'x' } } }, { strict: true }),
    ).rejects.toMatchObject({
      message: expect.stringContaining('variable not set (strict mode): "undefined_var"'),
      location: { file: 'app/cm.yaml', line: 1 },
    });
  });
});

describe('paths', () => {
  test('a missing path is an error naming the Kustomization and where it is defined', async () => {
    await expect(build({ 'app/cm.yaml': configMap('a') }, { path: './nope' })).rejects.toMatchObject({
      message: expect.stringMatching(
        /^Kustomization flux-system\/app \(clusters\/x.yaml:3\): kustomization path not found: nope/,
      ),
      location: { file: 'clusters/x.yaml', line: 3 },
    });
  });

  test('a path that leaves the source root is refused', async () => {
    await expect(build({ 'app/cm.yaml': configMap('a') }, { path: '../outside' })).rejects.toThrow(
      /the path \.\.\/outside leaves the source root/,
    );
  });

  test('a kustomize error quotes kustomize, with the repository path instead of the temporary copy', async () => {
    const error = await build({ 'app/kustomization.yaml': 'resources: [gone.yaml]\n' }, { path: 'app' }).then(
      () => new Error('the build succeeded'),
      (caught: unknown) => caught as Error,
    );
    expect(error.message).toMatch(
      /kustomize build failed: kubectl kustomize failed \(exit 1\): error: accumulating resources: .*gone\.yaml/s,
    );
    expect(error.message).not.toContain('gitops-actions-source-');
  });
});
