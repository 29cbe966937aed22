import type { PromotionPlan, Route } from '../../core/promote/index.js';
import type { PullRequestResult } from '../../github/pull-request.js';
import { code, details, heading, raw, table } from '../../report/markdown.js';

export interface RouteResult {
  route: Route;
  branch: string;
  planFile: string;
  plan: PromotionPlan;
  operation: 'created' | 'updated' | 'closed' | 'none';
  pullRequest?: PullRequestResult;
  headSha?: string;
}

export function promoteSummary(results: readonly RouteResult[], dryRun: boolean): string {
  const rows = results.map((r) => [
    `${r.route.from} → ${r.route.to}`,
    r.plan.changes.length,
    r.plan.drift.length,
    dryRun ? 'dry run' : r.operation,
    r.pullRequest ? raw(`[#${r.pullRequest.number}](${r.pullRequest.url})`) : '',
  ]);
  const plans = results.map((r) =>
    details(
      `${r.route.from} → ${r.route.to}: ${r.plan.changes.length} change(s)`,
      r.plan.changes.length === 0
        ? 'Nothing to promote.'
        : table(
            ['App', 'File', 'Field', 'From', 'To'],
            r.plan.changes.map((c) => [
              c.app,
              raw(code(`${c.file}:${c.line}`)),
              raw(code(c.path)),
              raw(code(c.from)),
              raw(code(c.to)),
            ]),
          ),
    ),
  );
  return [
    heading('Promotion', 2),
    table(['Route', 'Changes', 'Drift', 'Operation', 'Pull request'], rows),
    ...plans,
  ].join('\n');
}
