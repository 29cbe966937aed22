import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import { apiGroup } from '../manifest/identity.js';
import { isCrd, metadataOf, type ScopeLookup } from './cluster-scope.js';
import { isObject, stringField } from './model.js';

/** `application.resourceTrackingMethod` in argocd-cm. */
export type TrackingMethod = 'annotation' | 'label' | 'annotation+label';

export interface TrackingOptions {
  /**
   * Argo CD 3.0 made `annotation` the default (settings `GetTrackingMethod`: an empty setting means
   * annotation); 2.x defaulted to `label`.
   */
  method?: TrackingMethod;
  /** `application.instanceLabelKey`; default `app.kubernetes.io/instance`. */
  labelKey?: string;
  /** `installationID`: adds `argocd.argoproj.io/installation-id` with annotation tracking. */
  installationID?: string;
  /**
   * The namespace Argo CD runs in (default `argocd`). An Application elsewhere (apps in any
   * namespace) is tracked as `<namespace>_<name>`.
   */
  controlPlaneNamespace?: string;
}

export const TRACKING_ANNOTATION = 'argocd.argoproj.io/tracking-id';
export const INSTALLATION_ID_ANNOTATION = 'argocd.argoproj.io/installation-id';
export const DEFAULT_INSTANCE_LABEL = 'app.kubernetes.io/instance';
const LABEL_MAX_LENGTH = 63;

/** `Application.InstanceName(controlPlaneNamespace)`. */
export function instanceName(
  app: { name: string; namespace: string },
  controlPlaneNamespace = 'argocd',
): string {
  return app.namespace === '' || app.namespace === controlPlaneNamespace
    ? app.name
    : `${app.namespace}_${app.name}`;
}

/**
 * What the controller compares and applies, from what the sources rendered: repo-server's
 * `SetAppInstance` on every object but CRDs (its tracking id falls back to the destination namespace),
 * then the controller's `NormalizeTargetObjects`: a namespaced object without a namespace takes the
 * destination's, a cluster-scoped one loses any namespace, and either change sets the tracking again.
 * Objects with the same identity collapse to the last one, as Argo CD keeps the last with a
 * `RepeatedResourceWarning`, which comes back in `repeated`.
 */
export function trackObjects(
  objects: readonly KubeObject[],
  app: { name: string; namespace: string },
  destinationNamespace: string,
  isNamespaced: ScopeLookup,
  options: TrackingOptions = {},
): { objects: KubeObject[]; repeated: string[] } {
  const name = instanceName(app, options.controlPlaneNamespace);
  const track = (object: KubeObject) => setAppInstance(object, name, destinationNamespace, options);
  const byKey = new Map<string, KubeObject[]>();
  for (const object of objects) {
    if (!isCrd(object)) track(object);
    const metadata = metadataOf(object);
    const namespace = stringField(metadata, 'namespace') ?? '';
    const namespaced = isNamespaced(String(object.apiVersion ?? ''), String(object.kind ?? ''));
    let modified = false;
    if (!namespaced && namespace !== '') {
      delete metadata.namespace;
      modified = true;
    } else if (namespaced && namespace === '') {
      metadata.namespace = destinationNamespace;
      modified = true;
    }
    if (modified) track(object);
    const key = keyOf(object);
    byKey.set(key, [...(byKey.get(key) ?? []), object]);
  }
  const repeated = [...byKey]
    .filter(([, list]) => list.length > 1)
    .map(([key, list]) => `${key} (${list.length} times)`);
  return { objects: [...byKey.values()].map((list) => list[list.length - 1] as KubeObject), repeated };
}

function keyOf(object: KubeObject): string {
  const metadata = metadataOf(object);
  return `${apiGroup(String(object.apiVersion ?? ''))}/${String(object.kind ?? '')}/${stringField(metadata, 'namespace') ?? ''}/${stringField(metadata, 'name') ?? ''}`;
}

/** resource_tracking `SetAppInstance`. */
function setAppInstance(object: KubeObject, app: string, namespace: string, options: TrackingOptions): void {
  const method = options.method ?? 'annotation';
  const metadata = metadataOf(object);
  if (method === 'label' || method === 'annotation+label') {
    const labels = isObject(metadata.labels) ? metadata.labels : {};
    // Label-only tracking reads the app name back from the label, so Argo CD never truncates it there.
    labels[options.labelKey ?? DEFAULT_INSTANCE_LABEL] = method === 'label' ? app : truncateLabel(app);
    metadata.labels = labels;
  }
  if (method === 'label') return;
  const annotations = isObject(metadata.annotations) ? metadata.annotations : {};
  if (options.installationID) annotations[INSTALLATION_ID_ANNOTATION] = options.installationID;
  else delete annotations[INSTALLATION_ID_ANNOTATION];
  const objectNamespace = stringField(metadata, 'namespace') || namespace;
  const group = apiGroup(String(object.apiVersion ?? ''));
  annotations[TRACKING_ANNOTATION] =
    `${app}:${group}/${String(object.kind ?? '')}:${objectNamespace}/${stringField(metadata, 'name') ?? ''}`;
  metadata.annotations = annotations;
}

/** resource_tracking `TruncateLabel`: 63 characters, then no trailing non-alphanumerics. */
function truncateLabel(value: string): string {
  if (value.length <= LABEL_MAX_LENGTH) return value;
  return value.slice(0, LABEL_MAX_LENGTH).replace(/[^A-Za-z0-9]+$/, '');
}
