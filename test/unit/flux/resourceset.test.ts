import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  type ExpandContext,
  expandResourceSet,
  type InputProvider,
  inputId,
  normalizeKey,
  ResourceSetError,
  readInputProvider,
  slugify,
} from '../../../src/core/flux/resourceset/index.js';
import type { KubeObject } from '../../../src/core/flux/substitute/substitute-resource.js';

const location = { file: 'clusters/dev/rset.yaml', line: 3 };

function rset(spec: string, name = 'apps'): KubeObject {
  return {
    apiVersion: 'fluxcd.controlplane.io/v1',
    kind: 'ResourceSet',
    metadata: { name, namespace: 'flux-system' },
    spec: parse(spec),
  };
}

function provider(yaml: string): InputProvider {
  return readInputProvider(parse(yaml), { file: 'clusters/dev/providers.yaml', line: 1 });
}

const none: ExpandContext = { providers: [], lookup: () => undefined };
const names = (objects: KubeObject[]) =>
  objects.map((object) => `${String(object.kind)}/${String((object.metadata as { name: string }).name)}`);

describe('ResourceSet inputs', () => {
  it('renders each resource once per input set with Flatten, reading types back from the output', () => {
    const result = expandResourceSet(
      rset(`
inputs: [{tenant: team1, replicas: "2"}, {tenant: team2, replicas: "3"}]
resources:
  - apiVersion: helm.toolkit.fluxcd.io/v2
    kind: HelmRelease
    metadata: {name: "app-<< inputs.tenant >>", namespace: apps}
    spec:
      values:
        replicas: "<< inputs.replicas | int >>"
        owner: << inputs.provider.kind >>/<< inputs.provider.name >>
`),
      location,
      none,
    );
    expect(names(result.objects)).toEqual(['HelmRelease/app-team1', 'HelmRelease/app-team2']);
    // The resource is serialised without its quotes before templating, as JSONToYAML does.
    expect((result.objects[1]?.spec as KubeObject | undefined)?.values).toEqual({
      replicas: 3,
      owner: 'ResourceSet/apps',
    });
  });

  it('renders resources once, without inputs, when the ResourceSet has none', () => {
    const result = expandResourceSet(
      rset(`resources: [{apiVersion: v1, kind: Namespace, metadata: {name: apps}}]`),
      location,
      none,
    );
    expect(names(result.objects)).toEqual(['Namespace/apps']);
  });

  it('renders nothing when providers are referenced and export no inputs', () => {
    const result = expandResourceSet(
      rset(`
inputsFrom: [{selector: {matchLabels: {team: none}}}]
resources: [{apiVersion: v1, kind: Namespace, metadata: {name: apps}}]
`),
      location,
      none,
    );
    expect(result).toMatchObject({ expanded: true, objects: [], gaps: [] });
  });

  it('permutes providers, scoping each under its normalised name with a combination id', () => {
    const providers = [
      provider(`
apiVersion: fluxcd.controlplane.io/v1
kind: ResourceSetInputProvider
metadata: {name: env-list, namespace: flux-system, labels: {kind: env}}
spec: {type: Static, defaultValues: {env: prod}}
`),
    ];
    const result = expandResourceSet(
      rset(
        `
inputStrategy: {name: Permute}
inputs: [{app: a}, {app: b}]
inputsFrom: [{selector: {matchLabels: {kind: env}}}]
resources:
  - apiVersion: v1
    kind: ConfigMap
    metadata: {name: "<< inputs.my_apps.app >>-<< inputs.env_list.env >>", namespace: default}
    data: {id: "<< inputs.id >>", providerId: "<< inputs.env_list.id >>"}
`,
        'my-apps',
      ),
      location,
      { providers, lookup: () => undefined },
    );
    expect(names(result.objects)).toEqual(['ConfigMap/a-prod', 'ConfigMap/b-prod']);
    // The quotes written around << inputs.id >> do not survive serialisation (as in the operator).
    expect(result.objects[0]?.data).toEqual({
      id: Number(inputId('my_apps=0/env_list=0')),
      providerId: Number(inputId('env-list')),
    });
  });

  it('exports a Static provider by name with defaultValues and an id from its name', () => {
    const providers = [
      provider(`
apiVersion: fluxcd.controlplane.io/v1
kind: ResourceSetInputProvider
metadata: {name: defaults, namespace: flux-system}
spec: {type: Static, defaultValues: {region: eu, id: ignored}}
`),
    ];
    const result = expandResourceSet(
      rset(`
inputsFrom: [{name: defaults}]
resourcesTemplate: |
  apiVersion: v1
  kind: ConfigMap
  metadata:
    name: cfg-<< inputs.region >>
    namespace: default
  data:
    id: "<< inputs.id >>"
`),
      location,
      { providers, lookup: () => undefined },
    );
    // In resourcesTemplate the quotes are the user's text and stay.
    expect(result.objects[0]?.data).toEqual({ id: inputId('defaults') });
    expect(names(result.objects)).toEqual(['ConfigMap/cfg-eu']);
  });

  it('normalises provider names for templates and hashes ids with adler32', () => {
    expect(normalizeKey('My-Provider.v2 (beta)')).toBe('my_provider_v2_beta');
    expect(inputId('Wikipedia')).toBe('300286872');
  });
});

