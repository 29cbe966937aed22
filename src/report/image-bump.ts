import type { ImageBumpOutcome } from '../core/images/bump.js';
import { formatPolicyRef, type ImageDiagnostic } from '../core/images/diagnostics.js';
import { describeObject } from '../core/manifest/identity.js';
import { code, details, heading, raw, table } from './markdown.js';

/** What was delivered, for the summary: the delivery module's result, in plain values. */
export interface DeliveredSummary {
  files: string[];
  commitSha?: string;
  pullRequest?: { number: number; url: string; operation: string };
}

/** The changes file the action outputs (`changes`): stable keys, one entry per marker changed. */
export function imageBumpChangesJson(outcome: ImageBumpOutcome) {
  return {
    version: 1,
    paths: outcome.paths,
    changes: outcome.plan.changes.map((c) => ({
      file: c.file,
      line: c.line,
      setter: c.setter,
      old: c.old,
      new: c.new,
      policy: formatPolicyRef(c.policy),
      object: c.object ?? null,
    })),
    diagnostics: allDiagnostics(outcome).map((d) => ({
      severity: d.severity,
      code: d.code,
      file: d.location.file,
      line: d.location.line ?? null,
      reason: d.reason,
      policy: d.policy ? formatPolicyRef(d.policy) : null,
    })),
  };
}

function allDiagnostics(outcome: ImageBumpOutcome): ImageDiagnostic[] {
  return [...outcome.automation.diagnostics, ...outcome.plan.diagnostics];
}

/** `Update images: ghcr.io/acme/shop 1.6.0` — or the commit message's first line when it is not Flux's default. */
export function imageBumpTitle(outcome: ImageBumpOutcome, message: string): string {
  const first = message.split('\n')[0]?.trim() ?? '';
  if (first !== '' && first !== 'Update from image update automation') return first.slice(0, 250);
  const values = [...new Set(outcome.plan.changes.map((c) => c.new))].slice(0, 3);
  return `Update images: ${values.join(', ')}${outcome.plan.changes.length > values.length ? ', …' : ''}`.slice(
    0,
    250,
  );
}

function changesTable(outcome: ImageBumpOutcome): string {
  return table(
    ['File', 'Object', 'Setter', 'From', 'To'],
    outcome.plan.changes.map((c) => [
      raw(code(`${c.file}:${c.line}`)),
      c.object ? describeObject(c.object) : '',
      raw(code(c.setter)),
      raw(code(c.old)),
      raw(code(c.new)),
    ]),
  );
}

function diagnosticsTable(diagnostics: readonly ImageDiagnostic[]): string {
  return table(
    ['Where', 'Severity', 'Why the marker did not act'],
    diagnostics.map((d) => [raw(code(`${d.location.file}:${d.location.line ?? ''}`)), d.severity, d.reason]),
  );
}

export function imageBumpPullRequestBody(outcome: ImageBumpOutcome, message: string): string {
  const notes = allDiagnostics(outcome);
  return [
    heading('Image updates', 3),
    changesTable(outcome),
    notes.length === 0 ? '' : details(`${notes.length} marker(s) did not act`, diagnosticsTable(notes)),
    details('Commit message', `\`\`\`\n${message.replace(/```/g, '`​``')}\n\`\`\``),
    '_Opened by gitops-actions image-bump. Running it again with the same result changes nothing._',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

export function imageBumpSummary(
  outcome: ImageBumpOutcome,
  options: {
    mode: string;
    annotationReport: { omitted: { error: number; warning: number; notice: number } };
    delivery?: DeliveredSummary;
  },
): string {
  const notes = allDiagnostics(outcome);
  const omitted = options.annotationReport.omitted.error + options.annotationReport.omitted.warning;
  const delivery = options.delivery;
  const result = delivery?.pullRequest
    ? `pull request [#${delivery.pullRequest.number}](${delivery.pullRequest.url}) ${delivery.pullRequest.operation}`
    : delivery?.commitSha
      ? `commit ${code(delivery.commitSha.slice(0, 12))}`
      : delivery
        ? `${delivery.files.length} file(s) written`
        : 'nothing written';
  return [
    heading('Image bump', 2),
    table(
      ['Markers scanned', 'Changes', 'Files', 'Did not act', 'Mode', 'Result'],
      [
        [
          outcome.automation.scan.setters.length,
          outcome.plan.changes.length,
          new Set(outcome.plan.changes.map((c) => c.file)).size,
          notes.length,
          options.mode,
          raw(result),
        ],
      ],
    ),
    outcome.plan.changes.length === 0 ? '' : changesTable(outcome),
    notes.length === 0
      ? ''
      : details(
          `${notes.length} marker(s) did not act${omitted > 0 ? ` (${omitted} not shown as annotations: GitHub shows 10 per level)` : ''}`,
          diagnosticsTable(notes),
        ),
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/** For the CLI: one line per change, then one per marker that did not act. */
export function imageBumpText(outcome: ImageBumpOutcome): string {
  const lines = outcome.plan.changes.map((c) => `${c.file}:${c.line}: ${c.setter}: ${c.old} -> ${c.new}`);
  for (const d of allDiagnostics(outcome)) {
    lines.push(`${d.location.file}:${d.location.line ?? ''}: ${d.severity}: ${d.reason}`);
  }
  const files = new Set(outcome.plan.changes.map((c) => c.file)).size;
  lines.push(
    `${outcome.plan.changes.length} change(s) in ${files} file(s), ${allDiagnostics(outcome).length} marker(s) did not act`,
  );
  return `${lines.join('\n')}\n`;
}
