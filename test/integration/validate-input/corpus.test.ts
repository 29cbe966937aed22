import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ValidationReport } from '../../../src/core/validate/finding.js';
import { validateInputs } from '../../../src/core/validate/input/validate-inputs.js';
import { repoRoot } from '../../support/paths.js';
import { describeFinding, fluxOptions } from './support.js';

const corpus = path.join(repoRoot, 'test', 'fixtures', 'validate', 'corpus');

/**
 * Every case states what it must produce in `# expect: <ruleId> at <line>[:<col>]` lines (in a
 * `<file>.expect` beside a JSON file, which has no comments). Text after the position is a note
 * for the reader, except `(first at line N)`, which the duplicate-key message must contain.
 */
function expectations(file: string): { finding: string; note: string }[] {
  const sidecar = path.join(corpus, `${file}.expect`);
  const text = readFileSync(existsSync(sidecar) ? sidecar : path.join(corpus, file), 'utf8');
  return [...text.matchAll(/^# expect: (\S+ at \d+(?::\d+)?)(.*)$/gm)].map((match) => ({
    finding: match[1] as string,
    note: (match[2] as string).trim(),
  }));
}

const cases = readdirSync(corpus)
  .filter((name) => /\.(ya?ml|json)$/.test(name))
  .sort();

let report: ValidationReport;

beforeAll(async () => {
  report = await validateInputs(fluxOptions(corpus, ['.']));
});

describe('the broken-manifest corpus', () => {
  it('has cases, and every case states at least one expectation', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    for (const file of cases) expect(expectations(file), file).not.toEqual([]);
  });

  it.each(cases)('%s: reports exactly the stated rules at the stated lines', (file) => {
    const expected = expectations(file);
    const found = report.findings.filter((finding) => finding.location.file === file);
    // A stated line without a column matches any column on that line.
    const actual = found.map((finding) => {
      const stated = expected.find((entry) =>
        entry.finding.startsWith(`${finding.ruleId} at ${finding.location.line}`),
      );
      return stated !== undefined && !stated.finding.includes(':', stated.finding.indexOf(' at '))
        ? `${finding.ruleId} at ${finding.location.line}`
        : describeFinding(finding);
    });
    expect(actual.sort(), JSON.stringify(found, null, 2)).toEqual(
      expected.map((entry) => entry.finding).sort(),
    );
    for (const { finding, note } of expected) {
      const first = /\(first at line (\d+)\)/.exec(note)?.[1];
      if (first === undefined) continue;
      const match = found.find((candidate) => describeFinding(candidate) === finding);
      expect(match?.message).toContain(`first at line ${first}`);
    }
  });
});
