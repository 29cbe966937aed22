import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { clusterFiles } from '../repo/cluster-files.js';
import type { Rule } from './rule.js';
import { GITOPS_RULES, runRules } from './rules/index.js';
import { memoized } from './rules/kube-values.js';
import type { RuleFile, RuleObject, RuleSeverity } from './rules/types.js';

export interface GitopsRuleOptions {
  repoRoot: string;
  /** `rule-id` → severity or `off`. */
  severities?: Readonly<Record<string, RuleSeverity>>;
  /** Environments whose HelmReleases must pin exact chart versions. */
  productionEnvironments?: RegExp;
}

/**
 * The GitOps rules (rules/) as pipeline Rules. Objects are placed in the clusters that apply
 * their file (clusters/<name>, followed through Kustomizations), because references resolve within
 * what one Flux installation sees; a base file applied by two clusters is judged in each.
 */
export function gitopsRules(options: GitopsRuleOptions): Rule[] {
  const severities = options.severities ?? {};
  const known = new Set(GITOPS_RULES.map((rule) => rule.metadata.id));
  for (const id of Object.keys(severities)) {
    if (!known.has(id)) {
      throw new UsageError(`unknown rule "${id}"`, { hint: `GitOps rules are: ${[...known].join(', ')}.` });
    }
  }
  const clusters = clusterFiles(options.repoRoot);
  const clusterPaths = new Map<string, string[]>();
  for (const [cluster, files] of clusters) {
    for (const file of files) clusterPaths.set(file, [...(clusterPaths.get(file) ?? []), cluster]);
  }
  let markerFiles: Promise<RuleFile[]> | undefined;
  const placed = new WeakMap<readonly RuleObject[], readonly RuleObject[]>();
  return GITOPS_RULES.flatMap((rule): Rule[] => {
    const severity = severities[rule.metadata.id] ?? rule.metadata.defaultSeverity;
    if (severity === 'off') return [];
    const check: Rule['check'] = async (context) => {
      const clustersOf = namedAsRendered(clusterPaths, context.objects);
      // One array for every rule of the run, so that what rules derive from it is shared.
      const objects = memoized(placed, (all) => placeInClusters(all, clustersOf), context.objects);
      markerFiles ??= readMarkerFiles(
        options.repoRoot,
        clustersOf,
        context.objects.map((o) => o.location.file),
        context.text,
      );
      const settings = {
        kubernetesVersion: context.kubernetesVersion,
        severities,
        ...(options.productionEnvironments ? { productionEnvironments: options.productionEnvironments } : {}),
      };
      return runRules({ objects, files: await markerFiles }, settings, [rule]);
    };
    return [{ metadata: { ...rule.metadata, defaultSeverity: severity }, check }];
  });
}

/** Each object once per cluster that applies its file; objects of no cluster as they are. */
function placeInClusters(
  objects: readonly RuleObject[],
  clustersOf: ReadonlyMap<string, string[]>,
): RuleObject[] {
  return objects.flatMap((object) => {
    // A rendered object already knows its cluster.
    if (object.cluster !== undefined) return [object];
    const inClusters = clustersOf.get(object.location.file) ?? [];
    return inClusters.length === 0 ? [object] : inClusters.map((cluster) => ({ ...object, cluster }));
  });
}

/** Files read from disk at once while looking for markers: enough to keep the disk busy. */
const READ_CONCURRENCY = 32;

/**
 * The texts of files with `$imagepolicy` comments (which decoding drops), in each cluster that
 * applies them: kustomize patches hold most markers and are not objects of their own. Files the
 * pipeline read already come from `known`; only the others (patches) are read here.
 */
async function readMarkerFiles(
  repoRoot: string,
  clustersOf: ReadonlyMap<string, string[]>,
  objectFiles: readonly string[],
  known: ((file: string) => string | undefined) | undefined,
): Promise<RuleFile[]> {
  const files = [...new Set([...clustersOf.keys(), ...objectFiles])];
  const texts: (string | undefined)[] = files.map((file) => known?.(file));
  let next = 0;
  const reader = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      if (texts[index] !== undefined) continue;
      texts[index] = await readFile(path.join(repoRoot, files[index] as string), 'utf8').catch(
        () => undefined,
      );
    }
  };
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, reader));
  const out: RuleFile[] = [];
  files.forEach((file, index) => {
    const text = texts[index];
    if (text === undefined || !text.includes('"$imagepolicy"')) return;
    const inClusters = clustersOf.get(file) ?? [];
    if (inClusters.length === 0) out.push({ file, text });
    for (const cluster of inClusters) out.push({ file, text, cluster });
  });
  return out;
}

/**
 * Render names a cluster by its entry's last segment (`production`), and the file walk by its path
 * (`clusters/production`). When rendered objects are validated, hand-written files that hold
 * `$imagepolicy` markers must land in the same clusters as the rendered objects, so each cluster
 * path takes the one rendered name it ends with.
 */
function namedAsRendered(
  clustersOf: ReadonlyMap<string, string[]>,
  objects: readonly RuleObject[],
): ReadonlyMap<string, string[]> {
  const rendered = [...new Set(objects.flatMap((object) => (object.cluster ? [object.cluster] : [])))];
  if (rendered.length === 0) return clustersOf;
  const nameOf = (cluster: string) => {
    const matches = rendered.filter(
      (name) =>
        cluster === name || cluster.endsWith(`/${name}`) || cluster.replaceAll('/', '-').endsWith(name),
    );
    return matches.length === 1 ? (matches[0] as string) : cluster;
  };
  return new Map([...clustersOf].map(([file, clusters]) => [file, clusters.map(nameOf)]));
}
