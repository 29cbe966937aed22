import { describe, expect, it } from 'vitest';
import { diffRuns } from '../../../src/core/diff/index.js';
import { redactSecrets } from '../../../src/core/render/redact.js';
import { deployment, object, run, unit } from './builders.js';

describe('secrets', () => {
  const secret = (password: string, token: string) =>
    object('v1', 'Secret', 'db', 'shop', {
      type: 'Opaque',
      data: { token: Buffer.from(token).toString('base64') },
      stringData: { password },
    });

  it('never shows a Secret value, even unredacted, only that it changed with a short hash', () => {
    const diff = diffRuns(
      run(unit([secret('hunter2-old', 'tok-old')])),
      run(unit([secret('hunter2-new', 'tok-old')])),
    );
    const [change] = diff.clusters[0]?.objects ?? [];
    expect(change?.sensitive).toBe(true);
    expect(change?.hunks).toEqual([
      {
        path: 'stringData.password',
        change: 'changed',
        old: expect.stringMatching(/^\*\*SECRET:[0-9a-f]{8}\*\*$/),
        new: expect.stringMatching(/^\*\*SECRET:[0-9a-f]{8}\*\*$/),
      },
    ]);
    expect(change?.hunks[0]?.old).not.toBe(change?.hunks[0]?.new);
    const json = JSON.stringify(diff);
    for (const value of ['hunter2', 'tok-old', Buffer.from('tok-old').toString('base64')]) {
      expect(json).not.toContain(value);
    }
  });

  it('hides the values of added and removed Secrets too', () => {
    const diff = diffRuns(run(unit([secret('gone-pass', 'gone-tok')])), run(unit([])));
    const text = JSON.stringify(diff);
    expect(text).not.toContain('gone-pass');
    expect(text).not.toContain(Buffer.from('gone-tok').toString('base64'));
    expect(diff.clusters[0]?.objects[0]?.text).toMatch(/^-\s+password: "\*\*SECRET:[0-9a-f]{8}\*\*"$/m);
  });

  it('keeps the marker of a Secret the render already redacted', () => {
    const [redacted] = redactSecrets([secret('p', 't')], { key: 'test' });
    const diff = diffRuns(run(unit([])), run(unit([redacted as never])));
    const markers = diff.clusters[0]?.objects[0]?.text.match(/\*\*SECRET:[0-9a-f]{8}\*\*/g) ?? [];
    const [token] = Object.values((redacted as { data: Record<string, string> }).data);
    expect(markers).toContain(Buffer.from(token as string, 'base64').toString('utf8'));
  });

  it('hides SOPS-encrypted values and metadata in any object', () => {
    const encrypted = (value: string) =>
      object('v1', 'ConfigMap', 'creds', 'shop', {
        data: { key: `ENC[AES256_GCM,data:${value},iv:x,tag:y,type:str]`, plain: 'visible' },
        sops: { mac: `ENC[AES256_GCM,data:mac-${value},type:str]`, lastmodified: '2025-01-01' },
      });
    const diff = diffRuns(run(unit([encrypted('c2VjcmV0MQ')])), run(unit([encrypted('c2VjcmV0Mg')])));
    const [change] = diff.clusters[0]?.objects ?? [];
    expect(change?.sensitive).toBe(true);
    expect(change?.hunks.map((h) => [h.path, h.old, h.new])).toEqual([
      ['data.key', expect.stringMatching(/^\*\*SOPS:/), expect.stringMatching(/^\*\*SOPS:/)],
      ['sops', expect.stringMatching(/^\*\*SOPS:/), expect.stringMatching(/^\*\*SOPS:/)],
    ]);
    expect(JSON.stringify(diff)).not.toMatch(/c2VjcmV0|ENC\[/);
  });
});

describe('CRD schemas', () => {
  const crd = (description: string, extra: Record<string, unknown> = {}) =>
    object('apiextensions.k8s.io/v1', 'CustomResourceDefinition', 'widgets.example.com', undefined, {
      spec: {
        group: 'example.com',
        scope: 'Namespaced',
        names: { kind: 'Widget', plural: 'widgets' },
        versions: [
          {
            name: 'v1',
            served: true,
            storage: true,
            schema: {
              openAPIV3Schema: {
                type: 'object',
                description,
                properties: { spec: { type: 'object', properties: { size: { type: 'integer' }, ...extra } } },
              },
            },
          },
        ],
      },
    });

  it('collapses schema changes to one line with a count', () => {
    const diff = diffRuns(
      run(unit([crd('A widget.')])),
      run(unit([crd('A widget, improved.', { colour: { type: 'string' }, shape: { type: 'string' } })])),
    );
    const [change] = diff.clusters[0]?.objects ?? [];
    expect(change?.hunks).toEqual([
      { path: 'spec.versions[*].schema', change: 'changed', summary: '3 schema fields changed' },
    ]);
    const changedLines = change?.text.split('\n').filter((line) => /^[-+]/.test(line)) ?? [];
    expect(changedLines).toEqual([
      expect.stringMatching(/^-\s+schema: <schema sha256:[0-9a-f]{12}>$/),
      expect.stringMatching(/^\+\s+schema: <schema sha256:[0-9a-f]{12}>$/),
    ]);
  });

  it('still diffs the rest of the CRD field by field', () => {
    const head = crd('A widget.');
    (head.spec as { scope: string }).scope = 'Cluster';
    const [change] = diffRuns(run(unit([crd('A widget.')])), run(unit([head]))).clusters[0]?.objects ?? [];
    expect(change?.hunks).toEqual([
      { path: 'spec.scope', change: 'changed', old: 'Namespaced', new: 'Cluster' },
    ]);
  });
});

describe('images', () => {
  it('lists image changes per container name, init containers included', () => {
    const base = deployment({
      containers: [
        { name: 'app', image: 'ghcr.io/acme/web:1.0.0' },
        { name: 'proxy', image: 'envoy:1.30' },
      ],
      initContainers: [{ name: 'migrate', image: 'ghcr.io/acme/migrate:1.0.0' }],
    });
    const head = deployment({
      containers: [
        { name: 'proxy', image: 'envoy:1.30' },
        { name: 'app', image: 'ghcr.io/acme/web:1.1.0' },
      ],
      initContainers: [{ name: 'migrate', image: 'ghcr.io/acme/migrate:1.1.0' }],
    });
    const diff = diffRuns(run(unit([base])), run(unit([head])));
    const identity = { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'web' };
    expect(diff.images).toEqual([
      {
        cluster: 'prod',
        identity,
        unit: 'prod/HelmRelease/flux-system/apps',
        container: 'migrate',
        init: true,
        old: 'ghcr.io/acme/migrate:1.0.0',
        new: 'ghcr.io/acme/migrate:1.1.0',
      },
      {
        cluster: 'prod',
        identity,
        unit: 'prod/HelmRelease/flux-system/apps',
        container: 'app',
        init: false,
        old: 'ghcr.io/acme/web:1.0.0',
        new: 'ghcr.io/acme/web:1.1.0',
      },
    ]);
  });

  it('finds images in CronJobs, StatefulSets, DaemonSets, Jobs and Pods, and in added or removed ones', () => {
    const pod = (image: string) => ({ spec: { containers: [{ name: 'c', image }] } });
    const base = [
      object('batch/v1', 'CronJob', 'nightly', 'shop', {
        spec: { jobTemplate: { spec: { template: pod('a:1') } } },
      }),
      object('apps/v1', 'StatefulSet', 'db', 'shop', { spec: { template: pod('b:1') } }),
      object('apps/v1', 'DaemonSet', 'agent', 'shop', { spec: { template: pod('c:1') } }),
      object('v1', 'Pod', 'debug', 'shop', pod('d:1')),
    ];
    const head = [
      object('batch/v1', 'CronJob', 'nightly', 'shop', {
        spec: { jobTemplate: { spec: { template: pod('a:2') } } },
      }),
      object('apps/v1', 'StatefulSet', 'db', 'shop', { spec: { template: pod('b:2') } }),
      object('apps/v1', 'DaemonSet', 'agent', 'shop', { spec: { template: pod('c:2') } }),
      object('batch/v1', 'Job', 'once', 'shop', { spec: { template: pod('e:1') } }),
    ];
    const diff = diffRuns(run(unit(base)), run(unit(head)));
    expect(diff.images.map((i) => `${i.identity.kind} ${i.old ?? '-'} → ${i.new ?? '-'}`).sort()).toEqual([
      'CronJob a:1 → a:2',
      'DaemonSet c:1 → c:2',
      'Job - → e:1',
      'Pod d:1 → -',
      'StatefulSet b:1 → b:2',
    ]);
  });

  it('ignores images in kinds that do not run pods', () => {
    const cm = (image: string) =>
      object('v1', 'ConfigMap', 'c', 'shop', {
        spec: { template: { spec: { containers: [{ name: 'c', image }] } } },
      });
    expect(diffRuns(run(unit([cm('a:1')])), run(unit([cm('a:2')]))).images).toEqual([]);
  });
});

describe('risks', () => {
  const codes = (base: Parameters<typeof unit>[0], head: Parameters<typeof unit>[0]) =>
    diffRuns(run(unit(base)), run(unit(head))).risks.map((r) => [r.level, r.code, r.paths ?? []]);

  it('warns of every deletion, and calls a deleted Namespace or CRD an error, errors first', () => {
    const diff = diffRuns(
      run(
        unit([
          object('v1', 'ConfigMap', 'a', 'shop'),
          object('v1', 'Namespace', 'shop', undefined),
          object('apiextensions.k8s.io/v1', 'CustomResourceDefinition', 'widgets.example.com', undefined),
        ]),
      ),
      run(unit([])),
    );
    expect(diff.risks.map((r) => [r.level, r.code, r.message])).toEqual([
      [
        'error',
        'crd-deleted',
        'CustomResourceDefinition widgets.example.com is deleted, and with it every custom resource of that type',
      ],
      ['error', 'namespace-deleted', 'Namespace shop is deleted, and with it every object in it'],
      ['warning', 'object-deleted', 'ConfigMap shop/a is deleted (pruned)'],
    ]);
    expect(diff.risks[0]?.owner).toEqual({ file: 'clusters/prod/apps.yaml', line: 3 });
  });

  it('warns of a Deployment selector change', () => {
    expect(codes([deployment()], [deployment({ selector: { app: 'web2' } })])).toEqual([
      [
        'warning',
        'immutable-field',
        ['spec.selector.matchLabels["app.kubernetes.io/name"]', 'spec.selector.matchLabels.app'],
      ],
    ]);
  });

  it('does not warn of a Deployment template change, which the API server allows', () => {
    expect(codes([deployment()], [deployment({ image: 'x:2' })])).toEqual([]);
  });

  it('warns of a Service clusterIP change', () => {
    const svc = (ip: string) =>
      object('v1', 'Service', 'web', 'shop', { spec: { clusterIP: ip, ports: [{ port: 80 }] } });
    expect(codes([svc('10.0.0.1')], [svc('10.0.0.2')])).toEqual([
      ['warning', 'immutable-field', ['spec.clusterIP']],
    ]);
  });

  it('warns of a Job template change', () => {
    const job = (image: string) =>
      object('batch/v1', 'Job', 'migrate', 'shop', {
        spec: { template: { spec: { containers: [{ name: 'm', image }] } } },
      });
    expect(codes([job('m:1')], [job('m:2')])).toEqual([
      ['warning', 'immutable-field', ['spec.template.spec.containers[name=m].image']],
    ]);
  });

  it('warns of StatefulSet volumeClaimTemplates, serviceName and podManagementPolicy changes', () => {
    const sts = (size: string, service: string, policy: string) =>
      object('apps/v1', 'StatefulSet', 'db', 'shop', {
        spec: {
          serviceName: service,
          podManagementPolicy: policy,
          volumeClaimTemplates: [
            { metadata: { name: 'data' }, spec: { resources: { requests: { storage: size } } } },
          ],
        },
      });
    expect(codes([sts('1Gi', 'db', 'OrderedReady')], [sts('2Gi', 'db-headless', 'Parallel')])).toEqual([
      [
        'warning',
        'immutable-field',
        [
          'spec.serviceName',
          'spec.podManagementPolicy',
          'spec.volumeClaimTemplates[0].spec.resources.requests.storage',
        ],
      ],
    ]);
  });

  it('warns of a PersistentVolumeClaim spec change', () => {
    const pvc = (size: string) =>
      object('v1', 'PersistentVolumeClaim', 'data', 'shop', {
        spec: { resources: { requests: { storage: size } } },
      });
    expect(codes([pvc('1Gi')], [pvc('5Gi')])).toEqual([
      ['warning', 'pvc-spec-changed', ['spec.resources.requests.storage']],
    ]);
  });

  it('does not warn of a filtered checksum change on a Job template', () => {
    const job = (sum: string) =>
      object('batch/v1', 'Job', 'migrate', 'shop', {
        spec: { template: { metadata: { annotations: { 'checksum/config': sum } }, spec: {} } },
      });
    expect(codes([job('a')], [job('b')])).toEqual([]);
  });
});
