/**
 * Image automation over a repository: markers bound to ImagePolicies, and plans of edits in the
 * two modes of the image-bump action (a given image, or the tags a registry lists).
 */

export {
  type AutomationObjects,
  type DigestReflectionPolicy,
  type ImagePolicyObject,
  type ImageRepositoryObject,
  type KustomizationPath,
  loadAutomationObjects,
  type ObjectSource,
} from './automation-objects.js';
export { type ClusterScope, clusterScopes, clustersOf, coveredBy } from './cluster-scope.js';
export { type GivenImage, planGiven, resolveGiven } from './given-mode.js';
export {
  type ImageAutomation,
  type ImageAutomationOptions,
  imageAutomationFromFiles,
  loadImageAutomation,
} from './image-automation.js';
export { type LatestRef, latestRefString, reflectedDigest, setterValue } from './latest-ref.js';
export {
  type FluxChange,
  type ImageBumpPlan,
  type PlannedChange,
  recordedChanges,
  type UpdateResult,
} from './plan.js';
export {
  type DigestLookup,
  planFromTags,
  repositoriesToList,
  type TagsByRepository,
} from './registry-mode.js';
export { bindSetters, type SetterBinding } from './resolve-setters.js';
export { secureJoinPath, type UpdateAutomation } from './update-automation.js';
