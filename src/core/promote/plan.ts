import { type App, findApps, matchApps } from './apps.js';
import type { SourceHistory } from './drift.js';
import { type Environment, environmentFiles, overlaps } from './environments.js';
import { FieldCache } from './field-index.js';
import { globToRegExp } from './field-path.js';
import { compileFieldOptions, type FieldOptions } from './fields.js';
import { newAppFiles } from './new-apps.js';
import { planApp } from './plan-app.js';
import type { NewApp, PromoteDiagnostic, PromotionPlan } from './plan-types.js';
import { ParsedRepo, type RepoFiles } from './repo-files.js';

export interface PromoteOptions extends FieldOptions {
  /** Only these apps (names or globs); all apps when empty. */
  apps?: readonly string[];
  /** Never these apps (names or globs); wins over `apps`. */
  excludeApps?: readonly string[];
  /** Copy apps that exist only in the source into the target; otherwise they are only reported. */
  includeNewApps?: boolean;
}

export interface PlanInput {
  source: Environment;
  target: Environment;
  repo: RepoFiles;
  options?: PromoteOptions;
  /** The source's past values per field, for drift; without it only newer-than-source is found. */
  history?: SourceHistory;
}

/**
 * What promoting `source` to `target` changes, computed from the files alone. Pure: the same
 * files give the same plan, and applying its edits and new files then planning again gives a plan
 * without changes.
 */
export function planPromotion(input: PlanInput): PromotionPlan {
  const { source, target, options = {} } = input;
  const plan: PromotionPlan = {
    route: { from: source.name, to: target.name },
    changes: [],
    edits: [],
    newApps: [],
    newFiles: [],
    skipped: [],
    drift: [],
    diagnostics: overlaps([source, target]),
  };
  // A file in both environments would be its own source; it takes no part at all.
  const shared = new Set(environmentFiles(target, environmentFiles(source, input.repo.files)));
  const parsed = new ParsedRepo({
    files: input.repo.files.filter((f) => !shared.has(f)),
    read: input.repo.read,
  });
  const cache = new FieldCache(parsed, compileFieldOptions(options));
  const sourceApps = findApps(source, parsed);
  const targetApps = findApps(target, parsed);
  plan.diagnostics.push(...sourceApps.diagnostics, ...targetApps.diagnostics);
  const matching = matchApps(sourceApps.apps, targetApps.apps);
  plan.diagnostics.push(...matching.diagnostics);
  // An app named after a file that holds nothing promotable is just a file: not worth a report.
  const relevant = (app: App, environment: Environment) =>
    app.origin !== 'file' || cache.forApp(app, environment).fields.size > 0;
  const selection = selector(options, [...sourceApps.apps, ...targetApps.apps], plan.diagnostics);

  for (const match of matching.matched) {
    const selected = selection(match.name);
    if (selected !== true) {
      if (relevant(match.source, source))
        plan.skipped.push({ app: match.name, reason: selected, message: selectionMessage(selected) });
      continue;
    }
    const app = planApp({
      app: match.name,
      sourceEnvironment: source.name,
      source: cache.forApp(match.source, source),
      target: cache.forApp(match.target, target),
      read: parsed.text.bind(parsed),
      history: input.history,
    });
    plan.changes.push(...app.changes);
    plan.edits.push(...app.edits);
    plan.drift.push(...app.drift);
    plan.skipped.push(...app.skipped);
    plan.diagnostics.push(...app.diagnostics);
  }
  for (const { app, message } of matching.mismatched) {
    if (selection(app.name) === true) plan.skipped.push({ app: app.name, reason: 'app-mismatch', message });
  }
  for (const app of matching.newApps) {
    if (!relevant(app, source) || selection(app.name) !== true) continue;
    plan.newApps.push(newApp(app, source, target, parsed, options.includeNewApps === true, plan));
  }
  for (const app of matching.targetOnly) {
    if (!relevant(app, target)) continue;
    plan.diagnostics.push({
      severity: 'info',
      code: 'target-only-app',
      app: app.name,
      message: `${app.name} exists in ${target.name} (${app.files.join(', ')}) but not in ${source.name}; nothing to promote`,
    });
  }
  return sortPlan(plan);
}

function newApp(
  app: App,
  source: Environment,
  target: Environment,
  parsed: ParsedRepo,
  include: boolean,
  plan: PromotionPlan,
): NewApp {
  const base = { app: app.name, sourceFiles: [...app.files].sort() };
  if (!include) {
    const message = `${app.name} exists in ${source.name} but not in ${target.name}; set include-new-apps to add it`;
    plan.skipped.push({ app: app.name, reason: 'new-app', message });
    return { ...base, included: false, reason: 'include-new-apps is off' };
  }
  const files = newAppFiles(app, source, target, parsed);
  if (!files.ok) {
    plan.skipped.push({ app: app.name, reason: 'new-app', message: files.reason });
    return { ...base, included: false, reason: files.reason };
  }
  plan.newFiles.push(...files.files);
  plan.diagnostics.push(...files.diagnostics);
  return { ...base, included: true };
}

type Selection = true | 'not-selected' | 'excluded';

function selector(options: PromoteOptions, apps: readonly App[], diagnostics: PromoteDiagnostic[]) {
  const include = (options.apps ?? []).map((pattern) => ({ pattern, test: globToRegExp(pattern) }));
  const exclude = (options.excludeApps ?? []).map((pattern) => ({ pattern, test: globToRegExp(pattern) }));
  for (const { pattern, test } of [...include, ...exclude]) {
    if (apps.some((app) => test.test(app.name))) continue;
    // A filter that matches nothing is a typo more often than not: say so rather than promote nothing.
    diagnostics.push({
      severity: 'warning',
      code: 'unknown-app-filter',
      message: `the app filter ${JSON.stringify(pattern)} matches no app in either environment`,
    });
  }
  return (name: string): Selection => {
    if (exclude.some(({ test }) => test.test(name))) return 'excluded';
    if (include.length > 0 && !include.some(({ test }) => test.test(name))) return 'not-selected';
    return true;
  };
}

function selectionMessage(selection: 'not-selected' | 'excluded'): string {
  return selection === 'excluded' ? 'excluded by exclude-apps' : 'not named by apps';
}

function compareText(a: string | undefined, b: string | undefined): number {
  const left = a ?? '';
  const right = b ?? '';
  return left < right ? -1 : left > right ? 1 : 0;
}

/** One order for everything, so that the same files always print and serialise the same plan. */
function sortPlan(plan: PromotionPlan): PromotionPlan {
  const byPlace = <T extends { app: string; file?: string; line?: number; path?: string }>(a: T, b: T) =>
    compareText(a.app, b.app) ||
    compareText(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    compareText(a.path, b.path);
  plan.changes.sort(byPlace);
  plan.drift.sort(byPlace);
  plan.skipped.sort((a, b) => byPlace(a, b) || compareText(a.reason, b.reason));
  plan.newApps.sort((a, b) => compareText(a.app, b.app));
  plan.newFiles.sort((a, b) => compareText(a.file, b.file));
  plan.edits.sort((a, b) => compareText(a.file, b.file) || a.range.start - b.range.start);
  return plan;
}
