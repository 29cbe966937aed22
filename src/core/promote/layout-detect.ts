import { type ArgoApplication, readApplications } from './argocd-apps.js';
import { environmentSuffix } from './env-names.js';
import type { PromoteDiagnostic } from './plan-types.js';
import { isYamlPath, type ParsedRepo, posix } from './repo-files.js';

export type LayoutKind = 'overlays' | 'clusters' | 'values-files' | 'argocd';

/** One path a layout rule gave to an environment. */
export interface DetectedLayout {
  kind: LayoutKind;
  environment: string;
  path: string;
}

/** Directory names that hold shared or structural content, never an environment. */
const NOT_ENVIRONMENTS = new Set([
  'base',
  'bases',
  'common',
  'components',
  'shared',
  'overlays',
  'templates',
]);
const CLUSTER_ROOTS = new Set(['clusters', 'environments', 'envs']);
const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
const VALUES_FILE = /^values-([a-z0-9][a-z0-9_-]*)\.ya?ml$/;

class Tree {
  readonly children = new Map<string, Set<string>>();
  readonly files = new Map<string, string[]>();

  constructor(files: readonly string[]) {
    for (const file of files) {
      const dir = posix.dirname(file);
      this.files.set(dir, [...(this.files.get(dir) ?? []), posix.basename(file)]);
      for (let child = dir; child !== '.'; child = posix.dirname(child)) {
        const parent = posix.dirname(child);
        const names = this.children.get(parent) ?? new Set<string>();
        names.add(posix.basename(child));
        this.children.set(parent, names);
      }
    }
  }

  childDirs(dir: string): string[] {
    return [...(this.children.get(dir) ?? [])].sort();
  }

  join(dir: string, name: string): string {
    return dir === '.' ? name : `${dir}/${name}`;
  }

  /** A kustomize root at `dir` or one level below (`apps/<env>/<app>/kustomization.yaml`). */
  hasKustomization(dir: string): boolean {
    const here = (d: string) => (this.files.get(d) ?? []).some((name) => KUSTOMIZATION_FILES.has(name));
    return here(dir) || this.childDirs(dir).some((child) => here(this.join(dir, child)));
  }

  hasYaml(dir: string): boolean {
    if ((this.files.get(dir) ?? []).some(isYamlPath)) return true;
    return this.childDirs(dir).some((child) => this.hasYaml(this.join(dir, child)));
  }
}

export function detectLayouts(parsed: ParsedRepo): {
  layouts: DetectedLayout[];
  diagnostics: PromoteDiagnostic[];
} {
  const tree = new Tree(parsed.repo.files);
  const layouts: DetectedLayout[] = [];
  const add = (kind: LayoutKind, environment: string, path: string) =>
    layouts.push({ kind, environment, path });
  for (const dir of [...tree.children.keys()].sort()) {
    const children = tree.childDirs(dir);
    // kustomize overlays: `<dir>/base` shared, every sibling with a kustomization an environment.
    if (children.includes('base') && tree.hasYaml(tree.join(dir, 'base'))) {
      for (const child of children) {
        const path = tree.join(dir, child);
        if (!NOT_ENVIRONMENTS.has(child) && tree.hasKustomization(path)) add('overlays', child, path);
      }
      const overlays = tree.join(dir, 'overlays');
      if (children.includes('overlays')) {
        for (const child of tree.childDirs(overlays)) {
          const path = tree.join(overlays, child);
          if (!NOT_ENVIRONMENTS.has(child) && tree.hasKustomization(path)) add('overlays', child, path);
        }
      }
    }
    if (CLUSTER_ROOTS.has(posix.basename(dir)) && dir !== '.') {
      for (const child of children) {
        const path = tree.join(dir, child);
        if (!NOT_ENVIRONMENTS.has(child) && tree.hasYaml(path)) add('clusters', child, path);
      }
    }
  }
  const diagnostics: PromoteDiagnostic[] = [];
  const known = new Set(layouts.map((layout) => layout.environment));
  detectArgoApplications(parsed, known, add, diagnostics);
  detectValuesFiles(tree, new Set(layouts.map((layout) => layout.environment)), add);
  return { layouts, diagnostics };
}

