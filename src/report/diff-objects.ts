/**
 * The per-object part of a diff in Markdown, and how it shrinks to a size: every object's diff cut
 * to fewer lines first, then the objects that still do not fit collapsed to one line each, then
 * those lines dropped with a count. The summary sections come before this and are never dropped.
 */
import type { ObjectChange } from '../core/diff/model.js';
import { formatLocation } from '../core/errors.js';
import { objectTitle } from './diff-sections.js';
import { code, details, escapeMarkdown } from './markdown.js';

/** How much of each object's diff to show: lines, and characters per line. */
export interface EntryCap {
  lines: number;
  width: number;
}

/** Tried in order until every object fits; the first shows everything. */
const CAPS: readonly EntryCap[] = [
  { lines: Number.POSITIVE_INFINITY, width: Number.POSITIVE_INFINITY },
  { lines: 500, width: 1000 },
  { lines: 200, width: 500 },
  { lines: 80, width: 300 },
  { lines: 30, width: 200 },
  { lines: 12, width: 160 },
];

const HEADING = '#### Objects\n\n';
const COLLAPSED_HEADING = '\nNot expanded, to fit the comment:\n\n';
/** Room kept for the closing line that counts what was left out. */
const DROPPED_RESERVE = 100;

export function byteSize(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Bytes the summary leaves for the objects, at least: room for the line counting them. */
export const OBJECTS_RESERVE = 120;

/** The objects' section in at most `budget` UTF-8 bytes; '' when there are none. */
export function objectsSection(objects: readonly ObjectChange[], budget: number): string {
  if (objects.length === 0) return '';
  const room = budget - byteSize(HEADING);
  if (room < DROPPED_RESERVE) {
    const count = `\n_${objects.length} changed object${objects.length === 1 ? '' : 's'} not shown: see the full diff._\n`;
    return byteSize(count) <= budget ? count : '';
  }
  for (const cap of CAPS) {
    const entries = objects.map((object) => objectEntry(object, cap));
    if (sizeOf(entries) <= room) return HEADING + entries.join('');
  }
  const detailed = objects.map((object) => objectEntry(object, CAPS.at(-1) as EntryCap));
  const detailedSizes = detailed.map(byteSize);
  const lines = objects.map(oneLine);
  const lineSizes = lines.map(byteSize);
  const available = room - DROPPED_RESERVE - byteSize(COLLAPSED_HEADING);
  // As many objects expanded as leave room for every later one as a line; the sizes only grow with
  // each object expanded, so the first that does not fit ends the search.
  let expanded = 0;
  let used = lineSizes.reduce((sum, size) => sum + size, 0);
  while (expanded < objects.length) {
    const next = used - (lineSizes[expanded] as number) + (detailedSizes[expanded] as number);
    if (next > available) break;
    used = next;
    expanded++;
  }
  const parts = [HEADING, ...detailed.slice(0, expanded)];
  let listed = expanded;
  if (listed < objects.length) {
    parts.push(COLLAPSED_HEADING);
    let size = detailedSizes.slice(0, expanded).reduce((sum, s) => sum + s, 0);
    while (listed < objects.length && size + (lineSizes[listed] as number) <= available) {
      parts.push(lines[listed] as string);
      size += lineSizes[listed] as number;
      listed++;
    }
  }
  const dropped = objects.length - listed;
  if (dropped > 0)
    parts.push(`\n_… and ${dropped} more object${dropped === 1 ? '' : 's'}: see the full diff._\n`);
  return `${parts.join('')}\n`;
}

function sizeOf(parts: readonly string[]): number {
  return parts.reduce((sum, part) => sum + byteSize(part), 0);
}

function oneLine(object: ObjectChange): string {
  return `- ${escapeMarkdown(objectTitle(object))}${fieldCount(object)}\n`;
}

function fieldCount(object: ObjectChange): string {
  if (object.change !== 'changed') return '';
  return ` (${object.hunks.length} field${object.hunks.length === 1 ? '' : 's'})`;
}

/** A collapsible block: where the object comes from, masked fields, and its diff cut to `cap`. */
export function objectEntry(object: ObjectChange, cap: EntryCap): string {
  const where: string[] = [`unit ${code(object.unit)}`];
  if (object.owner) where.push(`owner ${code(formatLocation(object.owner))}`);
  if (object.source) where.push(`source ${code(object.source)}`);
  if (object.previousApiVersion) where.push(`was ${code(object.previousApiVersion)}`);
  const notes = [where.join(' · ')];
  if (object.sensitive) notes.push('🔒 Values are shown as hashes only.');
  if (object.masked.length > 0) {
    const shown = object.masked.slice(0, 10).map(code).join(', ');
    const rest = object.masked.length > 10 ? ` and ${object.masked.length - 10} more` : '';
    notes.push(`🎲 Changes on every render, masked: ${shown}${rest}`);
  }
  for (const hunk of object.hunks) {
    if (hunk.summary) notes.push(`${code(hunk.path)}: ${escapeMarkdown(hunk.summary)}`);
  }
  const body = `${notes.join('<br>\n')}\n\n${fencedDiff(object.text, cap)}`;
  return details(`${objectTitle(object)}${fieldCount(object)}`, body);
}

/** The diff in a ```diff fence longer than any backtick run inside, cut to `cap`. */
function fencedDiff(text: string, cap: EntryCap): string {
  const all = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  const lines = all.slice(0, cap.lines).map((line) => {
    if (line.length <= cap.width) return line;
    // Cut at a code point boundary: a lone surrogate would not survive the round trip to UTF-8.
    const end = /[\uD800-\uDBFF]/.test(line.charAt(cap.width - 1)) ? cap.width - 1 : cap.width;
    return `${line.slice(0, end)}… (${line.length - end} more characters)`;
  });
  if (all.length > lines.length) lines.push(`… ${all.length - lines.length} more lines`);
  let longest = 0;
  for (const line of lines) {
    for (const run of line.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  }
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}diff\n${lines.join('\n')}\n${fence}`;
}
