import { UsageError } from '../errors.js';
import { compareEnvironmentNames } from './env-names.js';
import { type DetectedLayout, detectLayouts } from './layout-detect.js';
import type { PromoteDiagnostic } from './plan-types.js';
import { isUnder, ParsedRepo, type RepoFiles } from './repo-files.js';

/** An environment and the repository paths that belong to it alone. */
export interface Environment {
  name: string;
  /** Directories (no trailing `/`) and files, relative to the repository root. */
  paths: string[];
}

/** One promotion hop: the values that run in `from` are proposed for `to`. */
export interface Route {
  from: string;
  to: string;
}

export interface EnvironmentDetection {
  /** In conventional order (dev, staging, production), then by name. */
  environments: Environment[];
  /** Which layout rule contributed each path, so a person can see why an environment exists. */
  layouts: DetectedLayout[];
  diagnostics: PromoteDiagnostic[];
}

/**
 * Environments of a repository without a configuration file, from the layouts teams use:
 * kustomize overlays beside a `base/` (`apps/<env>` over `apps/base`, `<app>/overlays/<env>`),
 * `clusters/<env>` (also `environments/<env>`, `envs/<env>`), `values-<env>.yaml` beside a chart,
 * and Argo CD Applications named `<app>-<env>`. Every layout found contributes; an environment is
 * the union of its paths.
 */
export function detectEnvironments(repo: RepoFiles): EnvironmentDetection {
  const parsed = new ParsedRepo(repo);
  const { layouts, diagnostics } = detectLayouts(parsed);
  const byName = new Map<string, Set<string>>();
  for (const layout of layouts) {
    const paths = byName.get(layout.environment) ?? new Set<string>();
    paths.add(layout.path);
    byName.set(layout.environment, paths);
  }
  const environments = [...byName]
    .map(([name, paths]) => ({ name, paths: withoutNested([...paths]) }))
    .sort((a, b) => compareEnvironmentNames(a.name, b.name));
  diagnostics.push(...overlaps(environments));
  return { environments, layouts, diagnostics };
}

/** `environments/production` makes `environments/production/x.yaml` redundant. */
function withoutNested(paths: string[]): string[] {
  return paths.filter((path) => !paths.some((other) => other !== path && isUnder(path, other))).sort();
}

/** The files of the repository that belong to an environment. */
export function environmentFiles(environment: Environment, files: readonly string[]): string[] {
  return files.filter((file) => environment.paths.some((entry) => isUnder(file, entry)));
}

/**
 * Paths shared by two environments would make a promotion edit its own source: that is reported
 * here, and the plan refuses the shared files.
 */
export function overlaps(environments: readonly Environment[]): PromoteDiagnostic[] {
  const found: PromoteDiagnostic[] = [];
  for (const [i, a] of environments.entries()) {
    for (const b of environments.slice(i + 1)) {
      for (const left of a.paths) {
        for (const right of b.paths) {
          if (!isUnder(left, right) && !isUnder(right, left)) continue;
          found.push({
            severity: 'warning',
            code: 'overlapping-environments',
            message: `${a.name} (${left}) and ${b.name} (${right}) share files; those files are never promoted`,
            location: { file: left.length > right.length ? left : right },
          });
        }
      }
    }
  }
  return found;
}

/** `dev → staging → production` as the routes dev→staging and staging→production. */
export function routesFromOrder(order: readonly string[]): Route[] {
  if (order.length < 2) {
    throw new UsageError(`a promotion order needs at least two environments, got ${JSON.stringify(order)}`, {
      hint: 'List the environments in promotion order, for example dev, staging, production.',
    });
  }
  const seen = new Set<string>();
  for (const name of order) {
    if (seen.has(name)) {
      throw new UsageError(`environment ${JSON.stringify(name)} appears twice in the promotion order`, {
        hint: 'Each environment takes one place in the order; a route goes one way only.',
      });
    }
    seen.add(name);
  }
  return order.slice(1).map((to, index) => ({ from: order[index] as string, to }));
}

/** The two environments of an explicit route, failing with the names that exist. */
export function resolveRoute(
  environments: readonly Environment[],
  route: Route,
): { source: Environment; target: Environment } {
  const known = environments.map((environment) => environment.name);
  const find = (name: string, role: string): Environment => {
    const found = environments.find((environment) => environment.name === name);
    if (found !== undefined) return found;
    throw new UsageError(`unknown ${role} environment ${JSON.stringify(name)}`, {
      hint:
        known.length === 0
          ? 'No environments were found; declare them in the configuration file.'
          : `Known environments: ${known.join(', ')}.`,
    });
  };
  if (route.from === route.to) {
    throw new UsageError(`cannot promote ${JSON.stringify(route.from)} to itself`, {
      hint: 'Give two different environments.',
    });
  }
  return { source: find(route.from, 'source'), target: find(route.to, 'target') };
}
