import type { Finding } from '../../core/validate/finding.js';
import { describeOwner } from '../../report/text.js';
import { type Annotation, type AnnotationReport, emitAnnotations } from './annotations.js';

/**
 * Findings as workflow annotations: the rule id as the title, the message (with where a rendered
 * object came from, and the hint) as the text, at the finding's file, line and column.
 */
export function findingsToAnnotations(findings: readonly Finding[]): Annotation[] {
  return findings.map((finding) => {
    const lines = [finding.message];
    // The annotation sits on the rendered object's source; say which release or Kustomization made it.
    if (finding.owner) lines.push(`Object ${describeOwner(finding.owner)}.`);
    if (finding.hint) lines.push(finding.hint);
    return {
      level: finding.severity,
      message: lines.join('\n'),
      title: finding.ruleId,
      file: finding.location.file,
      ...(finding.location.line === undefined ? {} : { line: finding.location.line }),
      ...(finding.location.column === undefined ? {} : { column: finding.location.column }),
    };
  });
}

/**
 * Emits the worst findings as annotations, within GitHub's per-level cap. The returned `omitted`
 * counts go to `findingsSummary` so the job summary says what the annotations left out.
 */
export function annotateFindings(findings: readonly Finding[]): AnnotationReport {
  return emitAnnotations(findingsToAnnotations(findings));
}
