/**
 * Chart sources for HelmReleases: which chart a release asks for (chart-request), and getting it
 * onto disk from a Helm HTTP repository, an OCI registry or a Git source, through mirrors and
 * credentials, cached by content (chart-resolver).
 */

export {
  type ChartBuild,
  chartBuildFor,
  cleanPath,
  HELMCHART_GENERATION,
  withBuildMetadata,
} from './chart-build.js';
export { type BasicCredentials, ChartCredentials, type CredentialEntry } from './chart-credentials.js';
export {
  type ChartRequest,
  type ChartRequestOptions,
  chartRequestFor,
  type GitChartRequest,
  type GitCheckout,
  type HttpChartRequest,
  type OciChartRequest,
  type OciSelector,
} from './chart-request.js';
export { ChartResolver, type ChartResolverOptions, type ResolvedChart } from './chart-resolver.js';
export type { ManifestObject } from './flux-objects.js';
export type { GitCommands } from './git-source.js';
export { type Mirror, MirrorMap, type MirrorTarget, parseMirror } from './mirrors.js';
export { parseRepoIndex, resolvePackageUrl } from './repo-index.js';
export { selectIndexVersion, selectOciTagByConstraint, selectOciTagBySemver } from './version-select.js';
