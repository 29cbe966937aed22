/**
 * API versions that Kubernetes and Flux deprecate and then stop serving: facts about releases, kept
 * here as data (as Pluto and kubent keep theirs) and read by `api-versions.ts`.
 *
 * Kubernetes sources:
 * - [G] the Deprecated API Migration Guide, kubernetes.io/docs/reference/using-api/deprecation-guide
 *   (kubernetes/website content/en/docs/reference/using-api/deprecation-guide.md): the release that
 *   stops serving each version, and what to migrate to. It covers removals in 1.16 to 1.32.
 * - [L] kubernetes/api `<group>/<version>/zz_generated.prerelease-lifecycle.go`
 *   (`APILifecycleDeprecated`/`APILifecycleRemoved`, tags v0.16.0 to v0.36.0): the release each
 *   version was deprecated in, which is what the API server's deprecation warning prints
 *   ("… is deprecated in v1.21+, unavailable in v1.25+"), and for versions not yet removed, the
 *   release that will stop serving them (k8s.io/apiserver stops serving a kind once the binary is at
 *   its `APILifecycleRemoved`). Betas deprecated after 1.32 come from here alone.
 * The replacement is the stable version today, not the one the guide named at the time: flowcontrol
 * v1beta1 users were pointed at v1beta3 in 1.26, which 1.32 removed in turn.
 *
 * Flux sources: each controller's CHANGELOG.md (fluxcd/kustomize-controller, helm-controller,
 * source-controller, image-reflector-controller, image-automation-controller,
 * notification-controller), mapped to the Flux release that shipped it by release date; and the CRDs
 * of ../shared/testdata/flux-crds (Flux 2.9), which serve none of the versions listed below.
 */

export interface ApiDeprecation {
  apiVersion: string;
  kind: string;
  /** Whose release numbers `deprecatedIn` and `removedIn` are: Kubernetes `1.25`, Flux `2.7`. */
  component: 'kubernetes' | 'flux';
  deprecatedIn: string;
  /** The first release that no longer serves it (for Kubernetes betas not yet removed: the scheduled one). */
  removedIn: string;
  /** The apiVersion to migrate to, same kind; absent when the API was dropped without one. */
  replacement?: string;
  /** What to do instead, when there is no replacement API. */
  instead?: string;
}

type Row = [apiVersion: string, kinds: string, deprecatedIn: string, removedIn: string, replacement?: string];

function rows(component: ApiDeprecation['component'], list: readonly Row[]): ApiDeprecation[] {
  return list.flatMap(([apiVersion, kinds, deprecatedIn, removedIn, replacement]) =>
    kinds.split(' ').map((kind) => ({
      apiVersion,
      kind,
      component,
      deprecatedIn,
      removedIn,
      ...(replacement === undefined ? {} : { replacement }),
    })),
  );
}

const FLOW_CONTROL = 'FlowSchema PriorityLevelConfiguration';
const RBAC = 'ClusterRole ClusterRoleBinding Role RoleBinding';
const DRA = 'DeviceClass ResourceClaim ResourceClaimTemplate ResourceSlice';
const PSP_INSTEAD =
  'PodSecurityPolicy has no replacement API: enforce the Pod Security Standards with Pod Security Admission (namespace labels) or a policy engine';

