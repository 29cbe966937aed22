import { formatLocation } from '../core/errors.js';
import { describeObject } from '../core/manifest/identity.js';
import {
  compareFindings,
  type Finding,
  type FindingOwner,
  type Severity,
  type Skipped,
  type ValidationReport,
} from '../core/validate/finding.js';

/**
 * The terminal writer: what `gitops-actions validate` prints. One line per finding in the
 * `file:line:col  severity  ruleId  message` shape that editors and terminals turn into links.
 */
export interface TextOptions {
  /** ANSI colour. The CLI passes `stream.isTTY && !NO_COLOR`; a file or pipe never gets escape codes. */
  color: boolean;
}

const SGR = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, cyan: 36 } as const;
type Style = keyof typeof SGR;

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', notice: 'cyan' };

export function formatText(report: ValidationReport, options: TextOptions): string {
  const paint = (style: Style, text: string) =>
    options.color ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text;
  const sections: string[] = [];

  for (const group of groupByFile([...report.findings].sort(compareFindings))) {
    const width = Math.max(...group.map((finding) => formatLocation(finding.location).length));
    const lines = group.flatMap((finding) => {
      const where = formatLocation(finding.location).padEnd(width);
      const severity = paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(7));
      const line = `${where}  ${severity}  ${paint('dim', clean(finding.ruleId))}  ${clean(finding.message)}`;
      const indent = ' '.repeat(width + 2);
      const hint =
        finding.hint === undefined ? [] : [`${indent}${paint('dim', `hint: ${clean(finding.hint)}`)}`];
      const owner = finding.owner ? [`${indent}${paint('dim', clean(describeOwner(finding.owner)))}`] : [];
      return [line, ...owner, ...hint];
    });
    sections.push(lines.join('\n'));
  }

  if (report.skipped.length > 0) sections.push(skippedSection(report.skipped, paint));
  if (report.configuration.length > 0) sections.push(paint('dim', configurationLine(report)));
  if (report.notEvaluated.length > 0) sections.push(notEvaluatedSection(report.notEvaluated));

  const { counts } = report;
  const style: Style = counts.errors > 0 ? 'red' : counts.warnings > 0 ? 'yellow' : 'green';
  sections.push(paint('bold', paint(style, countsLine(report))));
  return `${sections.join('\n\n')}\n`;
}

/** `3 errors, 1 warning, 2 skipped in 14 files (120 objects)`; notices only when there are some. */
export function countsLine(report: ValidationReport): string {
  const { counts } = report;
  const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
  if (counts.notices > 0) parts.push(plural(counts.notices, 'notice'));
  parts.push(`${counts.skipped} skipped`);
  if (counts.configuration > 0) parts.push(`${counts.configuration} kustomize/Helm config`);
  return `${parts.join(', ')} in ${plural(counts.files, 'file')} (${plural(counts.objects, 'object')})`;
}

/** `configuration, not objects: 3 kustomize Kustomization, 1 Helm chart`, most common first. */
export function configurationLine(report: ValidationReport): string {
  const byWhat = new Map<string, number>();
  for (const entry of report.configuration) byWhat.set(entry.what, (byWhat.get(entry.what) ?? 0) + 1);
  const parts = [...byWhat]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([what, count]) => `${count} ${what}`);
  return `configuration, not objects: ${parts.join(', ')}`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Findings already in report order, grouped by file in the order each file first appears. */
function groupByFile(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.location.file);
    if (group) group.push(finding);
    else groups.set(finding.location.file, [finding]);
  }
  return [...groups.values()];
}

/** `rendered by HelmRelease prod/web (clusters/prod/web.yaml:3:1) from web/templates/ingress.yaml` */
export function describeOwner(owner: FindingOwner): string {
  const name = owner.namespace ? `${owner.namespace}/${owner.name}` : owner.name;
  let text = `rendered by ${owner.kind} ${name}`;
  if (owner.location) text += ` (${formatLocation(owner.location)})`;
  if (owner.template) text += ` from ${owner.template}`;
  return text;
}

function skippedSection(skipped: readonly Skipped[], paint: (style: Style, text: string) => string): string {
  const sorted = [...skipped].sort(
    (a, b) =>
      a.location.file.localeCompare(b.location.file) || (a.location.line ?? 0) - (b.location.line ?? 0),
  );
  const lines = sorted.map((entry) => {
    const what = entry.object ? `${clean(describeObject(entry.object))}: ` : '';
    return `  ${formatLocation(entry.location)}  ${what}${clean(entry.reason)}`;
  });
  return [paint('bold', `skipped (${skipped.length}), not checked:`), ...lines].join('\n');
}

/** CEL rules are many and alike, so they are counted by reason rather than listed one by one. */
function notEvaluatedSection(notEvaluated: ValidationReport['notEvaluated']): string {
  const byReason = new Map<string, number>();
  for (const entry of notEvaluated) byReason.set(entry.reason, (byReason.get(entry.reason) ?? 0) + 1);
  const lines = [...byReason]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([reason, count]) => `  ${plural(count, 'rule')}: ${clean(reason)}`);
  return [`not evaluated (${plural(notEvaluated.length, 'CEL rule')}):`, ...lines].join('\n');
}

/**
 * Messages quote manifest values, and a value can hold escape sequences: printed raw they could
 * recolour or rewrite the terminal, so control characters are shown as `\u001b`-style text.
 */
function clean(text: string): string {
  return text
    .replace(/\r?\n|\t/g, ' ')
    .replace(/\p{Cc}/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
