import { formatLocation } from '../errors.js';
import type { Drift, PromotionPlan } from './plan-types.js';

/**
 * The plan as plain text for `--dry-run`: a table of changes, then what a reviewer must know
 * (drift, new apps, what was skipped and why). No colour and no terminal width assumptions; the
 * CLI decides how to present it.
 */
export function renderPlan(plan: PromotionPlan): string {
  const { from, to } = plan.route;
  const apps = new Set(plan.changes.map((change) => change.app)).size;
  const lines: string[] = [];
  if (plan.changes.length === 0 && plan.newFiles.length === 0) {
    lines.push(`Promote ${from} → ${to}: nothing to change.`);
  } else {
    const changes = `${plan.changes.length} ${plural(plan.changes.length, 'change')} in ${apps} ${plural(apps, 'app')}`;
    const added =
      plan.newFiles.length === 0
        ? ''
        : `, ${plan.newFiles.length} new ${plural(plan.newFiles.length, 'file')}`;
    lines.push(`Promote ${from} → ${to}: ${changes}${added}.`);
  }
  if (plan.changes.length > 0) {
    lines.push('');
    const rows = plan.changes.map((c) => [c.app, c.file, String(c.line), c.path, c.from, c.to]);
    lines.push(...table(['APP', 'FILE', 'LINE', 'PATH', 'FROM', 'TO'], rows));
  }
  section(lines, 'Drift', plan.drift.map(describeDrift));
  section(
    lines,
    'New apps',
    plan.newApps.map((app) =>
      app.included
        ? `+ ${app.app}: added from ${app.sourceFiles.join(', ')}`
        : `+ ${app.app}: not added (${app.reason ?? 'not included'}); in ${from}: ${app.sourceFiles.join(', ')}`,
    ),
  );
  section(
    lines,
    'New files',
    plan.newFiles.map((file) => `${file.file} (copy of ${file.sourceFile})`),
  );
  section(
    lines,
    'Skipped',
    plan.skipped.map((skip) => {
      const where = skip.file === undefined ? '' : ` ${formatLocation({ file: skip.file, line: skip.line })}`;
      const path = skip.path === undefined ? '' : ` ${skip.path}`;
      return `${skip.app}${path}${where}: ${skip.message} [${skip.reason}]`;
    }),
  );
  section(
    lines,
    'Notes',
    plan.diagnostics.map((d) => {
      const where = d.location === undefined ? '' : ` (${formatLocation(d.location)})`;
      return `${d.severity}: ${d.message}${where}`;
    }),
  );
  return `${lines.join('\n')}\n`;
}

export function describeDrift(drift: Drift): string {
  const where = `${drift.app} ${drift.file}:${drift.line} ${drift.path}`;
  if (drift.reason === 'newer-than-source') {
    return `${where}: ${drift.targetValue} is newer than the source's ${drift.sourceValue}; kept, not rolled back`;
  }
  const action = drift.overwritten ? `will be replaced by ${drift.sourceValue}` : 'kept';
  return `${where}: ${drift.targetValue} never ran in the source; it ${action}`;
}

function section(lines: string[], title: string, items: readonly string[]): void {
  if (items.length === 0) return;
  lines.push('', `${title} (${items.length}):`);
  for (const item of items) lines.push(`  ${item}`);
}

function table(header: readonly string[], rows: readonly string[][]): string[] {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const format = (cells: readonly string[]) =>
    `  ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd();
  return [format(header), ...rows.map(format)];
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
