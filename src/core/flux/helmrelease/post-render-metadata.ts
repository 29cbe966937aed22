import type { KubeValue } from '../../yaml/kubernetes-decode.js';
import { isValuesMap } from './merge-maps.js';

/** A rendered manifest, decoded. */
export type RenderedObject = { [key: string]: KubeValue };

/** `spec.commonMetadata`. */
export interface CommonMetadata {
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

/** The group whose `/name` and `/namespace` labels helm-controller stamps on what it installs. */
export const ORIGIN_LABEL_GROUP = 'helm.toolkit.fluxcd.io';

/**
 * helm-controller's `CommonRenderer` (internal/postrender/common_renderer.go): kustomize's label
 * and annotation transformers with the single field spec `metadata/labels` (or
 * `metadata/annotations`), created when missing. So only each object's own metadata changes:
 * pod templates, selectors and other nested labels are left alone, unlike a kustomization's
 * `labels`/`commonLabels`. Common keys overwrite existing ones. Empty maps change nothing.
 *
 * It runs on every object the post-renderer receives. Which objects those are is the caller's
 * choice, from `spec.postRenderStrategy`: with `combined` (the default since helm-controller
 * 1.6) and `separate`, Helm 4 post-renders hooks too; with `nohooks` it does not.
 */
export function applyCommonMetadata(
  objects: readonly RenderedObject[],
  commonMetadata: CommonMetadata | undefined,
): RenderedObject[] {
  let result = [...objects];
  if (commonMetadata?.labels)
    result = result.map((object) => withMetadata(object, 'labels', commonMetadata.labels));
  if (commonMetadata?.annotations) {
    result = result.map((object) => withMetadata(object, 'annotations', commonMetadata.annotations));
  }
  return result;
}

/**
 * helm-controller's `OriginLabels`: `helm.toolkit.fluxcd.io/name` and `/namespace`, naming the
 * HelmRelease itself (its own namespace, not `targetNamespace`).
 */
export function originLabels(helmRelease: { name: string; namespace: string }): Record<string, string> {
  return {
    [`${ORIGIN_LABEL_GROUP}/name`]: helmRelease.name,
    [`${ORIGIN_LABEL_GROUP}/namespace`]: helmRelease.namespace,
  };
}

export function applyOriginLabels(
  objects: readonly RenderedObject[],
  helmRelease: { name: string; namespace: string },
): RenderedObject[] {
  const labels = originLabels(helmRelease);
  return objects.map((object) => withMetadata(object, 'labels', labels));
}

/**
 * The metadata part of helm-controller's `BuildPostRenderers`, which runs the `spec.postRenderers`
 * kustomizations first (real kustomize, elsewhere), then `CommonRenderer`, then `OriginLabels`,
 * so an origin label wins over a common label with the same key.
 */
export function applyPostRenderMetadata(
  objects: readonly RenderedObject[],
  helmRelease: { name: string; namespace: string; commonMetadata?: CommonMetadata },
): RenderedObject[] {
  return applyOriginLabels(applyCommonMetadata(objects, helmRelease.commonMetadata), helmRelease);
}

/** A copy of `object` with `metadata[field]` extended; the input is left untouched. */
function withMetadata(
  object: RenderedObject,
  field: 'labels' | 'annotations',
  entries: Record<string, string> | undefined,
): RenderedObject {
  if (entries === undefined || Object.keys(entries).length === 0) return object;
  const metadata = isValuesMap(object.metadata) ? object.metadata : {};
  const existing = isValuesMap(metadata[field]) ? metadata[field] : {};
  return { ...object, metadata: { ...metadata, [field]: { ...existing, ...entries } } };
}
