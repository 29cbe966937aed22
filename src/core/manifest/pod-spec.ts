import { apiGroup, type ObjectIdentity } from './identity.js';

/** Where each workload kind keeps its pod spec (core and apps/batch groups, and the old extensions ones). */
const POD_SPEC: Readonly<Record<string, readonly string[]>> = {
  '/Pod': ['spec'],
  '/PodTemplate': ['template', 'spec'],
  '/ReplicationController': ['spec', 'template', 'spec'],
  'apps/Deployment': ['spec', 'template', 'spec'],
  'apps/StatefulSet': ['spec', 'template', 'spec'],
  'apps/DaemonSet': ['spec', 'template', 'spec'],
  'apps/ReplicaSet': ['spec', 'template', 'spec'],
  'extensions/Deployment': ['spec', 'template', 'spec'],
  'extensions/DaemonSet': ['spec', 'template', 'spec'],
  'extensions/ReplicaSet': ['spec', 'template', 'spec'],
  'batch/Job': ['spec', 'template', 'spec'],
  'batch/CronJob': ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** The path to the object's pod spec, or undefined for a kind that runs no pods. */
export function podSpecPath(
  identity: Pick<ObjectIdentity, 'apiVersion' | 'kind'>,
): readonly string[] | undefined {
  return POD_SPEC[`${apiGroup(identity.apiVersion)}/${identity.kind}`];
}
