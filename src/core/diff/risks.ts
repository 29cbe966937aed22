/**
 * What a reviewer must not miss: objects the controller will delete (Flux prunes what leaves the
 * source), and changes the API server refuses to make in place.
 */
import { apiGroup, describeObject } from '../manifest/identity.js';
import { isUnder } from './field-path.js';
import type { ObjectChange, Risk } from './model.js';

/**
 * Fields the API server validates as immutable after creation (apps/v1 and batch/v1 validation,
 * `ValidateService`): applying a change to them fails, unless the controller is told to delete and
 * recreate the object (Flux's `force: true`), which restarts it.
 */
const IMMUTABLE: Record<string, readonly string[]> = {
  'apps/Deployment': ['spec.selector'],
  'apps/DaemonSet': ['spec.selector'],
  'apps/StatefulSet': [
    'spec.selector',
    'spec.volumeClaimTemplates',
    'spec.serviceName',
    'spec.podManagementPolicy',
  ],
  'batch/Job': ['spec.selector', 'spec.template'],
  '/Service': ['spec.clusterIP', 'spec.clusterIPs'],
};

export function risksOf(change: ObjectChange): Risk[] {
  const group = apiGroup(change.identity.apiVersion);
  const kind = change.identity.kind;
  const base = {
    cluster: change.cluster,
    identity: change.identity,
    unit: change.unit,
    ...(change.owner === undefined ? {} : { owner: change.owner }),
  };
  const name = describeObject(change.identity);
  if (change.change === 'removed') {
    if (group === '' && kind === 'Namespace') {
      return [
        {
          ...base,
          level: 'error',
          code: 'namespace-deleted',
          message: `${name} is deleted, and with it every object in it`,
        },
      ];
    }
    if (group === 'apiextensions.k8s.io' && kind === 'CustomResourceDefinition') {
      return [
        {
          ...base,
          level: 'error',
          code: 'crd-deleted',
          message: `${name} is deleted, and with it every custom resource of that type`,
        },
      ];
    }
    return [{ ...base, level: 'warning', code: 'object-deleted', message: `${name} is deleted (pruned)` }];
  }
  if (change.change !== 'changed') return [];
  const risks: Risk[] = [];
  const immutable = IMMUTABLE[`${group}/${kind}`] ?? [];
  const touched = change.hunks
    .map((hunk) => hunk.path)
    .filter((path) => immutable.some((field) => isUnder(path, field)));
  if (touched.length > 0) {
    risks.push({
      ...base,
      level: 'warning',
      code: 'immutable-field',
      message: `${name} changes an immutable field; the apply fails unless the object is recreated`,
      paths: touched,
    });
  }
  if (group === '' && kind === 'PersistentVolumeClaim') {
    const spec = change.hunks.map((hunk) => hunk.path).filter((path) => isUnder(path, 'spec'));
    if (spec.length > 0) {
      risks.push({
        ...base,
        level: 'warning',
        code: 'pvc-spec-changed',
        message: `${name} changes its spec; most of it is immutable and only storage requests may grow`,
        paths: spec,
      });
    }
  }
  return risks;
}
