import { parseYamlFile } from '../yaml/documents.js';
import type { SourceHistory } from './drift.js';
import { detectEnvironments, type Environment, type Route, resolveRoute } from './environments.js';
import { compileFieldOptions, extractFields, type FieldOptions } from './fields.js';
import { type PromoteOptions, planPromotion } from './plan.js';
import type { PromotionPlan } from './plan-types.js';
import { directoryRepo, scanRepo } from './scan-repo.js';

export interface RoutePlanRequest {
  root: string;
  route: Route;
  /** Environments from the configuration file; detected from the layout when absent. */
  environments?: Environment[];
  options?: PromoteOptions;
  /**
   * Gathers the source's past values (for drift) once the files are known; see
   * `historyFromVersions`. Without it only "newer than the source" drift is found.
   */
  history?: (files: readonly string[]) => Promise<SourceHistory | undefined>;
}

export interface RoutePlan {
  plan: PromotionPlan;
  environments: Environment[];
  source: Environment;
  target: Environment;
}

/** Detects the environments of the repository at `root` and plans one route. */
export async function planRoute(request: RoutePlanRequest): Promise<RoutePlan> {
  const scan = await scanRepo(request.root);
  const repo = directoryRepo(request.root, scan);
  const environments = request.environments ?? detectEnvironments(repo).environments;
  const { source, target } = resolveRoute(environments, request.route);
  const sourceFiles = repo.files.filter((file) =>
    source.paths.some((p) => file === p || file.startsWith(`${p}/`)),
  );
  const history = request.history ? await request.history(sourceFiles) : undefined;
  const plan = planPromotion({
    source,
    target,
    repo,
    ...(request.options ? { options: request.options } : {}),
    ...(history ? { history } : {}),
  });
  return { plan, environments, source, target };
}

/**
 * A SourceHistory from past versions of the source's files (oldest first): every promotable
 * field's value in each version, so drift can say "this target value never ran in the source".
 */
export function historyFromVersions(
  versions: ReadonlyMap<string, readonly string[]>,
  fieldOptions: FieldOptions = {},
): SourceHistory {
  const compiled = compileFieldOptions(fieldOptions);
  const byFile = new Map<string, Map<string, string[]>>();
  for (const [file, texts] of versions) {
    const byPath = new Map<string, string[]>();
    for (const text of texts) {
      let fields: ReturnType<typeof extractFields>['fields'];
      try {
        fields = extractFields(parseYamlFile(file, text), compiled).fields;
      } catch {
        continue; // An old version that no longer parses says nothing about today's values.
      }
      for (const field of fields) {
        const values = byPath.get(field.pathText) ?? [];
        if (values.at(-1) !== field.value) values.push(field.value);
        byPath.set(field.pathText, values);
      }
    }
    byFile.set(file, byPath);
  }
  return (_environment, file, path) => {
    const values = byFile.get(file)?.get(path);
    return values === undefined ? undefined : { values };
  };
}
