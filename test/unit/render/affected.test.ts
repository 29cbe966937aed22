import { describe, expect, it } from 'vitest';
import { affectedUnits } from '../../../src/core/render/affected.js';
import type { RenderUnit } from '../../../src/core/render/model.js';

function unit(id: string, overrides: Partial<RenderUnit> = {}): RenderUnit {
  const [cluster = '', kind = 'HelmRelease', namespace = '', name = ''] = id.split('/');
  return {
    id,
    cluster,
    kind: kind as RenderUnit['kind'],
    namespace,
    name,
    chain: [],
    dependsOn: [],
    inputsDigest: `sha256:${name}`,
    status: 'planned',
    durationMs: 0,
    objects: [],
    ...overrides,
  };
}

describe('affectedUnits', () => {
  it('leaves out units whose inputs digest is the same on both sides', () => {
    const base = { units: [unit('c/HelmRelease/a/one'), unit('c/HelmRelease/a/two')] };
    const head = {
      units: [unit('c/HelmRelease/a/one'), unit('c/HelmRelease/a/two', { inputsDigest: 'sha256:new' })],
    };
    expect([...affectedUnits(base, head)]).toEqual(['c/HelmRelease/a/two']);
  });

  it('takes units found on one side only', () => {
    const base = { units: [unit('c/HelmRelease/a/gone')] };
    const head = { units: [unit('c/HelmRelease/a/new')] };
    expect([...affectedUnits(base, head)].sort()).toEqual(['c/HelmRelease/a/gone', 'c/HelmRelease/a/new']);
  });

  it('takes units without a digest or failed while planning, so their error is reported', () => {
    const base = { units: [unit('c/HelmRelease/a/x'), unit('c/HelmRelease/a/y')] };
    const head = {
      units: [
        unit('c/HelmRelease/a/x', { inputsDigest: undefined, status: 'failed' }),
        unit('c/HelmRelease/a/y', { status: 'failed' }),
      ],
    };
    expect([...affectedUnits(base, head)].sort()).toEqual(['c/HelmRelease/a/x', 'c/HelmRelease/a/y']);
  });

  it('never lists Kustomization units: their cluster tree is built on both sides anyway', () => {
    const base = { units: [unit('c/Kustomization/flux-system/apps', { inputsDigest: 'sha256:1' })] };
    const head = { units: [unit('c/Kustomization/flux-system/apps', { inputsDigest: 'sha256:2' })] };
    expect(affectedUnits(base, head).size).toBe(0);
  });
});
