import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { GITOPS_RULES, runRules } from '../../../src/core/validate/rules/index.js';
import { inputOf, yaml } from './rule-input.js';

const input = inputOf(
  {
    file: 'base/web.yaml',
    text: yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: web}',
      'spec:',
      '  template:',
      '    spec:',
      '      containers: [{name: web, image: nginx}]', // 7
    ),
    cluster: 'prod',
  },
  {
    file: 'base/web.yaml',
    text: yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: web}',
      'spec:',
      '  template:',
      '    spec:',
      '      containers: [{name: web, image: nginx}]',
    ),
    cluster: 'staging',
  },
  {
    file: 'secret.yaml',
    text: yaml('apiVersion: v1', 'kind: Secret', 'metadata: {name: s}', 'stringData: {a: b}'),
  },
);

describe('runRules', () => {
  it('reports at default severities, once per place even when two clusters share the file', () => {
    const findings = runRules(input, { kubernetesVersion: '1.35' });
    expect(findings.map((f) => [f.ruleId, f.severity, `${f.location.file}:${f.location.line}`])).toEqual([
      ['secret/plaintext', 'error', 'secret.yaml:4'],
      ['image/untagged-or-latest', 'warning', 'base/web.yaml:7'],
    ]);
  });

  it('applies configured severities and switches rules off', () => {
    const findings = runRules(input, {
      kubernetesVersion: '1.35',
      severities: { 'secret/plaintext': 'off', 'image/untagged-or-latest': 'error' },
    });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['image/untagged-or-latest', 'error']]);
    const notice = runRules(input, {
      kubernetesVersion: '1.35',
      severities: { 'secret/plaintext': 'notice' },
    });
    expect(notice.find((f) => f.ruleId === 'secret/plaintext')?.severity).toBe('notice');
  });

  it('refuses a severity for a rule that does not exist', () => {
    expect(() =>
      runRules(input, { kubernetesVersion: '1.35', severities: { 'secret/plain-text': 'off' } }),
    ).toThrow(UsageError);
  });

  it('describes every rule for reports, with a unique id', () => {
    const ids = GITOPS_RULES.map((rule) => rule.metadata.id);
    expect(ids).toEqual([
      'api/removed',
      'api/deprecated',
      'flux/reference',
      'flux/dependency-cycle',
      'secret/plaintext',
      'image/untagged-or-latest',
      'helm/unpinned-chart-in-production',
      'object/duplicate',
    ]);
    for (const { metadata } of GITOPS_RULES) {
      expect(metadata.name.length).toBeGreaterThan(0);
      expect(metadata.description).toMatch(/\.$/);
      expect(metadata.help.length).toBeGreaterThan(metadata.description.length);
    }
  });
});
