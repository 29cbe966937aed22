/**
 * The GitOps rules of `validate`, and one way to run them: each rule reports at its default
 * severity, and the settings raise, lower or switch off a rule by id.
 */
import { UsageError } from '../../errors.js';
import type { Manifest } from '../../manifest/load-manifests.js';
import type { YamlFile } from '../../yaml/documents.js';
import { locatePath } from '../../yaml/json-path.js';
import type { Finding } from '../finding.js';
import { deprecatedApiRule, removedApiRule } from './api-versions.js';
import { dependencyCycleRule } from './dependency-cycle.js';
import { duplicateObjectRule } from './duplicate-object.js';
import { fluxReferenceRule } from './flux-reference.js';
import { helmUnpinnedChartRule } from './helm-unpinned-chart.js';
import { imageTagRule } from './image-tag.js';
import { secretPlaintextRule } from './secret-plaintext.js';
import type { GitopsRule, RuleInput, RuleObject, RuleSettings } from './types.js';

export { API_DEPRECATIONS, type ApiDeprecation, FLUX_RELEASE, findDeprecation } from './deprecations.js';
export type { GitopsRule, RuleFile, RuleInput, RuleObject, RuleSettings, RuleSeverity } from './types.js';

export const GITOPS_RULES: readonly GitopsRule[] = [
  removedApiRule,
  deprecatedApiRule,
  fluxReferenceRule,
  dependencyCycleRule,
  secretPlaintextRule,
  imageTagRule,
  helmUnpinnedChartRule,
  duplicateObjectRule,
];

/**
 * Runs `rules` and applies the configured severities. A severity for an id no rule has is a
 * mistake in the configuration (a typo would otherwise silently keep a rule on), so it throws.
 * Findings are deduplicated: a base file applied to two clusters is judged twice, and a problem
 * inside the file itself is still one problem.
 */
export function runRules(
  input: RuleInput,
  settings: RuleSettings,
  rules: readonly GitopsRule[] = GITOPS_RULES,
): Finding[] {
  const severities = settings.severities ?? {};
  const known = new Set(GITOPS_RULES.map((rule) => rule.metadata.id));
  for (const id of Object.keys(severities)) {
    if (!known.has(id)) {
      throw new UsageError(`unknown rule "${id}" in the rule severities`, {
        hint: `Rules are: ${[...known].join(', ')}.`,
      });
    }
  }
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    const severity = severities[rule.metadata.id] ?? rule.metadata.defaultSeverity;
    if (severity === 'off') continue;
    for (const finding of rule.check(input, settings)) {
      const { file, line, column } = finding.location;
      const key = [finding.ruleId, file, line, column, finding.message].join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({ ...finding, severity });
    }
  }
  return findings;
}

/**
 * The RuleObjects of one loaded file (`loadManifests`), for a cluster. An object's location is its
 * `kind` line, where a person looks for "which object is this".
 */
export function ruleObjectsOf(
  yaml: YamlFile,
  manifests: readonly Manifest[],
  where: { cluster?: string; environment?: string } = {},
): RuleObject[] {
  return manifests.map((manifest) => ({
    identity: manifest.identity,
    object: manifest.object,
    location: { file: manifest.provenance.file, line: manifest.provenance.kindLine },
    locate: (path) => locatePath(yaml, manifest.document, path).location,
    ...(where.cluster === undefined ? {} : { cluster: where.cluster }),
    ...(where.environment === undefined ? {} : { environment: where.environment }),
  }));
}
