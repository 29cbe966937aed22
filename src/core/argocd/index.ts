/** Argo CD: Applications and ApplicationSets → render units → objects, as repo-server renders them. */
export {
  type ExpandOptions,
  type Expansion,
  expandApplicationSet,
  RESOURCES_FINALIZER,
} from './applicationset.js';
export { type DiscoveredArgoObjects, discoverArgoObjects } from './discover.js';
export type { ClusterCapabilities } from './helm-args.js';
export { helmTemplateArgs } from './helm-args.js';
export type { ResolveRemoteChart } from './helm-run.js';
export type { Application, ApplicationSet, Unsupported } from './model.js';
export { type PlanOptions, planApplication } from './plan-application.js';
export {
  type ArgoProvenance,
  type ArgoRenderedObject,
  type RenderApplicationOptions,
  type RenderedApplication,
  renderApplication,
} from './render-application.js';
export type {
  ApplicationPlan,
  DirectoryUnit,
  FileRef,
  HelmUnit,
  KustomizeUnit,
  RemoteChartRequest,
  RenderUnit,
} from './render-unit.js';
export {
  DEFAULT_INSTANCE_LABEL,
  TRACKING_ANNOTATION,
  type TrackingMethod,
  type TrackingOptions,
} from './tracking.js';
