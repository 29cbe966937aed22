/**
 * Field-level differences between two versions of an object. Maps are compared key by key (a map
 * present on one side only is compared against an empty one, so each of its keys is a field of
 * its own and a noise filter can drop one key). Lists of maps whose items all have distinct names
 * are matched by name, so inserting a container does not make every later one "changed"; other
 * lists of maps by index; lists of scalars (`args`, `command`) change as a whole.
 */
import { isDeepStrictEqual } from 'node:util';
import type { KubeValue } from '../yaml/kubernetes-decode.js';
import { type FieldPath, isMap, itemNames, type KubeMap, type PathSegment } from './field-path.js';
import type { ChangeKind } from './model.js';

export interface RawHunk {
  path: FieldPath;
  change: ChangeKind;
  old?: KubeValue;
  new?: KubeValue;
}

export function fieldDiff(base: KubeValue | undefined, head: KubeValue | undefined): RawHunk[] {
  const hunks: RawHunk[] = [];
  compare(base, head, [], hunks);
  return hunks;
}

const EMPTY: KubeMap = Object.freeze({}) as KubeMap;

function compare(
  base: KubeValue | undefined,
  head: KubeValue | undefined,
  path: PathSegment[],
  out: RawHunk[],
): void {
  if (base === head) return;
  if ((isMap(base) || base === undefined) && (isMap(head) || head === undefined)) {
    compareMaps(base ?? EMPTY, head ?? EMPTY, path, out);
    return;
  }
  if (Array.isArray(base) && Array.isArray(head) && holdsMaps(base) && holdsMaps(head)) {
    compareLists(base, head, path, out);
    return;
  }
  if (isDeepStrictEqual(base, head)) return;
  if (base === undefined) out.push({ path: [...path], change: 'added', new: head as KubeValue });
  else if (head === undefined) out.push({ path: [...path], change: 'removed', old: base });
  else out.push({ path: [...path], change: 'changed', old: base, new: head });
}

/** Compares one child, with `path` as a stack: copied only into the hunks, not at every step. */
function compareChild(
  base: KubeValue | undefined,
  head: KubeValue | undefined,
  path: PathSegment[],
  segment: PathSegment,
  out: RawHunk[],
): void {
  path.push(segment);
  compare(base, head, path, out);
  path.pop();
}

/** An empty list counts, so a first container added to `[]` is an added item, not a new list. */
function holdsMaps(list: readonly KubeValue[]): boolean {
  return list.length === 0 || list.some(isMap);
}

function compareMaps(base: KubeMap, head: KubeMap, path: PathSegment[], out: RawHunk[]): void {
  for (const key of Object.keys(base)) compareChild(base[key], head[key], path, key, out);
  for (const key of Object.keys(head)) {
    if (!Object.hasOwn(base, key)) compareChild(undefined, head[key], path, key, out);
  }
}

function compareLists(base: KubeValue[], head: KubeValue[], path: PathSegment[], out: RawHunk[]): void {
  const baseNames = itemNames(base);
  const headNames = itemNames(head);
  if (baseNames === undefined || headNames === undefined) {
    const length = Math.max(base.length, head.length);
    for (let index = 0; index < length; index++) {
      const item = [...path, index];
      if (index >= base.length) out.push({ path: item, change: 'added', new: head[index] as KubeValue });
      else if (index >= head.length)
        out.push({ path: item, change: 'removed', old: base[index] as KubeValue });
      else compare(base[index], head[index], item, out);
    }
    return;
  }
  const headByName = new Map(headNames.map((name, index) => [name, head[index] as KubeValue]));
  for (const [index, name] of baseNames.entries()) {
    const item = [...path, { name }];
    const old = base[index] as KubeValue;
    const current = headByName.get(name);
    if (current === undefined) out.push({ path: item, change: 'removed', old });
    else compare(old, current, item, out);
  }
  const known = new Set(baseNames);
  for (const [index, name] of headNames.entries()) {
    if (!known.has(name))
      out.push({ path: [...path, { name }], change: 'added', new: head[index] as KubeValue });
  }
}
