/**
 * Container image references, read the way Docker reads them (distribution/reference
 * `ParseNormalizedNamed`): `nginx` is `docker.io/library/nginx`, and the first path component is a
 * registry only when it looks like a host (it has a `.` or a `:`, is `localhost`, or has upper case,
 * which a repository path cannot).
 */
import { GitopsError } from '../errors.js';

export interface ImageReference {
  /** The registry, `host[:port]`; Docker Hub is `docker.io`. */
  domain: string;
  /** The repository inside the registry: `library/nginx`, `acme/shop`. */
  path: string;
  tag?: string;
  /** `algorithm:hex`, as after `@` in `name@sha256:…`. */
  digest?: string;
}

const DEFAULT_DOMAIN = 'docker.io';
/** distribution/reference `legacyDefaultDomain`: Docker rewrites it to docker.io. */
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const NAME_TOTAL_LENGTH_MAX = 255;

// The grammar of distribution/reference's regexp.go.
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const PATH = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(
  `^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[(?:[a-fA-F0-9:]+)\\])(?::[0-9]+)?$`,
);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const ANCHORED_IDENTIFIER = /^[a-f0-9]{64}$/;

/**
 * Parses and normalises a reference: `nginx:1.25` → `{domain: 'docker.io', path: 'library/nginx',
 * tag: '1.25'}`. Throws a GitopsError naming the reference when it is not one Docker accepts.
 */
export function parseImageReference(text: string): ImageReference {
  const fail = (why: string): never => {
    throw new GitopsError(`invalid image reference ${JSON.stringify(text)}: ${why}`, {
      hint: 'Write it as [registry/]repository[:tag][@digest], for example ghcr.io/acme/shop:1.4.2.',
    });
  };
  if (text === '') fail('it is empty');
  const { domain, remainder } = splitDomain(text);
  let rest = remainder;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) fail(`the digest ${JSON.stringify(digest)} is not algorithm:hex`);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon !== -1) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) fail(`the tag ${JSON.stringify(tag)} is not valid`);
  }
  if (!DOMAIN.test(domain)) fail(`the registry ${JSON.stringify(domain)} is not a host name`);
  if (rest !== rest.toLowerCase() && PATH.test(rest.toLowerCase())) fail('repository name must be lowercase');
  if (!PATH.test(rest)) fail(`the repository ${JSON.stringify(rest)} is not valid`);
  if (domain === DEFAULT_DOMAIN && ANCHORED_IDENTIFIER.test(remainder))
    fail('a 64-character hexadecimal string is an image ID, not a repository');
  if (domain.length + 1 + rest.length > NAME_TOTAL_LENGTH_MAX)
    fail(`the name is longer than ${NAME_TOTAL_LENGTH_MAX} characters`);
  const path = domain === DEFAULT_DOMAIN && !rest.includes('/') ? `library/${rest}` : rest;
  return {
    domain,
    path,
    ...(tag === undefined ? {} : { tag }),
    ...(digest === undefined ? {} : { digest }),
  };
}

/** distribution/reference `splitDockerDomain`. */
function splitDomain(name: string): { domain: string; remainder: string } {
  const slash = name.indexOf('/');
  const first = slash === -1 ? '' : name.slice(0, slash);
  if (slash === -1 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
    return { domain: DEFAULT_DOMAIN, remainder: name };
  }
  const domain = first === LEGACY_DEFAULT_DOMAIN ? DEFAULT_DOMAIN : first;
  return { domain, remainder: name.slice(slash + 1) };
}

/** `docker.io/library/nginx`: the repository without tag or digest. */
export function repositoryName(ref: ImageReference): string {
  return `${ref.domain}/${ref.path}`;
}

/** The normalised reference: `docker.io/library/nginx:1.25@sha256:…`. */
export function formatImageReference(ref: ImageReference): string {
  const tag = ref.tag === undefined ? '' : `:${ref.tag}`;
  return `${repositoryName(ref)}${tag}${ref.digest === undefined ? '' : `@${ref.digest}`}`;
}

/**
 * Whether two references name the same repository, ignoring tag and digest: an ImageRepository's
 * `spec.image` (`nginx`) matches the image CI built (`docker.io/library/nginx:1.25`). Registry
 * host names compare without regard to case, as DNS does. Unparsable references match nothing.
 */
export function sameRepository(a: string | ImageReference, b: string | ImageReference): boolean {
  const left = typeof a === 'string' ? tryParse(a) : a;
  const right = typeof b === 'string' ? tryParse(b) : b;
  if (left === undefined || right === undefined) return false;
  return left.domain.toLowerCase() === right.domain.toLowerCase() && left.path === right.path;
}

function tryParse(text: string): ImageReference | undefined {
  try {
    return parseImageReference(text);
  } catch (error) {
    if (error instanceof GitopsError) return undefined;
    throw error;
  }
}

/**
 * The tag and digest written at the end of a value, without validating the rest: a marked value
 * may hold `${REGISTRY}/app:1.0`, which is no reference Docker accepts but still says which tag
 * runs. The tag is what follows the last `:` after the last `/`, before any `@`.
 */
export function splitTagAndDigest(value: string): { tag?: string; digest?: string } {
  const at = value.indexOf('@');
  const name = at === -1 ? value : value.slice(0, at);
  const digest = at === -1 ? undefined : value.slice(at + 1);
  const colon = name.lastIndexOf(':');
  const tag = colon > name.lastIndexOf('/') ? name.slice(colon + 1) : undefined;
  return {
    ...(tag === undefined || tag === '' ? {} : { tag }),
    ...(digest === undefined || digest === '' ? {} : { digest }),
  };
}

/** Whether `text` is a tag Docker accepts. */
export function isValidTag(text: string): boolean {
  return TAG.test(text);
}

/** Whether `text` is a digest (`algorithm:hex`, at least 32 hex digits). */
export function isValidDigest(text: string): boolean {
  return DIGEST.test(text);
}
