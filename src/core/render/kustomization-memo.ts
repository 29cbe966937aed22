/**
 * Flux Kustomization builds kept in the unit cache one by one. The cluster tree as a whole is
 * cached by the digest of the whole repository (cluster-tree.ts), so any edit rebuilds it; with this
 * memo only the Kustomizations whose files (`kustomize/build-inputs.ts`), spec or substituteFrom
 * objects changed run kustomize again, and the others come back from the cache.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildMemo } from '../flux/kustomization-tree.js';
import type { BuildResult } from '../kustomize/build.js';
import { buildInputs } from '../kustomize/build-inputs.js';
import { digestOf } from './digest.js';
import type { UnitCache } from './unit-cache.js';

export interface KustomizationMemoOptions {
  cache: UnitCache;
  repoRoot: string;
  sourceRoot: string;
  /** sha256 of files already read this run (absolute path → hex), so they are not read again. */
  fileDigests: ReadonlyMap<string, string>;
  /** What else shapes a build: the kustomize version, strict substitution. */
  settings: Readonly<Record<string, string | boolean>>;
}

/** Bump when BuildResult's shape or content changes, so old entries are not reused. */
const FORMAT = 1;

export function kustomizationMemo(options: KustomizationMemoOptions): BuildMemo {
  return async (ks, variables, build) => {
    if (!options.cache.enabled) return build();
    const inputs = await buildInputs(options.sourceRoot, ks);
    if (inputs === undefined) return build();
    const files: [string, string][] = [];
    for (const file of inputs.files) {
      files.push([path.relative(options.sourceRoot, file), await fileDigest(options.fileDigests, file)]);
    }
    const key = digestOf({
      unit: 'kustomization-build',
      format: FORMAT,
      kustomization: { apiVersion: ks.apiVersion, name: ks.name, namespace: ks.namespace, spec: ks.spec },
      variables,
      files,
      missing: inputs.missing,
      // Provenance names files relative to the repository root.
      source: path.relative(options.repoRoot, options.sourceRoot),
      settings: options.settings,
    });
    const hit = await options.cache.get<BuildResult>(key);
    if (hit !== undefined) return hit;
    const result = await build();
    // The cache never holds a Secret's value in clear, and a later build or a HelmRelease may need
    // that value: a Kustomization applying Secrets is built every time.
    if (!result.objects.some(({ identity }) => identity.apiVersion === 'v1' && identity.kind === 'Secret')) {
      await options.cache.put(key, result);
    }
    return result;
  };
}

async function fileDigest(known: ReadonlyMap<string, string>, file: string): Promise<string> {
  const digest = known.get(file);
  if (digest !== undefined) return digest;
  const bytes = await readFile(file).catch(() => undefined);
  return bytes === undefined ? 'unreadable' : createHash('sha256').update(bytes).digest('hex');
}
