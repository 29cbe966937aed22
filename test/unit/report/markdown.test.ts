import { describe, expect, it } from 'vitest';
import { code, details, escapeMarkdown, raw, table, truncateMarkdown } from '../../../src/report/markdown.js';

describe('markdown', () => {
  it('escapes table-breaking and HTML characters in cells', () => {
    expect(
      table(
        ['name', 'value'],
        [
          ['a|b', '<script>'],
          [raw('`x`'), 3],
        ],
      ),
    ).toBe('| name | value |\n| --- | --- |\n| a\\|b | \\<script\\> |\n| `x` | 3 |\n');
  });

  it('keeps newlines from breaking a row', () => {
    expect(escapeMarkdown('line one\nline two')).toBe('line one line two');
  });

  it('fences inline code longer than any backtick run inside it', () => {
    expect(code('a `b` c')).toBe('``a `b` c``');
    expect(code('`edge')).toBe('`` `edge ``');
  });

  it('escapes the summary of a details block', () => {
    expect(details('<b>x</b>', 'body')).toBe(
      '<details><summary>&#60;b&#62;x&#60;/b&#62;</summary>\n\nbody\n\n</details>\n',
    );
  });

  it('truncates to the limit with a note and never splits a surrogate pair', () => {
    const text = `${'a'.repeat(30)}😀${'b'.repeat(30)}`;
    for (let limit = 20; limit < text.length; limit++) {
      const cut = truncateMarkdown(text, limit, 'cut');
      expect(cut.length).toBeLessThanOrEqual(limit);
      expect(cut).toMatch(/… cut\n$/);
      expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
    expect(truncateMarkdown('short', 100)).toBe('short');
  });
});
