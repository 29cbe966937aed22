/**
 * Given mode: CI built one image and says which. Every marker whose policy tracks that repository
 * is a candidate, and is updated only when its policy accepts the tag and ranks it strictly above
 * the tag it runs now (`acceptsAndRanks`): production pinned to `^1.0.0` never receives 2.0.0, and
 * a rebuild of an older release never downgrades anything.
 *
 * The current tag of a marker: a `:tag` marker's value; the tag written in an `ns:name` marker's
 * value; for `:name` and `:digest` markers, the current tag of the `:tag` (else whole-image) marker
 * of the same policy in the same document. With none of those (or a value that has no tag) the
 * policy alone decides.
 *
 * Digests: a digest is only written where the policy reflects digests (`digestReflectionPolicy`
 * IfNotPresent or Always; the default, Never, writes no digest and "" for `:digest`). If it does
 * and no digest was given, the markers of that policy in that document are not touched (an error
 * diagnostic says so) rather than leave a new tag beside an old digest. Re-announcing the tag a
 * marker already has changes only the digest, by the reflection policy's rules. A digest without
 * a tag is refused: a policy decides on tags, and a digest cannot be ranked.
 */
import { GitopsError } from '../../errors.js';
import { formatPolicyRef, type ImageDiagnostic } from '../diagnostics.js';
import { acceptsAndRanks, describeVerdict, type RankDecision } from '../policy/index.js';
import {
  type ImageReference,
  isValidDigest,
  isValidTag,
  parseImageReference,
  sameRepository,
} from '../reference.js';
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
  type SetterGroup,
} from './setter-groups.js';

export interface GivenImage {
  /** The repository, optionally with `:tag` and/or `@digest`: `ghcr.io/acme/shop:1.6.0`. */
  image: string;
  /** The tag, when `image` has none; if both are given they must agree. */
  tag?: string;
  /** The manifest digest of the tag (`sha256:…`), when `image` has none. */
  digest?: string;
}

type Verdict = { kind: 'update' } | { kind: 'same' } | { kind: 'rejected'; reason: string };

export function planGiven(automation: ImageAutomation, given: GivenImage): ImageBumpPlan {
  const { reference, tag, digest } = resolveGiven(given);
  const diagnostics: ImageDiagnostic[] = [];
  const updates: SetterUpdate[] = [];
  const invalid = new Set<object>();
  const candidates = automation.bindings.filter((b) => sameRepository(b.repository.image, reference));
  for (const group of groupBindings(candidates)) {
    if (invalid.has(group.policy)) continue;
    const policyName = formatPolicyRef(group.policy.ref);
    let decide: (current: string | undefined) => Verdict;
    try {
      decide = decider(group, tag);
    } catch (error) {
      if (!(error instanceof GitopsError)) throw error;
      invalid.add(group.policy);
      diagnostics.push(
        atPolicy(group.policy, 'error', 'policy-invalid', `ImagePolicy ${policyName}: ${error.message}`),
      );
      continue;
    }
    const verdicts = group.bindings.map((b) => decide(currentTagOf(b, group)));
    const changing = verdicts.some((v) => v.kind === 'update');
    const known = reflectedDigest(group.policy.digestReflection, !changing, group.currentDigest, digest);
    if (known.missing && groupNeedsDigest(group) && verdicts.some((v) => v.kind !== 'rejected')) {
      diagnostics.push(
        ...atEachMarker(
          group,
          'error',
          'digest-missing',
          `not updated: ImagePolicy ${policyName} reflects digests (digestReflectionPolicy: ${group.policy.digestReflection}) and no digest was given for ${tag}`,
        ),
      );
      continue;
    }
    const ref = { name: group.repository.image, tag, ...(known.digest ? { digest: known.digest } : {}) };
    group.bindings.forEach((binding, index) => {
      const verdict = verdicts[index] as Verdict;
      if (verdict.kind === 'rejected') {
        const { setter } = binding;
        diagnostics.push({
          severity: 'notice',
          code: 'tag-rejected',
          location: { file: setter.file, line: setter.line, column: setter.column },
          reason: `tag ${tag} rejected by policy ${policyName}: ${verdict.reason}`,
          policy: setter.policy,
        });
      } else {
        updates.push({ binding, value: setterValue(binding.setter.field, ref) });
      }
    });
  }
  return assemblePlan(updates, automation.scan.files, diagnostics);
}

/** How the policy judges `tag` against a current tag; throws a GitopsError for an invalid policy. */
function decider(group: SetterGroup, tag: string): (current: string | undefined) => Verdict {
  const spec = policySpecOf(group);
  // Judging the tag against itself checks only the policy: accepted tags come back "not higher".
  const alone = acceptsAndRanks(spec, tag, tag);
  return (current) => {
    if (current === undefined || current === tag) {
      if (alone.reason !== 'not-higher') return { kind: 'rejected', reason: rejection(alone) };
      return current === tag ? { kind: 'same' } : { kind: 'update' };
    }
    const decision = acceptsAndRanks(spec, current, tag);
    if (decision.accepted) return { kind: 'update' };
    return {
      kind: 'rejected',
      reason:
        decision.reason === 'not-higher'
          ? `it does not rank above the current tag ${current}`
          : rejection(decision),
    };
  };
}

function rejection(decision: RankDecision): string {
  const verdict = decision.outcome;
  if (verdict === undefined) return decision.reason;
  const text = describeVerdict(verdict);
  return text.startsWith(`${verdict.tag}: `) ? text.slice(verdict.tag.length + 2) : text;
}

/** The image, tag and digest asked for; a GitopsError names what is wrong with them. */
export function resolveGiven(given: GivenImage): { reference: ImageReference; tag: string; digest?: string } {
  const reference = parseImageReference(given.image);
  const conflict = (what: string, a: string, b: string) =>
    new GitopsError(`the image ${JSON.stringify(given.image)} has ${what} ${a}, but ${b} was given as well`, {
      hint: `Give the ${what} once.`,
    });
  if (given.tag !== undefined && reference.tag !== undefined && given.tag !== reference.tag)
    throw conflict('tag', reference.tag, given.tag);
  if (given.digest !== undefined && reference.digest !== undefined && given.digest !== reference.digest)
    throw conflict('digest', reference.digest, given.digest);
  const tag = given.tag ?? reference.tag;
  const digest = given.digest ?? reference.digest;
  if (tag === undefined || tag === '') {
    throw new GitopsError(`no tag given for ${given.image}`, {
      hint: 'ImagePolicies choose between tags, so a digest alone cannot be checked against them; give the tag the image was pushed as.',
    });
  }
  if (!isValidTag(tag)) throw new GitopsError(`${JSON.stringify(tag)} is not a valid image tag`);
  if (digest !== undefined && !isValidDigest(digest))
    throw new GitopsError(`${JSON.stringify(digest)} is not a digest`, {
      hint: 'Write it as sha256:<64 hex digits>.',
    });
  return { reference, tag, ...(digest === undefined ? {} : { digest }) };
}