describe('ResourceSet templates and objects', () => {
  it('merges resources and resourcesTemplate, resources winning a duplicate, and drops disabled objects', () => {
    const result = expandResourceSet(
      rset(`
inputs: [{tenant: sre, admin: true}, {tenant: dev, admin: false}]
resources:
  - apiVersion: v1
    kind: ConfigMap
    metadata: {name: shared, namespace: default}
    data: {from: resources}
  - apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRoleBinding
    metadata:
      name: flux-<< inputs.tenant >>
      annotations:
        fluxcd.controlplane.io/reconcile: << if inputs.admin >>enabled<< else >>disabled<< end >>
    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
resourcesTemplate: |
  ---
  apiVersion: v1
  kind: ConfigMap
  metadata:
    name: shared
    namespace: default
  data:
    from: template
  <<- range $i, $n := list 1 2 >>
  ---
  apiVersion: v1
  kind: ConfigMap
  metadata:
    name: << inputs.tenant >>-<< $n >>
    namespace: default
  <<- end >>
`),
      location,
      none,
    );
    expect(names(result.objects)).toEqual([
      'ConfigMap/shared',
      'ClusterRoleBinding/flux-sre',
      'ConfigMap/sre-1',
      'ConfigMap/sre-2',
      'ConfigMap/dev-1',
      'ConfigMap/dev-2',
    ]);
    expect(result.objects[0]?.data).toEqual({ from: 'resources' });
  });

  it('sets owner labels, then commonMetadata over what the template wrote', () => {
    const [object] = expandResourceSet(
      rset(`
commonMetadata: {labels: {team: platform}, annotations: {note: common}}
resources:
  - apiVersion: v1
    kind: ConfigMap
    metadata: {name: c, namespace: default, labels: {team: mine, keep: "yes"}}
`),
      location,
      none,
    ).objects;
    expect((object?.metadata as KubeObject | undefined)?.labels).toEqual({
      team: 'platform',
      keep: 'yes',
      'resourceset.fluxcd.controlplane.io/name': 'apps',
      'resourceset.fluxcd.controlplane.io/namespace': 'flux-system',
    });
    expect((object?.metadata as KubeObject | undefined)?.annotations).toEqual({ note: 'common' });
  });

  it('indents nested inputs with toYaml | nindent and slugifies names', () => {
    const [object] = expandResourceSet(
      rset(`
inputs: [{title: "Hello, Wörld & Friends!", settings: {b: 2, a: [x, "on"]}}]
resources:
  - apiVersion: v1
    kind: ConfigMap
    metadata: {name: "<< inputs.title | slugify >>", namespace: default}
    data: << inputs.settings | toYaml | nindent 2 >>
`),
      location,
      none,
    ).objects;
    expect((object?.metadata as KubeObject | undefined)?.name).toBe('hello-world-and-friends');
    expect(object?.data).toEqual({ a: ['x', 'on'], b: 2 });
  });

  it('cuts a long slug at the last dash within 63 characters', () => {
    expect(slugify(`${'word-'.repeat(20)}end`)).toBe('word-'.repeat(12).slice(0, 59));
  });

  it('copies a ConfigMap and a Secret from the cluster objects with copyFrom', () => {
    const sources: Record<string, KubeObject> = {
      'ConfigMap/flux-system/settings': { data: { a: '1' } },
      'Secret/flux-system/creds': {
        type: 'kubernetes.io/basic-auth',
        data: { user: 'YWRtaW4=' },
        stringData: { pass: 'p' },
      },
    };
    const result = expandResourceSet(
      rset(`
resources:
  - apiVersion: v1
    kind: ConfigMap
    metadata: {name: copy, namespace: apps, annotations: {fluxcd.controlplane.io/copyFrom: flux-system/settings}}
  - apiVersion: v1
    kind: Secret
    metadata: {name: copy, namespace: apps, annotations: {fluxcd.controlplane.io/copyFrom: flux-system/creds}}
  - apiVersion: v1
    kind: Secret
    metadata: {name: other, namespace: apps, annotations: {fluxcd.controlplane.io/copyFrom: flux-system/absent}}
`),
      location,
      { providers: [], lookup: (kind, namespace, name) => sources[`${kind}/${namespace}/${name}`] },
    );
    expect(result.objects[0]?.data).toEqual({ a: '1' });
    expect(result.objects[1]).toMatchObject({
      type: 'kubernetes.io/basic-auth',
      stringData: { user: 'admin', pass: 'p' },
    });
    expect(result.gaps.map((gap) => gap.message)).toEqual([
      "ResourceSet flux-system/apps: Secret apps/other copies its data from Secret flux-system/absent, which this cluster's manifests do not define; it is rendered without that data",
    ]);
  });

  it('keeps steps in order and refuses an object defined in two steps', () => {
    const step = (name: string, cm: string) =>
      `{name: ${name}, resources: [{apiVersion: v1, kind: ConfigMap, metadata: {name: ${cm}, namespace: d}}]}`;
    const ok = expandResourceSet(rset(`steps: [${step('one', 'a')}, ${step('two', 'b')}]`), location, none);
    expect(names(ok.objects)).toEqual(['ConfigMap/a', 'ConfigMap/b']);
    expect(() =>
      expandResourceSet(rset(`steps: [${step('one', 'a')}, ${step('two', 'a')}]`), location, none),
    ).toThrow('duplicate resource ConfigMap/d/a in step "two", already defined in step "one"');
  });
});

