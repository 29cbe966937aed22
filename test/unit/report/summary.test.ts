import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/validate/finding.js';
import { findingsSummary, SUMMARY_BUDGET } from '../../../src/report/summary.js';
import { makeReport, manyFindings, replicasFinding } from './fixtures.js';

const none = { error: 0, warning: 0, notice: 0 };

describe('findings job summary', () => {
  it('opens with the counts and tables by rule and by kind', () => {
    const markdown = findingsSummary(makeReport(), { omittedAnnotations: none });
    expect(
      markdown.startsWith('## Validation\n\n**❌ 2 errors, 1 warning, 1 skipped in 3 files (4 objects)**\n'),
    ).toBe(true);
    expect(markdown).toContain(
      '| Rule | Name | Errors | Warnings | Notices |\n| --- | --- | --- | --- | --- |\n' +
        '| `api/removed` | Removed API | 1 | 0 | 0 |\n| `schema` | Schema | 1 | 0 | 0 |\n' +
        '| `api/deprecated` | Deprecated API | 0 | 1 | 0 |\n',
    );
    expect(markdown).toContain(
      '| Deployment | 1 | 0 | 0 |\n| Ingress | 1 | 0 | 0 |\n| HorizontalPodAutoscaler | 0 | 1 | 0 |',
    );
    expect(markdown).toContain(
      '| `apps/prod/widget.yaml:1:1` | Widget prod/w | no schema for example.com/v1 Widget |',
    );
    expect(markdown).toContain('| CEL rules are not evaluated | 2 |');
    expect(markdown).not.toContain('not shown as annotations');
  });

  it('says how many findings the annotations left out', () => {
    const markdown = findingsSummary(makeReport(), {
      omittedAnnotations: { error: 12, warning: 1, notice: 0 },
    });
    expect(markdown).toContain(
      '> 12 errors and 1 warning were not shown as annotations: GitHub shows 10 of each level',
    );
    const one = findingsSummary(makeReport(), { omittedAnnotations: { error: 0, warning: 0, notice: 1 } });
    expect(one).toContain('> 1 notice was not shown as annotations');
  });

  it('lists findings per file in collapsible sections', () => {
    const markdown = findingsSummary(makeReport(), { omittedAnnotations: none });
    expect(markdown).toContain(
      '<details><summary>apps/prod/api.yaml: 1 error, 1 warning</summary>\n\n' +
        '- **error** `schema` line 12: spec.replicas: expected integer, got string<br>Write the number without quotes.\n' +
        '- **warning** `api/deprecated` line 30: autoscaling/v2beta2 is deprecated\n\n</details>\n',
    );
  });

  it('escapes manifest text so it cannot break a table or inject HTML', () => {
    const finding: Finding = { ...replicasFinding, message: 'a|b <script>x</script>', hint: undefined };
    const markdown = findingsSummary(makeReport({ findings: [finding] }), { omittedAnnotations: none });
    expect(markdown).toContain('| a\\|b \\<script\\>x\\</script\\> |');
    expect(markdown).not.toContain('<script>');
  });

  it('says a clean run is clean, with no tables', () => {
    const report = makeReport({ findings: [], skipped: [], notEvaluated: [] });
    expect(findingsSummary(report, { omittedAnnotations: none })).toBe(
      '## Validation\n\n**✅ 0 errors, 0 warnings, 0 skipped in 3 files (4 objects)**\n\n',
    );
  });

  it('keeps 10,000 findings under its byte budget, worst listed first, and says what it cut', () => {
    const findings = manyFindings(10_000);
    const report = makeReport({ findings });
    const markdown = findingsSummary(report, {
      omittedAnnotations: { error: 3324, warning: 3323, notice: 3323 },
    });
    expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThanOrEqual(SUMMARY_BUDGET);
    expect(markdown).toContain('### Worst 50 findings');
    expect(markdown).toContain('| `rule-0` |');
    expect(markdown).toMatch(/_Shortened to fit the job summary: \d+ files with findings not detailed\._\n$/);
  });

  it('cuts tables at a row boundary when the budget is small', () => {
    const markdown = findingsSummary(makeReport({ findings: manyFindings(500) }), {
      omittedAnnotations: none,
      budget: 4_000,
    });
    expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThanOrEqual(4_000);
    expect(markdown).toMatch(/table rows? left out/);
    for (const line of markdown.split('\n').filter((l) => l.startsWith('|')))
      expect(line.endsWith('|')).toBe(true);
  });
});
