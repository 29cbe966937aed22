import { describe, expect, it } from 'vitest';
import { buildJsonReport, formatJson } from '../../../src/report/json.js';
import { makeReport, removedFinding, replicasFinding } from './fixtures.js';

describe('JSON writer', () => {
  it('writes the documented version 1 shape', () => {
    const report = makeReport({ findings: [replicasFinding], skipped: [], notEvaluated: [] });
    expect(buildJsonReport({ ...report, rules: report.rules.slice(0, 1) })).toEqual({
      version: 1,
      counts: { files: 3, objects: 4, errors: 1, warnings: 0, notices: 0, skipped: 0, configuration: 0 },
      findings: [
        {
          ruleId: 'schema',
          severity: 'error',
          message: 'spec.replicas: expected integer, got string',
          location: { file: 'apps/prod/api.yaml', line: 12, column: 13 },
          object: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'prod', name: 'api' },
          jsonPath: ['spec', 'replicas'],
          hint: 'Write the number without quotes.',
        },
      ],
      skipped: [],
      configuration: [],
      notEvaluated: [],
      rules: [
        {
          id: 'schema',
          name: 'Schema',
          description: 'Objects must match the Kubernetes or CRD schema for their kind.',
          defaultSeverity: 'error',
          help: 'Checks each object against its **schema**. Fix the field the message names.',
          helpUri: 'https://github.com/gitops-actions/gitops-actions/blob/main/docs/rules/schema.md',
        },
      ],
    });
  });

  it('writes keys in the documented order whatever order the input had', () => {
    const shuffled = {
      hint: 'h',
      jsonPath: [0],
      object: { name: 'n', kind: 'K', apiVersion: 'v1' },
      location: { column: 2, line: 1, file: 'f.yaml' },
      message: 'm',
      severity: 'error' as const,
      ruleId: 'r',
    };
    const json = buildJsonReport(makeReport({ findings: [shuffled] }));
    expect(Object.keys(json)).toEqual([
      'version',
      'counts',
      'findings',
      'skipped',
      'configuration',
      'notEvaluated',
      'rules',
    ]);
    expect(Object.keys(json.findings[0] ?? {})).toEqual([
      'ruleId',
      'severity',
      'message',
      'location',
      'object',
      'jsonPath',
      'hint',
    ]);
    expect(Object.keys(json.findings[0]?.location ?? {})).toEqual(['file', 'line', 'column']);
    expect(Object.keys(json.findings[0]?.object ?? {})).toEqual(['apiVersion', 'kind', 'name']);
  });

  it('leaves absent values out instead of writing null', () => {
    const text = formatJson(
      makeReport({ findings: [{ ...replicasFinding, hint: undefined, jsonPath: undefined }] }),
    );
    expect(text).not.toContain('null');
    expect(text).not.toContain('"hint"');
    expect(text).not.toContain('"jsonPath"');
  });

  it('includes the owner of a rendered object', () => {
    const [finding] = buildJsonReport(makeReport({ findings: [removedFinding] })).findings;
    expect(finding?.owner).toEqual({
      kind: 'HelmRelease',
      name: 'web',
      namespace: 'prod',
      location: { file: 'clusters/prod/web.yaml', line: 3, column: 1 },
      template: 'web/templates/ingress.yaml',
    });
  });

  it('sorts findings worst first, skipped by place and rules by id', () => {
    const json = buildJsonReport(
      makeReport({
        skipped: [
          { location: { file: 'b.yaml', line: 1 }, reason: 'x' },
          { location: { file: 'a.yaml', line: 9 }, reason: 'y' },
          { location: { file: 'a.yaml', line: 2 }, reason: 'z' },
        ],
      }),
    );
    expect(json.findings.map((f) => f.severity)).toEqual(['error', 'error', 'warning']);
    expect(json.skipped.map((s) => s.reason)).toEqual(['z', 'y', 'x']);
    expect(json.rules.map((r) => r.id)).toEqual(['api/deprecated', 'api/removed', 'schema']);
  });

  it('gives the same bytes for the same report in another order, ending with a newline', () => {
    const report = makeReport();
    const reversed = {
      ...report,
      findings: [...report.findings].reverse(),
      rules: [...report.rules].reverse(),
    };
    expect(formatJson(reversed)).toBe(formatJson(report));
    expect(formatJson(report).endsWith('}\n')).toBe(true);
    expect(JSON.parse(formatJson(report))).toEqual(buildJsonReport(report));
  });
});
