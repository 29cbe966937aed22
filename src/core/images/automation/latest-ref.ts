/**
 * What a setter is set to. image-automation-controller (`internal/update/setters.go`) defines four
 * setters per ImagePolicy from its `status.latestRef`: `<ns>:<name>` is `latestRef.String()`,
 * `:tag` the tag, `:name` the name and `:digest` the digest, which is "" unless the policy reflects
 * digests. The whole scalar is replaced.
 */
import type { SetterField } from '../markers/marker-comment.js';
import type { DigestReflectionPolicy } from './automation-objects.js';

/** image-reflector-controller's `ImageRef`. */
export interface LatestRef {
  /** The ImageRepository's `spec.image`, verbatim. */
  name: string;
  tag: string;
  /** Set only when the policy reflects digests. */
  digest?: string;
}

/** `ImageRef.String()`: `name:tag`, then `@digest` when there is one. */
export function latestRefString(ref: LatestRef): string {
  const base = `${ref.name}:${ref.tag}`;
  return ref.digest ? `${base}@${ref.digest}` : base;
}

export function setterValue(field: SetterField, ref: LatestRef): string {
  switch (field) {
    case 'image':
      return latestRefString(ref);
    case 'tag':
      return ref.tag;
    case 'name':
      return ref.name;
    case 'digest':
      return ref.digest ?? '';
  }
}

/**
 * The digest `latestRef` would carry (image-reflector-controller, `spec.digestReflectionPolicy`):
 * - `Never` (the CRD default): none;
 * - `IfNotPresent`: the digest already recorded when the image did not change, else a fresh one;
 * - `Always`: a fresh one.
 * `fresh` is undefined when it is not known (no digest given, no lookup); the answer is then
 * `{needed: true}` unless the recorded digest may be kept.
 */
export function reflectedDigest(
  policy: DigestReflectionPolicy,
  sameImage: boolean,
  recorded: string | undefined,
  fresh: string | undefined,
): { digest: string | undefined; missing: boolean } {
  if (policy === 'Never') return { digest: undefined, missing: false };
  if (policy === 'IfNotPresent' && sameImage && recorded) return { digest: recorded, missing: false };
  if (fresh !== undefined) return { digest: fresh, missing: false };
  // Same image, Always, nothing fresh: the recorded digest is still the best knowledge.
  if (sameImage && recorded) return { digest: recorded, missing: false };
  return { digest: undefined, missing: true };
}
