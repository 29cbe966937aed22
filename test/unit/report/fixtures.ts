import type { Finding, RuleMetadata, ValidationReport } from '../../../src/core/validate/finding.js';

/** Shared inputs for the report writers: a small report with one of everything. */

export const schemaRule: RuleMetadata = {
  id: 'schema',
  name: 'Schema',
  description: 'Objects must match the Kubernetes or CRD schema for their kind.',
  help: 'Checks each object against its **schema**. Fix the field the message names.',
  defaultSeverity: 'error',
  helpUri: 'https://github.com/gitops-actions/gitops-actions/blob/main/docs/rules/schema.md',
};

export const removedRule: RuleMetadata = {
  id: 'api/removed',
  name: 'Removed API',
  description: 'The apiVersion is not served by the target Kubernetes version.',
  help: 'Move to the replacement API.',
  defaultSeverity: 'error',
};

export const deprecatedRule: RuleMetadata = {
  id: 'api/deprecated',
  name: 'Deprecated API',
  description: 'The apiVersion is deprecated.',
  help: 'Plan the move to the replacement API.',
  defaultSeverity: 'warning',
};

export const deployment = { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'prod', name: 'api' };
export const ingress = {
  apiVersion: 'networking.k8s.io/v1beta1',
  kind: 'Ingress',
  namespace: 'prod',
  name: 'web',
};

export const replicasFinding: Finding = {
  ruleId: 'schema',
  severity: 'error',
  message: 'spec.replicas: expected integer, got string',
  location: { file: 'apps/prod/api.yaml', line: 12, column: 13 },
  object: deployment,
  jsonPath: ['spec', 'replicas'],
  hint: 'Write the number without quotes.',
};

export const removedFinding: Finding = {
  ruleId: 'api/removed',
  severity: 'error',
  message: 'networking.k8s.io/v1beta1 Ingress was removed in Kubernetes 1.22; use networking.k8s.io/v1',
  location: { file: 'apps/prod/web.yaml', line: 1, column: 1 },
  object: ingress,
  owner: {
    kind: 'HelmRelease',
    name: 'web',
    namespace: 'prod',
    location: { file: 'clusters/prod/web.yaml', line: 3, column: 1 },
    template: 'web/templates/ingress.yaml',
  },
};

export const deprecatedFinding: Finding = {
  ruleId: 'api/deprecated',
  severity: 'warning',
  message: 'autoscaling/v2beta2 is deprecated',
  location: { file: 'apps/prod/api.yaml', line: 30, column: 1 },
  object: {
    apiVersion: 'autoscaling/v2beta2',
    kind: 'HorizontalPodAutoscaler',
    namespace: 'prod',
    name: 'api',
  },
};

export function makeReport(overrides: Partial<ValidationReport> = {}): ValidationReport {
  const findings = overrides.findings ?? [deprecatedFinding, removedFinding, replicasFinding];
  const skipped = overrides.skipped ?? [
    {
      location: { file: 'apps/prod/widget.yaml', line: 1, column: 1 },
      object: { apiVersion: 'example.com/v1', kind: 'Widget', namespace: 'prod', name: 'w' },
      reason: 'no schema for example.com/v1 Widget',
    },
  ];
  return {
    findings,
    skipped,
    configuration: overrides.configuration ?? [],
    rules: overrides.rules ?? [schemaRule, removedRule, deprecatedRule],
    notEvaluated: overrides.notEvaluated ?? [
      { rule: 'self.minReplicas <= self.maxReplicas', reason: 'CEL rules are not evaluated' },
      { rule: 'self.size() > 0', reason: 'CEL rules are not evaluated' },
    ],
    counts: overrides.counts ?? {
      files: 3,
      objects: 4,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      notices: findings.filter((f) => f.severity === 'notice').length,
      skipped: skipped.length,
      configuration: overrides.configuration?.length ?? 0,
    },
    checked: overrides.checked ?? [],
  };
}

/** `count` distinct schema findings spread over `files` files, severities cycling. */
export function manyFindings(count: number, files = 100): Finding[] {
  const severities = ['error', 'warning', 'notice'] as const;
  return Array.from({ length: count }, (_, i) => ({
    ruleId: `rule-${i % 7}`,
    severity: severities[i % 3] ?? 'error',
    message: `finding number ${i} with a message long enough to take some room in a table cell`,
    location: { file: `apps/app-${i % files}/deploy.yaml`, line: i + 1, column: 3 },
    object: {
      apiVersion: 'apps/v1',
      kind: i % 2 ? 'Deployment' : 'Service',
      namespace: 'ns',
      name: `obj-${i}`,
    },
    jsonPath: ['spec', 'field', i],
  }));
}
