import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/validate/finding.js';
import { countsLine, formatText } from '../../../src/report/text.js';
import { makeReport, replicasFinding } from './fixtures.js';

const ESC = '\u001b';

describe('text writer', () => {
  it('prints findings grouped by file, worst first, with hints, owners, skipped and CEL rules', () => {
    expect(formatText(makeReport(), { color: false })).toBe(
      [
        'apps/prod/api.yaml:12:13  error    schema  spec.replicas: expected integer, got string',
        '                          hint: Write the number without quotes.',
        'apps/prod/api.yaml:30:1   warning  api/deprecated  autoscaling/v2beta2 is deprecated',
        '',
        'apps/prod/web.yaml:1:1  error    api/removed  networking.k8s.io/v1beta1 Ingress was removed in Kubernetes 1.22; use networking.k8s.io/v1',
        '                        rendered by HelmRelease prod/web (clusters/prod/web.yaml:3:1) from web/templates/ingress.yaml',
        '',
        'skipped (1), not checked:',
        '  apps/prod/widget.yaml:1:1  Widget prod/w: no schema for example.com/v1 Widget',
        '',
        'not evaluated (2 CEL rules):',
        '  2 rules: CEL rules are not evaluated',
        '',
        '2 errors, 1 warning, 1 skipped in 3 files (4 objects)',
        '',
      ].join('\n'),
    );
  });

  it('uses no escape codes unless asked', () => {
    expect(formatText(makeReport(), { color: false })).not.toContain(ESC);
  });

  it('colours severities and the summary line when asked', () => {
    const text = formatText(makeReport(), { color: true });
    expect(text).toContain(`${ESC}[31merror  ${ESC}[0m`);
    expect(text).toContain(`${ESC}[33mwarning${ESC}[0m`);
    expect(text).toContain(`${ESC}[1m${ESC}[31m2 errors, 1 warning`);
    // Without the codes, the coloured output reads the same as the plain one.
    expect(text.replace(new RegExp(`${ESC}\\[\\d+m`, 'g'), '')).toBe(
      formatText(makeReport(), { color: false }),
    );
  });

  it('shows control characters from manifests as text, so they cannot drive the terminal', () => {
    const finding: Finding = {
      ...replicasFinding,
      message: `bad ${ESC}[2J value\nsecond line`,
      hint: undefined,
    };
    const text = formatText(makeReport({ findings: [finding], skipped: [], notEvaluated: [] }), {
      color: false,
    });
    expect(text).not.toContain(ESC);
    expect(text).toContain('bad \\u001b[2J value second line');
  });

  it('prints a clean run as one summary line', () => {
    const report = makeReport({ findings: [], skipped: [], notEvaluated: [] });
    expect(formatText(report, { color: false })).toBe(
      '0 errors, 0 warnings, 0 skipped in 3 files (4 objects)\n',
    );
    expect(formatText(report, { color: true })).toContain(`${ESC}[32m`);
  });

  it('counts in singular and plural, naming notices only when there are some', () => {
    const report = makeReport();
    expect(countsLine({ ...report, counts: { ...report.counts, files: 1, objects: 1, notices: 0 } })).toBe(
      '2 errors, 1 warning, 1 skipped in 1 file (1 object)',
    );
    expect(countsLine({ ...report, counts: { ...report.counts, errors: 1, warnings: 2, notices: 3 } })).toBe(
      '1 error, 2 warnings, 3 notices, 1 skipped in 3 files (4 objects)',
    );
  });
});
