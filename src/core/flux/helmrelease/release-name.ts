import { createHash } from 'node:crypto';
import { GitopsError, type SourceLocation } from '../../errors.js';

/** The parts of a HelmRelease that decide where and under which name Helm installs it. */
export interface HelmReleaseIdentity {
  metadata: { name: string; namespace?: string };
  spec?: { releaseName?: string; targetNamespace?: string; storageNamespace?: string };
  /** Where the HelmRelease was read, for errors. */
  location?: SourceLocation;
}

/** Helm's release-name limit, which helm-controller enforces by shortening (internal/release/name.go). */
const MAX_RELEASE_NAME_LENGTH = 53;
const SHORT_HASH_LENGTH = 12;

/**
 * helm-controller's `release.ShortenName`: a name over 53 bytes becomes its first 40 bytes, a
 * hyphen and the first 12 hex digits of the SHA-256 of the whole name. Nothing is lowercased or
 * trimmed, so a cut that ends in `-` yields `--`. Go measures and slices bytes, so we do too.
 */
export function shortenName(name: string): string {
  const bytes = Buffer.from(name, 'utf8');
  if (bytes.length <= MAX_RELEASE_NAME_LENGTH) return name;
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, SHORT_HASH_LENGTH);
  const kept = bytes.subarray(0, MAX_RELEASE_NAME_LENGTH - (SHORT_HASH_LENGTH + 1)).toString('utf8');
  return `${kept}-${hash}`;
}

/**
 * The Helm release name helm-controller installs under: `GetReleaseName()` (`spec.releaseName`,
 * else `[targetNamespace-]name`) passed through `ShortenName`, as internal/action/install.go and
 * upgrade.go do. Empty strings count as unset, as Go's `!= ""` checks do.
 */
export function releaseName(hr: HelmReleaseIdentity): string {
  const spec = hr.spec ?? {};
  let name = hr.metadata.name;
  if (spec.releaseName) name = spec.releaseName;
  else if (spec.targetNamespace) name = `${spec.targetNamespace}-${hr.metadata.name}`;
  return shortenName(name);
}

/**
 * The HelmRelease's own namespace. Flux never applies a namespaced object without one: the
 * kustomize-controller's server-side apply fails with "namespace not specified". So a missing
 * namespace is an error here too, rather than a guess at `default`; a renderer resolves it first
 * (the manifest's own namespace, or the Flux Kustomization's `targetNamespace`).
 */
export function helmReleaseNamespace(hr: HelmReleaseIdentity): string {
  const namespace = hr.metadata.namespace;
  if (namespace) return namespace;
  throw new GitopsError(`HelmRelease ${hr.metadata.name} has no metadata.namespace`, {
    ...(hr.location ? { location: hr.location } : {}),
    hint:
      'Flux refuses to apply a namespaced object without a namespace ("namespace not specified"). ' +
      "Set metadata.namespace, or the Flux Kustomization's spec.targetNamespace.",
  });
}

/** Where Helm puts the release's objects: `GetReleaseNamespace()`, targetNamespace or the HR's namespace. */
export function releaseNamespace(hr: HelmReleaseIdentity): string {
  return hr.spec?.targetNamespace || helmReleaseNamespace(hr);
}

/** Where Helm keeps its release Secrets: `GetStorageNamespace()`, storageNamespace or the HR's namespace. */
export function storageNamespace(hr: HelmReleaseIdentity): string {
  return hr.spec?.storageNamespace || helmReleaseNamespace(hr);
}

/**
 * The HelmChart helm-controller creates for `spec.chart`: `GetHelmChartName()` joins the
 * HelmRelease's namespace and name, unshortened (it lives in `chart.spec.sourceRef.namespace`, else
 * the HelmRelease's namespace).
 */
export function helmChartName(hr: HelmReleaseIdentity): string {
  return `${helmReleaseNamespace(hr)}-${hr.metadata.name}`;
}
