import { GitopsError } from '../errors.js';

/**
 * A template that does not parse or does not execute. The message is Go's own text, position
 * included (`template: msg:3:14: executing "msg" at <.X>: ...`), so it reads the same as Flux's.
 */
export class TemplateError extends GitopsError {
  override readonly name = 'TemplateError';
}

/** 1-based line of a string index, as Go counts newlines before the byte offset. */
export function lineAt(text: string, pos: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < pos; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Go's ErrorContext column: the 0-based byte offset within the line, except on the first line,
 * where it is the byte offset itself (the same number). UTF-8 bytes, not UTF-16 units.
 */
export function byteColumn(text: string, pos: number): number {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  return new TextEncoder().encode(text.slice(lineStart, pos)).length;
}
