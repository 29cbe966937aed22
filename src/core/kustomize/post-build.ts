import { GitopsError } from '../errors.js';
import type { KubeObject, SubstituteStrategy } from '../flux/substitute/substitute-resource.js';
import { buildVariables, type SubstituteFromSource } from '../flux/substitute/variables.js';
import {
  describeKustomization,
  type FluxKustomization,
  isObject,
  KUSTOMIZE_TOOLKIT_GROUP,
  type KustomizationId,
  objectListField,
  stringMapField,
} from './flux-kustomization.js';

/** A ConfigMap's or Secret's contents, as the cluster holds them. */
export interface VariablesSource {
  data?: Readonly<Record<string, string>>;
  stringData?: Readonly<Record<string, string>>;
}

/**
 * Finds a `substituteFrom` object in the Kustomization's namespace, or undefined when the cluster has
 * none. In a render these are the ConfigMaps and Secrets rendered for the same cluster.
 */
export type VariablesResolver = (reference: {
  kind: string;
  name: string;
  namespace: string;
}) => VariablesSource | undefined;

export const NAME_LABEL = `${KUSTOMIZE_TOOLKIT_GROUP}/name`;
export const NAMESPACE_LABEL = `${KUSTOMIZE_TOOLKIT_GROUP}/namespace`;

/** What `spec.postBuild` asks for, or undefined when it is absent (then nothing is substituted). */
export interface PostBuildPlan {
  variables: Map<string, string>;
  strategy: SubstituteStrategy;
}

/**
 * The variables of `spec.postBuild` (fluxcd/pkg `LoadVariables`): substituteFrom objects looked up in
 * the Kustomization's namespace, in order, then the inline `substitute` on top.
 */
export function planPostBuild(
  ks: FluxKustomization,
  resolve: VariablesResolver | undefined,
): PostBuildPlan | undefined {
  const postBuild = ks.spec.postBuild;
  if (postBuild === undefined || postBuild === null) return undefined;
  const spec = isObject(postBuild) ? postBuild : {};
  const postBuildKs: FluxKustomization = { ...ks, spec };
  const substituteFrom: SubstituteFromSource[] = objectListField(postBuildKs, 'substituteFrom').map((ref) => {
    const kind = typeof ref.kind === 'string' ? ref.kind : '';
    const name = typeof ref.name === 'string' ? ref.name : '';
    const found = resolve?.({ kind, name, namespace: ks.namespace });
    return {
      kind,
      name,
      optional: ref.optional === true,
      ...(found?.data === undefined ? {} : { data: found.data }),
      ...(found?.stringData === undefined ? {} : { stringData: found.stringData }),
      ...(found !== undefined && found.data === undefined && found.stringData === undefined
        ? { data: {} }
        : {}),
    };
  });
  try {
    return {
      variables: buildVariables({ substituteFrom, substitute: stringMapField(spec, 'substitute') }),
      strategy: spec.substituteStrategy === 'Always' ? 'Always' : 'WithVariables',
    };
  } catch (error) {
    if (!(error instanceof GitopsError)) throw error;
    throw new GitopsError(`${describeKustomization(ks)}: ${error.message}`, {
      ...(ks.location ? { location: ks.location } : {}),
      ...(error.hint ? { hint: error.hint } : {}),
      cause: error,
    });
  }
}

/**
 * The labels every applied object carries (`ResourceManager.SetOwnerLabels` in kustomize-controller,
 * `setOwnerLabels` in `flux build`), set after substitution.
 */
export function setOwnerLabels(object: KubeObject, ks: KustomizationId): void {
  const labels = metadataMap(object, 'labels');
  labels[NAME_LABEL] = ks.name;
  labels[NAMESPACE_LABEL] = ks.namespace;
}

/**
 * `spec.commonMetadata` (fluxcd/pkg `ssautil.SetCommonMetadata`): kustomize-controller sets these labels
 * and annotations on every object after the build and the owner labels, just before applying, so a
 * common key overrides one written in a manifest. It is not a kustomize transformer: selectors and
 * templates are left alone.
 */
export function applyCommonMetadata(object: KubeObject, spec: KubeObject): void {
  const common = isObject(spec.commonMetadata) ? spec.commonMetadata : undefined;
  if (common === undefined) return;
  const labels = stringMapField(common, 'labels');
  const annotations = stringMapField(common, 'annotations');
  if (Object.keys(labels).length > 0) Object.assign(metadataMap(object, 'labels'), labels);
  if (Object.keys(annotations).length > 0) Object.assign(metadataMap(object, 'annotations'), annotations);
}

function metadataMap(object: KubeObject, field: 'labels' | 'annotations'): KubeObject {
  if (!isObject(object.metadata)) object.metadata = {};
  const metadata = object.metadata as KubeObject;
  if (!isObject(metadata[field])) metadata[field] = {};
  return metadata[field] as KubeObject;
}
