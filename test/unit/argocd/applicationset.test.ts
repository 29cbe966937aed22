import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { expandApplicationSet, RESOURCES_FINALIZER } from '../../../src/core/argocd/applicationset.js';
import type { ApplicationSet } from '../../../src/core/argocd/model.js';
import type { KubeObject } from '../../../src/core/flux/substitute/substitute-resource.js';

/** A nested object field of a value that may be absent (an empty object then). */
const field = (value: KubeObject | undefined, key: string): KubeObject => (value?.[key] ?? {}) as KubeObject;

import { tempDir } from '../../support/temp.js';

function appSet(spec: KubeObject): ApplicationSet {
  return {
    name: 'set',
    namespace: 'argocd',
    object: { apiVersion: 'argoproj.io/v1alpha1', kind: 'ApplicationSet', metadata: { name: 'set' }, spec },
    location: { file: 'appsets/set.yaml', line: 2 },
  };
}

const template = (name: string, pathValue: string): KubeObject => ({
  metadata: { name },
  spec: {
    project: 'default',
    source: { repoURL: 'https://git.example/repo', path: pathValue },
    destination: {},
  },
});

describe('list generator', () => {
  test('renders one Application per element in the fasttemplate style, in the ApplicationSet namespace', async () => {
    const set = appSet({
      generators: [{ list: { elements: [{ env: 'dev' }, { env: 'prod', values: { size: 'large' } }] } }],
      template: template('web-{{env}}', 'envs/{{env}}/{{values.size}}'),
    });
    const { applications, unsupported } = await expandApplicationSet(set, { repoRoot: '/nonexistent' });
    expect(unsupported).toEqual([]);
    expect(applications.map((app) => [app.name, app.namespace])).toEqual([
      ['web-dev', 'argocd'],
      ['web-prod', 'argocd'],
    ]);
    const paths = applications.map((app) => (app.object.spec as KubeObject).source as KubeObject);
    expect(paths.map((source) => source.path)).toEqual(['envs/dev/{{values.size}}', 'envs/prod/large']);
    expect(applications[0]?.generatedBy?.applicationSet).toBe('set');
  });

  test('adds the resources finalizer unless the template has finalizers or resources are preserved', async () => {
    const base = {
      generators: [{ list: { elements: [{ env: 'dev' }] } }],
      template: template('web-{{env}}', 'x'),
    };
    const added = await expandApplicationSet(appSet(base), { repoRoot: '/' });
    expect(field(added.applications[0]?.object, 'metadata').finalizers).toEqual([RESOURCES_FINALIZER]);
    const preserved = await expandApplicationSet(
      appSet({ ...base, syncPolicy: { preserveResourcesOnDeletion: true } }),
      { repoRoot: '/' },
    );
    expect(field(preserved.applications[0]?.object, 'metadata').finalizers).toBeUndefined();
  });

  test('passes typed elements through as Go template data with goTemplate, and applies templatePatch', async () => {
    const set = appSet({
      goTemplate: true,
      goTemplateOptions: ['missingkey=error'],
      generators: [{ list: { elements: [{ env: 'prod', replicas: 3 }] } }],
      template: template('web-{{ .env }}', 'envs/{{ .env }}'),
      templatePatch:
        'spec:\n  project: stolen\n  source:\n    helm:\n      parameters:\n        - name: replicas\n          value: "{{ .replicas }}"\n',
    });
    const [app] = (await expandApplicationSet(set, { repoRoot: '/' })).applications;
    const spec = app?.object.spec as KubeObject;
    expect(app?.name).toBe('web-prod');
    // templatePatch may not change the project.
    expect(spec.project).toBe('default');
    expect((spec.source as KubeObject).path).toBe('envs/prod');
    expect((spec.source as KubeObject).helm).toEqual({ parameters: [{ name: 'replicas', value: '3' }] });
  });

  test('a generator template fills in over the ApplicationSet template', async () => {
    const set = appSet({
      generators: [
        { list: { elements: [{ env: 'dev' }], template: { metadata: {}, spec: { project: 'team' } } } },
      ],
      template: template('web-{{env}}', 'envs/{{env}}'),
    });
    const [app] = (await expandApplicationSet(set, { repoRoot: '/' })).applications;
    expect(app?.name).toBe('web-dev');
    expect(field(app?.object, 'spec').project).toBe('team');
  });

  test('fails, naming the ApplicationSet, when a key is missing under missingkey=error', async () => {
    const set = appSet({
      goTemplate: true,
      goTemplateOptions: ['missingkey=error'],
      generators: [{ list: { elements: [{ env: 'prod' }] } }],
      template: template('web-{{ .cluster }}', 'x'),
    });
    await expect(expandApplicationSet(set, { repoRoot: '/' })).rejects.toThrow(/ApplicationSet argocd\/set/);
  });
});

