import { formatLocation } from '../core/errors.js';
import { describeObject } from '../core/manifest/identity.js';
import {
  compareFindings,
  type Finding,
  type Severity,
  type ValidationReport,
} from '../core/validate/finding.js';
import { code, details, escapeMarkdown, raw, table } from './markdown.js';
import { configurationLine, countsLine, plural } from './text.js';

/**
 * The job summary for validation: where annotations stop (GitHub shows 10 per level per step), this
 * carries the rest. Sections come in order of use, and each one is cut to what the budget allows,
 * so a run with 10,000 findings still gets the counts and the worst findings rather than nothing.
 */
export interface FindingsSummaryOptions {
  /** What `annotateFindings` could not show, by severity, so the summary can say so. */
  omittedAnnotations: Record<Severity, number>;
  /**
   * UTF-8 bytes this section may use. Default 512 KiB: half of GitHub's 1 MiB step summary, leaving
   * room for the other sections the same step writes.
   */
  budget?: number;
}

export const SUMMARY_BUDGET = 512 * 1024;
/** The table of worst findings is for reading, not a dump: the details per file have the rest. */
const WORST_LISTED = 50;
const PER_FILE_LISTED = 100;
/** GitHub's per-level, per-step annotation cap (`ANNOTATIONS_PER_LEVEL`, which lives with `@actions/core`). */
const ANNOTATION_CAP = 10;
/** Room kept for the closing note that says what was cut. */
const NOTE_RESERVE = 400;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

export function findingsSummary(report: ValidationReport, options: FindingsSummaryOptions): string {
  const out = new Budget((options.budget ?? SUMMARY_BUDGET) - NOTE_RESERVE);
  const findings = [...report.findings].sort(compareFindings);
  const { counts } = report;
  const status = counts.errors > 0 ? '❌' : counts.warnings > 0 ? '⚠️' : '✅';
  out.add(`## Validation\n\n**${status} ${countsLine(report)}**\n\n`);
  if (report.configuration.length > 0) out.add(`${escapeMarkdown(configurationLine(report))}\n\n`);

  const omitted = SEVERITIES.filter((s) => options.omittedAnnotations[s] > 0).map((s) =>
    plural(options.omittedAnnotations[s], s),
  );
  if (omitted.length > 0) {
    out.add(
      `> ${joinAnd(omitted)} ${omitted.length === 1 && omitted[0]?.startsWith('1 ') ? 'was' : 'were'} not shown ` +
        `as annotations: GitHub shows ${ANNOTATION_CAP} of each level per step. ` +
        'They are in the tables and details below.\n\n',
    );
  }
  if (findings.length === 0) return out.finish(0);

  const names = new Map(report.rules.map((rule) => [rule.id, rule.name]));
  const byRule = tally(findings, (finding) => finding.ruleId);
  out.add('### Findings by rule\n\n');
  out.addTable(
    ['Rule', 'Name', 'Errors', 'Warnings', 'Notices'],
    byRule.map(([id, n]) => [raw(code(id)), names.get(id) ?? '', n.error, n.warning, n.notice]),
  );
  const byKind = tally(findings, (finding) => finding.object?.kind ?? '(no object)');
  out.add('### Findings by kind\n\n');
  out.addTable(
    ['Kind', 'Errors', 'Warnings', 'Notices'],
    byKind.map(([kind, n]) => [kind, n.error, n.warning, n.notice]),
  );

  const worst = findings.slice(0, WORST_LISTED);
  out.add(`### ${worst.length < findings.length ? `Worst ${worst.length} findings` : 'Findings'}\n\n`);
  out.addTable(
    ['Severity', 'Location', 'Rule', 'Message'],
    worst.map((f) => [
      f.severity,
      raw(code(formatLocation(f.location))),
      raw(code(f.ruleId)),
      shorten(f.message),
    ]),
  );

  if (report.skipped.length > 0) {
    out.add(`### Skipped: ${plural(report.skipped.length, 'document')} not checked\n\n`);
    out.addTable(
      ['Location', 'Object', 'Reason'],
      report.skipped.map((s) => [
        raw(code(formatLocation(s.location))),
        s.object ? describeObject(s.object) : '',
        shorten(s.reason),
      ]),
    );
  }
  if (report.notEvaluated.length > 0) {
    const reasons = new Map<string, number>();
    for (const entry of report.notEvaluated) reasons.set(entry.reason, (reasons.get(entry.reason) ?? 0) + 1);
    out.add(`### Not evaluated: ${plural(report.notEvaluated.length, 'CEL rule')}\n\n`);
    out.addTable(
      ['Reason', 'Rules'],
      [...reasons].sort((a, b) => b[1] - a[1]),
    );
  }

  const files = groupByFile(findings);
  out.add('### Details by file\n\n');
  let filesShown = 0;
  for (const [file, list] of files) {
    const tallies = SEVERITIES.map((s) => [s, list.filter((f) => f.severity === s).length] as const);
    const summary = `${file}: ${tallies
      .filter(([, n]) => n > 0)
      .map(([s, n]) => plural(n, s))
      .join(', ')}`;
    const items = list.slice(0, PER_FILE_LISTED).map(detailLine);
    if (list.length > items.length) items.push(`- … and ${list.length - items.length} more in this file`);
    if (!out.add(details(summary, items.join('\n')))) break;
    filesShown++;
  }
  return out.finish(files.size - filesShown);
}

