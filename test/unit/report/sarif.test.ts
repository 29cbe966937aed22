import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/validate/finding.js';
import { buildSarif, formatSarif, SARIF_LIMITS } from '../../../src/report/sarif.js';
import { artifactUri, FINGERPRINT_KEY, findingIdentity } from '../../../src/report/sarif-identity.js';
import { VERSION } from '../../../src/version.js';
import { makeReport, manyFindings, removedFinding, replicasFinding, schemaRule } from './fixtures.js';

const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
// `unicodeRegExp: false`: the schema's language pattern has a stray `]` that only non-unicode
// regular expressions accept, as JSON Schema's ECMA-262 patterns were read when it was written.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
// The official file declares draft-04, which Ajv 8 does not ship. Its only draft-04-only keyword is
// the top-level `id`; everything else it uses (no boolean exclusiveMinimum) reads the same in
// draft-07, so it is compiled as draft-07 with `id` renamed to `$id`.
const { $schema: _draft04, id, ...schema } = JSON.parse(readFileSync(schemaPath, 'utf8'));
const validate = ajv.compile({ $id: id, ...schema });

function schemaErrors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

function onlyRun(log: Sarif.Log): Sarif.Run {
  expect(log.runs).toHaveLength(1);
  const run = log.runs[0];
  if (!run) throw new Error('no run');
  return run;
}

describe('SARIF writer', () => {
  it('writes a log the official SARIF 2.1.0 schema accepts', () => {
    const text = formatSarif(makeReport(), { sourceRoot: '/home/runner/work/fleet' });
    expect(schemaErrors(JSON.parse(text))).toEqual([]);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('has a schema check that rejects a broken log, so the check above can fail', () => {
    const log = JSON.parse(formatSarif(makeReport())) as Sarif.Log;
    const result = onlyRun(log).results?.[0] as unknown as Record<string, unknown>;
    result.level = 'fatal';
    delete result.message;
    const errors = schemaErrors(log);
    expect(errors.some((e) => e.includes('/runs/0/results/0/level'))).toBe(true);
    expect(errors.some((e) => e.includes("must have required property 'message'"))).toBe(true);
  });

  it('describes the tool and every rule, with results pointing at them by index', () => {
    const run = onlyRun(buildSarif(makeReport()));
    const driver = run.tool.driver;
    expect(driver).toMatchObject({
      name: 'gitops-actions',
      version: VERSION,
      informationUri: 'https://github.com/gitops-actions/gitops-actions',
    });
    expect(driver.rules?.map((rule) => rule.id)).toEqual(['api/deprecated', 'api/removed', 'schema']);
    expect(driver.rules?.[2]).toEqual({
      id: 'schema',
      name: 'Schema',
      shortDescription: { text: 'Schema' },
      fullDescription: { text: schemaRule.description },
      help: { text: schemaRule.help, markdown: schemaRule.help },
      defaultConfiguration: { level: 'error' },
      helpUri: schemaRule.helpUri,
    });
    for (const result of run.results ?? []) {
      expect(driver.rules?.[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
    }
  });

  it('maps severities to levels and orders results worst first', () => {
    const run = onlyRun(
      buildSarif(makeReport({ findings: [{ ...replicasFinding, severity: 'notice' }, removedFinding] })),
    );
    expect(run.results?.map((r) => r.level)).toEqual(['error', 'note']);
  });

  it('locates a result by repository-relative URI under %SRCROOT%, with line and column', () => {
    const run = onlyRun(
      buildSarif(makeReport({ findings: [replicasFinding] }), { sourceRoot: '/w/my repo' }),
    );
    expect(run.results?.[0]).toMatchObject({
      ruleId: 'schema',
      message: { text: 'spec.replicas: expected integer, got string\nWrite the number without quotes.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'apps/prod/api.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 12, startColumn: 13 },
          },
        },
      ],
    });
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///w/my%20repo/' } });
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('describes %SRCROOT% without a URI when the root is not known', () => {
    const run = onlyRun(buildSarif(makeReport()));
    expect(run.originalUriBaseIds?.['%SRCROOT%']).toEqual({
      description: { text: 'The root of the repository.' },
    });
  });

  it('points a whole-file finding at line 1, since GitHub needs a line', () => {
    const finding: Finding = { ...replicasFinding, location: { file: 'apps/empty.yaml' } };
    const region = onlyRun(buildSarif(makeReport({ findings: [finding] }))).results?.[0]?.locations?.[0]
      ?.physicalLocation?.region;
    expect(region).toEqual({ startLine: 1 });
  });

  it('links the owner of a rendered object as a related location, escaping brackets in the message', () => {
    const finding: Finding = { ...removedFinding, message: 'spec.rules[0] uses a removed API' };
    const result = onlyRun(buildSarif(makeReport({ findings: [finding] }))).results?.[0];
    expect(result?.message.text).toBe(
      'spec.rules\\[0\\] uses a removed API Rendered by [HelmRelease prod/web](1) from template web/templates/ingress.yaml.',
    );
    expect(result?.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'clusters/prod/web.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 3, startColumn: 1 },
        },
        message: { text: 'HelmRelease prod/web' },
      },
    ]);
  });

  it('leaves brackets alone when the message embeds no link', () => {
    const finding: Finding = {
      ...replicasFinding,
      message: 'spec.containers[0].image is empty',
      hint: undefined,
    };
    const result = onlyRun(buildSarif(makeReport({ findings: [finding] }))).results?.[0];
    expect(result?.message.text).toBe('spec.containers[0].image is empty');
    expect(result?.relatedLocations).toBeUndefined();
  });

  it('gives a rule that registered no metadata a descriptor, so ruleIndex stays valid', () => {
    const finding: Finding = { ...replicasFinding, ruleId: 'flux/source-ref' };
    const log = buildSarif(makeReport({ findings: [finding], rules: [] }));
    const run = onlyRun(log);
    expect(run.tool.driver.rules?.map((r) => r.id)).toEqual(['flux/source-ref']);
    expect(run.results?.[0]?.ruleIndex).toBe(0);
    expect(schemaErrors(log)).toEqual([]);
  });

  it('cuts descriptions at GitHub’s 1,000 characters and drops a helpUri that is not absolute', () => {
    const rule = { ...schemaRule, description: 'x'.repeat(1500), helpUri: 'docs/rules/schema.md' };
    const log = buildSarif(makeReport({ rules: [rule], findings: [replicasFinding] }));
    const descriptor = onlyRun(log).tool.driver.rules?.[0];
    expect(descriptor?.fullDescription?.text).toHaveLength(SARIF_LIMITS.description);
    expect(descriptor?.fullDescription?.text.endsWith('…')).toBe(true);
    expect(descriptor?.helpUri).toBeUndefined();
    expect(schemaErrors(log)).toEqual([]);
  });
});

