/**
 * Setters that must move together: the markers of one policy inside one document. A HelmRelease
 * with `repository: … # {"$imagepolicy": "ns:app:name"}` and `tag: … # {"$imagepolicy":
 * "ns:app:tag"}` describes one image; its current tag is read from the `:tag` (or whole-image)
 * setter and applies to the `:name` and `:digest` setters beside it.
 */
import type { ImageDiagnostic } from '../diagnostics.js';
import type { ImagePolicySpec } from '../policy/index.js';
import { splitTagAndDigest } from '../reference.js';
import type { ImagePolicyObject, ImageRepositoryObject } from './automation-objects.js';
import type { SetterBinding } from './resolve-setters.js';

export interface SetterGroup {
  policy: ImagePolicyObject;
  repository: ImageRepositoryObject;
  bindings: SetterBinding[];
  /** From the first `:tag` setter, else the tag written in the first whole-image setter. */
  currentTag: string | undefined;
  /** From the first non-empty `:digest` setter, else the digest in the first whole-image setter. */
  currentDigest: string | undefined;
}

/** Groups in order of their first setter; bindings keep scan order. */
export function groupBindings(bindings: readonly SetterBinding[]): SetterGroup[] {
  const groups = new Map<string, SetterGroup>();
  for (const binding of bindings) {
    const { setter, policy } = binding;
    const key = JSON.stringify([setter.file, setter.document, policy.file, policy.line]);
    let group = groups.get(key);
    if (group === undefined) {
      group = {
        policy,
        repository: binding.repository,
        bindings: [],
        currentTag: undefined,
        currentDigest: undefined,
      };
      groups.set(key, group);
    }
    group.bindings.push(binding);
  }
  for (const group of groups.values()) {
    const fields = (field: string) =>
      group.bindings.filter((b) => b.setter.field === field).map((b) => b.setter);
    const images = fields('image').map((s) => splitTagAndDigest(s.current));
    group.currentTag = fields('tag')[0]?.current ?? images[0]?.tag;
    group.currentDigest = fields('digest').find((s) => s.current !== '')?.current ?? images[0]?.digest;
  }
  return [...groups.values()];
}

/** The tag a setter's value is judged against: its own for tag and image setters, else the group's. */
export function currentTagOf(binding: SetterBinding, group: SetterGroup): string | undefined {
  const { field, current } = binding.setter;
  if (field === 'tag') return current === '' ? undefined : current;
  if (field === 'image') return splitTagAndDigest(current).tag;
  return group.currentTag;
}

/** Whether any value in the group carries the digest. */
export function groupNeedsDigest(group: SetterGroup): boolean {
  return group.bindings.some((b) => b.setter.field === 'image' || b.setter.field === 'digest');
}

/** The policy as the selection code takes it, with its ImageRepository's exclusion list. */
export function policySpecOf(group: Pick<SetterGroup, 'policy' | 'repository'>): ImagePolicySpec {
  const { exclusionList } = group.repository;
  return { ...group.policy.spec, ...(exclusionList === undefined ? {} : { exclusionList }) };
}

/** A diagnostic at every marker of a group. */
export function atEachMarker(
  group: SetterGroup,
  severity: ImageDiagnostic['severity'],
  code: ImageDiagnostic['code'],
  reason: string,
): ImageDiagnostic[] {
  return group.bindings.map(({ setter }) => ({
    severity,
    code,
    location: { file: setter.file, line: setter.line, column: setter.column },
    reason,
    policy: setter.policy,
  }));
}

/** A diagnostic at the policy object. */
export function atPolicy(
  policy: ImagePolicyObject,
  severity: ImageDiagnostic['severity'],
  code: ImageDiagnostic['code'],
  reason: string,
): ImageDiagnostic {
  return { severity, code, location: { file: policy.file, line: policy.line }, reason, policy: policy.ref };
}
