import * as core from '@actions/core';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  /** Relative to the repository root, as GitHub links annotations. */
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
}

export interface AnnotationReport {
  emitted: number;
  /** Annotations GitHub would drop, by level: the summary says how many. */
  omitted: Record<AnnotationLevel, number>;
}

/**
 * GitHub shows at most 10 annotations of each level per step and drops the rest, so the worst are
 * emitted first, and what is left over is counted for the job summary instead of vanishing.
 */
export const ANNOTATIONS_PER_LEVEL = 10;

const ORDER: Record<AnnotationLevel, number> = { error: 0, warning: 1, notice: 2 };

export function planAnnotations(
  annotations: readonly Annotation[],
  perLevel = ANNOTATIONS_PER_LEVEL,
): { emit: Annotation[]; omitted: Record<AnnotationLevel, number> } {
  const sorted = [...annotations].sort(
    (a, b) =>
      ORDER[a.level] - ORDER[b.level] ||
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
  const counts: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const emit: Annotation[] = [];
  for (const annotation of sorted) {
    if (counts[annotation.level] < perLevel) {
      counts[annotation.level]++;
      emit.push(annotation);
    } else {
      omitted[annotation.level]++;
    }
  }
  return { emit, omitted };
}

export function emitAnnotations(
  annotations: readonly Annotation[],
  perLevel = ANNOTATIONS_PER_LEVEL,
): AnnotationReport {
  const { emit, omitted } = planAnnotations(annotations, perLevel);
  for (const annotation of emit) {
    const properties: core.AnnotationProperties = {
      ...(annotation.title === undefined ? {} : { title: annotation.title }),
      ...(annotation.file === undefined ? {} : { file: annotation.file }),
      ...(annotation.line === undefined ? {} : { startLine: annotation.line }),
      ...(annotation.endLine === undefined ? {} : { endLine: annotation.endLine }),
      ...(annotation.column === undefined ? {} : { startColumn: annotation.column }),
    };
    const write =
      annotation.level === 'error' ? core.error : annotation.level === 'warning' ? core.warning : core.notice;
    write(annotation.message, properties);
  }
  return { emitted: emit.length, omitted };
}
