import { formatLocation } from '../../core/errors.js';
import type { RenderIndex, RenderRun, RenderUnit, UnitKind } from '../../core/render/index.js';
import { failureText } from '../../core/render/index.js';
import { code, details, heading, raw, table } from '../../report/markdown.js';
import type { Annotation } from '../shared/annotations.js';

/** How many of the slowest units the summary lists. */
const SLOWEST = 5;

/** The order unit kinds are listed in: Flux, then Argo CD, then configured charts. */
const KINDS: readonly UnitKind[] = ['Kustomization', 'ResourceSet', 'HelmRelease', 'Application', 'Chart'];

/**
 * The job summary: a table per cluster (a configured chart's environment is one), the units by kind
 * (Flux Kustomizations and HelmReleases, Argo CD Applications, configured Charts), the slowest
 * units, and every failure in full.
 */
export function renderSummary(run: RenderRun, index: RenderIndex, omittedAnnotations: number): string {
  const parts = [heading('GitOps render')];
  parts.push(
    table(
      ['Cluster', 'Units', 'Cached', 'Objects', 'Failures'],
      index.clusters.map((cluster) => [
        cluster.name,
        cluster.units,
        run.units.filter((unit) => unit.cluster === cluster.name && unit.status === 'cached').length,
        cluster.objects,
        cluster.failed,
      ]),
    ),
  );
  const kinds = KINDS.map((kind) => [kind, run.units.filter((unit) => unit.kind === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${kind}`);
  if (kinds.length > 0) parts.push(`Units by kind: ${kinds.join(', ')}.\n`);
  const slowest = [...run.units]
    .filter((unit) => unit.durationMs > 0)
    .sort((a, b) => b.durationMs - a.durationMs)
    .slice(0, SLOWEST);
  if (slowest.length > 0) {
    parts.push(heading('Slowest units', 3));
    parts.push(
      table(
        ['Unit', 'Chart', 'Status', 'Seconds'],
        slowest.map((unit) => [
          raw(code(unit.id)),
          unit.chart ? `${unit.chart.name} ${unit.chart.version}` : '',
          unit.status,
          (unit.durationMs / 1000).toFixed(2),
        ]),
      ),
    );
  }
  const failed = run.units.filter((unit) => unit.status === 'failed');
  if (failed.length > 0) {
    parts.push(
      details(
        `${failed.length} failed units`,
        failed.map((unit) => `\`\`\`\n${failureText(unit)}\n\`\`\``).join('\n\n'),
        { open: true },
      ),
    );
  }
  const problems = run.diagnostics.filter(
    (d) => d.unit === undefined || !failed.some((unit) => unit.id === d.unit),
  );
  if (problems.length > 0) {
    parts.push(
      details(
        `${problems.length} warnings and errors`,
        table(
          ['Cluster', 'Severity', 'Where', 'Message'],
          problems.map((d) => [
            d.cluster,
            d.severity,
            d.location ? formatLocation(d.location) : '',
            d.message,
          ]),
        ),
      ),
    );
  }
  if (omittedAnnotations > 0) {
    parts.push(
      `${omittedAnnotations} annotations were left out (GitHub shows 10 per level); they are listed above.\n`,
    );
  }
  return parts.join('\n');
}

/** An error at the owner's file:line for every failed unit; warnings for the run's other problems. */
export function renderAnnotations(run: RenderRun): Annotation[] {
  const failed = run.units.filter((unit) => unit.status === 'failed');
  const forUnits = failed.map(
    (unit: RenderUnit): Annotation => ({
      level: 'error',
      title: `${unit.kind} ${unit.namespace}/${unit.name} failed to render (${unit.cluster})`,
      message: [
        unit.error?.message ?? 'failed',
        ...(unit.chain.length > 0 ? [`Applied by: ${unit.chain.join(' → ')}`] : []),
        ...(unit.error?.hint ? [unit.error.hint] : []),
      ].join('\n'),
      ...(unit.owner ? { file: unit.owner.file, ...(unit.owner.line ? { line: unit.owner.line } : {}) } : {}),
    }),
  );
  const others = run.diagnostics
    .filter((d) => d.unit === undefined || !failed.some((unit) => unit.id === d.unit))
    .map(
      (d): Annotation => ({
        level: d.severity,
        title: `render: ${d.code} (${d.cluster})`,
        message: d.hint ? `${d.message}\n${d.hint}` : d.message,
        ...(d.location
          ? { file: d.location.file, ...(d.location.line ? { line: d.location.line } : {}) }
          : {}),
      }),
    );
  return [...forUnits, ...others];
}
