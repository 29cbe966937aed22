/** The Flux Operator's ResourceSet, expanded offline as its controller would reconcile it. */
export type { Locate, TemplatePath } from './build.js';
export { type ExpandContext, type ExpandGap, type ExpandResult, expandResourceSet } from './expand.js';
export { inputId, normalizeKey } from './inputs.js';
export {
  type InputProvider,
  isInputProvider,
  isResourceSet,
  ResourceSetError,
  readInputProvider,
} from './resourceset-spec.js';
export { slugify, toYaml } from './template-functions.js';
