import type { KubeValue } from '../../yaml/kubernetes-decode.js';

/** One Helm value: what sigs.k8s.io/yaml or Helm's `--set` parser produces. */
export type HelmValue = KubeValue;

/** A Helm values tree (Go's `map[string]interface{}`, Helm's `common.Values`). */
export type Values = { [key: string]: HelmValue };

/**
 * A new, prototype-less map. Keys come from ConfigMaps, Secrets and target paths; a key such as
 * `__proto__` must be data, never the object's prototype.
 */
export function newValues(): Values {
  return Object.create(null) as Values;
}

/** Sets a key as an own property, so that `__proto__` and friends stay ordinary keys. */
export function setValue(target: Values, key: string, value: HelmValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Go's `v.(map[string]interface{})` check: a map, not a list and not null. */
export function isValuesMap(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy built from prototype-less maps, so the caller's objects are never mutated. */
export function cloneValue(value: HelmValue): HelmValue {
  if (Array.isArray(value)) return value.map(cloneValue);
  if (isValuesMap(value)) return cloneValues(value);
  return value;
}

export function cloneValues(values: Values): Values {
  const out = newValues();
  for (const [key, value] of Object.entries(values)) setValue(out, key, cloneValue(value));
  return out;
}

/**
 * fluxcd/pkg `chartutil.MergeMaps` (originally Helm 3.3's values-option merge): maps merge key by
 * key, recursively; anything else in `b`, lists and nulls included, replaces what `a` holds.
 * Nothing is deleted, unlike Helm's coalescing of values over chart defaults.
 *
 * Like the Go original, only the maps it merges are new: every other value, including nested
 * maps present on one side only, is shared with its input. `composeValues` depends on that
 * sharing to reproduce how a targetPath value outlives later references (see values-merge.ts).
 */
export function mergeMaps(a: Values, b: Values | undefined): Values {
  const out = newValues();
  for (const [key, value] of Object.entries(a)) setValue(out, key, value);
  if (b === undefined) return out;
  for (const [key, value] of Object.entries(b)) {
    const existing = Object.hasOwn(out, key) ? out[key] : undefined;
    if (isValuesMap(value) && isValuesMap(existing)) setValue(out, key, mergeMaps(existing, value));
    else setValue(out, key, value);
  }
  return out;
}
