/**
 * Ordering of Flux Kustomizations by `spec.dependsOn`. kustomize-controller does not order anything
 * itself: a Kustomization whose dependencies are not Ready waits (`requeue-dependency`), so a cycle
 * waits forever and nothing in it is ever applied. A render builds dependencies first and reports a
 * cycle as the error it effectively is.
 */

/** What the scheduler knows about one dependency of a waiting Kustomization. */
export type DependencyState = 'done' | 'waiting' | 'unknown';

/**
 * The next Kustomization to build among `waiting` (in their discovery order): the first whose
 * dependencies are all done; failing that, the first whose dependencies are done or unknown (not found
 * so far: it may never exist, and then the build still shows what would be applied); undefined when
 * every waiting one waits for another waiting one, which means there is a cycle.
 */
export function nextToBuild<T>(
  waiting: readonly T[],
  dependenciesOf: (item: T) => readonly string[],
  stateOf: (key: string) => DependencyState,
): T | undefined {
  const allDone = waiting.find((item) => dependenciesOf(item).every((key) => stateOf(key) === 'done'));
  if (allDone !== undefined) return allDone;
  return waiting.find((item) => dependenciesOf(item).every((key) => stateOf(key) !== 'waiting'));
}

/**
 * A dependency cycle among `keys`, as the list of keys around it with the first repeated at the end
 * (`a → b → a`), or undefined when there is none. Depth-first, visiting keys and their dependencies in
 * the order given, so the same graph always names the same cycle.
 */
export function findCycle(
  keys: readonly string[],
  dependenciesOf: (key: string) => readonly string[],
): string[] | undefined {
  const members = new Set(keys);
  const finished = new Set<string>();
  const stack: string[] = [];
  const onStack = new Set<string>();

  const visit = (key: string): string[] | undefined => {
    stack.push(key);
    onStack.add(key);
    for (const next of dependenciesOf(key)) {
      if (!members.has(next) || finished.has(next)) continue;
      if (onStack.has(next)) return [...stack.slice(stack.indexOf(next)), next];
      const found = visit(next);
      if (found) return found;
    }
    stack.pop();
    onStack.delete(key);
    finished.add(key);
    return undefined;
  };

  for (const key of keys) {
    if (finished.has(key)) continue;
    const found = visit(key);
    if (found) return found;
  }
  return undefined;
}
