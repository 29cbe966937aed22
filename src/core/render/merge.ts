/**
 * `gitops-actions merge`: the output directories of a matrix of `--shard I/N` jobs, combined into
 * the output one job would have written. Each shard owns its units' files outright, so merging is
 * copying files and concatenating indexes; a unit in two shards means the shards disagree about
 * the split (different versions or inputs) and is an error.
 */
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { GitopsError } from '../errors.js';
import { type ClusterInfo, sortDiagnostics } from './model.js';
import {
  clusterCounts,
  INDEX_FILE,
  INDEX_VERSION,
  type IndexUnit,
  prepareOutputDir,
  type RenderIndex,
  writeIndex,
} from './output.js';

export async function mergeRenderOutputs(outDir: string, shardDirs: readonly string[]): Promise<RenderIndex> {
  if (shardDirs.length === 0) throw new GitopsError('merge needs at least one shard directory');
  const indexes = await Promise.all(shardDirs.map(readIndex));
  const kubeVersions = new Set(indexes.map((index) => index.kubeVersion));
  if (kubeVersions.size > 1) {
    throw new GitopsError(
      `the shards rendered for different Kubernetes versions: ${[...kubeVersions].join(', ')}`,
    );
  }
  const counts = new Set(indexes.map((index) => index.shard?.count ?? 1));
  const seenShards = new Set(indexes.map((index) => index.shard?.index ?? 1));
  const [count] = counts;
  if (counts.size === 1 && count !== undefined && seenShards.size < count) {
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seenShards.has(i));
    throw new GitopsError(`shard ${missing.map((i) => `${i}/${count}`).join(', ')} is missing`, {
      hint: 'Pass the output directory of every job of the matrix.',
    });
  }

  const units = new Map<string, { unit: IndexUnit; dir: string }>();
  for (const [position, index] of indexes.entries()) {
    const dir = shardDirs[position] as string;
    for (const unit of index.units) {
      const other = units.get(unit.id);
      if (other !== undefined) {
        throw new GitopsError(`unit ${unit.id} is in both ${other.dir} and ${dir}`, {
          hint: 'Every shard of a matrix must run the same version on the same commit, with the same --shard N.',
        });
      }
      units.set(unit.id, { unit, dir });
    }
  }

  await prepareOutputDir(outDir);
  for (const { unit, dir } of units.values()) {
    if (unit.file === undefined) continue;
    await cp(path.join(dir, unit.file), path.join(outDir, unit.file), { recursive: false });
  }
  const clusters = new Map<string, ClusterInfo>();
  for (const index of indexes) {
    for (const { units: _u, objects: _o, failed: _f, ...cluster } of index.clusters) {
      const known = clusters.get(cluster.name);
      clusters.set(cluster.name, {
        ...cluster,
        kustomizeMs: Math.max(known?.kustomizeMs ?? 0, cluster.kustomizeMs),
      });
    }
  }
  const sortedUnits = [...units.values()]
    .map(({ unit }) => unit)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const merged: RenderIndex = {
    version: INDEX_VERSION,
    kubeVersion: indexes[0]?.kubeVersion ?? '',
    clusters: clusterCounts([...clusters.values()], sortedUnits),
    units: sortedUnits,
    diagnostics: sortDiagnostics(indexes.flatMap((index) => index.diagnostics)),
  };
  await writeIndex(outDir, merged);
  return merged;
}

async function readIndex(dir: string): Promise<RenderIndex> {
  const file = path.join(dir, INDEX_FILE);
  const text = await readFile(file, 'utf8').catch(() => {
    throw new GitopsError(`${file} does not exist`, {
      hint: 'Pass directories written by gitops-actions render --out.',
    });
  });
  const index = JSON.parse(text) as RenderIndex;
  if (index.version !== INDEX_VERSION || !Array.isArray(index.units)) {
    throw new GitopsError(`${file} is not a render index of version ${INDEX_VERSION}`);
  }
  return index;
}
