/**
 * Flux ImagePolicy tag selection (image-reflector-controller v1 semantics), pure and
 * deterministic: see select-tag.ts for the pipeline and the tie-break rules.
 */

export { type CompiledPolicy, compilePolicy } from './compiled-policy.js';
export { expandTemplate, parseTemplate } from './go-expand.js';
export { type FloatParse, goParseFloat } from './go-parse-float.js';
export { compileGoRegexp, findSubmatch, type GoRegexp, matches } from './go-regexp.js';
export {
  DEFAULT_EXCLUSION_LIST,
  type ImagePolicyChoice,
  type ImagePolicySpec,
  type PolicyRule,
  type ResolvedPolicySpec,
  resolvePolicySpec,
  type SortOrder,
  type TagFilter,
} from './policy-spec.js';
export { acceptsAndRanks, type RankDecision, selectTag } from './select-tag.js';
export {
  compareGoStrings,
  describeVerdict,
  type Selection,
  type TagOutcome,
  type TagVerdict,
} from './selection.js';
export { parseSemverRange, rangeAccepts, type SemverRange } from './semver-range.js';
export {
  compareVersions,
  parseLooseVersion,
  parseTagVersion,
  type SemverVersion,
  type VersionParse,
} from './semver-version.js';
