/**
 * What every kind of render unit shares: its time and its failure captured on the unit (a unit
 * that fails never stops the others), directory digests computed once per run, and rendered
 * objects turned into output with Secret values redacted.
 */
import path from 'node:path';
import { GitopsError } from '../errors.js';
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import { identityOf } from '../manifest/load-manifests.js';
import { directoryDigest } from './digest.js';
import type { OutputObject, RenderUnit, UnitError } from './model.js';
import { redactSecrets } from './redact.js';

/**
 * Runs `work` for `unit` and returns the unit with its result and duration. A throw becomes the
 * unit's `failed` status and error; what `work` recorded in `known` before it threw (the chart, the
 * digests) stays in the report.
 */
export async function runUnit(
  unit: RenderUnit,
  work: (known: Partial<RenderUnit>) => Promise<Partial<RenderUnit>>,
): Promise<RenderUnit> {
  const started = performance.now();
  const known: Partial<RenderUnit> = {};
  try {
    const result = await work(known);
    return { ...unit, ...result, durationMs: Math.round(performance.now() - started) };
  } catch (error) {
    return {
      ...unit,
      ...known,
      status: 'failed',
      durationMs: Math.round(performance.now() - started),
      error: errorOf(error),
    };
  }
}

export function errorOf(error: unknown): UnitError {
  if (error instanceof GitopsError) {
    return { message: error.message, ...(error.hint === undefined ? {} : { hint: error.hint }) };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

/** The digest of a directory's files, computed once per run however many units read it. */
export function sharedDirectoryDigest(digests: Map<string, Promise<string>>, dir: string): Promise<string> {
  let pending = digests.get(dir);
  if (pending === undefined) {
    pending = directoryDigest(dir);
    digests.set(dir, pending);
  }
  return pending;
}

/** Rendered objects as written out: Secret values and SOPS-encrypted values redacted. */
export function outputObjects(
  rendered: readonly { object: KubeObject; source?: string }[],
  key: Buffer | undefined,
): OutputObject[] {
  const redacted = redactSecrets(
    rendered.map(({ object }) => object),
    key === undefined ? {} : { key },
  );
  return rendered.map(({ source }, index) => {
    const object = redacted[index] ?? {};
    return {
      identity: identityOf(object) ?? { apiVersion: '', kind: '', name: '' },
      object,
      ...(source === undefined ? {} : { source }),
    };
  });
}

/**
 * A path relative to the rendered repository (how Argo CD and the configuration name files) as the
 * output names files: relative to the workspace, with `/`.
 */
export function workspacePath(file: string, roots: { repoRoot: string; sourceRoot: string }): string {
  return path.relative(roots.repoRoot, path.join(roots.sourceRoot, file)).split(path.sep).join('/');
}
