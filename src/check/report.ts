/**
 * What the check shows people: the sticky comment(s), the job summary (also the diff file), the
 * JSON report for scripts, and the terminal text of `gitops-actions check`.
 */
import type { ClusterDiff, RenderDiff } from '../core/diff/index.js';
import { formatLocation } from '../core/errors.js';
import { describeObject } from '../core/manifest/identity.js';
import type { Finding } from '../core/validate/finding.js';
import { diffMarkdown, fullDiffMarkdown, type ValidationSummary } from '../report/diff-markdown.js';
import { plural } from '../report/text.js';
import type { CheckResult } from './run-check.js';

/** The hidden line the sticky comment is found by; one per cluster with `comment: per-cluster`. */
export function commentMarker(cluster?: string): string {
  return cluster === undefined
    ? '<!-- gitops-actions:check -->'
    : `<!-- gitops-actions:check cluster=${cluster.replaceAll('--', '-')} -->`;
}

export const PULL_REQUEST_TARGET_WARNING =
  '> [!WARNING]\n> This check ran on `pull_request_target`. That event runs with a write token and ' +
  'secrets; when a workflow checks out the pull request head, the pull request content (charts, ' +
  'kustomizations, values) runs with those permissions. This check treats the content as data ' +
  '(helm template only, kustomize without exec or Go plugins), but other steps may not. Prefer ' +
  '`pull_request`, or do not check out the head in `pull_request_target` workflows.';

export interface CommentLinks {
  /** The job summary of this run. */
  summaryUrl?: string;
  /** The uploaded artifact with the full diff. */
  artifactUrl?: string;
}

export interface CommentBody {
  marker: string;
  body: string;
  /** Nothing to report: an existing comment is brought up to date, and none is created. */
  empty: boolean;
}

/** One comment for the whole pull request, or one per cluster rendered on either side. */
export function commentBodies(
  result: CheckResult,
  mode: 'pull-request' | 'per-cluster',
  links: CommentLinks,
): CommentBody[] {
  const fullDiffNote = fullDiffNoteOf(result, links);
  const validation = validationSummary(result);
  if (mode === 'pull-request') {
    const marker = commentMarker();
    return [
      {
        marker,
        empty: isEmpty(result.diff, validation),
        body: diffMarkdown(result.diff, {
          marker,
          fullDiffNote,
          ...(validation ? { validation } : {}),
        }),
      },
    ];
  }
  return result.diff.clusters.map((cluster) => {
    const marker = commentMarker(cluster.cluster);
    const diff = clusterOnly(result.diff, cluster);
    return {
      marker,
      empty: isEmpty(diff, validation),
      body: diffMarkdown(diff, {
        marker,
        fullDiffNote: `Cluster \`${cluster.cluster}\`. ${fullDiffNote}`,
        ...(validation ? { validation } : {}),
      }),
    };
  });
}

function isEmpty(diff: RenderDiff, validation: ValidationSummary | undefined): boolean {
  return !diff.changed && diff.failures.length === 0 && (validation === undefined || validation.errors === 0);
}

/** The job summary and the diff file: everything, headed by how the base was chosen. */
export function checkSummary(result: CheckResult, options: { notes: readonly string[] }): string {
  const validation = validationSummary(result);
  const parts = [
    '## GitOps check\n',
    ...options.notes.map((note) => `${note}\n`),
    `Base: \`${result.base.sha.slice(0, 12)}\` (${result.base.description}). ${renderedLine(result)}\n`,
    fullDiffMarkdown(result.diff, validation ? { validation } : {}),
  ];
  return parts.join('\n');
}

/** For scripts: the diff as data, the head's findings, and what was rendered. */
export function checkReport(result: CheckResult) {
  return {
    version: 1,
    base: result.base,
    stats: result.stats,
    diff: result.diff,
    validation:
      result.validation === undefined
        ? null
        : { counts: result.validation.report.counts, findings: result.validation.report.findings },
    render: {
      head: failuresOf(result.headRun),
      base: failuresOf(result.baseRun),
    },
  };
}

export interface TextOptions {
  color: boolean;
}

