import { createHash } from 'node:crypto';
import { objectKey } from '../core/manifest/identity.js';
import type { Finding } from '../core/validate/finding.js';

/** How SARIF results name files and themselves: the parts that must stay stable from run to run. */

/**
 * Our identity key in `partialFingerprints`. Code scanning only reads `primaryLocationLineHash`,
 * and upload-sarif computes that one itself from the text at the line (so it follows a line that
 * moves), logging a warning for every result that brings a different value. So we leave that key
 * to GitHub and publish our own, which other SARIF consumers and baselines can match on.
 * SARIF §3.27.17 asks for hierarchical names ending in a version.
 */
export const FINGERPRINT_KEY = 'gitopsActions/identity/v1';

/**
 * Who a result is, independent of where it is: rule, file, object and field. A line that moves, or
 * a value that changes from one wrong thing to another, keeps its fingerprint.
 */
export function findingIdentity(finding: Finding): string {
  const identity = [
    finding.ruleId,
    finding.location.file,
    finding.object === undefined ? null : objectKey(finding.object),
    finding.jsonPath ?? null,
  ];
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 32);
}

/**
 * Identical identities (an object-level rule firing twice on one object) get `:1`, `:2` in report
 * order, as GitHub numbers equal line hashes, so no two results in a run share a fingerprint.
 */
export function fingerprintAll(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const identity = findingIdentity(finding);
    const count = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, count);
    return `${identity}:${count}`;
  });
}

/**
 * Repository-relative, forward slashes, each segment percent-encoded: `apps/my app/values.yaml`
 * becomes `apps/my%20app/values.yaml`. A `:` in the first segment is encoded too, so it cannot
 * read as a URI scheme.
 */
export function artifactUri(file: string): string {
  return file
    .toWellFormed()
    .replaceAll('\\', '/')
    .replace(/^(\.\/)+/, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