describe('unsupported generators', () => {
  test('are reported with the ApplicationSet location while the supported ones still expand', async () => {
    const set = appSet({
      generators: [
        { matrix: { generators: [{ list: { elements: [] } }, { clusters: {} }] } },
        { clusters: { selector: {} } },
        { list: { elements: [{ env: 'dev' }] } },
        { list: { elements: [{ env: 'qa' }] }, selector: { matchLabels: { env: 'qa' } } },
        { bogus: {} },
      ],
      template: template('web-{{env}}', 'x'),
    });
    const { applications, unsupported } = await expandApplicationSet(set, { repoRoot: '/' });
    expect(applications.map((app) => app.name)).toEqual(['web-dev']);
    expect(unsupported.map((entry) => entry.feature)).toEqual([
      'generator:matrix',
      'generator:clusters',
      'generator:selector',
      'generator:unrecognized',
    ]);
    expect(unsupported[0]?.location).toEqual({ file: 'appsets/set.yaml', line: 2 });
  });
});

describe('git directory generator', () => {
  async function repo(): Promise<string> {
    const root = await tempDir();
    for (const dir of ['apps/web', 'apps/api', 'apps/legacy', 'apps/web/nested', 'other/x', '.hidden/apps']) {
      await mkdir(path.join(root, dir), { recursive: true });
    }
    return root;
  }

  test('matches directories with path patterns, drops excluded ones, and flattens path parameters', async () => {
    const set = appSet({
      generators: [
        {
          git: {
            repoURL: 'https://git.example/repo.git',
            revision: 'HEAD',
            directories: [{ path: 'apps/*' }, { path: 'apps/legacy', exclude: true }],
          },
        },
      ],
      template: template('{{path.basename}}', '{{path}}'),
    });
    const repoRoot = await repo();
    const { applications } = await expandApplicationSet(set, {
      repoRoot,
      repoURL: 'https://git.example/repo',
    });
    expect(applications.map((app) => app.name)).toEqual(['api', 'web']);
    expect(applications.map((app) => ((app.object.spec as KubeObject).source as KubeObject).path)).toEqual([
      'apps/api',
      'apps/web',
    ]);
  });

  test('offers path[n], basenameNormalized and the goTemplate path object', async () => {
    const fastSet = appSet({
      generators: [{ git: { repoURL: 'r', directories: [{ path: 'apps/web' }] } }],
      template: template('{{path[0]}}-{{path.basenameNormalized}}', '{{path}}'),
    });
    const goSet = appSet({
      goTemplate: true,
      generators: [{ git: { repoURL: 'r', directories: [{ path: 'apps/web' }] } }],
      template: template('{{ index .path.segments 0 }}-{{ .path.basename }}', '{{ .path.path }}'),
    });
    const repoRoot = await repo();
    expect((await expandApplicationSet(fastSet, { repoRoot })).applications[0]?.name).toBe('apps-web');
    expect((await expandApplicationSet(goSet, { repoRoot })).applications[0]?.name).toBe('apps-web');
  });

  test('reports a generator over another repository or over files instead of guessing', async () => {
    const set = appSet({
      generators: [
        { git: { repoURL: 'https://git.example/other', directories: [{ path: '*' }] } },
        { git: { repoURL: 'https://git.example/repo', files: [{ path: 'config.json' }] } },
      ],
      template: template('x', 'y'),
    });
    const { unsupported } = await expandApplicationSet(set, {
      repoRoot: await repo(),
      repoURL: 'https://git.example/repo',
    });
    expect(unsupported.map((entry) => entry.feature)).toEqual([
      'generator:git:other-repository',
      'generator:git:files',
    ]);
  });
});
