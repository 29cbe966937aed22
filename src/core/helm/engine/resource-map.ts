import { GitopsError } from '../../errors.js';
import { isValuesMap } from '../../flux/helmrelease/merge-maps.js';
import type { RenderedObject } from '../../flux/helmrelease/post-render-metadata.js';

/**
 * What helm-controller's `CommonRenderer` and `OriginLabels` do to a post-render stream besides
 * setting labels: each loads it into a kustomize ResMap (`resmap.Factory.NewResMapFromBytes`) and
 * writes it back. Loading (api/resource/factory.go) insists on `metadata.name` (a `*List` kind may
 * go without), expands a `*List` with `items` into them, at the end of the queue (an empty or null
 * `items` leaves nothing), and refuses a second object with the same id (`resWrangler.Append`).
 * Writing back goes through Go maps, so every mapping's keys come out sorted byte-wise, as
 * encoding/json sorts them. Nothing else changes (kustomize 5.7 keeps `null` list entries).
 * Doing this here spares a `kubectl kustomize` process per HelmRelease without `postRenderers`;
 * the integration test holds it to kustomize's own output.
 */
export function loadResourceMap(objects: readonly RenderedObject[], what: string): RenderedObject[] {
  const queue = [...objects];
  const result: RenderedObject[] = [];
  const seen = new Set<string>();
  for (let object = queue.shift(); object !== undefined; object = queue.shift()) {
    const kind = String(object.kind);
    const isList = kind.endsWith('List');
    if (isList && 'items' in object) {
      queue.push(...listItems(object, kind, what));
      continue;
    }
    const metadata = isValuesMap(object.metadata) ? object.metadata : {};
    if (!isList && (typeof metadata.name !== 'string' || metadata.name === '')) {
      fail(what, `missing metadata.name in object ${kind}`);
    }
    const id = resId(object);
    if (seen.has(id.key)) fail(what, `may not add resource with an already registered id: ${id.text}`);
    seen.add(id.key);
    result.push(sortedKeys({ ...object, metadata }) as RenderedObject);
  }
  return result;
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (!isValuesMap(value)) return value;
  const keys = Object.keys(value).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return Object.fromEntries(keys.map((key) => [key, sortedKeys(value[key])]));
}

/** `inlineAnyEmbeddedLists`: `items: []` and `items: null` are empty lists. */
function listItems(list: RenderedObject, kind: string, what: string): RenderedObject[] {
  const items = list.items;
  if (items === null) return [];
  if (!Array.isArray(items)) fail(what, `expected array in ${kind}/items`);
  return items.map((item) => {
    if (!isValuesMap(item) || typeof item.kind !== 'string' || item.kind === '') {
      fail(what, `an item of ${kind} is not a Kubernetes object (no kind)`);
    }
    return item;
  });
}

/**
 * kustomize's `ResId` and its `Equals`: group, version, kind, name and the effective namespace,
 * where no namespace and `default` are one, and cluster-scoped kinds have none. Printed as
 * kustomize prints it (`ServiceAccount.v1.[noGrp]/web.[noNs]`), so messages read the same.
 */
function resId(object: RenderedObject): { key: string; text: string } {
  const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '';
  const slash = apiVersion.lastIndexOf('/');
  const group = slash < 0 ? '' : apiVersion.slice(0, slash);
  const version = slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
  const kind = String(object.kind);
  const metadata = isValuesMap(object.metadata) ? object.metadata : {};
  const name = typeof metadata.name === 'string' ? metadata.name : '';
  const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : '';
  const effective = KUSTOMIZE_CLUSTER_SCOPED.has(`${group}/${kind}`)
    ? '~X'
    : namespace === '' || namespace === 'default'
      ? 'default'
      : namespace;
  return {
    key: JSON.stringify([group, version, kind, name, effective]),
    text: `${kind}.${version || '[noVer]'}.${group || '[noGrp]'}/${name || '[noName]'}.${namespace || '[noNs]'}`,
  };
}

/**
 * The cluster-scoped kinds of the OpenAPI schema kustomize embeds (kyaml/openapi, Kubernetes
 * 1.21): unknown kinds, CRDs' included, count as namespaced there, so they do here.
 */
const KUSTOMIZE_CLUSTER_SCOPED = new Set([
  '/ComponentStatus',
  '/Namespace',
  '/Node',
  '/PersistentVolume',
  'admissionregistration.k8s.io/MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
  'apiextensions.k8s.io/CustomResourceDefinition',
  'apiregistration.k8s.io/APIService',
  'certificates.k8s.io/CertificateSigningRequest',
  'flowcontrol.apiserver.k8s.io/FlowSchema',
  'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
  'networking.k8s.io/IngressClass',
  'node.k8s.io/RuntimeClass',
  'policy/PodSecurityPolicy',
  'rbac.authorization.k8s.io/ClusterRole',
  'rbac.authorization.k8s.io/ClusterRoleBinding',
  'scheduling.k8s.io/PriorityClass',
  'storage.k8s.io/CSIDriver',
  'storage.k8s.io/CSINode',
  'storage.k8s.io/StorageClass',
  'storage.k8s.io/VolumeAttachment',
]);

function fail(what: string, message: string): never {
  throw new GitopsError(`${what}: the post-renderer failed: ${message}`, {
    hint: /already registered id/.test(message)
      ? 'A hook and a template render the same object: helm-controller fails the same way with ' +
        'postRenderStrategy combined. Use postRenderStrategy: separate, or fix the chart.'
      : 'helm-controller loads the rendered objects with kustomize, which refuses them the same way; fix the chart.',
  });
}