function joinAnd(parts: readonly string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function detailLine(finding: Finding): string {
  const where = finding.location.line === undefined ? '' : `line ${finding.location.line}: `;
  const hint = finding.hint === undefined ? '' : `<br>${escapeMarkdown(finding.hint)}`;
  return `- **${finding.severity}** ${code(finding.ruleId)} ${where}${escapeMarkdown(shorten(finding.message))}${hint}`;
}

type Tally = Record<Severity, number>;

function tally(findings: readonly Finding[], keyOf: (finding: Finding) => string): [string, Tally][] {
  const tallies = new Map<string, Tally>();
  for (const finding of findings) {
    const key = keyOf(finding);
    const entry = tallies.get(key) ?? { error: 0, warning: 0, notice: 0 };
    entry[finding.severity]++;
    tallies.set(key, entry);
  }
  return [...tallies].sort(
    ([ka, a], [kb, b]) =>
      b.error - a.error || b.warning - a.warning || b.notice - a.notice || ka.localeCompare(kb),
  );
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const files = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = files.get(finding.location.file) ?? [];
    list.push(finding);
    files.set(finding.location.file, list);
  }
  return files;
}

function shorten(text: string, limit = 300): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** Collects Markdown up to a size in UTF-8 bytes (GitHub's summary limit is in bytes). */
class Budget {
  private readonly parts: string[] = [];
  private used = 0;
  private rowsLeftOut = 0;

  constructor(private readonly limit: number) {}

  /** Adds the text whole, or not at all. */
  add(text: string): boolean {
    const size = Buffer.byteLength(text, 'utf8');
    if (this.used + size > this.limit) return false;
    this.parts.push(text);
    this.used += size;
    return true;
  }

  /** A table cut at a row boundary, with a line saying how many rows did not fit. */
  addTable(headers: readonly string[], rows: Parameters<typeof table>[1]): void {
    const [head = '', separator = '', ...lines] = table(headers, rows).trimEnd().split('\n');
    if (!this.add(`${head}\n${separator}\n`)) return;
    let shown = 0;
    for (const line of lines) {
      if (!this.add(`${line}\n`)) break;
      shown++;
    }
    this.rowsLeftOut += lines.length - shown;
    if (shown < lines.length) this.add(`\n_… ${lines.length - shown} more rows not shown._\n`);
    this.add('\n');
  }

  finish(filesLeftOut: number): string {
    const notes: string[] = [];
    if (filesLeftOut > 0) notes.push(`${plural(filesLeftOut, 'file')} with findings not detailed`);
    if (this.rowsLeftOut > 0) notes.push(`${plural(this.rowsLeftOut, 'table row')} left out`);
    // The reserve guarantees this note fits even when the budget ran out.
    if (notes.length > 0) this.parts.push(`\n_Shortened to fit the job summary: ${notes.join('; ')}._\n`);
    return this.parts.join('');
  }
}
