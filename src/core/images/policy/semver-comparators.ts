/**
 * The single comparators of Masterminds/semver v3.5 (`constraintGreaterThan` and friends in
 * constraints.go), with their wildcard ("dirty") special cases. These differ from node-semver
 * on purpose; each function notes the rule it mirrors.
 */
import { comparePrerelease, compareVersions, type SemverVersion } from './semver-version.js';

export type ComparatorOp = '' | '=' | '!=' | '>' | '<' | '>=' | '=>' | '<=' | '=<' | '~' | '~>' | '^';

export interface Comparator {
  readonly op: ComparatorOp;
  /** The version text as written, for example `1.x` or `v1.2.3-rc.1`. */
  readonly original: string;
  /** The comparator's version: wildcards and missing parts as 0, build metadata dropped. */
  readonly version: SemverVersion;
  /** Some part was a wildcard or missing (`1.x`, `1.2`, `*`). */
  readonly dirty: boolean;
  /** The minor part was a wildcard or missing (`1`, `1.x`). */
  readonly minorDirty: boolean;
  /** The patch part was a wildcard or missing (`1.2`, `1.2.x`). */
  readonly patchDirty: boolean;
}

/** One comparator's verdict. Masterminds refuses any prerelease up front unless its group allows them. */
export function satisfies(c: Comparator, v: SemverVersion, includePrerelease: boolean): boolean {
  if (v.prerelease !== '' && !includePrerelease) return false;
  switch (c.op) {
    case '':
    case '=':
      return c.dirty ? tilde(c, v) : compareVersions(v, c.version) === 0;
    case '!=':
      return notEqual(c, v);
    case '>':
      return greaterThan(c, v);
    case '<':
      // No wildcard case: `<1.2` and `<1.2.x` both mean below 1.2.0.
      return compareVersions(v, c.version) < 0;
    case '>=':
    case '=>':
      return compareVersions(v, c.version) >= 0;
    case '<=':
    case '=<':
      return lessThanOrEqual(c, v);
    case '~':
    case '~>':
      return tilde(c, v);
    case '^':
      return caret(c, v);
  }
}

/** `!=1.x` excludes the whole 1 line; `!=1.2` the whole 1.2 line, prerelease-aware on the patch level. */
function notEqual(c: Comparator, v: SemverVersion): boolean {
  const con = c.version;
  if (c.dirty) {
    if (con.major !== v.major) return true;
    if (con.minor !== v.minor && !c.minorDirty) return true;
    if (c.minorDirty) return false;
    if (con.patch !== v.patch && !c.patchDirty) return true;
    if (c.patchDirty) {
      if (v.prerelease !== '' || con.prerelease !== '')
        return comparePrerelease(v.prerelease, con.prerelease) !== 0;
      return false;
    }
  }
  return compareVersions(v, con) !== 0;
}

/** `>1` needs 2.0.0 or more; `>1.1` needs 1.2.0 or more (1.1.5 is not above "1.1"). */
function greaterThan(c: Comparator, v: SemverVersion): boolean {
  const con = c.version;
  if (!c.dirty) return compareVersions(v, con) === 1;
  if (v.major > con.major) return true;
  if (v.major < con.major) return false;
  if (c.minorDirty) return false;
  if (c.patchDirty) return v.minor > con.minor;
  return compareVersions(v, con) === 1;
}

/** `<=1` allows all of 1.x; `<=1.1` allows all of 1.1.x. */
function lessThanOrEqual(c: Comparator, v: SemverVersion): boolean {
  const con = c.version;
  if (!c.dirty) return compareVersions(v, con) <= 0;
  if (v.major > con.major) return false;
  if (v.major === con.major && v.minor > con.minor && !c.minorDirty) return false;
  return true;
}

/** `~1.2.3` is >=1.2.3 <1.3.0, `~1` is >=1.0.0 <2.0.0, `~0.0.0` and `~*` allow everything. */
function tilde(c: Comparator, v: SemverVersion): boolean {
  const con = c.version;
  if (compareVersions(v, con) < 0) return false;
  if (con.major === 0n && con.minor === 0n && con.patch === 0n && !c.minorDirty && !c.patchDirty) return true;
  if (v.major !== con.major) return false;
  return v.minor === con.minor || c.minorDirty;
}

/** `^1.2.3` is >=1.2.3 <2.0.0, `^0.2.3` is >=0.2.3 <0.3.0, `^0.0.3` is exactly 0.0.3, `^0.0` is <0.1.0. */
function caret(c: Comparator, v: SemverVersion): boolean {
  const con = c.version;
  if (compareVersions(v, con) < 0) return false;
  if (con.major > 0n || c.minorDirty) return v.major === con.major;
  if (v.major > 0n) return false;
  if (con.minor > 0n || c.patchDirty) return v.minor === con.minor;
  if (v.minor > 0n) return false;
  return v.patch === con.patch;
}
