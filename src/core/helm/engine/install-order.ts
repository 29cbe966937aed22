/**
 * Helm's `InstallOrder` (release/v1/util/kind_sorter.go): the order in which the install action
 * writes the release manifest, and `helm template` prints it.
 */
const INSTALL_ORDER = [
  'PriorityClass',
  'Namespace',
  'NetworkPolicy',
  'ResourceQuota',
  'LimitRange',
  'PodSecurityPolicy',
  'PodDisruptionBudget',
  'ServiceAccount',
  'Secret',
  'SecretList',
  'ConfigMap',
  'StorageClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'CustomResourceDefinition',
  'ClusterRole',
  'ClusterRoleList',
  'ClusterRoleBinding',
  'ClusterRoleBindingList',
  'Role',
  'RoleList',
  'RoleBinding',
  'RoleBindingList',
  'Service',
  'DaemonSet',
  'Pod',
  'ReplicationController',
  'ReplicaSet',
  'Deployment',
  'HorizontalPodAutoscaler',
  'StatefulSet',
  'Job',
  'CronJob',
  'IngressClass',
  'Ingress',
  'APIService',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
];

const RANK = new Map(INSTALL_ORDER.map((kind, index) => [kind, index]));

/**
 * Helm's `SortManifests` over post-rendered files: by file path (Go's byte-wise `sort.Strings`),
 * each file's documents in their order, then a stable sort by kind where known kinds come in
 * install order and unknown kinds after them, alphabetically. Returns a new array.
 */
export function sortForInstall<T extends { source: string; kind: string }>(items: readonly T[]): T[] {
  const byFile = new Map<string, T[]>();
  for (const item of items) {
    const group = byFile.get(item.source);
    if (group === undefined) byFile.set(item.source, [item]);
    else group.push(item);
  }
  const files = [...byFile.keys()].sort(compareBytes);
  const ordered = files.flatMap((file) => byFile.get(file) ?? []);
  // Array.prototype.sort is stable, as Go's sort.SliceStable is.
  return ordered.sort((a, b) => compareKinds(a.kind, b.kind));
}

function compareKinds(a: string, b: string): number {
  const rankA = RANK.get(a);
  const rankB = RANK.get(b);
  if (rankA === undefined && rankB === undefined) return a === b ? 0 : compareBytes(a, b);
  if (rankA === undefined) return 1;
  if (rankB === undefined) return -1;
  return rankA - rankB;
}

function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
