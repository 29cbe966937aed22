/**
 * `flux/dependency-cycle`: Kustomizations (and HelmReleases) whose `dependsOn` chains loop. Neither
 * controller orders anything itself: each waits until its dependencies are Ready, so every member of
 * a cycle waits forever and none is ever applied.
 */
import { findCycle } from '../../flux/dependency-order.js';
import { objectKey } from '../../manifest/identity.js';
import type { Finding, RuleMetadata } from '../finding.js';
import { ClusterIndex } from './cluster-index.js';
import { type FluxReference, fluxReferences } from './flux-references.js';
import { groupByCluster } from './kube-values.js';
import { appliedObjects } from './kustomize-inputs.js';
import { type GitopsRule, objectFinding, type RuleInput, type RuleObject } from './types.js';

const metadata: RuleMetadata = {
  id: 'flux/dependency-cycle',
  name: 'dependsOn cycle',
  description:
    'Flux Kustomizations or HelmReleases depend on each other in a loop, so none of them is ever applied.',
  help: [
    'kustomize-controller and helm-controller reconcile an object only once everything in its',
    '`spec.dependsOn` is Ready. When the dependencies loop back, each waits for another forever.',
    'The message names the loop; remove one of its `dependsOn` entries.',
  ].join('\n'),
  defaultSeverity: 'error',
};

interface Edge {
  ref: FluxReference;
  to: string;
}

function check(input: RuleInput): Finding[] {
  const findings: Finding[] = [];
  for (const objects of groupByCluster(appliedObjects(input.objects)).values()) {
    const index = ClusterIndex.of(objects);
    const nodes = new Map<string, RuleObject>();
    const edges = new Map<string, Edge[]>();
    for (const object of objects) {
      const dependencies = fluxReferences(object).filter((ref) => ref.field.startsWith('spec.dependsOn'));
      if (dependencies.length === 0) continue;
      const key = objectKey(object.identity);
      nodes.set(key, object);
      const out: Edge[] = [];
      for (const ref of dependencies) {
        for (const entry of index.find(ref)) out.push({ ref, to: objectKey(entry.origin.identity) });
      }
      edges.set(key, out);
    }
    const next = (key: string) => (edges.get(key) ?? []).map((edge) => edge.to);
    for (const component of stronglyConnected([...nodes.keys()], next)) {
      const cycle = findCycle(component, next);
      const [first, second] = cycle ?? [];
      if (cycle === undefined || first === undefined || second === undefined) continue;
      const from = nodes.get(first) as RuleObject;
      const edge = (edges.get(first) ?? []).find((candidate) => candidate.to === second) as Edge;
      const names = describeCycle(cycle.map((key) => (nodes.get(key) as RuleObject).identity));
      findings.push(
        objectFinding(
          metadata,
          from,
          `${from.identity.kind} ${names[0]} depends on itself through dependsOn: ${names.join(' → ')}`,
          {
            path: edge.ref.path,
            hint: 'Remove one dependsOn entry of the loop: as written, none of these is ever applied.',
          },
        ),
      );
    }
  }
  return findings;
}

/** Names only, when every member shares one namespace; `namespace/name` otherwise. */
function describeCycle(identities: readonly RuleObject['identity'][]): string[] {
  const namespaces = new Set(identities.map((identity) => identity.namespace ?? ''));
  return identities.map((identity) =>
    namespaces.size === 1 || identity.namespace === undefined
      ? identity.name
      : `${identity.namespace}/${identity.name}`,
  );
}

/**
 * Tarjan's strongly connected components that contain a cycle: more than one member, or one that
 * depends on itself. Keys keep their input order within and across components, so reports are stable.
 */
function stronglyConnected(keys: readonly string[], next: (key: string) => readonly string[]): string[][] {
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const order = new Map(keys.map((key, i) => [key, i]));
  const visit = (key: string) => {
    indexOf.set(key, indexOf.size);
    low.set(key, indexOf.get(key) as number);
    stack.push(key);
    onStack.add(key);
    for (const to of next(key)) {
      if (!order.has(to)) continue;
      if (!indexOf.has(to)) {
        visit(to);
        low.set(key, Math.min(low.get(key) as number, low.get(to) as number));
      } else if (onStack.has(to)) {
        low.set(key, Math.min(low.get(key) as number, indexOf.get(to) as number));
      }
    }
    if (low.get(key) !== indexOf.get(key)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      component.push(member);
    } while (member !== key);
    if (component.length > 1 || next(key).includes(key)) {
      components.push(component.sort((a, b) => (order.get(a) as number) - (order.get(b) as number)));
    }
  };
  for (const key of keys) if (!indexOf.has(key)) visit(key);
  return components.sort(
    (a, b) => (order.get(a[0] as string) as number) - (order.get(b[0] as string) as number),
  );
}

export const dependencyCycleRule: GitopsRule = { metadata, check };
