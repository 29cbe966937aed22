/**
 * Reading decoded objects without trusting their shape: rules run before (or without) schema
 * validation, so any field may hold the wrong type, and a wrong type is simply "not set" here.
 */
import { apiGroup } from '../../manifest/identity.js';
import type { KubeValue } from '../../yaml/kubernetes-decode.js';
import type { RuleObject } from './types.js';

export type KubeMap = Readonly<Record<string, KubeValue>>;

export function asMap(value: KubeValue | undefined): KubeMap | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

export function asList(value: KubeValue | undefined): readonly KubeValue[] {
  return Array.isArray(value) ? value : [];
}

/** A non-empty string, else undefined. */
export function asString(value: KubeValue | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The value at `path` under `root`, or undefined when any step is missing or not a mapping. */
export function fieldAt(root: KubeMap, path: readonly string[]): KubeValue | undefined {
  let current: KubeValue | undefined = root;
  for (const key of path) {
    const map = asMap(current);
    if (map === undefined) return undefined;
    current = map[key];
  }
  return current;
}

/** True for `group` + `kind` regardless of version: `apps/v1` and `apps/v1beta2` Deployments alike. */
export function isKind(object: RuleObject, group: string, kind: string): boolean {
  return object.identity.kind === kind && apiGroup(object.identity.apiVersion) === group;
}

export const FLUX_GROUPS = {
  kustomize: 'kustomize.toolkit.fluxcd.io',
  helm: 'helm.toolkit.fluxcd.io',
  source: 'source.toolkit.fluxcd.io',
  sourceExtensions: 'source.extensions.fluxcd.io',
  image: 'image.toolkit.fluxcd.io',
} as const;

/** kustomize's own configuration (`kustomization.yaml`): read by kustomize, never applied to a cluster. */
export const KUSTOMIZE_CONFIG_GROUP = 'kustomize.config.k8s.io';

/** Items grouped by cluster, in input order; objects without a cluster share the key ''. */
export function groupByCluster<T extends { cluster?: string }>(
  items: readonly T[],
): ReadonlyMap<string, readonly T[]> {
  return memoized(
    groupedByCluster as WeakMap<readonly T[], ReadonlyMap<string, readonly T[]>>,
    groupByClusterUncached,
    items,
  );
}

const groupedByCluster = new WeakMap<readonly object[], ReadonlyMap<string, readonly object[]>>();

function groupByClusterUncached<T extends { cluster?: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = item.cluster ?? '';
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

/**
 * `compute(input)`, once per input array. Every rule of a run receives the same objects, and
 * several of them group, filter and index them the same way: with tens of thousands of objects,
 * doing that once per run instead of once per rule is a good part of the rules' cost. Results are
 * shared between rules, so they are read-only.
 */
export function memoized<K extends object, V>(cache: WeakMap<K, V>, compute: (input: K) => V, input: K): V {
  let value = cache.get(input);
  if (value === undefined) {
    value = compute(input);
    cache.set(input, value);
  }
  return value;
}
