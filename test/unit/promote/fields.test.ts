import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import {
  formatPath,
  globToRegExp,
  matchesPath,
  type PathToken,
  parsePathPattern,
} from '../../../src/core/promote/field-path.js';
import {
  compileFieldOptions,
  extractFields,
  type FieldOptions,
  imageVersion,
  withImageVersion,
} from '../../../src/core/promote/fields.js';
import { parseYamlFile } from '../../../src/core/yaml/documents.js';
import { yaml } from './memory-repo.js';

function fields(text: string, options: FieldOptions = {}, file = 'apps/staging/app.yaml') {
  const result = extractFields(parseYamlFile(file, text), compileFieldOptions(options));
  return {
    promoted: result.fields.map((f) => `${f.pathText}=${f.value} (${f.kind}, line ${f.line})`),
    blocked: result.blocked.map((f) => `${f.pathText}: ${f.verdict.category}`),
  };
}

const helmRelease = yaml`
  apiVersion: helm.toolkit.fluxcd.io/v2
  kind: HelmRelease
  metadata:
    name: shop
  spec:
    chart:
      spec:
        chart: web-app
        version: 1.2.3
    values:
      replicaCount: 2
      image:
        repository: ghcr.io/acme/shop # {"$imagepolicy": "flux-system:shop:name"}
        tag: 1.5.0 # {"$imagepolicy": "flux-system:shop:tag"}
      sidecar:
        image:
          tag: v0.3.1
          digest: sha256:0123456789abcdef0123456789abcdef
      ingress:
        host: shop.example.com
        image:
          tag: 2.0.0
      resources:
        limits:
          memory: 128Mi
`;

