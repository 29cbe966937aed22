/**
 * Registry mode: what Flux itself would write. For each policy, `selectTag` picks the latest tag
 * from the repository's tags (image-reflector-controller), a digest is looked up when the policy
 * reflects digests, and every marker of the policy gets its `latestRef` value
 * (image-automation-controller). As in Flux, the value is written even when it ranks below the
 * current one (a tag deleted from the registry, a narrowed range); a warning says so.
 */
import { describeError, GitopsError } from '../../errors.js';
import { formatPolicyRef, type ImageDiagnostic } from '../diagnostics.js';
import { acceptsAndRanks, type ImagePolicySpec, selectTag } from '../policy/index.js';
import { sameRepository } from '../reference.js';
import type { ImagePolicyObject, ImageRepositoryObject } from './automation-objects.js';
import type { ImageAutomation } from './image-automation.js';
import { reflectedDigest, setterValue } from './latest-ref.js';
import { assemblePlan, type ImageBumpPlan, type SetterUpdate } from './plan.js';
import {
  atEachMarker,
  atPolicy,
  currentTagOf,
  groupBindings,
  groupNeedsDigest,
  policySpecOf,
} from './setter-groups.js';

/** Tags listed per ImageRepository `spec.image` (exactly, or naming the same repository). */
export type TagsByRepository = ReadonlyMap<string, readonly string[]>;
/** The manifest digest of `image:tag` (a registry HEAD's `Docker-Content-Digest`). */
export type DigestLookup = (image: string, tag: string) => Promise<string>;

/** The ImageRepositories whose tags a registry-mode plan needs, once each, in scan order. */
export function repositoriesToList(automation: ImageAutomation): ImageRepositoryObject[] {
  return [...new Set(automation.bindings.map((b) => b.repository))];
}

export async function planFromTags(
  automation: ImageAutomation,
  tagsByRepository: TagsByRepository,
  digestLookup?: DigestLookup,
): Promise<ImageBumpPlan> {
  const diagnostics: ImageDiagnostic[] = [];
  const updates: SetterUpdate[] = [];
  const selected = new Map<ImagePolicyObject, string | undefined>();
  const digests = new Map<string, Promise<string>>();
  const lookup = (image: string, tag: string): Promise<string> | undefined => {
    if (digestLookup === undefined) return undefined;
    const key = `${image}\n${tag}`;
    let found = digests.get(key);
    if (found === undefined) {
      found = digestLookup(image, tag);
      digests.set(key, found);
    }
    return found;
  };
  // Many markers share a policy and a current tag, and each verdict compiles the policy: once per
  // pair is enough. A policy has one repository (bindSetters picks it by the policy's file), so
  // the policy and the current tag decide the answer.
  const downgrades = new Map<ImagePolicyObject, Map<string, boolean>>();
  const ranksAbove = (policy: ImagePolicyObject, spec: ImagePolicySpec, tag: string, current: string) => {
    let verdicts = downgrades.get(policy);
    if (verdicts === undefined) {
      verdicts = new Map();
      downgrades.set(policy, verdicts);
    }
    let above = verdicts.get(current);
    if (above === undefined) {
      // acceptsAndRanks(current-as-candidate): is what runs now in policy and above the selection?
      above = acceptsAndRanks(spec, tag, current).reason === 'higher';
      verdicts.set(current, above);
    }
    return above;
  };
  for (const group of groupBindings(automation.bindings)) {
    const { policy, repository } = group;
    const policyName = formatPolicyRef(policy.ref);
    if (!selected.has(policy)) {
      selected.set(policy, select(policy, repository, tagsByRepository, diagnostics));
    }
    const tag = selected.get(policy);
    if (tag === undefined) continue;
    const spec = policySpecOf(group);
    const sameImage = group.currentTag === tag;
    let fresh: string | undefined;
    let failure = 'no digest lookup was provided';
    const needsFresh = !(policy.digestReflection === 'IfNotPresent' && sameImage && group.currentDigest);
    if (policy.digestReflection !== 'Never' && groupNeedsDigest(group) && needsFresh) {
      try {
        fresh = await lookup(repository.image, tag);
      } catch (error) {
        failure = `the digest lookup failed: ${describeError(error).message}`;
      }
    }
    const known = reflectedDigest(policy.digestReflection, sameImage, group.currentDigest, fresh);
    if (known.missing && groupNeedsDigest(group)) {
      const reason = `not updated: ImagePolicy ${policyName} reflects digests and ${failure} for ${repository.image}:${tag}`;
      diagnostics.push(...atEachMarker(group, 'error', 'digest-missing', reason));
      continue;
    }
    const ref = { name: repository.image, tag, ...(known.digest ? { digest: known.digest } : {}) };
    for (const binding of group.bindings) {
      const current = currentTagOf(binding, group);
      const carriesTag = binding.setter.field === 'tag' || binding.setter.field === 'image';
      if (carriesTag && current !== undefined && current !== tag) {
        if (ranksAbove(policy, spec, tag, current)) {
          const { setter } = binding;
          diagnostics.push({
            severity: 'warning',
            code: 'downgrade',
            location: { file: setter.file, line: setter.line, column: setter.column },
            reason: `ImagePolicy ${policyName} selects ${tag}, lower than the current ${current}; Flux would write it, and so does this plan`,
            policy: setter.policy,
          });
        }
      }
      updates.push({ binding, value: setterValue(binding.setter.field, ref) });
    }
  }
  return assemblePlan(updates, automation.scan.files, diagnostics);
}

/** The policy's latest tag, or undefined with a diagnostic saying why there is none. */
function select(
  policy: ImagePolicyObject,
  repository: ImageRepositoryObject,
  tagsByRepository: TagsByRepository,
  diagnostics: ImageDiagnostic[],
): string | undefined {
  const name = formatPolicyRef(policy.ref);
  const tags = tagsFor(repository.image, tagsByRepository);
  if (tags === undefined) {
    diagnostics.push(atPolicy(policy, 'warning', 'no-tags', `no tags were listed for ${repository.image}`));
    return undefined;
  }
  try {
    const selection = selectTag(policySpecOf({ policy, repository }), tags);
    if (selection.tag === undefined) {
      const reason = `ImagePolicy ${name} selects none of the ${tags.length} tags of ${repository.image}`;
      diagnostics.push(atPolicy(policy, 'warning', 'no-tag-selected', reason));
    }
    return selection.tag;
  } catch (error) {
    if (!(error instanceof GitopsError)) throw error;
    diagnostics.push(atPolicy(policy, 'error', 'policy-invalid', `ImagePolicy ${name}: ${error.message}`));
    return undefined;
  }
}

function tagsFor(image: string, tagsByRepository: TagsByRepository): readonly string[] | undefined {
  const exact = tagsByRepository.get(image);
  if (exact !== undefined) return exact;
  for (const [key, tags] of tagsByRepository) if (sameRepository(key, image)) return tags;
  return undefined;
}
