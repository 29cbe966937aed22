/**
 * `api/removed` and `api/deprecated`: objects written against an API version that the target
 * Kubernetes release (or the Flux release whose CRDs the project ships) no longer serves, or has
 * announced it will stop serving. The table and its sources are in deprecations.ts.
 */
import { parseKubernetesVersion } from '../../schema/kubernetes-version.js';
import type { Finding, RuleMetadata } from '../finding.js';
import { type ApiDeprecation, FLUX_RELEASE, findDeprecation } from './deprecations.js';
import { appliedObjects } from './kustomize-inputs.js';
import { type GitopsRule, objectFinding, type RuleInput, type RuleSettings } from './types.js';

const removedMetadata: RuleMetadata = {
  id: 'api/removed',
  name: 'Removed API',
  description: 'The object uses an API version that the target Kubernetes or Flux release no longer serves.',
  help: [
    'The API server rejects the object ("no matches for kind … in version …"), so nothing in its',
    'Kustomization or Helm release applies. Change `apiVersion` to the replacement the message names',
    'and check the migration notes of the Kubernetes deprecation guide or the Flux changelog: some',
    'fields were renamed. Flux API versions are judged against the Flux release of the bundled CRDs.',
  ].join('\n'),
  defaultSeverity: 'error',
  helpUri: 'https://kubernetes.io/docs/reference/using-api/deprecation-guide/',
};

const deprecatedMetadata: RuleMetadata = {
  id: 'api/deprecated',
  name: 'Deprecated API',
  description: 'The object uses an API version that is deprecated in the target release and will be removed.',
  help: [
    'The API server still serves it and warns on every request; a later release will reject it.',
    'Migrate `apiVersion` to the replacement the message names before upgrading the cluster.',
  ].join('\n'),
  defaultSeverity: 'warning',
  helpUri: 'https://kubernetes.io/docs/reference/using-api/deprecation-guide/',
};

type Status = { state: 'removed' | 'deprecated'; entry: ApiDeprecation; component: string };

function status(apiVersion: string, kind: string, settings: RuleSettings): Status | undefined {
  const entry = findDeprecation(apiVersion, kind);
  if (entry === undefined) return undefined;
  const kubernetes = entry.component === 'kubernetes';
  const target = kubernetes ? settings.kubernetesVersion : FLUX_RELEASE;
  const component = kubernetes ? 'Kubernetes' : 'Flux';
  if (compareReleases(target, entry.removedIn) >= 0) return { state: 'removed', entry, component };
  if (compareReleases(target, entry.deprecatedIn) >= 0) return { state: 'deprecated', entry, component };
  return undefined;
}

/**
 * Orders `1.35`, `1.35.0` and `v1.35.2` by major and minor only: APIs are added and removed in minor
 * releases, so every patch of 1.25 has lost batch/v1beta1.
 */
export function compareReleases(a: string, b: string): number {
  const x = parseKubernetesVersion(a);
  const y = parseKubernetesVersion(b);
  return x.major - y.major || x.minor - y.minor;
}

function advice(entry: ApiDeprecation): string {
  return entry.replacement === undefined ? (entry.instead ?? '') : `use ${entry.replacement}`;
}

function checkFor(state: Status['state'], metadata: RuleMetadata) {
  return (input: RuleInput, settings: RuleSettings): Finding[] => {
    // A bad version fails the run even when no object would have needed it.
    parseKubernetesVersion(settings.kubernetesVersion);
    const findings: Finding[] = [];
    for (const object of appliedObjects(input.objects)) {
      const { apiVersion, kind } = object.identity;
      const found = status(apiVersion, kind, settings);
      if (found?.state !== state) continue;
      const { entry, component } = found;
      const message =
        state === 'removed'
          ? `${apiVersion} ${kind} was removed in ${component} ${entry.removedIn}: ${advice(entry)}`
          : `${apiVersion} ${kind} is deprecated since ${component} ${entry.deprecatedIn} and removed in ${entry.removedIn}: ${advice(entry)}`;
      findings.push(objectFinding(metadata, object, message, { path: ['apiVersion'] }));
    }
    return findings;
  };
}

export const removedApiRule: GitopsRule = {
  metadata: removedMetadata,
  check: checkFor('removed', removedMetadata),
};

export const deprecatedApiRule: GitopsRule = {
  metadata: deprecatedMetadata,
  check: checkFor('deprecated', deprecatedMetadata),
};
