/**
 * The pull-request check's question: what does this change do to each cluster? Objects of the base
 * and head renders are matched by identity within a cluster (group, kind, namespace, name: the
 * version is not part of it, so `apps/v1beta2` → `apps/v1` is the same Deployment), then compared.
 */
import type { RenderRun } from '../render/model.js';
import { imageChanges } from './images.js';
import type {
  ChangeKind,
  ClusterDiff,
  DiffOptions,
  ImageChange,
  KindCount,
  ObjectChange,
  RenderDiff,
  Risk,
  UnitFailure,
} from './model.js';
import { DEFAULT_NOISE } from './noise.js';
import { compareObjects, wholeObject } from './object-diff.js';
import { risksOf } from './risks.js';
import { indexSide, isUnrendered, type Located, type SideIndex, unknownOn } from './side-index.js';
import { masksFor } from './volatile.js';

export function diffRuns(base: RenderRun, head: RenderRun, options: DiffOptions = {}): RenderDiff {
  const noise = { ...DEFAULT_NOISE, ...options.noise };
  const before = indexSide(base);
  const after = indexSide(head);
  const clusters: ClusterDiff[] = [];
  const images: ImageChange[] = [];
  const masked: RenderDiff['masked'] = [];
  for (const cluster of [...new Set([...before.clusters, ...after.clusters])].sort()) {
    const old = before.objects.get(cluster) ?? new Map<string, Located>();
    const current = after.objects.get(cluster) ?? new Map<string, Located>();
    const objects: ObjectChange[] = [];
    let filtered = 0;
    for (const [key, was] of old) {
      const now = current.get(key);
      if (now === undefined) {
        // Unknown is not removed: a unit that failed on the head produced nothing to compare with.
        if (unknownOn(after, was.unit)) continue;
        const whole = wholeObject(was.output.identity, was.output.object, '-');
        objects.push(objectChange('removed', cluster, was, { text: whole.text, ...flag(whole.sensitive) }));
        images.push(...imageChanges(subject(cluster, was), whole.object, undefined));
        continue;
      }
      const masks = masksFor(options.volatile, cluster, key);
      const compared = compareObjects(
        now.output.identity,
        was.output.object,
        now.output.object,
        noise,
        masks,
      );
      if (compared.masked.length > 0) {
        masked.push({ cluster, identity: now.output.identity, paths: compared.masked });
      }
      if (compared.outcome === 'filtered') filtered++;
      if (compared.outcome !== 'changed') continue;
      objects.push(
        objectChange('changed', cluster, now, {
          hunks: compared.hunks,
          masked: compared.masked,
          filteredFields: compared.filteredFields,
          text: compared.text,
          ...flag(compared.sensitive),
          ...(was.output.identity.apiVersion === now.output.identity.apiVersion
            ? {}
            : { previousApiVersion: was.output.identity.apiVersion }),
        }),
      );
      images.push(...imageChanges(subject(cluster, now), compared.base, compared.head));
    }
    for (const [key, now] of current) {
      if (old.has(key) || unknownOn(before, now.unit)) continue;
      const whole = wholeObject(now.output.identity, now.output.object, '+');
      objects.push(objectChange('added', cluster, now, { text: whole.text, ...flag(whole.sensitive) }));
      images.push(...imageChanges(subject(cluster, now), undefined, whole.object));
    }
    objects.sort(compareChanges);
    clusters.push(clusterDiff(cluster, objects, filtered));
  }
  const totals = {
    added: sum(clusters, 'added'),
    changed: sum(clusters, 'changed'),
    removed: sum(clusters, 'removed'),
    filtered: sum(clusters, 'filtered'),
    masked: masked.reduce((total, entry) => total + entry.paths.length, 0),
  };
  const risks = clusters.flatMap((cluster) => cluster.objects.flatMap(risksOf));
  return {
    changed: totals.added + totals.changed + totals.removed > 0,
    totals,
    clusters,
    images,
    risks: risks.sort((a, b) => levelRank(a) - levelRank(b)),
    failures: failuresOf(base, head, before, after),
    masked,
  };
}