// biome-ignore format: a table reads best one row per line.
const KUBERNETES: readonly Row[] = [
  // v1.16 [G]; deprecation releases [L].
  ['extensions/v1beta1', 'NetworkPolicy', '1.9', '1.16', 'networking.k8s.io/v1'],
  ['extensions/v1beta1', 'DaemonSet Deployment ReplicaSet', '1.8', '1.16', 'apps/v1'],
  ['apps/v1beta1', 'Deployment StatefulSet', '1.8', '1.16', 'apps/v1'],
  ['apps/v1beta2', 'DaemonSet Deployment ReplicaSet StatefulSet', '1.9', '1.16', 'apps/v1'],
  // v1.22 [G]; deprecation releases [L], apiextensions and apiregistration from the warnings their
  // servers print ("deprecated in v1.16+", "deprecated in v1.19+").
  ['admissionregistration.k8s.io/v1beta1', 'MutatingWebhookConfiguration ValidatingWebhookConfiguration', '1.16', '1.22', 'admissionregistration.k8s.io/v1'],
  ['apiextensions.k8s.io/v1beta1', 'CustomResourceDefinition', '1.16', '1.22', 'apiextensions.k8s.io/v1'],
  ['apiregistration.k8s.io/v1beta1', 'APIService', '1.19', '1.22', 'apiregistration.k8s.io/v1'],
  ['authentication.k8s.io/v1beta1', 'TokenReview', '1.19', '1.22', 'authentication.k8s.io/v1'],
  ['authorization.k8s.io/v1beta1', 'LocalSubjectAccessReview SelfSubjectAccessReview SubjectAccessReview', '1.19', '1.22', 'authorization.k8s.io/v1'],
  ['certificates.k8s.io/v1beta1', 'CertificateSigningRequest', '1.19', '1.22', 'certificates.k8s.io/v1'],
  ['coordination.k8s.io/v1beta1', 'Lease', '1.19', '1.22', 'coordination.k8s.io/v1'],
  ['extensions/v1beta1', 'Ingress', '1.14', '1.22', 'networking.k8s.io/v1'],
  ['networking.k8s.io/v1beta1', 'Ingress IngressClass', '1.19', '1.22', 'networking.k8s.io/v1'],
  ['rbac.authorization.k8s.io/v1beta1', RBAC, '1.17', '1.22', 'rbac.authorization.k8s.io/v1'],
  ['scheduling.k8s.io/v1beta1', 'PriorityClass', '1.14', '1.22', 'scheduling.k8s.io/v1'],
  ['storage.k8s.io/v1beta1', 'CSIDriver StorageClass VolumeAttachment', '1.19', '1.22', 'storage.k8s.io/v1'],
  ['storage.k8s.io/v1beta1', 'CSINode', '1.17', '1.22', 'storage.k8s.io/v1'],
  // v1.25 [G]; deprecation releases [L].
  ['batch/v1beta1', 'CronJob', '1.21', '1.25', 'batch/v1'],
  ['discovery.k8s.io/v1beta1', 'EndpointSlice', '1.21', '1.25', 'discovery.k8s.io/v1'],
  ['events.k8s.io/v1beta1', 'Event', '1.22', '1.25', 'events.k8s.io/v1'],
  ['autoscaling/v2beta1', 'HorizontalPodAutoscaler', '1.22', '1.25', 'autoscaling/v2'],
  ['policy/v1beta1', 'PodDisruptionBudget', '1.21', '1.25', 'policy/v1'],
  ['node.k8s.io/v1beta1', 'RuntimeClass', '1.22', '1.25', 'node.k8s.io/v1'],
  // v1.26, v1.27, v1.29, v1.32 [G]; deprecation releases [L].
  ['flowcontrol.apiserver.k8s.io/v1beta1', FLOW_CONTROL, '1.23', '1.26', 'flowcontrol.apiserver.k8s.io/v1'],
  ['autoscaling/v2beta2', 'HorizontalPodAutoscaler', '1.23', '1.26', 'autoscaling/v2'],
  ['storage.k8s.io/v1beta1', 'CSIStorageCapacity', '1.24', '1.27', 'storage.k8s.io/v1'],
  ['flowcontrol.apiserver.k8s.io/v1beta2', FLOW_CONTROL, '1.26', '1.29', 'flowcontrol.apiserver.k8s.io/v1'],
  ['flowcontrol.apiserver.k8s.io/v1beta3', FLOW_CONTROL, '1.29', '1.32', 'flowcontrol.apiserver.k8s.io/v1'],
  // Deprecated in 1.29 to 1.36, not in the guide [L]. Alpha versions only where a stable one replaced them.
  ['admissionregistration.k8s.io/v1alpha1', 'ValidatingAdmissionPolicy ValidatingAdmissionPolicyBinding', '1.29', '1.32', 'admissionregistration.k8s.io/v1'],
  ['admissionregistration.k8s.io/v1beta1', 'ValidatingAdmissionPolicy ValidatingAdmissionPolicyBinding', '1.31', '1.34', 'admissionregistration.k8s.io/v1'],
  ['storage.k8s.io/v1alpha1', 'VolumeAttributesClass', '1.32', '1.35', 'storage.k8s.io/v1'],
  ['storage.k8s.io/v1beta1', 'VolumeAttributesClass', '1.34', '1.37', 'storage.k8s.io/v1'],
  ['networking.k8s.io/v1beta1', 'IPAddress ServiceCIDR', '1.34', '1.37', 'networking.k8s.io/v1'],
  ['resource.k8s.io/v1beta1', DRA, '1.35', '1.38', 'resource.k8s.io/v1'],
  ['resource.k8s.io/v1beta2', DRA, '1.36', '1.39', 'resource.k8s.io/v1'],
];

