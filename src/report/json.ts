import type { SourceLocation } from '../core/errors.js';
import type { ObjectIdentity } from '../core/manifest/identity.js';
import {
  compareFindings,
  type Finding,
  type FindingOwner,
  type RuleMetadata,
  type Severity,
  type ValidationReport,
} from '../core/validate/finding.js';

/**
 * The JSON writer, for scripts (`jq '.findings[] | select(.severity == "error")'`). The shape is a
 * contract: `version` changes when a field is removed or changes meaning, never when one is added.
 * Keys are written in the order below and absent values are left out rather than written as null,
 * so two runs over the same repository give byte-identical output.
 */
export interface JsonReport {
  version: 1;
  counts: ValidationReport['counts'];
  /** Worst first, then by file, line and column. */
  findings: JsonFinding[];
  /** Documents that could not be checked, by file and line. */
  skipped: { location: JsonLocation; object?: JsonObject; reason: string }[];
  /** kustomize and Helm configuration (kustomizations, transformer configs, charts, values), by file and line. */
  configuration: { location: JsonLocation; what: string }[];
  /** CEL rules present in a schema but not evaluated. */
  notEvaluated: { rule: string; reason: string; location?: JsonLocation; object?: JsonObject }[];
  /** Every rule that ran, by id. */
  rules: JsonRule[];
}

export interface JsonLocation {
  file: string;
  line?: number;
  column?: number;
}

export interface JsonObject {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
}

export interface JsonFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  location: JsonLocation;
  object?: JsonObject;
  /** Segments, numbers for list indexes: `["spec", "containers", 0, "image"]`. */
  jsonPath?: (string | number)[];
  owner?: { kind: string; name: string; namespace?: string; location?: JsonLocation; template?: string };
  hint?: string;
}

export interface JsonRule {
  id: string;
  name: string;
  description: string;
  defaultSeverity: Severity;
  /** Markdown. */
  help: string;
  helpUri?: string;
}

export function buildJsonReport(report: ValidationReport): JsonReport {
  const byPlace = (a: { location?: SourceLocation }, b: { location?: SourceLocation }) =>
    (a.location?.file ?? '').localeCompare(b.location?.file ?? '') ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    (a.location?.column ?? 0) - (b.location?.column ?? 0);
  const { counts } = report;
  return {
    version: 1,
    counts: {
      files: counts.files,
      objects: counts.objects,
      errors: counts.errors,
      warnings: counts.warnings,
      notices: counts.notices,
      skipped: counts.skipped,
      configuration: counts.configuration,
    },
    findings: [...report.findings].sort(compareFindings).map(finding),
    skipped: [...report.skipped].sort(byPlace).map((entry) => ({
      location: location(entry.location),
      ...optional('object', entry.object && object(entry.object)),
      reason: entry.reason,
    })),
    configuration: [...report.configuration]
      .sort(byPlace)
      .map((entry) => ({ location: location(entry.location), what: entry.what })),
    notEvaluated: [...report.notEvaluated]
      .sort((a, b) => byPlace(a, b) || a.rule.localeCompare(b.rule))
      .map((entry) => ({
        rule: entry.rule,
        reason: entry.reason,
        ...optional('location', entry.location && location(entry.location)),
        ...optional('object', entry.object && object(entry.object)),
      })),
    rules: [...report.rules].sort((a, b) => a.id.localeCompare(b.id)).map(rule),
  };
}

/** The report as a file: two-space indented, with a final newline. */
export function formatJson(report: ValidationReport): string {
  return `${JSON.stringify(buildJsonReport(report), null, 2)}\n`;
}

function finding(source: Finding): JsonFinding {
  return {
    ruleId: source.ruleId,
    severity: source.severity,
    message: source.message,
    location: location(source.location),
    ...optional('object', source.object && object(source.object)),
    ...optional('jsonPath', source.jsonPath && [...source.jsonPath]),
    ...optional('owner', source.owner && owner(source.owner)),
    ...optional('hint', source.hint),
  };
}

function location(source: SourceLocation): JsonLocation {
  return { file: source.file, ...optional('line', source.line), ...optional('column', source.column) };
}

function object(source: ObjectIdentity): JsonObject {
  return {
    apiVersion: source.apiVersion,
    kind: source.kind,
    ...optional('namespace', source.namespace),
    name: source.name,
  };
}

function owner(source: FindingOwner): NonNullable<JsonFinding['owner']> {
  return {
    kind: source.kind,
    name: source.name,
    ...optional('namespace', source.namespace),
    ...optional('location', source.location && location(source.location)),
    ...optional('template', source.template),
  };
}

function rule(source: RuleMetadata): JsonRule {
  return {
    id: source.id,
    name: source.name,
    description: source.description,
    defaultSeverity: source.defaultSeverity,
    help: source.help,
    ...optional('helpUri', source.helpUri),
  };
}

/** Spreads `{key: value}` only when there is a value, so the key order stays the declared one. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