describe('ResourceSet problems', () => {
  it('reports a template error with Go wording at the template line in the file', () => {
    const error = (() => {
      try {
        expandResourceSet(
          rset(`
inputs: [{name: a}]
resourcesTemplate: |
  apiVersion: v1
  kind: ConfigMap
  metadata:
    name: << inputs.nmae >>
`),
          location,
          {
            ...none,
            locate: (_step, path, line) => ({
              file: location.file,
              line: 10 + (line ?? 0),
              column: path.length,
            }),
          },
        );
      } catch (caught) {
        return caught;
      }
      throw new Error('expected an error');
    })();
    expect(error).toBeInstanceOf(ResourceSetError);
    expect((error as ResourceSetError).message).toBe(
      'ResourceSet flux-system/apps: template: resourceset:4:11: executing "resourceset" at <inputs>: map has no entry for key "nmae"',
    );
    expect((error as ResourceSetError).location).toEqual({ file: location.file, line: 14, column: 1 });
  });

  it('reports output that is not YAML at the ResourceSet', () => {
    expect(() =>
      expandResourceSet(
        rset(`
resourcesTemplate: |
  apiVersion: v1
  kind: ConfigMap
  metadata: {name: [unclosed
`),
        location,
        none,
      ),
    ).toThrow(/ResourceSet flux-system\/apps: the template output is not valid YAML/);
  });

  it('fails on a provider named in inputsFrom that the cluster does not define', () => {
    expect(() =>
      expandResourceSet(
        rset(
          `inputsFrom: [{name: missing}]\nresources: [{apiVersion: v1, kind: Namespace, metadata: {name: x}}]`,
        ),
        location,
        none,
      ),
    ).toThrow('failed to get provider flux-system/missing: not found');
  });

  it('expands with the inputs it has and reports a provider that needs the network (Flatten)', () => {
    const github = provider(`
apiVersion: fluxcd.controlplane.io/v1
kind: ResourceSetInputProvider
metadata: {name: prs, namespace: flux-system}
spec: {type: GitHubPullRequest, url: https://github.com/org/app}
`);
    const spec = `
inputs: [{pr: main}]
inputsFrom: [{name: prs}]
resources: [{apiVersion: v1, kind: Namespace, metadata: {name: "app-<< inputs.pr >>"}}]
`;
    const flat = expandResourceSet(rset(spec), location, { providers: [github], lookup: () => undefined });
    expect(names(flat.objects)).toEqual(['Namespace/app-main']);
    expect(flat.gaps).toEqual([
      expect.objectContaining({
        message:
          'ResourceSet flux-system/apps takes inputs from ResourceSetInputProvider flux-system/prs of type GitHubPullRequest, which render cannot query offline',
        location: { file: 'clusters/dev/providers.yaml', line: 1 },
      }),
    ]);
    const permuted = expandResourceSet(rset(`inputStrategy: {name: Permute}\n${spec}`), location, {
      providers: [github],
      lookup: () => undefined,
    });
    expect(permuted).toMatchObject({ expanded: false, objects: [] });
    expect(permuted.gaps[0]?.hint).toContain('not expanded');
  });

  it('refuses steps together with resources, as the CRD rule does', () => {
    expect(() =>
      expandResourceSet(
        rset(`steps: [{name: a, resourcesTemplate: "x: 1"}]\nresourcesTemplate: "y: 2"`),
        location,
        none,
      ),
    ).toThrow('spec.steps is mutually exclusive with spec.resources and spec.resourcesTemplate');
  });
});
