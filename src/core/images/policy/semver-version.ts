/**
 * Semantic versions as Masterminds/semver v3.5 parses and orders them, and as Flux's
 * image-reflector-controller reads image tags.
 *
 * The controller does not use Masterminds' `StrictNewVersion`: its semver policy calls
 * fluxcd/pkg `version.ParseVersion`, which demands three dot-separated parts and then calls
 * the lenient `NewVersion` (with `CoerceNewVersion` on, its default since v3.4). So leading
 * zeros (`v2025.07.03`) are accepted and dropped, while `v1.2` is not a version tag.
 */

const MAX_UINT64 = (1n << 64n) - 1n;

/** Masterminds' loose version grammar; `$` in Go without `(?m)` is end of text, as here. */
const LOOSE_VERSION =
  /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;

export interface SemverVersion {
  readonly major: bigint;
  readonly minor: bigint;
  readonly patch: bigint;
  /** Prerelease identifiers without the `-`; empty when there are none. */
  readonly prerelease: string;
  /** Build metadata without the `+`; ignored by every comparison, as semver 2.0 says. */
  readonly metadata: string;
  /** The text that was parsed, `v` prefix and all: what the controller reports back. */
  readonly original: string;
}

export type VersionParse = { ok: true; version: SemverVersion } | { ok: false; reason: string };

/** Masterminds `NewVersion` (coercing): `1`, `1.2`, `v1.2.3`, `01.02.03` are all versions. */
export function parseLooseVersion(text: string): VersionParse {
  const m = LOOSE_VERSION.exec(text);
  if (!m) return { ok: false, reason: 'not a semantic version' };
  const major = parseUint64(m[1]);
  const minor = m[2] === undefined ? 0n : parseUint64(m[2].slice(1));
  const patch = m[3] === undefined ? 0n : parseUint64(m[3].slice(1));
  if (major === undefined || minor === undefined || patch === undefined)
    return { ok: false, reason: 'a version number is larger than 2^64-1' };
  const prerelease = m[5] ?? '';
  // Masterminds validates the prerelease after the regex: numeric identifiers must not
  // start with 0 (semver 2.0 item 9). Metadata is free-form (the regex already limits it).
  if (prerelease !== '' && prerelease.split('.').some((id) => /^0[0-9]+$/.test(id)))
    return { ok: false, reason: 'a numeric prerelease identifier starts with 0' };
  return { ok: true, version: { major, minor, patch, prerelease, metadata: m[8] ?? '', original: text } };
}

/**
 * How the image-reflector-controller reads a tag for a semver policy (fluxcd/pkg
 * `version.ParseVersion`): Go's `strings.SplitN(tag, ".", 3)` must give three parts, i.e. the
 * tag holds at least two dots, then Masterminds `NewVersion`. `1.2-rc.1` therefore passes
 * (as 1.2.0-rc.1), while `v1.2` and `1.2-rc1` do not.
 */
export function parseTagVersion(tag: string): VersionParse {
  if (tag.split('.').length < 3) return { ok: false, reason: 'fewer than three dot-separated parts' };
  return parseLooseVersion(tag);
}

function parseUint64(digits: string | undefined): bigint | undefined {
  if (digits === undefined) return undefined;
  const value = BigInt(digits);
  return value > MAX_UINT64 ? undefined : value;
}

/** Masterminds `Version.Compare`: numbers, then a release above any of its prereleases. */
export function compareVersions(a: SemverVersion, b: SemverVersion): -1 | 0 | 1 {
  for (const [x, y] of [
    [a.major, b.major],
    [a.minor, b.minor],
    [a.patch, b.patch],
  ] as const) {
    if (x !== y) return x < y ? -1 : 1;
  }
  if (a.prerelease === b.prerelease) return 0;
  if (a.prerelease === '') return 1;
  if (b.prerelease === '') return -1;
  return comparePrerelease(a.prerelease, b.prerelease);
}

/**
 * Masterminds `comparePrerelease`: identifier by identifier; a missing identifier sorts
 * first; two numeric identifiers compare as numbers, a numeric one sorts below an
 * alphanumeric one, and two alphanumeric ones compare as Go strings (bytes).
 */
export function comparePrerelease(a: string, b: string): -1 | 0 | 1 {
  const as = a.split('.');
  const bs = b.split('.');
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const d = comparePrereleasePart(as[i] ?? '', bs[i] ?? '');
    if (d !== 0) return d;
  }
  return 0;
}

function comparePrereleasePart(s: string, o: string): -1 | 0 | 1 {
  if (s === o) return 0;
  if (s === '') return -1;
  if (o === '') return 1;
  const sn = asUint64(s);
  const on = asUint64(o);
  if (sn === undefined && on === undefined) return s > o ? 1 : -1;
  if (on === undefined) return -1;
  if (sn === undefined) return 1;
  return sn > on ? 1 : -1;
}

/** Go `strconv.ParseUint(s, 10, 64)` success, which is what makes an identifier numeric. */
function asUint64(s: string): bigint | undefined {
  return /^[0-9]+$/.test(s) ? parseUint64(s) : undefined;
}