/** The terminal form: per cluster, each object and its unified diff; colour only on a TTY. */
export function checkText(result: CheckResult, options: TextOptions): string {
  const paint = (code: string) => (text: string) =>
    options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
  const [red, green, yellow, bold] = [paint('31'), paint('32'), paint('33'), paint('1')];
  const { diff } = result;
  const lines: string[] = [
    `base ${result.base.sha.slice(0, 12)} (${result.base.description}); ${renderedLine(result)}`,
  ];
  if (!diff.changed) lines.push('no changes to rendered objects');
  for (const cluster of diff.clusters) {
    if (cluster.objects.length === 0) continue;
    lines.push(
      '',
      bold(
        `${cluster.cluster}: ${cluster.added} added, ${cluster.changed} changed, ${cluster.removed} removed`,
      ),
    );
    for (const object of cluster.objects) {
      const sign =
        object.change === 'added' ? green('+') : object.change === 'removed' ? red('-') : yellow('~');
      const where = object.owner ? `  (${formatLocation(object.owner)})` : '';
      lines.push(`${sign} ${describeObject(object.identity)}${where}`);
      for (const line of object.text.split('\n')) {
        if (line === '') continue;
        lines.push(`    ${line.startsWith('+') ? green(line) : line.startsWith('-') ? red(line) : line}`);
      }
      if (object.masked.length > 0)
        lines.push(`    masked (changes on every render): ${object.masked.join(', ')}`);
    }
  }
  if (diff.images.length > 0) {
    lines.push('', bold('images'));
    for (const image of diff.images) {
      lines.push(
        `  ${image.cluster} ${describeObject(image.identity)} ${image.container}: ${image.old ?? '(none)'} → ${image.new ?? '(none)'}`,
      );
    }
  }
  for (const risk of diff.risks) {
    lines.push(`${risk.level === 'error' ? red('risk') : yellow('risk')}: ${risk.cluster} ${risk.message}`);
  }
  for (const failure of diff.failures) {
    lines.push(red(`${failure.side} failed to render ${failure.unit}: ${failure.message}`));
  }
  const report = result.validation?.report;
  if (report !== undefined) {
    lines.push(
      '',
      `validation: ${plural(report.counts.errors, 'error')}, ${plural(report.counts.warnings, 'warning')}`,
    );
    for (const finding of report.findings.filter((f) => f.severity !== 'notice')) {
      lines.push(
        `  ${formatLocation(finding.location)}: ${finding.severity}: ${finding.message} [${finding.ruleId}]`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function renderedLine(result: CheckResult): string {
  const { stats } = result;
  return stats.full
    ? `Every unit rendered on both sides (${plural(stats.units, 'unit')}).`
    : `${plural(stats.affected, 'unit')} of ${stats.units} had changed inputs and were rendered on both sides.`;
}

function fullDiffNoteOf(result: CheckResult, links: CommentLinks): string {
  const where = [
    links.summaryUrl ? `[the job summary](${links.summaryUrl})` : 'the job summary',
    ...(links.artifactUrl ? [`the [diff artifact](${links.artifactUrl})`] : []),
  ].join(' and ');
  return `<sub>Full diff in ${where}. Base \`${result.base.sha.slice(0, 12)}\` (${result.base.description}); ${renderedLine(result)}</sub>`;
}

function validationSummary(result: CheckResult): ValidationSummary | undefined {
  const report = result.validation?.report;
  if (report === undefined) return undefined;
  const shown = report.findings.filter((finding: Finding) => finding.severity !== 'notice');
  return {
    errors: report.counts.errors,
    warnings: report.counts.warnings,
    items: shown.map((finding) => ({
      file: finding.location.file,
      ...(finding.location.line === undefined ? {} : { line: finding.location.line }),
      message: finding.message,
      rule: finding.ruleId,
    })),
  };
}

/** The diff restricted to one cluster, for per-cluster comments. */
function clusterOnly(diff: RenderDiff, cluster: ClusterDiff): RenderDiff {
  const mine = <T extends { cluster: string }>(items: readonly T[]) =>
    items.filter((item) => item.cluster === cluster.cluster);
  const masked = mine(diff.masked);
  return {
    changed: cluster.objects.length > 0,
    totals: {
      added: cluster.added,
      changed: cluster.changed,
      removed: cluster.removed,
      filtered: cluster.filtered,
      masked: masked.reduce((sum, entry) => sum + entry.paths.length, 0),
    },
    clusters: [cluster],
    images: mine(diff.images),
    risks: mine(diff.risks),
    failures: mine(diff.failures),
    masked,
  };
}

function failuresOf(run: CheckResult['headRun']) {
  return {
    failed: run.units
      .filter((unit) => unit.status === 'failed')
      .map((unit) => ({ unit: unit.id, owner: unit.owner, error: unit.error })),
    diagnostics: run.diagnostics,
  };
}
