import { planToJson } from '../core/promote/plan-json.js';
import type { PromotionPlan } from '../core/promote/plan-types.js';
import { code, details, heading, raw, table } from './markdown.js';

/** The hidden marker that carries the plan in a promotion pull request's body, for the next hop. */
export const PLAN_MARKER = 'gitops-actions:promote-plan';

/** `Promote staging → production: shop 1.5.0, orders 2.1.0` (at most 250 characters). */
export function promotionTitle(plan: PromotionPlan): string {
  const byApp = new Map<string, string>();
  for (const change of plan.changes) if (!byApp.has(change.app)) byApp.set(change.app, change.to);
  const apps = [...byApp].map(([app, value]) => `${app} ${value}`);
  const title = `Promote ${plan.route.from} → ${plan.route.to}: ${apps.join(', ') || 'new apps'}`;
  return title.length <= 250 ? title : `${title.slice(0, 248)}…`;
}

/**
 * The pull request's body: what changes, where each value came from, drift the reviewer must
 * know about, and the plan as JSON in a hidden comment (edits left out: they are in the diff).
 */
export function promotionBody(
  plan: PromotionPlan,
  options: { sourceCommitUrl: (index: number) => string | undefined },
): string {
  const rows = plan.changes.map((change, index) => {
    const url = options.sourceCommitUrl(index);
    return [
      change.app,
      raw(code(`${change.file}:${change.line}`)),
      raw(code(change.path)),
      raw(code(change.from)),
      raw(code(change.to)),
      raw(
        url
          ? `[${code(`${change.sourceFile}:${change.sourceLine}`)}](${url})`
          : code(`${change.sourceFile}:${change.sourceLine}`),
      ),
    ];
  });
  const drift = plan.drift.map((d) => [
    d.app,
    raw(code(`${d.file}:${d.line}`)),
    raw(code(d.path)),
    raw(code(d.targetValue)),
    d.reason === 'newer-than-source' ? 'newer than the source: kept' : 'never ran in the source: replaced',
  ]);
  const compact = JSON.parse(planToJson(plan)) as Record<string, unknown>;
  delete compact.edits;
  return [
    heading(`Promote ${plan.route.from} → ${plan.route.to}`, 3),
    table(['App', 'File', 'Field', 'From', 'To', 'Source'], rows),
    drift.length === 0
      ? ''
      : `${heading('Drift', 4)}The target has values that did not come from ${plan.route.from}:\n\n${table(['App', 'File', 'Field', 'Target value', 'What this pull request does'], drift)}`,
    plan.newApps.length === 0
      ? ''
      : details(
          `${plan.newApps.length} app(s) only in ${plan.route.from}`,
          plan.newApps
            .map(
              (a) => `- ${a.app}: ${a.included ? 'added' : `not added${a.reason ? ` (${a.reason})` : ''}`}`,
            )
            .join('\n'),
        ),
    '_Opened by gitops-actions promote. Merging it is the deployment; the next run updates this pull request, or closes it when nothing is left to promote._',
    `<!-- ${PLAN_MARKER} ${JSON.stringify(compact).replace(/--/g, '\\u002d\\u002d')} -->`,
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/** The plan JSON carried by a body written by promotionBody, or undefined. */
export function planFromBody(body: string): unknown {
  const match = new RegExp(`<!-- ${PLAN_MARKER} (.*) -->`).exec(body);
  return match?.[1] === undefined ? undefined : JSON.parse(match[1]);
}
