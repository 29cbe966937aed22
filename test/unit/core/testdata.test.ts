import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../support/temp.js';
import { requireTestdata, sharedTestdata, testdataRoot } from '../../support/testdata.js';

const saved = { CI: process.env.CI, GITOPS_ACTIONS_TESTDATA: process.env.GITOPS_ACTIONS_TESTDATA };

afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe('shared test data', () => {
  it('is found where GITOPS_ACTIONS_TESTDATA points', async () => {
    const root = await tempDir();
    await mkdir(path.join(root, 'flux-crds'));
    process.env.GITOPS_ACTIONS_TESTDATA = root;
    expect(testdataRoot()).toBe(root);
    expect(sharedTestdata('flux-crds')).toBe(path.join(root, 'flux-crds'));
  });

  it('lets a test skip missing data outside CI', async () => {
    process.env.GITOPS_ACTIONS_TESTDATA = await tempDir();
    delete process.env.CI;
    expect(sharedTestdata('kubernetes/v1.99')).toBeUndefined();
    expect(() => requireTestdata('kubernetes/v1.99')).toThrow('shared test data kubernetes/v1.99 is missing');
  });

  it('fails instead of skipping when CI=true', async () => {
    process.env.GITOPS_ACTIONS_TESTDATA = await tempDir();
    process.env.CI = 'true';
    expect(() => sharedTestdata('kubernetes/v1.99')).toThrow(/CI must have it/);
  });

  it('defaults to ../shared/testdata beside the checkout, where the real data is', () => {
    delete process.env.GITOPS_ACTIONS_TESTDATA;
    expect(testdataRoot()).toMatch(/\/shared\/testdata$/);
    expect(requireTestdata('kubernetes/v1.35/swagger.json')).toMatch(/swagger\.json$/);
  });
});