// biome-ignore format: a table reads best one row per line.
const FLUX: readonly Row[] = [
  // kustomize-controller 1.0.0-rc.1 (Flux 2.0) lists both betas deprecated; 1.7.0 (Flux 2.7,
  // 2025-09-24) removed v1beta1, 1.8.0 (Flux 2.8, 2026-02-17) removed v1beta2.
  ['kustomize.toolkit.fluxcd.io/v1beta1', 'Kustomization', '2.0', '2.7', 'kustomize.toolkit.fluxcd.io/v1'],
  ['kustomize.toolkit.fluxcd.io/v1beta2', 'Kustomization', '2.0', '2.8', 'kustomize.toolkit.fluxcd.io/v1'],
  // helm-controller 0.37.0 (Flux 2.2) added the v2beta1 deprecation warning, 1.0.0 (Flux 2.3) made
  // v2 GA and deprecated v2beta2; 1.4.0 (Flux 2.7) removed v2beta1, 1.5.0 (Flux 2.8) v2beta2.
  ['helm.toolkit.fluxcd.io/v2beta1', 'HelmRelease', '2.2', '2.7', 'helm.toolkit.fluxcd.io/v2'],
  ['helm.toolkit.fluxcd.io/v2beta2', 'HelmRelease', '2.3', '2.8', 'helm.toolkit.fluxcd.io/v2'],
  // source-controller 1.0.0-rc.1 (Flux 2.0) deprecated v1beta1; v1 GA of GitRepository (1.0.0, Flux
  // 2.0), HelmRepository and HelmChart (1.3.0, Flux 2.3), Bucket (1.4.0, Flux 2.4), OCIRepository
  // (1.6.0, Flux 2.6) deprecated their v1beta2; 1.7.0 (Flux 2.7) removed v1beta1, 1.8.0 (Flux 2.8) v1beta2.
  ['source.toolkit.fluxcd.io/v1beta1', 'GitRepository HelmRepository HelmChart Bucket', '2.0', '2.7', 'source.toolkit.fluxcd.io/v1'],
  ['source.toolkit.fluxcd.io/v1beta2', 'GitRepository', '2.0', '2.8', 'source.toolkit.fluxcd.io/v1'],
  ['source.toolkit.fluxcd.io/v1beta2', 'HelmRepository HelmChart', '2.3', '2.8', 'source.toolkit.fluxcd.io/v1'],
  ['source.toolkit.fluxcd.io/v1beta2', 'Bucket', '2.4', '2.8', 'source.toolkit.fluxcd.io/v1'],
  ['source.toolkit.fluxcd.io/v1beta2', 'OCIRepository', '2.6', '2.8', 'source.toolkit.fluxcd.io/v1'],
  // image-automation-controller 0.38.0 (Flux 2.3) deprecated v1beta1; image-reflector and
  // image-automation 1.0.0 (Flux 2.7) made v1 GA and removed v1beta1; 1.2.0 (Flux 2.9) removed v1beta2.
  ['image.toolkit.fluxcd.io/v1beta1', 'ImageRepository ImagePolicy ImageUpdateAutomation', '2.3', '2.7', 'image.toolkit.fluxcd.io/v1'],
  ['image.toolkit.fluxcd.io/v1beta2', 'ImageRepository ImagePolicy ImageUpdateAutomation', '2.7', '2.9', 'image.toolkit.fluxcd.io/v1'],
  // notification-controller 1.0.0-rc.1 (Flux 2.0) made Receiver v1 and lists v1beta1 deprecated;
  // 1.2.0 (Flux 2.2) moved Alert and Provider to v1beta3; 1.7.0 (Flux 2.7) removed v1beta1 and
  // 1.9.0 (Flux 2.9) v1beta2. Alert and Provider are still v1beta3, and not deprecated.
  ['notification.toolkit.fluxcd.io/v1beta1', 'Alert Provider', '2.0', '2.7', 'notification.toolkit.fluxcd.io/v1beta3'],
  ['notification.toolkit.fluxcd.io/v1beta1', 'Receiver', '2.0', '2.7', 'notification.toolkit.fluxcd.io/v1'],
  ['notification.toolkit.fluxcd.io/v1beta2', 'Alert Provider', '2.2', '2.9', 'notification.toolkit.fluxcd.io/v1beta3'],
  ['notification.toolkit.fluxcd.io/v1beta2', 'Receiver', '2.0', '2.9', 'notification.toolkit.fluxcd.io/v1'],
];

/** The Flux release the project's Flux CRDs (../shared/testdata/flux-crds) come from. */
export const FLUX_RELEASE = '2.9';

// biome-ignore format: a table reads best one row per line.
export const API_DEPRECATIONS: readonly ApiDeprecation[] = [
  ...rows('kubernetes', KUBERNETES),
  // PodSecurityPolicy was dropped, not replaced: extensions/v1beta1 pointed to policy/v1beta1 [L],
  // which 1.25 removed with no successor [G].
  { apiVersion: 'extensions/v1beta1', kind: 'PodSecurityPolicy', component: 'kubernetes', deprecatedIn: '1.11', removedIn: '1.16', instead: PSP_INSTEAD },
  { apiVersion: 'policy/v1beta1', kind: 'PodSecurityPolicy', component: 'kubernetes', deprecatedIn: '1.21', removedIn: '1.25', instead: PSP_INSTEAD },
  ...rows('flux', FLUX),
];

const INDEX = new Map(API_DEPRECATIONS.map((entry) => [`${entry.apiVersion}\u0000${entry.kind}`, entry]));

export function findDeprecation(apiVersion: string, kind: string): ApiDeprecation | undefined {
  return INDEX.get(`${apiVersion}\u0000${kind}`);
}
