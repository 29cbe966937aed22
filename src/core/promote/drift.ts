import { compareVersions, parseLooseVersion } from '../images/policy/index.js';
import type { DriftReason } from './plan-types.js';

/**
 * The values a source field has held, oldest first, as promoted values (for an image reference its
 * `tag`, `tag@digest` or `@digest`, as `PromotionChange.from` shows them). Undefined when the
 * history is unknown (a new file, a shallow clone): no history drift is claimed then.
 */
export type SourceHistory = (
  environment: string,
  file: string,
  path: string,
) => { values: string[] } | undefined;

/**
 * Semantic-version order where both sides are versions, as the image policies order tags
 * (Masterminds semver, `v` prefix allowed). Only the tag decides: a digest says which build, not
 * which is newer. Undefined when either side is not a dotted version (`latest`, `sha-1a2b`, `1.3.x`, `3`).
 */
export function compareVersionValues(a: string, b: string): -1 | 0 | 1 | undefined {
  // Masterminds reads `3` as 3.0.0, but a bare number is a count far more often than a version.
  if (!DOTTED.test(tagOf(a)) || !DOTTED.test(tagOf(b))) return undefined;
  const left = parseLooseVersion(tagOf(a));
  const right = parseLooseVersion(tagOf(b));
  if (!left.ok || !right.ok) return undefined;
  return compareVersions(left.version, right.version);
}

const DOTTED = /^v?[0-9]+\.[0-9]/;

function tagOf(value: string): string {
  const at = value.indexOf('@');
  return at === -1 ? value : value.slice(0, at);
}

/**
 * Whether the target's value did not come from the source. A target ahead of the source (a hotfix
 * shipped straight to production) is the stronger finding: promoting would roll it back. A value
 * the source never held (when its history is known) was written in the target directly.
 */
export function driftOf(input: {
  sourceValue: string;
  targetValue: string;
  history: { values: string[] } | undefined;
}): DriftReason | undefined {
  const { sourceValue, targetValue, history } = input;
  if (sourceValue === targetValue) return undefined;
  if (compareVersionValues(targetValue, sourceValue) === 1) return 'newer-than-source';
  if (history !== undefined && !history.values.includes(targetValue)) return 'never-in-source-history';
  return undefined;
}