describe('extractFields finds what is promoted by default', () => {
  it('HelmRelease chart version, marked tags, Helm image.tag and digest paths; never the :name setter', () => {
    expect(fields(helmRelease)).toEqual({
      promoted: [
        'spec.chart.spec.version=1.2.3 (chart-version, line 9)',
        'spec.values.image.tag=1.5.0 (image-tag, line 14)',
        'spec.values.sidecar.image.tag=v0.3.1 (image-tag, line 17)',
        'spec.values.sidecar.image.digest=sha256:0123456789abcdef0123456789abcdef (image-digest, line 18)',
      ],
      blocked: ['spec.values.ingress.image.tag: ingress'],
    });
  });

  it('image: fields anywhere, containers addressed by name, the versioned part of repo:tag@digest', () => {
    const text = yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        template:
          spec:
            initContainers:
              - image: busybox
            containers:
              - name: web
                image: ghcr.io/acme/web:1.0.0@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
              - name: proxy
                image: "localhost:5000/proxy:2.1"
              - image: registry.local/x@sha256:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
    `;
    expect(fields(text).promoted).toEqual([
      'spec.template.spec.containers[name=web].image=1.0.0@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa (image, line 12)',
      'spec.template.spec.containers[name=proxy].image=2.1 (image, line 14)',
      'spec.template.spec.containers[2].image=@sha256:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb (image, line 15)',
    ]);
  });

  it('a whole-reference marker, OCIRepository refs, kustomize images and only the chart sources of an Application', () => {
    const text = yaml`
      apiVersion: helm.toolkit.fluxcd.io/v2
      kind: HelmRelease
      metadata:
        name: orders
      spec:
        values:
          worker: ghcr.io/acme/orders:2.1.0 # {"$imagepolicy": "flux-system:orders"}
      ---
      apiVersion: source.toolkit.fluxcd.io/v1
      kind: OCIRepository
      metadata:
        name: agent
      spec:
        url: oci://ghcr.io/acme/charts/agent
        ref:
          semver: 0.4.x
          tag: 0.4.2
      ---
      apiVersion: kustomize.config.k8s.io/v1beta1
      kind: Kustomization
      images:
        - name: ghcr.io/acme/api
          newTag: 3.1.0
          digest: sha256:cccccccccccccccccccccccccccccccc
      ---
      apiVersion: argoproj.io/v1alpha1
      kind: Application
      metadata:
        name: edge-production
      spec:
        sources:
          - repoURL: https://charts.acme.example/stable
            chart: edge
            targetRevision: 1.3.0
          - repoURL: https://github.com/acme/config
            targetRevision: main
            ref: values
    `;
    expect(fields(text).promoted).toEqual([
      'spec.values.worker=2.1.0 (image, line 7)',
      'spec.ref.semver=0.4.x (oci-ref, line 16)',
      'spec.ref.tag=0.4.2 (oci-ref, line 17)',
      'images[name=ghcr.io/acme/api].newTag=3.1.0 (kustomize-image, line 23)',
      'images[name=ghcr.io/acme/api].digest=sha256:cccccccccccccccccccccccccccccccc (kustomize-image, line 24)',
      'spec.sources[0].targetRevision=1.3.0 (chart-revision, line 34)',
    ]);
  });

  it('an image without tag or digest has nothing to promote', () => {
    expect(fields('spec:\n  image: ghcr.io/acme/shop\n').promoted).toEqual([]);
  });
});

describe('the block list wins over everything but an explicit override', () => {
  const text = yaml`
    replicaCount: 3
    resources:
      requests:
        cpu: 100m
    ingress:
      hosts:
        - shop.example.com
    gateway:
      listener: https
    externalHostname: shop.example.com
    auth:
      secretName: shop-tls
    feature:
      checkout: v2
  `;

  it('user rules that name replicas, resources, hosts, ingress, gateway or secrets are blocked', () => {
    const options = { extraFields: [{ files: 'apps/**/*.yaml', path: '**' }] };
    expect(fields(text, options)).toEqual({
      promoted: ['feature.checkout=v2 (custom, line 14)'],
      blocked: [
        'replicaCount: replicas',
        'resources.requests.cpu: resources',
        'ingress.hosts[0]: ingress',
        'gateway.listener: ingress',
        'externalHostname: hostnames',
        'auth.secretName: secrets',
      ],
    });
  });

  it('allowBlocked names a path and only that path', () => {
    const options = {
      extraFields: [
        { files: 'apps/**', path: 'replicaCount' },
        { files: '**', path: 'ingress.hosts[*]' },
      ],
      allowBlocked: ['replicaCount'],
    };
    expect(fields(text, options)).toEqual({
      promoted: ['replicaCount=3 (custom, line 1)'],
      blocked: ['ingress.hosts[0]: ingress'],
    });
  });

  it('user rules apply only to files matching their glob', () => {
    const options = { extraFields: [{ files: 'charts/**/values-*.yaml', path: 'feature.checkout' }] };
    expect(fields(text, options).promoted).toEqual([]);
    expect(fields(text, options, 'charts/web/values-staging.yaml').promoted).toEqual([
      'feature.checkout=v2 (custom, line 14)',
    ]);
  });

  it('every field of a Secret is blocked', () => {
    const secret = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  image: a/b:1.0\n';
    expect(fields(secret)).toEqual({ promoted: [], blocked: ['stringData.image: secrets'] });
  });
});

describe('field paths and globs', () => {
  it('formats keys that need quoting and items by name or index', () => {
    const path: PathToken[] = [
      { key: 'a.b' },
      { key: 'list' },
      { index: 0, name: 'web' },
      { index: 2 },
      { key: 'x' },
    ];
    expect(formatPath(path)).toBe('["a.b"].list[name=web][2].x');
    const odd: PathToken[] = [{ key: 'a"].b' }, { key: '**' }];
    expect(matchesPath(parsePathPattern(formatPath(odd)), odd)).toBe(true);
  });

  it('a formatted path parses back to a pattern that matches exactly that path', () => {
    const token = fc.oneof(
      fc.record({ key: fc.string({ minLength: 1, maxLength: 6 }) }),
      fc.record({ index: fc.nat(5) }),
      fc.record({ index: fc.nat(5), name: fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/) }),
    );
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 5 }), (path) => {
        const pattern = parsePathPattern(formatPath(path));
        expect(matchesPath(pattern, path)).toBe(true);
      }),
    );
  });

  it('* is one step, ** any number, [*] any item', () => {
    const path: PathToken[] = [{ key: 'spec' }, { key: 'values' }, { key: 'image' }, { key: 'tag' }];
    expect(matchesPath(parsePathPattern('**.image.tag'), path)).toBe(true);
    expect(matchesPath(parsePathPattern('*.image.tag'), path)).toBe(false);
    expect(matchesPath(parsePathPattern('spec.*.image.tag'), path)).toBe(true);
    expect(matchesPath(parsePathPattern('a[*]'), [{ key: 'a' }, { index: 3, name: 'x' }])).toBe(true);
    expect(matchesPath(parsePathPattern('a[*]'), [{ key: 'a' }, { key: 'b' }])).toBe(false);
  });

  it('rejects malformed patterns with a usage error', () => {
    for (const bad of ['', 'a..b', 'a.', 'a[', 'a[x]', 'ima*ge']) {
      expect(() => parsePathPattern(bad)).toThrow(UsageError);
    }
  });

  it('globs: ** crosses directories, * does not, {a,b} alternates', () => {
    expect(globToRegExp('apps/**/values.yaml').test('apps/values.yaml')).toBe(true);
    expect(globToRegExp('apps/**/values.yaml').test('apps/a/b/values.yaml')).toBe(true);
    expect(globToRegExp('apps/*/values.yaml').test('apps/a/b/values.yaml')).toBe(false);
    expect(globToRegExp('**/values-{staging,production}.yaml').test('c/values-production.yaml')).toBe(true);
    expect(globToRegExp('a.yaml').test('aXyaml')).toBe(false);
  });
});

describe('image versions', () => {
  it.each([
    ['ghcr.io/acme/shop:1.5.0', '1.5.0'],
    ['ghcr.io/acme/shop:1.5.0@sha256:abc', '1.5.0@sha256:abc'],
    ['ghcr.io/acme/shop@sha256:abc', '@sha256:abc'],
    ['localhost:5000/shop', ''],
  ])('%s holds %j', (reference, version) => {
    expect(imageVersion(reference)).toBe(version);
  });

  it('replacing the version keeps the target registry and name, and reads back as that version', () => {
    const version = fc.oneof(
      fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,10}$/),
      fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,10}@sha256:[a-f0-9]{32}$/),
      fc.stringMatching(/^@sha256:[a-f0-9]{32}$/),
    );
    const name = fc.constantFrom('nginx', 'localhost:5000/a/b', 'ghcr.io/acme/shop', '${REGISTRY}/app');
    const old = fc.constantFrom('', ':1.0', '@sha256:dddddddddddddddddddddddddddddddd', ':2.0@sha256:eeee');
    fc.assert(
      fc.property(name, old, version, (n, o, v) => {
        const next = withImageVersion(`${n}${o}`, v);
        expect(imageVersion(next)).toBe(v);
        expect(next.startsWith(n)).toBe(true);
      }),
    );
  });
});
