import { describe, expect, test } from 'vitest';
import type { KubeObject } from '../../../src/core/flux/substitute/substitute-resource.js';
import { isLocalRelativePath } from '../../../src/core/kustomize/generate.js';
import {
  applyCommonMetadata,
  planPostBuild,
  setOwnerLabels,
} from '../../../src/core/kustomize/post-build.js';

const ks = (spec: KubeObject) => ({ name: 'apps', namespace: 'flux-system', spec });

describe('planPostBuild', () => {
  test('no spec.postBuild means no substitution at all', () => {
    expect(planPostBuild(ks({}), undefined)).toBeUndefined();
  });

  test("substituteFrom in order from the Kustomization's namespace, inline substitute on top", () => {
    const seen: string[] = [];
    const plan = planPostBuild(
      ks({
        postBuild: {
          substitute: { b: 'inline' },
          substituteFrom: [
            { kind: 'ConfigMap', name: 'vars' },
            { kind: 'Secret', name: 'absent', optional: true },
          ],
          substituteStrategy: 'Always',
        },
      }),
      ({ kind, name, namespace }) => {
        seen.push(`${kind} ${namespace}/${name}`);
        return kind === 'ConfigMap' ? { data: { a: 'from-map', b: 'from-map' } } : undefined;
      },
    );
    expect(seen).toEqual(['ConfigMap flux-system/vars', 'Secret flux-system/absent']);
    expect(Object.fromEntries(plan?.variables ?? [])).toEqual({ a: 'from-map', b: 'inline' });
    expect(plan?.strategy).toBe('Always');
  });

  test('a missing required substituteFrom object is an error naming the Kustomization', () => {
    expect(() =>
      planPostBuild(
        ks({ postBuild: { substituteFrom: [{ kind: 'ConfigMap', name: 'vars' }] } }),
        () => undefined,
      ),
    ).toThrow(
      `Kustomization flux-system/apps: substitute from 'ConfigMap/vars' error: configmaps "vars" not found`,
    );
  });
});

describe('owner labels and commonMetadata', () => {
  test("owner labels are added beside the object's own; commonMetadata then overrides matching keys", () => {
    const object: KubeObject = { kind: 'ConfigMap', metadata: { name: 'c', labels: { team: 'a' } } };
    setOwnerLabels(object, { name: 'apps', namespace: 'flux-system' });
    applyCommonMetadata(object, { commonMetadata: { labels: { team: 'b' }, annotations: { note: 'x' } } });
    expect(object.metadata).toEqual({
      name: 'c',
      labels: {
        team: 'b',
        'kustomize.toolkit.fluxcd.io/name': 'apps',
        'kustomize.toolkit.fluxcd.io/namespace': 'flux-system',
      },
      annotations: { note: 'x' },
    });
  });
});

describe('isLocalRelativePath (components)', () => {
  test.each([
    ['../components/a', true],
    ['file://../x', true],
    ['/abs/path', false],
    ['https://github.com/acme/x', false],
    ['git@github.com:acme/x', false],
    ['github.com/acme/x', false],
  ])('%s → %s', (value, expected) => {
    expect(isLocalRelativePath(value)).toBe(expected);
  });
});
