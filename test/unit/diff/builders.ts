/** Small builders for render runs, so the diff's tests read as the situation they describe. */
import type { KubeObject } from '../../../src/core/flux/substitute/substitute-resource.js';
import type { ObjectIdentity } from '../../../src/core/manifest/identity.js';
import { type RenderRun, type RenderUnit, type UnitKind, unitId } from '../../../src/core/render/model.js';
import type { KubeValue } from '../../../src/core/yaml/kubernetes-decode.js';

export function identityOf(object: KubeObject): ObjectIdentity {
  const metadata = object.metadata as { name: string; namespace?: string };
  return {
    apiVersion: object.apiVersion as string,
    kind: object.kind as string,
    ...(metadata.namespace === undefined ? {} : { namespace: metadata.namespace }),
    name: metadata.name,
  };
}

export interface UnitOptions {
  cluster?: string;
  kind?: UnitKind;
  namespace?: string;
  name?: string;
  status?: RenderUnit['status'];
  error?: string;
  chain?: string[];
  source?: string;
}

/** A unit (default: HelmRelease flux-system/apps in cluster `prod`) rendering `objects`. */
export function unit(objects: KubeObject[], options: UnitOptions = {}): RenderUnit {
  const cluster = options.cluster ?? 'prod';
  const kind = options.kind ?? 'HelmRelease';
  const namespace = options.namespace ?? 'flux-system';
  const name = options.name ?? 'apps';
  const status = options.status ?? 'rendered';
  return {
    id: unitId(cluster, kind, namespace, name),
    cluster,
    kind,
    namespace,
    name,
    owner: { file: `clusters/${cluster}/${name}.yaml`, line: 3 },
    chain: options.chain ?? [],
    dependsOn: [],
    status,
    durationMs: 1,
    objects:
      status === 'failed' || status === 'unsupported'
        ? []
        : objects.map((object) => ({
            identity: identityOf(object),
            object,
            ...(options.source === undefined ? {} : { source: options.source }),
          })),
    ...(options.error === undefined ? {} : { error: { message: options.error, hint: 'Fix the chart.' } }),
  };
}

export function run(...units: RenderUnit[]): RenderRun {
  const clusters = [...new Set(units.map((u) => u.cluster))].sort();
  return {
    clusters: clusters.map((name) => ({ name, entry: `clusters/${name}`, kustomizeMs: 0 })),
    units: [...units].sort((a, b) => a.id.localeCompare(b.id)),
    diagnostics: [],
    kubeVersion: '1.33.0',
  };
}

export function object(
  apiVersion: string,
  kind: string,
  name: string,
  namespace: string | undefined,
  fields: Record<string, KubeValue> = {},
  metadata: Record<string, KubeValue> = {},
): KubeObject {
  return {
    apiVersion,
    kind,
    metadata: { name, ...(namespace === undefined ? {} : { namespace }), ...metadata },
    ...fields,
  };
}

export interface DeploymentOptions {
  image?: string;
  replicas?: number;
  labels?: Record<string, string>;
  podAnnotations?: Record<string, string>;
  containers?: KubeValue[];
  initContainers?: KubeValue[];
  selector?: Record<string, string>;
  apiVersion?: string;
  kind?: string;
}

/** A Deployment `web` in `shop` with one container `app`. */
export function deployment(options: DeploymentOptions = {}): KubeObject {
  const labels = options.labels ?? { 'app.kubernetes.io/name': 'web' };
  return object(
    options.apiVersion ?? 'apps/v1',
    options.kind ?? 'Deployment',
    'web',
    'shop',
    {
      spec: {
        replicas: options.replicas ?? 2,
        selector: { matchLabels: options.selector ?? { 'app.kubernetes.io/name': 'web' } },
        template: {
          metadata: {
            labels,
            ...(options.podAnnotations ? { annotations: options.podAnnotations } : {}),
          },
          spec: {
            ...(options.initContainers ? { initContainers: options.initContainers } : {}),
            containers: options.containers ?? [
              {
                name: 'app',
                image: options.image ?? 'ghcr.io/acme/web:1.0.0',
                env: [{ name: 'LOG_LEVEL', value: 'info' }],
                ports: [{ containerPort: 8080 }],
              },
            ],
          },
        },
      },
    },
    { labels },
  );
}
