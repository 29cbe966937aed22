import { formatLocation } from '../core/errors.js';
import { describeObject, type ObjectIdentity, objectKey } from '../core/manifest/identity.js';
import {
  compareFindings,
  type FailOn,
  type Finding,
  failsRun,
  type ValidationReport,
} from '../core/validate/finding.js';
import { describeOwner } from './text.js';
import { element, escapeXml, XML_DECLARATION } from './xml.js';

/**
 * The JUnit XML writer, for test reporters (dorny/test-reporter, mikepenz/action-junit-report).
 *
 * One `<testsuite>` per file and one `<testcase>` per object checked in it. Both reporters show a
 * table row per suite with its pass, fail and skip counts, and a failure under its suite: grouped
 * by file, a row is something a person opens and fixes, and every object appears exactly once, so
 * the ones that passed show as passed. Grouped by rule, a passing object would belong to every
 * suite or to none.
 */
export interface CheckedObject {
  /** The repository-relative file the object was read from (for rendered objects, the source traced to). */
  file: string;
  identity: ObjectIdentity;
}

export interface JunitOptions {
  /** Every object that was validated, so that the ones without findings show as passed tests. */
  checked: readonly CheckedObject[];
  /** Which findings fail a test case, as `--fail-on` decides which fail the run. Default `error`. */
  failOn?: FailOn;
}

interface Case {
  file: string;
  name: string;
  findings: Finding[];
  skipped?: string;
}

export function formatJunit(report: ValidationReport, options: JunitOptions): string {
  const failOn = options.failOn ?? 'error';
  const cases = new Map<string, Case>();
  const keyOf = (file: string, identity: ObjectIdentity | undefined) =>
    `${file}\n${identity === undefined ? '' : objectKey(identity)}`;

  for (const entry of options.checked) {
    const key = keyOf(entry.file, entry.identity);
    if (!cases.has(key))
      cases.set(key, { file: entry.file, name: describeObject(entry.identity), findings: [] });
  }
  // A finding traced to another file than its object was read from still belongs to that object,
  // when only one checked object has its identity.
  const soleFile = new Map<string, string | null>();
  for (const entry of options.checked) {
    const key = objectKey(entry.identity);
    soleFile.set(key, soleFile.has(key) && soleFile.get(key) !== entry.file ? null : entry.file);
  }

  for (const finding of [...report.findings].sort(compareFindings)) {
    const identity = finding.object;
    let key = keyOf(finding.location.file, identity);
    const elsewhere = identity && soleFile.get(objectKey(identity));
    if (!cases.has(key) && elsewhere) key = keyOf(elsewhere, identity);
    let testCase = cases.get(key);
    if (testCase === undefined) {
      const name = identity ? describeObject(identity) : '(whole file)';
      testCase = { file: finding.location.file, name, findings: [] };
      cases.set(key, testCase);
    }
    testCase.findings.push(finding);
  }

  for (const entry of report.skipped) {
    const key = keyOf(entry.location.file, entry.object);
    const existing = cases.get(key);
    if (existing && entry.object) existing.skipped = entry.reason;
    else {
      const at = entry.location.line === undefined ? '' : ` at line ${entry.location.line}`;
      const name = entry.object ? describeObject(entry.object) : `document${at}`;
      cases.set(`${key}\n${cases.size}`, {
        file: entry.location.file,
        name,
        findings: [],
        skipped: entry.reason,
      });
    }
  }

  const byFile = new Map<string, Case[]>();
  for (const testCase of cases.values()) {
    const list = byFile.get(testCase.file) ?? [];
    list.push(testCase);
    byFile.set(testCase.file, list);
  }

  let tests = 0;
  let failures = 0;
  let skipped = 0;
  const suites = [...byFile]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([file, list]) => {
      const body = list.map((testCase) => testCaseXml(testCase, failOn));
      const failed = list.filter((testCase) => isFailure(testCase, failOn)).length;
      const skip = list.filter((testCase) => isSkipped(testCase, failOn)).length;
      tests += list.length;
      failures += failed;
      skipped += skip;
      const attributes = {
        name: file,
        tests: list.length,
        failures: failed,
        errors: 0,
        skipped: skip,
        time: 0,
      };
      return element('testsuite', attributes, `\n${body.join('\n')}\n  `).replace(/^/, '  ');
    });

  const root = { name: 'gitops-actions validate', tests, failures, errors: 0, skipped, time: 0 };
  return `${XML_DECLARATION}${element('testsuites', root, `\n${suites.join('\n')}\n`)}\n`;
}

/**
 * A failing finding makes the case a failure even when part of the object could not be checked
 * (a removed API has no schema to check it against, and its removal is exactly the failure).
 */
function isFailure(testCase: Case, failOn: FailOn): boolean {
  return failsRun(testCase.findings, failOn);
}

function isSkipped(testCase: Case, failOn: FailOn): boolean {
  return testCase.skipped !== undefined && !isFailure(testCase, failOn);
}

function testCaseXml(testCase: Case, failOn: FailOn): string {
  const failing = testCase.findings.filter((finding) => failsRun([finding], failOn));
  const first = failing[0];
  const attributes = {
    name: testCase.name,
    classname: testCase.file,
    // mikepenz/action-junit-report annotates at these; other reporters ignore them.
    file: first?.location.file ?? testCase.file,
    line: first?.location.line,
    time: 0,
  };
  let children = '';
  if (first === undefined && testCase.skipped !== undefined) {
    children = element('skipped', { message: testCase.skipped });
  } else if (first !== undefined) {
    const message = `${first.ruleId}: ${first.message}${failing.length > 1 ? ` (and ${failing.length - 1} more)` : ''}`;
    children = element(
      'failure',
      { message, type: first.ruleId },
      escapeXml(findingLines(testCase.findings)),
    );
  } else if (testCase.findings.length > 0) {
    // Findings below the fail level are still worth reading next to a passing test.
    children = element('system-out', {}, escapeXml(findingLines(testCase.findings)));
  }
  return `    ${element('testcase', attributes, children === '' ? undefined : `\n      ${children}\n    `)}`;
}

/** The same `file:line:col  severity  ruleId  message` lines as the terminal, hints indented below. */
function findingLines(findings: readonly Finding[]): string {
  return findings
    .map((finding) => {
      const lines = [
        `${formatLocation(finding.location)}  ${finding.severity}  ${finding.ruleId}  ${finding.message}`,
      ];
      if (finding.owner) lines.push(`  ${describeOwner(finding.owner)}`);
      if (finding.hint !== undefined) lines.push(`  hint: ${finding.hint}`);
      return lines.join('\n');
    })
    .join('\n');
}
