import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import { apiGroup } from '../manifest/identity.js';
import { isObject, objectField, stringField } from './model.js';

/**
 * The cluster-scoped kinds Kubernetes itself serves, as `group/Kind` (`/Namespace` for the core group).
 * Argo CD asks the destination cluster (`IsNamespacedOrUnknown`); without a cluster we know these,
 * plus the CRDs the render itself contains.
 */
const BUILT_IN_CLUSTER_SCOPED = new Set([
  '/Namespace',
  '/Node',
  '/PersistentVolume',
  '/ComponentStatus',
  'rbac.authorization.k8s.io/ClusterRole',
  'rbac.authorization.k8s.io/ClusterRoleBinding',
  'apiextensions.k8s.io/CustomResourceDefinition',
  'apiregistration.k8s.io/APIService',
  'storage.k8s.io/StorageClass',
  'storage.k8s.io/CSIDriver',
  'storage.k8s.io/CSINode',
  'storage.k8s.io/VolumeAttachment',
  'storage.k8s.io/VolumeAttributesClass',
  'scheduling.k8s.io/PriorityClass',
  'node.k8s.io/RuntimeClass',
  'networking.k8s.io/IngressClass',
  'networking.k8s.io/IPAddress',
  'networking.k8s.io/ServiceCIDR',
  'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
  'admissionregistration.k8s.io/MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
  'admissionregistration.k8s.io/MutatingAdmissionPolicy',
  'admissionregistration.k8s.io/MutatingAdmissionPolicyBinding',
  'certificates.k8s.io/CertificateSigningRequest',
  'certificates.k8s.io/ClusterTrustBundle',
  'flowcontrol.apiserver.k8s.io/FlowSchema',
  'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
  'resource.k8s.io/DeviceClass',
  'resource.k8s.io/ResourceSlice',
  'internal.apiserver.k8s.io/StorageVersion',
  'storagemigration.k8s.io/StorageVersionMigration',
  'authentication.k8s.io/TokenReview',
  'authentication.k8s.io/SelfSubjectReview',
  'authorization.k8s.io/SubjectAccessReview',
  'authorization.k8s.io/SelfSubjectAccessReview',
  'authorization.k8s.io/SelfSubjectRulesReview',
]);

/** Answers "is this kind namespaced?"; unknown kinds count as namespaced, as in Argo CD. */
export type ScopeLookup = (apiVersion: string, kind: string) => boolean;

/** Built-in kinds, plus the cluster-scoped CRDs among `objects`. */
export function scopeLookup(objects: readonly KubeObject[]): ScopeLookup {
  const clusterScoped = new Set(BUILT_IN_CLUSTER_SCOPED);
  for (const object of objects) {
    if (object.kind !== 'CustomResourceDefinition') continue;
    const spec = objectField(object, 'spec');
    if (stringField(spec, 'scope') !== 'Cluster') continue;
    const group = stringField(spec, 'group') ?? '';
    const kind = stringField(objectField(spec, 'names'), 'kind');
    if (kind !== undefined) clusterScoped.add(`${group}/${kind}`);
  }
  return (apiVersion, kind) => !clusterScoped.has(`${apiGroup(apiVersion)}/${kind}`);
}

export const isCrd = (object: KubeObject): boolean =>
  object.kind === 'CustomResourceDefinition' &&
  typeof object.apiVersion === 'string' &&
  apiGroup(object.apiVersion) === 'apiextensions.k8s.io';

export function metadataOf(object: KubeObject): KubeObject {
  if (!isObject(object.metadata)) object.metadata = {};
  return object.metadata as KubeObject;
}
