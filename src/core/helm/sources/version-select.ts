/**
 * Chart version selection, as source-controller does it (Masterminds/semver v3 constraints, the
 * same library `helm pull --version` uses). Three entry points because the controller has three:
 * a Helm HTTP repository's index, a HelmChart from an OCI HelmRepository, and OCIRepository's
 * `ref.semver`. Versions are read with fluxcd/pkg `version.ParseVersion` (three dot-separated parts,
 * then Masterminds' lenient parse); anything else is skipped, never an error.
 */
import { GitopsError } from '../../errors.js';
import {
  compareVersions,
  compileGoRegexp,
  matches,
  parseSemverRange,
  parseTagVersion,
  rangeAccepts,
  type SemverRange,
  type SemverVersion,
} from '../../images/policy/index.js';

/**
 * source-controller `ChartRepository.getChartVersion`: `*` (or nothing) is the latest *stable*
 * version; otherwise an exact version string wins outright, then the highest version the
 * constraint accepts. Prereleases pass only a constraint that names one (`>=1.0.0-0`), as in
 * Masterminds. Returns the chosen version as the index spells it, or undefined.
 */
export function selectIndexVersion(versions: readonly string[], constraint: string): string | undefined {
  const latestStable = constraint === '' || constraint === '*';
  const parsed = parseAll(versions).filter(({ version }) => !(latestStable && version.prerelease !== ''));
  if (!latestStable) {
    const exact = parsed.find(({ text }) => text === constraint);
    if (exact) return exact.text;
  }
  return highestAccepted(parsed, parseConstraint(latestStable ? '*' : constraint));
}

/**
 * source-controller `getLastMatchingVersionOrConstraint` (HelmChart from an OCI HelmRepository):
 * an exact tag first, whether or not it is a version, then the highest matching version.
 */
export function selectOciTagByConstraint(tags: readonly string[], constraint: string): string | undefined {
  if (constraint !== '' && tags.includes(constraint)) return constraint;
  const latestStable = constraint === '' || constraint === '*';
  return highestAccepted(parseAll(tags), parseConstraint(latestStable ? '*' : constraint));
}

/**
 * source-controller `getTagBySemver` (OCIRepository `ref.semver`): versions the range accepts,
 * whose tag also matches `ref.semverFilter` (a Go regexp, unanchored) when given; the highest wins.
 */
export function selectOciTagBySemver(
  tags: readonly string[],
  range: string,
  filter?: string,
): string | undefined {
  const pattern =
    filter === undefined ? undefined : compileGoRegexp(filter, 'OCIRepository spec.ref.semverFilter');
  const candidates = parseAll(tags).filter(({ text }) => pattern === undefined || matches(pattern, text));
  return highestAccepted(candidates, parseConstraint(range));
}

interface ParsedVersion {
  readonly text: string;
  readonly version: SemverVersion;
}

function parseAll(texts: readonly string[]): ParsedVersion[] {
  const out: ParsedVersion[] = [];
  for (const text of texts) {
    const parsed = parseTagVersion(text);
    if (parsed.ok) out.push({ text, version: parsed.version });
  }
  return out;
}

function highestAccepted(candidates: readonly ParsedVersion[], range: SemverRange): string | undefined {
  let best: ParsedVersion | undefined;
  for (const candidate of candidates) {
    if (!rangeAccepts(range, candidate.version)) continue;
    // Equal versions (1.0.0 and v1.0.0) keep the first seen, as a stable sort would.
    if (best === undefined || compareVersions(candidate.version, best.version) > 0) best = candidate;
  }
  return best?.text;
}

/** A chart version constraint; the error speaks of charts, not of image policies. */
export function parseConstraint(constraint: string): SemverRange {
  try {
    return parseSemverRange(constraint);
  } catch (error) {
    throw new GitopsError(`invalid chart version constraint "${constraint}"`, {
      cause: error,
      hint:
        'Chart versions use Masterminds/semver constraints, as Helm does: "1.2.3", "1.x", "^1.2", ' +
        '">=1.0.0 <2.0.0", or ">=1.0.0-0" to include prereleases.',
    });
  }
}
