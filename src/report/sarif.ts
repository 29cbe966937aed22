import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { SourceLocation } from '../core/errors.js';
import {
  compareFindings,
  type Finding,
  type RuleMetadata,
  type Severity,
  type ValidationReport,
} from '../core/validate/finding.js';
import { VERSION } from '../version.js';
import { artifactUri, FINGERPRINT_KEY, fingerprintAll } from './sarif-identity.js';

/**
 * The SARIF 2.1.0 writer, shaped for GitHub code scanning (`github/codeql-action/upload-sarif`).
 * GitHub's reference: "SARIF support for code scanning" and "About code scanning limits on SARIF
 * results" in docs.github.com.
 */
export const INFORMATION_URI = 'https://github.com/gitops-actions/gitops-actions';
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

export const SARIF_LIMITS = {
  /** GitHub rejects a run with more results; it shows the 5,000 most severe. */
  resultsPerRun: 25_000,
  /** GitHub rejects a run with more rules. */
  rulesPerRun: 25_000,
  /** GitHub cuts `fullDescription.text` at 1,000 characters. */
  description: 1_000,
  /**
   * GitHub documents no limit for `message.text` but shows it as the alert's title; ours keeps one
   * pathological value (a whole manifest quoted in a message) from bloating the upload.
   */
  message: 4_000,
} as const;

const SRCROOT = '%SRCROOT%';
const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', notice: 'note' };

export interface SarifOptions {
  /**
   * Absolute path of the repository root, so viewers that open the file locally (VS Code's SARIF
   * viewer) can resolve `%SRCROOT%`. Without it the base is described but not located; GitHub
   * needs neither, as the URIs are relative to the repository.
   */
  sourceRoot?: string;
}

export function buildSarif(report: ValidationReport, options: SarifOptions = {}): Sarif.Log {
  const sorted = [...report.findings].sort(compareFindings);
  const fingerprints = fingerprintAll(sorted);
  // Worst first, so what GitHub's limit cuts off is the least severe.
  const kept = sorted.slice(0, SARIF_LIMITS.resultsPerRun);
  const { rules, omitted: omittedRules } = chooseRules(report.rules, kept);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));

  const notifications: Sarif.Notification[] = [];
  const omittedResults = sorted.length - kept.length;
  if (omittedResults > 0) {
    notifications.push(
      truncationNote(`${omittedResults} of ${sorted.length} results were left out`, 'results'),
    );
  }
  if (omittedRules > 0)
    notifications.push(truncationNote(`${omittedRules} rules without results were left out`, 'rules'));

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gitops-actions',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: INFORMATION_URI,
            rules: rules.map(descriptor),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: baseLocation(options.sourceRoot) },
        // Columns come from offsets into JavaScript strings.
        columnKind: 'utf16CodeUnits',
        results: kept.map((finding, index) =>
          result(finding, ruleIndex.get(finding.ruleId) ?? 0, fingerprints[index] ?? ''),
        ),
      },
    ],
  };
}

export function formatSarif(report: ValidationReport, options: SarifOptions = {}): string {
  return `${JSON.stringify(buildSarif(report, options), null, 2)}\n`;
}

function chooseRules(
  metadata: readonly RuleMetadata[],
  findings: readonly Finding[],
): { rules: RuleMetadata[]; omitted: number } {
  const byId = new Map<string, RuleMetadata>();
  for (const rule of metadata) if (!byId.has(rule.id)) byId.set(rule.id, rule);
  const used = new Set(findings.map((finding) => finding.ruleId));
  for (const finding of findings) {
    if (!byId.has(finding.ruleId)) byId.set(finding.ruleId, unregisteredRule(finding));
  }
  const all = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  if (all.length <= SARIF_LIMITS.rulesPerRun) return { rules: all, omitted: 0 };
  // Results are capped at the same number, so every rule with a result still fits.
  let room = SARIF_LIMITS.rulesPerRun - used.size;
  const rules = all.filter((rule) => used.has(rule.id) || room-- > 0);
  return { rules, omitted: all.length - rules.length };
}

/** A finding whose rule registered no metadata still needs a descriptor for `ruleIndex`. */
function unregisteredRule(finding: Finding): RuleMetadata {
  return {
    id: finding.ruleId,
    name: finding.ruleId,
    description: `Findings of ${finding.ruleId}; the rule registered no description.`,
    help: `Findings of \`${finding.ruleId}\`; the rule registered no description.`,
    defaultSeverity: finding.severity,
  };
}

function descriptor(rule: RuleMetadata): Sarif.ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: cut(rule.name, SARIF_LIMITS.description) },
    fullDescription: { text: cut(rule.description, SARIF_LIMITS.description) },
    help: { text: rule.help, markdown: rule.help },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    // The schema requires an absolute URI; a relative one would make the whole file invalid.
    ...(rule.helpUri !== undefined && URL.canParse(rule.helpUri) ? { helpUri: rule.helpUri } : {}),
  };
}

function result(finding: Finding, ruleIndex: number, fingerprint: string): Sarif.Result {
  const owner = finding.owner;
  const ownerName = owner && `${owner.kind} ${owner.namespace ? `${owner.namespace}/` : ''}${owner.name}`;
  // GitHub links a related location only when the message embeds it as `[text](id)`; brackets
  // of our own must then be escaped so they are not read as links (SARIF §3.11.6).
  const linked = owner?.location !== undefined;
  const text = (value: string) => (linked ? value.replace(/[[\]\\]/g, '\\$&') : value);
  let message = text(finding.message);
  if (owner && ownerName) {
    message += linked ? ` Rendered by [${text(ownerName)}](1)` : ` Rendered by ${ownerName}`;
    message += owner.template ? ` from template ${text(owner.template)}.` : '.';
  }
  if (finding.hint) message += `\n${text(finding.hint)}`;

  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: cut(message, SARIF_LIMITS.message) },
    locations: [{ physicalLocation: physicalLocation(finding.location) }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    ...(owner?.location && ownerName
      ? {
          relatedLocations: [
            { id: 1, physicalLocation: physicalLocation(owner.location), message: { text: ownerName } },
          ],
        }
      : {}),
  };
}

function physicalLocation(location: SourceLocation): Sarif.PhysicalLocation {
  return {
    artifactLocation: { uri: artifactUri(location.file), uriBaseId: SRCROOT },
    // GitHub needs a line to show a result; a finding about a whole file points at its first line.
    region: {
      startLine: location.line ?? 1,
      ...(location.column === undefined ? {} : { startColumn: location.column }),
    },
  };
}

function baseLocation(sourceRoot: string | undefined): Sarif.ArtifactLocation {
  if (sourceRoot === undefined) return { description: { text: 'The root of the repository.' } };
  const href = pathToFileURL(sourceRoot).href;
  // A base URI must end with a slash, or resolving `apps/x.yaml` against it drops its last segment.
  return { uri: href.endsWith('/') ? href : `${href}/` };
}

function truncationNote(what: string, limit: 'results' | 'rules'): Sarif.Notification {
  const max = limit === 'results' ? SARIF_LIMITS.resultsPerRun : SARIF_LIMITS.rulesPerRun;
  return {
    level: 'warning',
    descriptor: { id: `gitops-actions/truncated-${limit}` },
    message: {
      text: `${what}: GitHub code scanning accepts at most ${max.toLocaleString('en-US')} ${limit} per run. The JSON report has them all.`,
    },
  };
}

function cut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  return `${text.slice(0, end)}…`;
}
