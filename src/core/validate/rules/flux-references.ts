/**
 * The references Flux objects make to other objects, read from the fields the controllers read
 * (Flux CRDs in ../shared/testdata/flux-crds): what kind, in which namespace, at which field.
 */
import type { JsonPath } from '../../yaml/json-path.js';
import type { KubeValue } from '../../yaml/kubernetes-decode.js';
import { asList, asMap, asString, FLUX_GROUPS, isKind, type KubeMap } from './kube-values.js';
import type { RuleObject } from './types.js';

export interface FluxReference {
  from: RuleObject;
  /** The field holding the reference, for the finding's line. */
  path: JsonPath;
  /** What the field is, in the message: `spec.sourceRef`, `spec.valuesFrom[0]`. */
  field: string;
  group: string;
  kind: string;
  name: string;
  /** Undefined when neither the reference nor the referrer names one (the namespace is set on apply). */
  namespace?: string;
  /** `optional: true`: the controller tolerates the target's absence. */
  optional: boolean;
}

const SOURCE_KINDS = new Set(['GitRepository', 'OCIRepository', 'Bucket', 'HelmRepository', 'HelmChart']);

/** Every reference `object` makes, when it is a Flux kind that makes any. */
export function fluxReferences(object: RuleObject): FluxReference[] {
  const spec = asMap(object.object.spec);
  if (spec === undefined) return [];
  const refs: FluxReference[] = [];
  const own = object.identity.namespace;
  const add = (ref: Omit<FluxReference, 'from' | 'optional'> & { optional?: boolean }) => {
    refs.push({ from: object, optional: false, ...ref });
  };
  const ref = (
    map: KubeMap | undefined,
    path: JsonPath,
    field: string,
    group: string,
    kind: string | undefined,
    optional = false,
  ) => {
    const name = asString(map?.name);
    if (map === undefined || name === undefined || kind === undefined) return;
    const namespace = asString(map.namespace) ?? own;
    add({ path, field, group, kind, name, optional, ...(namespace === undefined ? {} : { namespace }) });
  };
  const sourceRef = (map: KubeMap | undefined, path: JsonPath, field: string, defaultKind?: string) => {
    const kind = asString(map?.kind) ?? defaultKind;
    if (kind === 'ExternalArtifact' || (kind !== undefined && SOURCE_KINDS.has(kind))) {
      ref(map, path, field, FLUX_GROUPS.source, kind);
    }
  };
  // valuesFrom and substituteFrom resolve in the referrer's namespace only: they have no namespace field.
  const dataRefs = (list: readonly KubeValue[], path: JsonPath, field: string) => {
    list.forEach((entry, index) => {
      const map = asMap(entry);
      const kind = asString(map?.kind);
      const name = asString(map?.name);
      if (map === undefined || name === undefined || (kind !== 'ConfigMap' && kind !== 'Secret')) return;
      add({
        path: [...path, index, 'name'],
        field: `${field}[${index}]`,
        group: '',
        kind,
        name,
        optional: map.optional === true,
        ...(own === undefined ? {} : { namespace: own }),
      });
    });
  };
  const dependsOn = (group: string, kind: string) => {
    asList(spec.dependsOn).forEach((entry, index) => {
      ref(asMap(entry), ['spec', 'dependsOn', index, 'name'], `spec.dependsOn[${index}]`, group, kind);
    });
  };

  if (isKind(object, FLUX_GROUPS.kustomize, 'Kustomization')) {
    sourceRef(asMap(spec.sourceRef), ['spec', 'sourceRef', 'name'], 'spec.sourceRef');
    dependsOn(FLUX_GROUPS.kustomize, 'Kustomization');
    const postBuild = asMap(spec.postBuild);
    dataRefs(
      asList(postBuild?.substituteFrom),
      ['spec', 'postBuild', 'substituteFrom'],
      'spec.postBuild.substituteFrom',
    );
  } else if (isKind(object, FLUX_GROUPS.helm, 'HelmRelease')) {
    const chartSpec = asMap(asMap(spec.chart)?.spec);
    sourceRef(
      asMap(chartSpec?.sourceRef),
      ['spec', 'chart', 'spec', 'sourceRef', 'name'],
      'spec.chart.spec.sourceRef',
    );
    sourceRef(asMap(spec.chartRef), ['spec', 'chartRef', 'name'], 'spec.chartRef');
    dependsOn(FLUX_GROUPS.helm, 'HelmRelease');
    dataRefs(asList(spec.valuesFrom), ['spec', 'valuesFrom'], 'spec.valuesFrom');
  } else if (isKind(object, FLUX_GROUPS.image, 'ImagePolicy')) {
    const repository = asMap(spec.imageRepositoryRef);
    ref(
      repository,
      ['spec', 'imageRepositoryRef', 'name'],
      'spec.imageRepositoryRef',
      FLUX_GROUPS.image,
      'ImageRepository',
    );
  } else if (isKind(object, FLUX_GROUPS.image, 'ImageUpdateAutomation')) {
    // The CRD defaults sourceRef.kind to GitRepository, its only allowed value.
    sourceRef(asMap(spec.sourceRef), ['spec', 'sourceRef', 'name'], 'spec.sourceRef', 'GitRepository');
  }
  return refs;
}

/** `Kustomization flux-system/apps`: how messages name a reference's target. */
export function describeTarget(ref: Pick<FluxReference, 'kind' | 'name' | 'namespace'>): string {
  return `${ref.kind} ${ref.namespace === undefined ? ref.name : `${ref.namespace}/${ref.name}`}`;
}