describe('SARIF artifact URIs', () => {
  it('percent-encodes spaces and non-ASCII characters segment by segment', () => {
    expect(artifactUri('apps/my app/välues ü.yaml')).toBe('apps/my%20app/v%C3%A4lues%20%C3%BC.yaml');
    expect(artifactUri('apps/日本/a#b?c%d.yaml')).toBe('apps/%E6%97%A5%E6%9C%AC/a%23b%3Fc%25d.yaml');
  });

  it('uses forward slashes, drops a leading ./ and keeps a colon from reading as a scheme', () => {
    expect(artifactUri('.\\apps\\web.yaml')).toBe('apps/web.yaml');
    expect(artifactUri('./c:weird/x.yaml')).toBe('c%3Aweird/x.yaml');
  });

  it('round-trips through decodeURIComponent as upload-sarif reads it, and passes the schema', () => {
    const file = 'apps/my app/välues ü.yaml';
    const log = buildSarif(makeReport({ findings: [{ ...replicasFinding, location: { file, line: 2 } }] }));
    const uri = onlyRun(log).results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
    expect(decodeURIComponent(uri)).toBe(file);
    expect(schemaErrors(log)).toEqual([]);
  });

  it('is needed: the schema rejects the same path left unencoded', () => {
    const log = buildSarif(makeReport({ findings: [replicasFinding] }));
    const location = onlyRun(log).results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation;
    if (location) location.uri = 'apps/my app/välues ü.yaml';
    expect(schemaErrors(log)).toContain(
      '/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri must match format "uri-reference"',
    );
  });

  it('replaces a lone surrogate in a file name instead of throwing', () => {
    expect(artifactUri('a\uD800b.yaml')).toBe('a%EF%BF%BDb.yaml');
  });
});

