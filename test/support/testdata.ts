import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.js';

/**
 * The shared test data (upstream Kubernetes OpenAPI, Flux CRDs, public fleets): `../shared/testdata`
 * beside the checkout by default, or wherever GITOPS_ACTIONS_TESTDATA points.
 */
export function testdataRoot(): string {
  const override = process.env.GITOPS_ACTIONS_TESTDATA;
  return override ? path.resolve(override) : path.resolve(repoRoot, '..', 'shared', 'testdata');
}

export function isCI(): boolean {
  return process.env.CI === 'true' || process.env.CI === '1';
}

/**
 * The path of a piece of shared test data, or undefined when it is missing and the test may skip.
 * In CI a missing piece is an error: a test that silently skips proves nothing.
 */
export function sharedTestdata(relative: string): string | undefined {
  const full = path.join(testdataRoot(), relative);
  if (existsSync(full)) return full;
  if (isCI()) {
    throw new Error(
      `shared test data ${relative} is missing at ${full}; CI must have it (set GITOPS_ACTIONS_TESTDATA to its location)`,
    );
  }
  return undefined;
}

/** Like sharedTestdata, for tests that cannot run at all without the data. */
export function requireTestdata(relative: string): string {
  const full = sharedTestdata(relative);
  if (full === undefined) throw new Error(`shared test data ${relative} is missing under ${testdataRoot()}`);
  return full;
}
