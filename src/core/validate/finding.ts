import type { SourceLocation } from '../errors.js';
import type { ObjectIdentity } from '../manifest/identity.js';
import type { JsonPath } from '../yaml/json-path.js';

/**
 * The one currency of validation: every rule produces Findings, and every report (annotations,
 * text, JSON, SARIF, JUnit, job summary) is written from them.
 */
export type Severity = 'error' | 'warning' | 'notice';

/** Where a rendered object came from, so a finding on generated YAML points at something editable. */
export interface FindingOwner {
  /** The HelmRelease, Kustomization or Application that produced the object. */
  kind: string;
  name: string;
  namespace?: string;
  location?: SourceLocation;
  /** For Helm output: the chart template (`# Source:` line), for example `web-app/templates/deployment.yaml`. */
  template?: string;
}

export interface Finding {
  /** Stable rule id, for example `schema`, `yaml/duplicate-key`, `api/removed`, `flux/source-ref`. */
  ruleId: string;
  severity: Severity;
  /** One line a person can act on. */
  message: string;
  /** Repository-relative file, 1-based line and column. */
  location: SourceLocation;
  /** The object the finding is about, when there is one. */
  object?: ObjectIdentity;
  /** The field, for schema-like findings. */
  jsonPath?: JsonPath;
  owner?: FindingOwner;
  /** What to do about it, when the rule knows. */
  hint?: string;
}

/** A document that could not be checked: reported and counted, never silently passed. */
export interface Skipped {
  location: SourceLocation;
  object?: ObjectIdentity;
  reason: string;
}

/**
 * A file or document that configures a tool (kustomize, Helm) instead of describing an object the
 * cluster receives. It has no schema to check; it is counted apart from skips, so that those stay
 * a list of real gaps.
 */
export interface ConfigurationFile {
  location: SourceLocation;
  /** `kustomize Kustomization`, `kustomize Component`, `kustomize transformer configuration`, `Helm chart`, `Helm values`. */
  what: string;
}

/** What SARIF's rule metadata, the job summary and `--help` say about a rule. */
export interface RuleMetadata {
  id: string;
  /** Short, for tables: `Removed API`. */
  name: string;
  /** One sentence. */
  description: string;
  /** Longer help in Markdown: what the rule checks, why, and how to fix it. */
  help: string;
  defaultSeverity: Severity;
  helpUri?: string;
}

export interface ValidationReport {
  findings: Finding[];
  skipped: Skipped[];
  /** kustomize and Helm configuration recognised in the input: not objects, not skips. */
  configuration: ConfigurationFile[];
  /** Metadata for every rule that ran, whether or not it found anything. */
  rules: RuleMetadata[];
  /** Checks that exist in a schema but were not evaluated (CEL rules), with where. */
  notEvaluated: { location?: SourceLocation; object?: ObjectIdentity; rule: string; reason: string }[];
  counts: {
    files: number;
    objects: number;
    errors: number;
    warnings: number;
    notices: number;
    skipped: number;
    configuration: number;
  };
  /** Every object that was checked, for reports that list passing objects too (JUnit). */
  checked: { file: string; identity: ObjectIdentity }[];
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Worst first, then by file, line and column: the order annotations and reports use. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    ORDER[a.severity] - ORDER[b.severity] ||
    a.location.file.localeCompare(b.location.file) ||
    (a.location.line ?? 0) - (b.location.line ?? 0) ||
    (a.location.column ?? 0) - (b.location.column ?? 0) ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

/** `--fail-on`: which findings fail the run. */
export type FailOn = 'error' | 'warning' | 'never';

export function failsRun(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'));
}
