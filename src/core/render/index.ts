/**
 * Render: a GitOps repository into the manifests each cluster receives. Units (one Flux
 * Kustomization build, one HelmRelease, one Argo CD Application, one configured chart in one
 * environment) are planned from each cluster's tree, scheduled in parallel,
 * cached by a digest of their inputs, and written one file per unit with an index.
 */
export { affectedUnits } from './affected.js';
export { mergeRenderOutputs } from './merge.js';
export {
  type ChartInfo,
  type ClusterInfo,
  type OutputObject,
  type RenderDiagnostic,
  type RenderRun,
  type RenderUnit,
  runFailed,
  type UnitKind,
  type UnitStatus,
} from './model.js';
export {
  INDEX_FILE,
  type IndexCluster,
  type IndexUnit,
  indexOf,
  type RenderIndex,
  unitFile,
  writeRenderOutput,
} from './output.js';
export { type ChartSpec, loadRenderConfig, type RenderSettingsFromConfig } from './render-config.js';
export { normalizeKubeVersion, type RenderRepositoryOptions, renderRepository } from './render-repository.js';
export { clusterLine, describeUnit, diagnosticText, failureText } from './report.js';
export { inShard, parseShard, type Shard } from './shard.js';
