import { GitopsError, type SourceLocation } from '../errors.js';

/**
 * A change to one file, computed first and applied last (ARCHITECTURE.md, "Edits are data").
 *
 * Offsets are UTF-16 code-unit indices into the file's text as decoded from UTF-8: the units of
 * JavaScript strings and of the `yaml` package's node ranges, so an edit is built from a node
 * without conversion. Bytes are still preserved: `writeEdits` only edits files whose bytes
 * round-trip through that decoding, so everything outside the ranges is written back unchanged.
 */
export interface Edit {
  /** Path relative to the repository root, with `/` separators. */
  file: string;
  range: { start: number; end: number };
  /** The text the range holds now; applying checks it, so a file changed meanwhile is refused. */
  old: string;
  new: string;
}

export type EditErrorReason = 'overlap' | 'stale' | 'range' | 'unsupported' | 'path' | 'encoding';

/** An edit that cannot be applied safely. Nothing is written when one is thrown. */
export class EditError extends GitopsError {
  override readonly name = 'EditError';
  constructor(
    readonly reason: EditErrorReason,
    message: string,
    options: { location?: SourceLocation; hint?: string } = {},
  ) {
    super(message, options);
  }
}

/** 1-based line and column of an offset, for error messages about text without a parsed tree. */
export function locationInText(file: string, text: string, offset: number): SourceLocation {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { file, line, column: offset - lineStart + 1 };
}

/**
 * Applies the edits of one file to its text. The edits may come in any order; they must not
 * overlap (two edits of the same characters mean two writers disagree, and picking one would hide
 * that), and each `old` must still be what the text holds at its range.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return text;
  const file = edits[0]?.file ?? '';
  for (const edit of edits) {
    if (edit.file !== file) {
      throw new EditError('range', `edits for ${file} and ${edit.file} cannot be applied to one text`);
    }
    const { start, end } = edit.range;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
      throw new EditError(
        'range',
        `edit range ${start}..${end} lies outside the file (${text.length} characters)`,
        {
          location: { file },
        },
      );
    }
  }
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  let previous: Edit | undefined;
  for (const edit of sorted) {
    if (previous !== undefined && overlaps(previous, edit)) {
      throw new EditError(
        'overlap',
        `two edits change the same text: ${describe(previous)} and ${describe(edit)}`,
        {
          location: locationInText(file, text, edit.range.start),
          hint: 'Two updates target the same value; keep one of them.',
        },
      );
    }
    const actual = text.slice(edit.range.start, edit.range.end);
    if (actual !== edit.old) {
      throw new EditError(
        'stale',
        `expected ${JSON.stringify(edit.old)} but the file holds ${JSON.stringify(actual)}`,
        {
          location: locationInText(file, text, edit.range.start),
          hint: 'The file changed after the edits were computed; compute them again from the current file.',
        },
      );
    }
    previous = edit;
  }
  let result = '';
  let cursor = 0;
  for (const edit of sorted) {
    result += text.slice(cursor, edit.range.start) + edit.new;
    cursor = edit.range.end;
  }
  return result + text.slice(cursor);
}

function overlaps(a: Edit, b: Edit): boolean {
  if (b.range.start < a.range.end) return true;
  // Two insertions at one point have no defined order.
  return a.range.start === a.range.end && b.range.start === b.range.end && a.range.start === b.range.start;
}

function describe(edit: Edit): string {
  return `${edit.range.start}..${edit.range.end} → ${JSON.stringify(edit.new)}`;
}
