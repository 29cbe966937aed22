/**
 * Paths into an object as a diff names them. A list item is named by its `name` when every item of
 * the list has a distinct one (containers, env, ports, volumes), the way `kubectl` and strategic
 * merge patch identify them, and by index otherwise.
 */
import type { KubeValue } from '../yaml/kubernetes-decode.js';

export type PathSegment = string | number | { name: string };
export type FieldPath = readonly PathSegment[];

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `spec.template.spec.containers[name=app].image`, `metadata.annotations["checksum/config"]`, `args[0]`. */
export function formatPath(path: FieldPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (typeof segment === 'object') text += `[name=${segment.name}]`;
    else if (PLAIN_KEY.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** Whether `path` is `prefix` or lies under it, compared as formatted text. */
export function isUnder(path: string, prefix: string): boolean {
  if (!path.startsWith(prefix)) return false;
  const next = path.charAt(prefix.length);
  return next === '' || next === '.' || next === '[';
}

export type KubeMap = { [key: string]: KubeValue };

export function isMap(value: KubeValue | undefined): value is KubeMap {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The distinct names of the list's items, or undefined when any item lacks one or two share one. */
export function itemNames(list: readonly KubeValue[]): string[] | undefined {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const item of list) {
    const name = isMap(item) ? item.name : undefined;
    if (typeof name !== 'string' || seen.has(name)) return undefined;
    seen.add(name);
    names.push(name);
  }
  return names;
}

export function childOf(value: KubeValue | undefined, segment: PathSegment): KubeValue | undefined {
  if (typeof segment === 'number') return Array.isArray(value) ? value[segment] : undefined;
  if (typeof segment === 'object') {
    return Array.isArray(value) ? value.find((item) => isMap(item) && item.name === segment.name) : undefined;
  }
  return isMap(value) ? value[segment] : undefined;
}

export function valueAt(root: KubeValue, path: FieldPath): KubeValue | undefined {
  let current: KubeValue | undefined = root;
  for (const segment of path) current = childOf(current, segment);
  return current;
}

/**
 * Sets the value at `path` in place, or removes it when `value` is undefined. Missing maps on the
 * way are created (a label put back where the head has no `labels` at all); a missing list item
 * or a path through a scalar leaves the object as it was.
 */
export function setAt(root: KubeValue, path: FieldPath, value: KubeValue | undefined): void {
  const last = path.at(-1);
  if (last === undefined) return;
  let parent: KubeValue | undefined = root;
  for (const segment of path.slice(0, -1)) {
    let next = childOf(parent, segment);
    if (next === undefined && typeof segment === 'string' && isMap(parent) && value !== undefined) {
      next = {};
      parent[segment] = next;
    }
    parent = next;
  }
  if (typeof last === 'string') {
    if (!isMap(parent)) return;
    if (value === undefined) delete parent[last];
    else parent[last] = value;
    return;
  }
  if (!Array.isArray(parent)) return;
  const index =
    typeof last === 'number' ? last : parent.findIndex((item) => isMap(item) && item.name === last.name);
  if (index < 0 || index >= parent.length) {
    if (value !== undefined) parent.push(value);
  } else if (value === undefined) parent.splice(index, 1);
  else parent[index] = value;
}
