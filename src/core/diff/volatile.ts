/**
 * Charts call `randAlphaNum`, `uuidv4`, `now` and friends: two renders of the very same inputs then
 * differ, and a diff against the base would show those fields as changed on every pull request.
 * Rendering the head twice and comparing the two finds exactly those fields.
 */
import type { RenderRun } from '../render/model.js';
import { conceal } from './conceal.js';
import { fieldDiff } from './field-diff.js';
import { formatPath } from './field-path.js';
import type { VolatileMasks } from './model.js';
import { indexSide } from './side-index.js';

/** The fields that differ between two renders of the same head, per cluster and object key. */
export function volatileMasks(first: RenderRun, second: RenderRun): VolatileMasks {
  const one = indexSide(first);
  const two = indexSide(second);
  const clusters: VolatileMasks['clusters'] = {};
  for (const [cluster, objects] of one.objects) {
    const others = two.objects.get(cluster);
    if (others === undefined) continue;
    for (const [key, located] of objects) {
      const other = others.get(key);
      if (other === undefined) continue;
      // Concealed like the diff sees them: a random password differs as a differing hash, and the
      // path alone is kept.
      const paths = fieldDiff(conceal(located.output.object), conceal(other.output.object)).map((hunk) =>
        formatPath(hunk.path),
      );
      if (paths.length === 0) continue;
      clusters[cluster] ??= {};
      clusters[cluster][key] = paths;
    }
  }
  return { clusters };
}

export function masksFor(masks: VolatileMasks | undefined, cluster: string, key: string): readonly string[] {
  // Own properties only: the masks may come back from JSON, and a cluster could be named `constructor`.
  const objects = masks && Object.hasOwn(masks.clusters, cluster) ? masks.clusters[cluster] : undefined;
  return objects && Object.hasOwn(objects, key) ? (objects[key] ?? []) : [];
}
