/**
 * The render's files: `<out>/<cluster>/<kind>/<namespace>/<name>.yaml` per unit and `<out>/index.json`.
 * Everything written is deterministic for the same inputs (units sorted by id, objects in the order
 * Helm or kustomize produced them) except durations and the rendered/cached status.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { GitopsError } from '../errors.js';
import type { ObjectIdentity } from '../manifest/identity.js';
import type { ClusterInfo, OutputObject, RenderDiagnostic, RenderRun, RenderUnit } from './model.js';

export const INDEX_FILE = 'index.json';
export const INDEX_VERSION = 1;

export interface IndexObject extends ObjectIdentity {
  source?: string;
}

export interface IndexUnit extends Omit<RenderUnit, 'objects'> {
  /** The unit's YAML file relative to the output directory; absent when it produced nothing. */
  file?: string;
  objects: IndexObject[];
}

export interface IndexCluster extends ClusterInfo {
  units: number;
  objects: number;
  failed: number;
}

export interface RenderIndex {
  version: typeof INDEX_VERSION;
  kubeVersion: string;
  /** Set in a shard's index; `merge` drops it. */
  shard?: { index: number; count: number };
  clusters: IndexCluster[];
  units: IndexUnit[];
  diagnostics: RenderDiagnostic[];
}

/** The file of a unit, relative to the output directory. */
export function unitFile(unit: Pick<RenderUnit, 'cluster' | 'kind' | 'namespace' | 'name'>): string {
  return [unit.cluster, unit.kind, unit.namespace, `${unit.name}.yaml`].map(safeSegment).join('/');
}

export function indexOf(run: RenderRun): RenderIndex {
  const units = run.units.map(
    ({ objects, ...unit }): IndexUnit => ({
      ...unit,
      ...(objects.length > 0 ? { file: unitFile(unit) } : {}),
      objects: objects.map(({ identity, source }) => ({ ...identity, ...(source ? { source } : {}) })),
    }),
  );
  return {
    version: INDEX_VERSION,
    kubeVersion: run.kubeVersion,
    ...(run.shard ? { shard: run.shard } : {}),
    clusters: clusterCounts(run.clusters, units),
    units,
    diagnostics: run.diagnostics,
  };
}

export function clusterCounts(clusters: readonly ClusterInfo[], units: readonly IndexUnit[]): IndexCluster[] {
  return clusters.map((cluster) => {
    const own = units.filter((unit) => unit.cluster === cluster.name);
    return {
      ...cluster,
      units: own.length,
      objects: own.reduce((sum, unit) => sum + unit.objects.length, 0),
      failed: own.filter((unit) => unit.status === 'failed').length,
    };
  });
}

/** The YAML stream of a unit: each object after a `# Source:` line, YAML 1.1-safe quoting. */
export function unitYaml(objects: readonly OutputObject[]): string {
  return objects
    .map(({ object, source }) => {
      // YAML 1.1 quoting: kubectl and Kubernetes read `yes` and `on` as booleans.
      const body = stringify(object, { version: '1.1', lineWidth: 0 });
      return `---\n${source ? `# Source: ${source}\n` : ''}${body}`;
    })
    .join('');
}

/**
 * Writes the run under `outDir`, replacing a previous render there. A directory that holds other
 * files and no index.json is refused rather than emptied: it is probably not a render output.
 */
export async function writeRenderOutput(outDir: string, run: RenderRun): Promise<RenderIndex> {
  await prepareOutputDir(outDir);
  const index = indexOf(run);
  for (const unit of run.units) {
    if (unit.objects.length === 0) continue;
    const file = path.join(outDir, unitFile(unit));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, unitYaml(unit.objects));
  }
  await writeIndex(outDir, index);
  return index;
}

export async function writeIndex(outDir: string, index: RenderIndex): Promise<void> {
  await writeFile(path.join(outDir, INDEX_FILE), `${JSON.stringify(index, null, 2)}\n`);
}

export async function prepareOutputDir(outDir: string): Promise<void> {
  const entries = await readdir(outDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  if (entries.length > 0 && !entries.includes(INDEX_FILE)) {
    throw new GitopsError(`${outDir} is not empty and holds no ${INDEX_FILE}; refusing to replace it`, {
      hint: 'Choose an empty or new output directory, or the directory of an earlier render.',
    });
  }
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
}

/** Names come from the repository; nothing may climb out of the output directory. */
function safeSegment(segment: string): string {
  const cleaned = segment.replace(/[/\\\0]/g, '_');
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? `_${cleaned}` : cleaned;
}
