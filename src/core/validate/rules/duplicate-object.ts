/**
 * `object/duplicate`: one object defined twice for the same cluster. kustomize refuses the build
 * ("may not add resource with an already registered id"); across two Flux Kustomizations both apply
 * it, and the last one to reconcile wins each time, so the object flips between two definitions.
 */
import { formatLocation } from '../../errors.js';
import { describeObject, objectKey } from '../../manifest/identity.js';
import type { Finding, RuleMetadata } from '../finding.js';
import { groupByCluster } from './kube-values.js';
import { appliedObjects } from './kustomize-inputs.js';
import { type GitopsRule, objectFinding, type RuleInput, type RuleObject } from './types.js';

const metadata: RuleMetadata = {
  id: 'object/duplicate',
  name: 'Duplicate object',
  description: 'The same object (group, kind, namespace and name) is defined twice for one cluster.',
  help: [
    'Objects are the same when group, kind, namespace and name match, whatever the version: `apps/v1`',
    'and `apps/v1beta2` Deployments named `web` are one object to the API server. Within one',
    'kustomization the build fails; across Flux Kustomizations the definitions overwrite each other on',
    'every reconciliation. Keep one definition, and vary it per environment with an overlay patch.',
  ].join('\n'),
  defaultSeverity: 'error',
};

function check(input: RuleInput): Finding[] {
  const findings: Finding[] = [];
  for (const objects of groupByCluster(appliedObjects(input.objects)).values()) {
    const seen = new Map<string, RuleObject>();
    for (const object of objects) {
      // generateName objects get a fresh name on every create: they cannot collide.
      if (object.identity.name === '') continue;
      const key = objectKey(object.identity);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, object);
        continue;
      }
      if (sameDocument(first, object)) continue;
      const here = object.owner?.location ?? object.location;
      const there = first.owner?.location ?? first.location;
      findings.push(
        objectFinding(
          metadata,
          object,
          `${describeObject(object.identity)} is defined twice: at ${formatLocation(there)} and at ${formatLocation(here)}`,
          { hint: 'Keep one definition; vary it per environment with an overlay patch.' },
        ),
      );
    }
  }
  return findings;
}

/** The same document given twice (a file listed by two paths of one cluster) is one definition. */
function sameDocument(a: RuleObject, b: RuleObject): boolean {
  return a.location.file === b.location.file && a.location.line === b.location.line;
}

export const duplicateObjectRule: GitopsRule = { metadata, check };
