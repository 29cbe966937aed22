/**
 * The object with every `null` object field removed, at any depth, or the object itself when it
 * holds no such null. Array items are kept, nulls included: the API server keeps them too. Nothing
 * is mutated; only the containers on the way to a removed null are copied.
 */
export function pruneNulls<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const pruned = pruneNulls(item);
      if (pruned !== item) {
        copy ??= [...value];
        copy[i] = pruned;
      }
    }
    return (copy ?? value) as T;
  }
  let copy: Record<string, unknown> | undefined;
  const source = value as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    const field = source[key];
    const pruned = field === null ? undefined : pruneNulls(field);
    if (pruned === field) continue;
    copy ??= { ...source };
    if (pruned === undefined) delete copy[key];
    // defineProperty, not assignment: a `__proto__` key is data here, as it is in the decoded object.
    else
      Object.defineProperty(copy, key, {
        value: pruned,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return (copy ?? value) as T;
}
