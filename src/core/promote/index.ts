/** Promotion between environments: detection, app matching, promotable fields, the plan. */

export { type App, type AppMatch, type AppMatching, type AppOrigin, findApps, matchApps } from './apps.js';
export { compareVersionValues, driftOf, type SourceHistory } from './drift.js';
export {
  detectEnvironments,
  type Environment,
  type EnvironmentDetection,
  environmentFiles,
  type Route,
  resolveRoute,
  routesFromOrder,
} from './environments.js';
export {
  compileFieldOptions,
  extractFields,
  type FieldKind,
  type FieldOptions,
  type FieldRule,
  type PromotableField,
} from './fields.js';
export type { DetectedLayout, LayoutKind } from './layout-detect.js';
export { type PlanInput, type PromoteOptions, planPromotion } from './plan.js';
export { PLAN_FORMAT_VERSION, planToJson } from './plan-json.js';
export type {
  Drift,
  DriftReason,
  NewApp,
  NewFile,
  PromoteDiagnostic,
  PromotionChange,
  PromotionPlan,
  Skipped,
  SkipReason,
} from './plan-types.js';
export { renderPlan } from './render-plan.js';
export { ParsedRepo, type RepoFiles } from './repo-files.js';
export { historyFromVersions, planRoute, type RoutePlan, type RoutePlanRequest } from './run.js';
export { directoryRepo, type RepoScan, scanRepo } from './scan-repo.js';
