/**
 * Small, pure Markdown builders shared by job summaries and pull-request comments.
 * GitHub-flavoured Markdown: tables, <details>, and text escaped so that a value from a manifest
 * can never break the layout or inject HTML.
 */

/** Escapes text for a table cell or a line of prose. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (char) => `\\${char}`)
    .replace(/\r?\n/g, ' ')
    .trim();
}

/** Inline code that survives backticks inside the value. */
export function code(text: string): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}

export type Cell = string | number;

/** A table; cells are escaped unless they are already Markdown (wrap those with `raw`). */
export function table(
  headers: readonly string[],
  rows: readonly (readonly (Cell | RawMarkdown)[])[],
): string {
  const cell = (value: Cell | RawMarkdown) =>
    value instanceof RawMarkdown ? value.text.replace(/\|/g, '\\|') : escapeMarkdown(String(value));
  const lines = [
    `| ${headers.map((header) => escapeMarkdown(header)).join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}

/** A collapsible section. The body is Markdown; a blank line keeps GitHub rendering it as such. */
export function details(summary: string, body: string, options: { open?: boolean } = {}): string {
  return `<details${options.open ? ' open' : ''}><summary>${escapeHtml(summary)}</summary>\n\n${body.trimEnd()}\n\n</details>\n`;
}

export function heading(text: string, level: 1 | 2 | 3 | 4 = 2): string {
  return `${'#'.repeat(level)} ${escapeMarkdown(text)}\n`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Marks text as Markdown already, so `table` does not escape it. */
export class RawMarkdown {
  constructor(readonly text: string) {}
}

export function raw(text: string): RawMarkdown {
  return new RawMarkdown(text);
}

/**
 * Cuts Markdown to at most `limit` characters (GitHub counts UTF-16 code units, as JavaScript does),
 * ending with a note that says what was cut.
 */
export function truncateMarkdown(text: string, limit: number, note = 'truncated'): string {
  if (text.length <= limit) return text;
  const suffix = `\n\n… ${note}\n`;
  let end = Math.max(0, limit - suffix.length);
  // Do not split a surrogate pair.
  if (end > 0 && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  return text.slice(0, end) + suffix;
}
