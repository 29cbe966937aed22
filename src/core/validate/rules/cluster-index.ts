/**
 * The objects one cluster will hold, looked up by group, kind, namespace and name. Besides the
 * objects in the input, it holds those that other objects make exist: generator output (see
 * kustomize-inputs.ts), the ExternalArtifacts an ArtifactGenerator produces, and the HelmChart
 * helm-controller creates for each HelmRelease with `chart.spec`.
 */
import { apiGroup } from '../../manifest/identity.js';
import { asList, asMap, asString, FLUX_GROUPS, isKind, memoized } from './kube-values.js';
import { generatedObjects } from './kustomize-inputs.js';
import type { RuleObject } from './types.js';

export interface IndexEntry {
  group: string;
  kind: string;
  name: string;
  namespace?: string;
  /** The object, or the object whose existence implies this one. */
  origin: RuleObject;
}

export interface Lookup {
  group: string;
  kind: string;
  name: string;
  namespace?: string;
}

export class ClusterIndex {
  private readonly byName = new Map<string, IndexEntry[]>();

  /** The index of these objects, built once however many rules ask for it (see `memoized`). */
  static of(objects: readonly RuleObject[], all: readonly RuleObject[] = objects): ClusterIndex {
    const byObjects = memoized(indexes, () => new WeakMap(), all);
    return memoized(byObjects, () => new ClusterIndex(objects, all), objects);
  }

  /** `objects` are the cluster's applied objects; `all` adds its kustomize configuration. */
  constructor(objects: readonly RuleObject[], all: readonly RuleObject[] = objects) {
    for (const object of objects) {
      const { apiVersion, kind, name, namespace } = object.identity;
      this.add({ group: apiGroup(apiVersion), kind, name, origin: object, ...ns(namespace) });
      for (const implied of impliedBy(object)) this.add(implied);
    }
    for (const generated of generatedObjects(all)) {
      const { kind, name, namespace, generator } = generated;
      this.add({ group: '', kind, name, origin: generator, ...ns(namespace) });
    }
  }

  /**
   * The entries matching `wanted`. A namespace that is unknown on either side matches any: an
   * object without `metadata.namespace` takes one from kustomize's `namespace`, a Flux
   * Kustomization's `targetNamespace` or the applier, none of which this index can see.
   */
  find(wanted: Lookup): IndexEntry[] {
    const candidates = this.byName.get(key(wanted.group, wanted.kind, wanted.name)) ?? [];
    return candidates.filter(
      (entry) =>
        wanted.namespace === undefined ||
        entry.namespace === undefined ||
        entry.namespace === wanted.namespace,
    );
  }

  /** Entries of the kind whose name is `name` plus kustomize's generator suffix (`-` and 10 characters). */
  findHashed(wanted: Lookup): IndexEntry[] {
    const found: IndexEntry[] = [];
    for (const entries of this.byName.values()) {
      for (const entry of entries) {
        if (entry.group !== wanted.group || entry.kind !== wanted.kind) continue;
        if (!HASHED.test(entry.name) || entry.name.slice(0, -11) !== wanted.name) continue;
        if (
          wanted.namespace !== undefined &&
          entry.namespace !== undefined &&
          entry.namespace !== wanted.namespace
        )
          continue;
        found.push(entry);
      }
    }
    return found;
  }

  private add(entry: IndexEntry): void {
    const k = key(entry.group, entry.kind, entry.name);
    const list = this.byName.get(k);
    if (list === undefined) this.byName.set(k, [entry]);
    else list.push(entry);
  }
}

const indexes = new WeakMap<readonly RuleObject[], WeakMap<readonly RuleObject[], ClusterIndex>>();

// kustomize's suffix (api/hasher `encode`): 10 hex characters of a SHA-256, with 0, 1, 3, a and e
// replaced by g, h, k, m and t so that no word can form.
const HASHED = /-[bcdfghkmt24-9]{10}$/;

function key(group: string, kind: string, name: string): string {
  return `${group}\u0000${kind}\u0000${name}`;
}

function ns(namespace: string | undefined): { namespace?: string } {
  return namespace === undefined ? {} : { namespace };
}

function impliedBy(object: RuleObject): IndexEntry[] {
  const own = object.identity.namespace;
  const spec = asMap(object.object.spec);
  if (spec === undefined) return [];
  if (isKind(object, FLUX_GROUPS.sourceExtensions, 'ArtifactGenerator')) {
    // source-watcher creates one ExternalArtifact per spec.artifacts[] entry, in the generator's namespace.
    return asList(spec.artifacts).flatMap((entry) => {
      const name = asString(asMap(entry)?.name);
      return name === undefined
        ? []
        : [{ group: FLUX_GROUPS.source, kind: 'ExternalArtifact', name, origin: object, ...ns(own) }];
    });
  }
  if (isKind(object, FLUX_GROUPS.helm, 'HelmRelease') && own !== undefined) {
    // helm-controller names the HelmChart it creates `<namespace>-<name>`, in the chart source's namespace.
    const chartSpec = asMap(asMap(spec.chart)?.spec);
    if (chartSpec === undefined) return [];
    const sourceNamespace = asString(asMap(chartSpec.sourceRef)?.namespace) ?? own;
    const name = `${own}-${object.identity.name}`;
    return [
      { group: FLUX_GROUPS.source, kind: 'HelmChart', name, namespace: sourceNamespace, origin: object },
    ];
  }
  return [];
}