describe('SARIF fingerprints', () => {
  const fingerprintOf = (finding: Finding) =>
    onlyRun(buildSarif(makeReport({ findings: [finding] }))).results?.[0]?.partialFingerprints?.[
      FINGERPRINT_KEY
    ];

  it('stay the same when the finding moves to another line or column', () => {
    const moved: Finding = {
      ...replicasFinding,
      location: { ...replicasFinding.location, line: 40, column: 2 },
    };
    expect(fingerprintOf(moved)).toBe(fingerprintOf(replicasFinding));
    expect(fingerprintOf(replicasFinding)).toMatch(/^[0-9a-f]{32}:1$/);
  });

  it('stay the same when the message or the object’s API version changes', () => {
    const changed: Finding = {
      ...replicasFinding,
      message: 'spec.replicas: expected integer, got boolean',
      object: { ...replicasFinding.object, apiVersion: 'apps/v1beta2' } as Finding['object'],
    };
    expect(fingerprintOf(changed)).toBe(fingerprintOf(replicasFinding));
  });

  it('differ by rule, file, object and field', () => {
    const base = findingIdentity(replicasFinding);
    expect(findingIdentity({ ...replicasFinding, ruleId: 'other' })).not.toBe(base);
    expect(
      findingIdentity({ ...replicasFinding, location: { file: 'apps/stage/api.yaml', line: 12 } }),
    ).not.toBe(base);
    expect(
      findingIdentity({ ...replicasFinding, object: { ...replicasFinding.object, name: 'web' } } as Finding),
    ).not.toBe(base);
    expect(findingIdentity({ ...replicasFinding, jsonPath: ['spec', 'template'] })).not.toBe(base);
  });

  it('number results with the same identity so no two in a run are equal', () => {
    const second: Finding = { ...replicasFinding, location: { ...replicasFinding.location, line: 50 } };
    const results = onlyRun(buildSarif(makeReport({ findings: [second, replicasFinding] }))).results ?? [];
    const prints = results.map((r) => r.partialFingerprints?.[FINGERPRINT_KEY] ?? '');
    expect(prints[0]?.replace(/:1$/, ':2')).toBe(prints[1]);
    expect(new Set(prints).size).toBe(2);
  });

  it('never set primaryLocationLineHash, which upload-sarif computes and would warn about', () => {
    const results = onlyRun(buildSarif(makeReport())).results ?? [];
    for (const result of results)
      expect(result.partialFingerprints).not.toHaveProperty('primaryLocationLineHash');
  });
});

describe('SARIF limits', () => {
  it('keeps the 25,000 most severe results and says how many were left out', () => {
    const findings = manyFindings(SARIF_LIMITS.resultsPerRun + 30);
    const run = onlyRun(buildSarif(makeReport({ findings, rules: [] })));
    expect(run.results).toHaveLength(SARIF_LIMITS.resultsPerRun);
    const notes = run.invocations?.[0]?.toolExecutionNotifications ?? [];
    expect(notes).toHaveLength(1);
    expect(notes[0]?.message.text).toMatch(
      /^30 of 25030 results were left out: .*at most 25,000 results per run/,
    );
    // Notices are the least severe, so they are what is cut.
    const notices = findings.filter((f) => f.severity === 'notice').length;
    expect(run.results?.filter((r) => r.level === 'note')).toHaveLength(notices - 30);
  });

  it('keeps every rule with a result when more than 25,000 rules are registered', () => {
    const rules = Array.from({ length: SARIF_LIMITS.rulesPerRun + 5 }, (_, i) => ({
      ...schemaRule,
      id: `r${String(i).padStart(6, '0')}`,
    }));
    const last = rules.at(-1)?.id ?? '';
    const run = onlyRun(buildSarif(makeReport({ rules, findings: [{ ...replicasFinding, ruleId: last }] })));
    expect(run.tool.driver.rules).toHaveLength(SARIF_LIMITS.rulesPerRun);
    expect(run.tool.driver.rules?.[run.results?.[0]?.ruleIndex ?? -1]?.id).toBe(last);
    expect(run.invocations?.[0]?.toolExecutionNotifications?.[0]?.message.text).toMatch(
      /^5 rules without results were left out/,
    );
  });

  it('reports a successful invocation with no notifications when nothing was cut', () => {
    expect(onlyRun(buildSarif(makeReport())).invocations).toEqual([{ executionSuccessful: true }]);
  });
});
