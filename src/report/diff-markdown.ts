/**
 * A render diff as Markdown: the sticky pull-request comment, kept under GitHub's 65,536-character
 * limit, and the full version for the job summary and the diff file. Both come from the same
 * builder: the comment cuts long lists and shrinks object diffs to fit, the full one shows all.
 */
import type { RenderDiff } from '../core/diff/model.js';
import { UsageError } from '../core/errors.js';
import { byteSize, OBJECTS_RESERVE, objectsSection } from './diff-objects.js';
import {
  COMMENT_LIMITS,
  clusterTables,
  failuresSection,
  headline,
  imagesSection,
  NO_LIMITS,
  risksSection,
  type SectionLimits,
  type ValidationSummary,
  validationSection,
} from './diff-sections.js';

export type { ValidationSummary } from './diff-sections.js';

/** GitHub refuses issue comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

export interface DiffMarkdownOptions {
  /** The hidden line the sticky comment is found by (`<!-- gitops-actions:check -->`); written first. */
  marker?: string;
  /** Markdown saying where the full diff is (job summary, artifact): always written, last. */
  fullDiffNote?: string;
  /** What validation found, as a short section after the failures. */
  validation?: ValidationSummary;
  /**
   * The most UTF-8 bytes to write. Bytes are never fewer than characters, so this bounds both
   * GitHub's comment limit (characters) and its job-summary limit (bytes).
   */
  maxLength?: number;
}

/** The sticky comment: at most `maxLength` (default 65,536), lists cut, object diffs shrunk to fit. */
export function diffMarkdown(diff: RenderDiff, options: DiffMarkdownOptions = {}): string {
  return build(diff, options, COMMENT_LIMITS, options.maxLength ?? COMMENT_LIMIT);
}

/** Everything, for the job summary or a file; cut only to `maxLength` when given. */
export function fullDiffMarkdown(diff: RenderDiff, options: DiffMarkdownOptions = {}): string {
  return build(diff, options, NO_LIMITS, options.maxLength ?? Number.POSITIVE_INFINITY);
}

function build(
  diff: RenderDiff,
  options: DiffMarkdownOptions,
  limits: SectionLimits,
  maxLength: number,
): string {
  const head = options.marker === undefined ? '' : `${options.marker}\n`;
  const tail = options.fullDiffNote === undefined ? '' : `\n---\n${options.fullDiffNote.trim()}\n`;
  const fixed = byteSize(head) + byteSize(tail);
  if (fixed > maxLength) {
    throw new UsageError(
      `the marker and the full-diff note alone take ${fixed} bytes, over the limit of ${maxLength}`,
      {
        hint: 'Shorten the note, or raise maxLength.',
      },
    );
  }
  const summary = [
    headline(diff),
    clusterTables(diff),
    imagesSection(diff.images, limits.images),
    risksSection(diff.risks, limits.risks),
    failuresSection(diff.failures, limits.failures),
    validationSection(options.validation, limits.validation),
  ].join('');
  const objects = diff.clusters.flatMap((cluster) => cluster.objects);
  const fittedSummary = fitBytes(summary, maxLength - fixed - (objects.length > 0 ? OBJECTS_RESERVE : 0));
  const objectsPart = objectsSection(objects, maxLength - fixed - byteSize(fittedSummary));
  return head + fittedSummary + objectsPart + tail;
}

/**
 * The text whole, or cut at a line end to fit `limit` bytes with a note saying so. Reached only
 * when the summary alone overflows: thousands of clusters or a tiny `maxLength`.
 */
function fitBytes(text: string, limit: number): string {
  if (byteSize(text) <= limit) return text;
  const note = '\n_… the summary is cut here to fit; see the full diff._\n\n';
  const room = limit - byteSize(note);
  if (room <= 0) return '';
  let end = text.lastIndexOf('\n', room);
  while (end > 0 && byteSize(text.slice(0, end + 1)) > room) end = text.lastIndexOf('\n', end - 1);
  return end > 0 ? text.slice(0, end + 1) + note : '';
}
