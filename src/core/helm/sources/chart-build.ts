/**
 * What source-controller changes when it builds a HelmChart artifact, as pure rules
 * (`internal/controller/helmchart_controller.go` buildFromHelmRepository / buildFromTarballArtifact,
 * `internal/helm/chart/builder_local.go`, `builder_remote.go`):
 * - `reconcileStrategy: Revision` on a GitRepository (or Bucket) chart sets the chart version's
 *   SemVer build metadata to the source revision, the commit shortened to 12 characters. A
 *   HelmRepository chart (HTTP or OCI) ignores it.
 * - `valuesFiles` (other than exactly `[values.yaml]`, which `BuildOptions.GetValuesFiles` drops)
 *   appends the HelmChart's generation: `+<generation>`, or `+<revision>.<generation>`.
 * - The metadata replaces any the chart had, and the version is re-printed the way Masterminds
 *   `Version.String()` prints it (`v1.2` → `1.2.0+…`); the chart is re-packaged with it, so
 *   `.Chart.Version` in templates carries it.
 */
import { GitopsError } from '../../errors.js';
import { parseLooseVersion } from '../../images/policy/index.js';
import type { ChartRequest } from './chart-request.js';

/**
 * The HelmChart's `metadata.generation`. helm-controller creates the HelmChart from the release's
 * chart template, so a cluster that applies this spec afresh has generation 1; an existing
 * HelmChart counts each later edit of its spec, which a renderer cannot see.
 */
export const HELMCHART_GENERATION = 1;

/** Commits in the version are shortened to keep chart labels under 63 characters. */
const REVISION_LENGTH = 12;

export interface ChartBuild {
  /** The values files source-controller merges into the packaged values.yaml; empty for none. */
  readonly valuesFiles: readonly string[];
  /** SemVer build metadata for the packaged version; empty when the version is left alone. */
  readonly versionMetadata: string;
}

/**
 * The build options of `request`. `revision` is the Git commit the chart was read at; it must be
 * known when a Git chart asks for `reconcileStrategy: Revision`.
 */
export function chartBuildFor(request: ChartRequest, revision: string | undefined): ChartBuild {
  const valuesFiles = effectiveValuesFiles(request.valuesFiles);
  const parts: string[] = [];
  if (request.kind === 'git' && request.reconcileStrategy === 'Revision') {
    if (revision === undefined) {
      throw new GitopsError(
        `${request.release}: reconcileStrategy Revision needs the commit of ${request.source}`,
      );
    }
    parts.push(revision.slice(0, REVISION_LENGTH));
  }
  if (valuesFiles.length > 0) parts.push(String(HELMCHART_GENERATION));
  return { valuesFiles, versionMetadata: parts.join('.') };
}

/** source-controller `BuildOptions.GetValuesFiles`: a lone `values.yaml` is no change at all. */
function effectiveValuesFiles(files: readonly string[]): readonly string[] {
  return files.length === 1 && cleanPath(files[0] ?? '') === 'values.yaml' ? [] : files;
}

/** Go `path.Clean` for the relative names values files use: `./a//b/` → `a/b`. */
export function cleanPath(name: string): string {
  const absolute = name.startsWith('/');
  const out: string[] = [];
  for (const segment of name.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') out.push(segment);
    else if (out.length > 0 && out.at(-1) !== '..') out.pop();
    else if (!absolute) out.push(segment);
  }
  const joined = out.join('/');
  if (absolute) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

/**
 * Masterminds `SetMetadata` then `String()`; an empty `metadata` leaves the version as written.
 * Throws for a version that is not SemVer, as source-controller fails the build.
 */
export function withBuildMetadata(version: string, metadata: string, what: string): string {
  if (metadata === '') return version;
  const parsed = parseLooseVersion(version);
  if (!parsed.ok) {
    throw new GitopsError(
      `${what}: chart version ${JSON.stringify(version)} is not SemVer (${parsed.reason}), so source-controller cannot add build metadata to it`,
      { hint: 'reconcileStrategy Revision and valuesFiles make source-controller re-version the chart.' },
    );
  }
  const { major, minor, patch, prerelease } = parsed.version;
  return `${major}.${minor}.${patch}${prerelease === '' ? '' : `-${prerelease}`}+${metadata}`;
}
