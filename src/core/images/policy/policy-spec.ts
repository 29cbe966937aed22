/**
 * The part of a Flux `ImagePolicy` (image.toolkit.fluxcd.io/v1) that decides which tag wins:
 * `spec.policy` and `spec.filterTags`, plus the referenced ImageRepository's
 * `spec.exclusionList`, which the controller applies when it scans the tags.
 * `digestReflectionPolicy` and `interval` only govern the reported digest, never the tag.
 */
import { GitopsError } from '../../errors.js';

export type SortOrder = 'asc' | 'desc';

/** `spec.policy`: exactly one of the three. */
export interface ImagePolicyChoice {
  /** The highest tag within a Masterminds/semver range. */
  semver?: { range: string };
  /** Go byte order: `asc` (the default) picks the greatest, `desc` the least. */
  alphabetical?: { order?: SortOrder };
  /** Go `strconv.ParseFloat` order: `asc` (the default) picks the greatest, `desc` the least. */
  numerical?: { order?: SortOrder };
}

/** `spec.filterTags`. */
export interface TagFilter {
  /** A Go regular expression; tags without a match anywhere in them are dropped. */
  pattern?: string;
  /** A Go `Regexp.Expand` template; its result, not the tag, is what the policy orders. */
  extract?: string;
}

export interface ImagePolicySpec {
  policy: ImagePolicyChoice;
  filterTags?: TagFilter;
  /**
   * The ImageRepository's `spec.exclusionList`. Absent or empty means Flux's default
   * `["^.*\\.sig$"]` (cosign signature tags); a non-empty list replaces the default.
   */
  exclusionList?: readonly string[];
}

/** Flux's default exclusion list (image-reflector-controller `GetExclusionList`). */
export const DEFAULT_EXCLUSION_LIST: readonly string[] = ['^.*\\.sig$'];

export type PolicyRule =
  | { kind: 'semver'; range: string }
  | { kind: 'alphabetical'; order: SortOrder }
  | { kind: 'numerical'; order: SortOrder };

/** A checked spec with defaults applied. */
export interface ResolvedPolicySpec {
  rule: PolicyRule;
  pattern: string | undefined;
  extract: string;
  exclusionList: readonly string[];
}

const KINDS = ['semver', 'alphabetical', 'numerical'] as const;

/**
 * Checks a spec as the API server (CRD schema) and the controller would, and applies the
 * defaults. One deliberate difference: Flux silently uses the first of semver, alphabetical,
 * numerical when several are set; that is almost certainly a mistake, so it is refused here.
 */
export function resolvePolicySpec(spec: ImagePolicySpec): ResolvedPolicySpec {
  const policy: unknown = spec?.policy;
  if (!isObject(policy)) throw specError('spec.policy is missing or not an object');
  const unknown = Object.keys(policy).filter((k) => !(KINDS as readonly string[]).includes(k));
  if (unknown.length > 0) throw specError(`spec.policy has unknown field(s) ${unknown.join(', ')}`);
  const set = KINDS.filter((k) => policy[k] !== undefined && policy[k] !== null);
  if (set.length !== 1)
    throw specError(
      set.length === 0
        ? 'spec.policy must set one of semver, alphabetical or numerical'
        : `spec.policy sets ${set.join(' and ')}; set exactly one`,
    );
  const kind = set[0] as (typeof KINDS)[number];
  const body = policy[kind];
  if (!isObject(body)) throw specError(`spec.policy.${kind} must be an object`);
  let rule: PolicyRule;
  if (kind === 'semver') {
    if (typeof body.range !== 'string')
      throw specError('spec.policy.semver.range is required and must be a string');
    rule = { kind, range: body.range };
  } else {
    rule = { kind, order: readOrder(body.order, kind) };
  }
  const filter: unknown = spec.filterTags;
  if (filter !== undefined && filter !== null && !isObject(filter))
    throw specError('spec.filterTags must be an object');
  const pattern = isObject(filter)
    ? readOptionalString(filter.pattern, 'spec.filterTags.pattern')
    : undefined;
  const extract = isObject(filter)
    ? (readOptionalString(filter.extract, 'spec.filterTags.extract') ?? '')
    : '';
  const list: unknown = spec.exclusionList;
  if (
    list !== undefined &&
    list !== null &&
    !(Array.isArray(list) && list.every((p) => typeof p === 'string'))
  )
    throw specError('exclusionList must be a list of strings');
  const exclusionList = Array.isArray(list) && list.length > 0 ? (list as string[]) : DEFAULT_EXCLUSION_LIST;
  // Flux builds a filter whenever filterTags is present; an absent pattern is Go's "", which
  // matches every tag, so only the extract template then matters.
  return { rule, pattern: isObject(filter) ? (pattern ?? '') : undefined, extract, exclusionList };
}

function readOrder(value: unknown, kind: string): SortOrder {
  if (value === undefined || value === null || value === '') return 'asc';
  // The CRD enum is exactly asc|desc; the controller's own upper-casing never sees "ASC".
  if (value === 'asc' || value === 'desc') return value;
  throw specError(`spec.policy.${kind}.order is ${JSON.stringify(value)}; it must be "asc" or "desc"`);
}

function readOptionalString(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw specError(`${field} must be a string`);
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function specError(message: string): GitopsError {
  return new GitopsError(`invalid ImagePolicy: ${message}`, {
    hint: 'See the ImagePolicy v1 API: spec.policy takes one of semver.range, alphabetical.order or numerical.order.',
  });
}