/**
 * `values-<env>.yaml` files, two or more in one directory. A lone `values-<x>.yaml` beside a
 * chart counts only when `<x>` is an environment already: `values-override.yaml` next to a chart
 * is more often a convenience than a cluster.
 */
function detectValuesFiles(
  tree: Tree,
  known: ReadonlySet<string>,
  add: (kind: LayoutKind, environment: string, path: string) => void,
): void {
  const lone: { path: string; environment: string }[] = [];
  const found = new Set(known);
  for (const [dir, names] of [...tree.files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const matches = names
      .map((name) => ({ name, environment: VALUES_FILE.exec(name)?.[1] }))
      .filter((m): m is { name: string; environment: string } => m.environment !== undefined);
    if (matches.length === 1 && names.includes('Chart.yaml')) {
      lone.push({
        path: tree.join(dir, (matches[0] as { name: string }).name),
        environment: (matches[0] as { environment: string }).environment,
      });
    }
    if (matches.length < 2) continue;
    for (const match of matches) {
      add('values-files', match.environment, tree.join(dir, match.name));
      found.add(match.environment);
    }
  }
  for (const { path, environment } of lone)
    if (found.has(environment)) add('values-files', environment, path);
}

/**
 * Argo CD Applications named `<app>-<env>`. The suffix is an environment only with evidence: the
 * same `<app>` exists for another suffix, the suffix is an environment another layout found, or
 * the Application's destination names it. `cert-manager` alone is therefore not the app `cert`
 * in an environment `manager`.
 */
function detectArgoApplications(
  parsed: ParsedRepo,
  known: ReadonlySet<string>,
  add: (kind: LayoutKind, environment: string, path: string) => void,
  diagnostics: PromoteDiagnostic[],
): void {
  const applications: ArgoApplication[] = [];
  for (const file of parsed.repo.files) {
    if (!isYamlPath(file) || !parsed.text(file).includes('argoproj.io/')) continue;
    applications.push(...readApplications(parsed, file));
  }
  const suffixesByBase = new Map<string, Set<string>>();
  for (const application of applications) {
    const split = environmentSuffix(application.name);
    if (split === undefined) continue;
    const set = suffixesByBase.get(split.base) ?? new Set<string>();
    set.add(split.environment);
    suffixesByBase.set(split.base, set);
  }
  const envOf = new Map<ArgoApplication, string>();
  for (const application of applications) {
    const split = environmentSuffix(application.name);
    if (split === undefined) continue;
    const evidence =
      (suffixesByBase.get(split.base)?.size ?? 0) > 1 ||
      known.has(split.environment) ||
      application.destinations.includes(split.environment);
    if (evidence) envOf.set(application, split.environment);
  }
  const envsByFile = new Map<string, Set<string>>();
  for (const [application, environment] of envOf) {
    const set = envsByFile.get(application.file) ?? new Set<string>();
    set.add(environment);
    envsByFile.set(application.file, set);
  }
  const users = new Map<string, Set<string>>();
  for (const [application, environment] of envOf) {
    for (const file of application.valueFiles) {
      const set = users.get(file) ?? new Set<string>();
      set.add(environment);
      users.set(file, set);
    }
  }
  for (const [file, environments] of envsByFile) {
    if (environments.size === 1) {
      add('argocd', [...environments][0] as string, file);
      continue;
    }
    diagnostics.push({
      severity: 'warning',
      code: 'mixed-environment-file',
      message: `${file} holds Applications of ${[...environments].sort().join(', ')}; split it into one file per environment to promote it`,
      location: { file },
    });
  }
  // A values file every environment lists is shared, like values.yaml; only one user makes it theirs.
  for (const [file, environments] of [...users].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (environments.size === 1) add('argocd', [...environments][0] as string, file);
  }
}
