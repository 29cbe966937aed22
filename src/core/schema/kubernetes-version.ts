import { UsageError } from '../errors.js';

/** A Kubernetes release as schema sources name it. */
export interface KubernetesVersion {
  major: number;
  minor: number;
  /** Absent when the user wrote `1.35`: any patch of the minor release. */
  patch?: number;
}

const VERSION = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/;

/**
 * Accepts `1.35`, `1.35.0` and `v1.35.0`. kubeconform wants the full `x.y.z`, and users ask for
 * `1.30` to work: schemas change with minor releases only, so the minor is what selects them.
 */
export function parseKubernetesVersion(text: string): KubernetesVersion {
  const match = VERSION.exec(text.trim());
  if (match === null) {
    throw new UsageError(`invalid Kubernetes version "${text}"`, {
      hint: 'Write a release such as 1.35 or 1.35.0.',
    });
  }
  const [, major, minor, patch] = match;
  const version: KubernetesVersion = { major: Number(major), minor: Number(minor) };
  if (patch !== undefined) version.patch = Number(patch);
  return version;
}

/** `v1.35`: the directory name in a local schema store (`DIR/v1.35/swagger.json`). */
export function minorDirectory(version: KubernetesVersion): string {
  return `v${version.major}.${version.minor}`;
}

/** kubeconform's `{{.NormalizedKubernetesVersion}}`: `v1.35.0`, the patch defaulting to 0 as the catalogs publish it. */
export function normalizedKubernetesVersion(version: KubernetesVersion): string {
  return `v${version.major}.${version.minor}.${version.patch ?? 0}`;
}
