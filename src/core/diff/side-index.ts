/**
 * One side of a diff (a render of the base or of the head), indexed by cluster and object key, with
 * what that side cannot say: a unit that failed, or that render cannot build, produced no objects,
 * and neither did the units below it in the Kustomization tree.
 */
import { objectKey } from '../manifest/identity.js';
import { type OutputObject, type RenderRun, type RenderUnit, unitId } from '../render/model.js';

export interface Located {
  unit: RenderUnit;
  output: OutputObject;
  key: string;
}

export interface SideIndex {
  clusters: Set<string>;
  /** cluster → object key → where it is. The first unit (by id) wins when two render the same object. */
  objects: Map<string, Map<string, Located>>;
  units: Map<string, RenderUnit>;
  /** Clusters whose tree could not be built at all: no units, and an error. */
  unknownClusters: Set<string>;
}

export function isUnrendered(unit: RenderUnit): boolean {
  return unit.status === 'failed' || unit.status === 'unsupported';
}

export function indexSide(run: RenderRun): SideIndex {
  const index: SideIndex = {
    clusters: new Set(run.clusters.map((cluster) => cluster.name)),
    objects: new Map(),
    units: new Map(),
    unknownClusters: new Set(),
  };
  for (const unit of run.units) {
    index.clusters.add(unit.cluster);
    index.units.set(unit.id, unit);
    if (isUnrendered(unit)) continue;
    let objects = index.objects.get(unit.cluster);
    if (objects === undefined) {
      objects = new Map();
      index.objects.set(unit.cluster, objects);
    }
    for (const output of unit.objects) {
      const key = objectKey(output.identity);
      if (!objects.has(key)) objects.set(key, { unit, output, key });
    }
  }
  const withUnits = new Set(run.units.map((unit) => unit.cluster));
  for (const diagnostic of run.diagnostics) {
    if (
      diagnostic.severity === 'error' &&
      diagnostic.unit === undefined &&
      !withUnits.has(diagnostic.cluster)
    ) {
      index.clusters.add(diagnostic.cluster);
      index.unknownClusters.add(diagnostic.cluster);
    }
  }
  return index;
}

/**
 * Whether this side cannot know the objects of `unit` (a unit of the other side): it, or a
 * Kustomization on its path from the cluster's root, failed here, or the cluster did.
 */
export function unknownOn(side: SideIndex, unit: RenderUnit): boolean {
  if (side.unknownClusters.has(unit.cluster)) return true;
  const same = side.units.get(unit.id);
  if (same !== undefined && isUnrendered(same)) return true;
  return unit.chain.some((ancestor) => {
    const slash = ancestor.indexOf('/');
    const id = unitId(unit.cluster, 'Kustomization', ancestor.slice(0, slash), ancestor.slice(slash + 1));
    const found = side.units.get(id);
    return found !== undefined && isUnrendered(found);
  });
}