/** `sensitive` only where true, so the JSON report stays small. */
function flag(sensitive: boolean): { sensitive?: true } {
  return sensitive ? { sensitive: true } : {};
}

function subject(cluster: string, located: Located) {
  return { cluster, identity: located.output.identity, unit: located.unit.id };
}

function objectChange(
  change: ChangeKind,
  cluster: string,
  located: Located,
  details: Partial<ObjectChange> & Pick<ObjectChange, 'text'>,
): ObjectChange {
  const { unit, output } = located;
  return {
    change,
    cluster,
    identity: output.identity,
    key: located.key,
    unit: unit.id,
    ...(unit.owner === undefined ? {} : { owner: unit.owner }),
    ...(output.source === undefined ? {} : { source: output.source }),
    hunks: [],
    masked: [],
    filteredFields: 0,
    ...details,
  };
}

const CHANGE_ORDER: Record<ChangeKind, number> = { changed: 0, removed: 1, added: 2 };

function compareChanges(a: ObjectChange, b: ObjectChange): number {
  return (
    CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] ||
    a.identity.kind.localeCompare(b.identity.kind) ||
    (a.identity.namespace ?? '').localeCompare(b.identity.namespace ?? '') ||
    a.identity.name.localeCompare(b.identity.name) ||
    a.key.localeCompare(b.key)
  );
}

function clusterDiff(cluster: string, objects: ObjectChange[], filtered: number): ClusterDiff {
  const kinds = new Map<string, KindCount>();
  for (const object of objects) {
    const kind = object.identity.kind;
    const count = kinds.get(kind) ?? { kind, added: 0, changed: 0, removed: 0 };
    count[object.change]++;
    kinds.set(kind, count);
  }
  const count = (change: ChangeKind) => objects.filter((object) => object.change === change).length;
  return {
    cluster,
    added: count('added'),
    changed: count('changed'),
    removed: count('removed'),
    filtered,
    kinds: [...kinds.values()].sort((a, b) => a.kind.localeCompare(b.kind)),
    objects,
  };
}

function sum(clusters: readonly ClusterDiff[], field: 'added' | 'changed' | 'removed' | 'filtered'): number {
  return clusters.reduce((total, cluster) => total + cluster[field], 0);
}

function levelRank(risk: Risk): number {
  return risk.level === 'error' ? 0 : 1;
}

/** Each unit that did not render, once, saying on which side; and each cluster that did not build. */
function failuresOf(base: RenderRun, head: RenderRun, before: SideIndex, after: SideIndex): UnitFailure[] {
  const failures = new Map<string, UnitFailure>();
  for (const [side, run] of [
    ['base', base],
    ['head', head],
  ] as const) {
    for (const unit of run.units) {
      if (!isUnrendered(unit)) continue;
      const known = failures.get(unit.id);
      if (known !== undefined) {
        known.side = 'both';
        continue;
      }
      failures.set(unit.id, {
        side,
        cluster: unit.cluster,
        unit: unit.id,
        status: unit.status as UnitFailure['status'],
        ...(unit.owner === undefined ? {} : { owner: unit.owner }),
        message:
          unit.error?.message ?? (unit.status === 'unsupported' ? 'render cannot build it' : 'it failed'),
        ...(unit.error?.hint === undefined ? {} : { hint: unit.error.hint }),
      });
    }
  }
  for (const [side, run, index] of [
    ['base', base, before],
    ['head', head, after],
  ] as const) {
    for (const cluster of index.unknownClusters) {
      const diagnostic = run.diagnostics.find((d) => d.cluster === cluster && d.severity === 'error');
      failures.set(`${side}:${cluster}`, {
        side,
        cluster,
        unit: cluster,
        status: 'failed',
        ...(diagnostic?.location === undefined ? {} : { owner: diagnostic.location }),
        message: diagnostic?.message ?? 'the cluster did not build',
        ...(diagnostic?.hint === undefined ? {} : { hint: diagnostic.hint }),
      });
    }
  }
  return [...failures.values()].sort(
    (a, b) =>
      a.cluster.localeCompare(b.cluster) || a.unit.localeCompare(b.unit) || a.side.localeCompare(b.side),
  );
}
