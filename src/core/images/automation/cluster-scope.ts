/**
 * Which cluster a file belongs to, so that a marker naming `flux-system:shop` finds the
 * `flux-system/shop` ImagePolicy of its own cluster when every cluster defines one.
 *
 * The rule, chosen to be predictable rather than clever (no kustomize build, no Git source
 * resolution):
 * - A cluster is a directory `clusters/<name>` holding at least one loaded Flux object.
 * - It covers its own directory, and, repeated until nothing changes, the `spec.path` of every Flux
 *   Kustomization (`kustomize.toolkit.fluxcd.io`) defined in a file it covers. This follows the
 *   chain `flux bootstrap` sets up: clusters/staging → apps.yaml (`path: ./apps/staging`) → …
 * - A path covers a file when the file is inside that directory. Files reached only through a
 *   kustomization.yaml `resources` entry (`../base/shop`) are not covered: a base shared by several
 *   clusters belongs to none of them in particular.
 * - Every Kustomization path is taken to be in this repository; one that points into another
 *   source would only widen a cluster's coverage.
 */
import type { KustomizationPath, ObjectSource } from './automation-objects.js';

export interface ClusterScope {
  /** `staging` for `clusters/staging`. */
  name: string;
  /** Repository-relative directories, sorted; `''` is the whole repository. */
  paths: string[];
}

const CLUSTERS_DIR = 'clusters/';

/** The clusters of a repository, from where its Flux objects are written. */
export function clusterScopes(
  kustomizations: readonly KustomizationPath[],
  objects: readonly ObjectSource[],
): ClusterScope[] {
  const names = new Set<string>();
  for (const { file } of [...kustomizations, ...objects]) {
    if (!file.startsWith(CLUSTERS_DIR)) continue;
    const name = file.slice(CLUSTERS_DIR.length).split('/')[0] ?? '';
    if (name !== '' && file.length > CLUSTERS_DIR.length + name.length) names.add(name);
  }
  return [...names].sort().map((name) => {
    const paths = new Set([`${CLUSTERS_DIR}${name}`]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const k of kustomizations) {
        if (paths.has(k.path) || !coveredBy([...paths], k.file)) continue;
        paths.add(k.path);
        grew = true;
      }
    }
    return { name, paths: [...paths].sort() };
  });
}

/** Whether `file` lies inside one of `paths` (`''` covers everything). */
export function coveredBy(paths: readonly string[], file: string): boolean {
  return paths.some((dir) => dir === '' || file === dir || file.startsWith(`${dir}/`));
}

/** The names of the clusters whose coverage includes `file`. */
export function clustersOf(scopes: readonly ClusterScope[], file: string): string[] {
  return scopes.filter((scope) => coveredBy(scope.paths, file)).map((scope) => scope.name);
}

export type ScopedPick<T> =
  | { kind: 'found'; value: T }
  | { kind: 'none' }
  | { kind: 'ambiguous'; reason: string };

/**
 * Picks the one candidate that serves `file`: the only one there is, or else the only one written
 * in a file of a cluster that also covers `file`.
 */
export function pickForFile<T extends ObjectSource>(
  candidates: readonly T[],
  file: string,
  scopes: readonly ClusterScope[],
): ScopedPick<T> {
  const [first] = candidates;
  if (first === undefined) return { kind: 'none' };
  if (candidates.length === 1) return { kind: 'found', value: first };
  const fileClusters = clustersOf(scopes, file);
  const matching = candidates.filter((c) => clustersOf(scopes, c.file).some((n) => fileClusters.includes(n)));
  const [only] = matching;
  if (only !== undefined && matching.length === 1) return { kind: 'found', value: only };
  const where = candidates.map((c) => `${c.file}:${c.line}`).join(', ');
  const why =
    fileClusters.length === 0
      ? 'this file is not inside any cluster’s Kustomization paths'
      : matching.length === 0
        ? `none of them belongs to ${describeClusters(fileClusters)}, which this file belongs to`
        : `this file belongs to ${describeClusters(fileClusters)}, which more than one of them serves`;
  return { kind: 'ambiguous', reason: `${candidates.length} are defined (${where}) and ${why}` };
}

function describeClusters(names: readonly string[]): string {
  return names.length === 1 ? `cluster ${names[0]}` : `clusters ${names.join(', ')}`;
}
