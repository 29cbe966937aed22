import type { PromotionPlan } from './plan-types.js';

/** Bumped when a field's meaning changes, so the next hop can refuse a plan it cannot read. */
export const PLAN_FORMAT_VERSION = 1;

/**
 * The plan as JSON for `--output json` and the pull request's hidden marker. Keys are sorted at
 * every level and arrays keep the plan's own order, so the same plan is always the same text and
 * a pull-request body changes only when the plan does. New files appear by path and size, not by
 * content: the body has a 65,536-character budget and the files are in the branch anyway.
 */
export function planToJson(plan: PromotionPlan): string {
  const data = {
    version: PLAN_FORMAT_VERSION,
    route: plan.route,
    changes: plan.changes,
    drift: plan.drift,
    newApps: plan.newApps,
    newFiles: plan.newFiles.map(({ content, ...rest }) => ({
      ...rest,
      bytes: Buffer.byteLength(content, 'utf8'),
    })),
    edits: plan.edits,
    skipped: plan.skipped,
    diagnostics: plan.diagnostics,
  };
  return JSON.stringify(sortKeys(data));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const child = (value as Record<string, unknown>)[key];
    if (child !== undefined) out[key] = sortKeys(child);
  }
  return out;
}
