/**
 * Image changes, the first thing a reviewer of a deployment looks for: per workload and container
 * name (init containers too), the image before and after.
 */
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import type { ObjectIdentity } from '../manifest/identity.js';
import { podSpecPath } from '../manifest/pod-spec.js';
import type { KubeValue } from '../yaml/kubernetes-decode.js';
import { isMap, valueAt } from './field-path.js';
import type { ImageChange } from './model.js';

export interface ImageSubject {
  cluster: string;
  identity: ObjectIdentity;
  unit: string;
}

/** The containers whose image differs between the two sides; a side is absent for an added or removed object. */
export function imageChanges(subject: ImageSubject, base?: KubeObject, head?: KubeObject): ImageChange[] {
  const podSpec = podSpecPath(subject.identity);
  if (podSpec === undefined) return [];
  const before = containerImages(base, podSpec);
  const after = containerImages(head, podSpec);
  const changes: ImageChange[] = [];
  for (const [key, container] of new Map([...before, ...after])) {
    const old = before.get(key)?.image;
    const current = after.get(key)?.image;
    if (old === current) continue;
    changes.push({
      ...subject,
      container: container.name,
      init: container.init,
      ...(old === undefined ? {} : { old }),
      ...(current === undefined ? {} : { new: current }),
    });
  }
  return changes;
}

interface Container {
  name: string;
  init: boolean;
  image: string | undefined;
}

function containerImages(object: KubeObject | undefined, podSpec: readonly string[]): Map<string, Container> {
  const images = new Map<string, Container>();
  if (object === undefined) return images;
  for (const [field, init] of [
    ['initContainers', true],
    ['containers', false],
  ] as const) {
    const list: KubeValue | undefined = valueAt(object, [...podSpec, field]);
    if (!Array.isArray(list)) continue;
    for (const [index, item] of list.entries()) {
      if (!isMap(item)) continue;
      const name = typeof item.name === 'string' ? item.name : `#${index}`;
      const image = typeof item.image === 'string' ? item.image : undefined;
      images.set(`${field}/${name}`, { name, init, image });
    }
  }
  return images;
}
