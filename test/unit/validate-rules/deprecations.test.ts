import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareReleases } from '../../../src/core/validate/rules/api-versions.js';
import {
  API_DEPRECATIONS,
  FLUX_RELEASE,
  findDeprecation,
} from '../../../src/core/validate/rules/deprecations.js';
import { sharedTestdata } from '../../support/testdata.js';

function groupVersionKinds(swaggerFile: string): Set<string> {
  const swagger = JSON.parse(readFileSync(swaggerFile, 'utf8')) as {
    definitions: Record<
      string,
      { 'x-kubernetes-group-version-kind'?: { group: string; version: string; kind: string }[] }
    >;
  };
  const found = new Set<string>();
  for (const definition of Object.values(swagger.definitions)) {
    for (const gvk of definition['x-kubernetes-group-version-kind'] ?? []) {
      found.add(`${gvk.group === '' ? '' : `${gvk.group}/`}${gvk.version} ${gvk.kind}`);
    }
  }
  return found;
}

describe('the deprecation table', () => {
  it('never removes an API before deprecating it', () => {
    for (const entry of API_DEPRECATIONS) {
      expect(
        compareReleases(entry.removedIn, entry.deprecatedIn),
        `${entry.apiVersion} ${entry.kind}`,
      ).toBeGreaterThanOrEqual(0);
    }
  });

  it('has one entry per apiVersion and kind', () => {
    const keys = API_DEPRECATIONS.map((entry) => `${entry.apiVersion} ${entry.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names a replacement that is itself not deprecated, or says what to do instead', () => {
    for (const entry of API_DEPRECATIONS) {
      if (entry.replacement === undefined) {
        expect(entry.instead, `${entry.apiVersion} ${entry.kind}`).toMatch(/Pod Security Admission/);
        continue;
      }
      expect(entry.replacement).not.toBe(entry.apiVersion);
      expect(
        findDeprecation(entry.replacement, entry.kind),
        `${entry.apiVersion} ${entry.kind}`,
      ).toBeUndefined();
    }
  });

  it('records the removals of the deprecation guide', () => {
    expect(findDeprecation('batch/v1beta1', 'CronJob')).toMatchObject({
      component: 'kubernetes',
      deprecatedIn: '1.21',
      removedIn: '1.25',
      replacement: 'batch/v1',
    });
    expect(findDeprecation('autoscaling/v2beta2', 'HorizontalPodAutoscaler')).toMatchObject({
      deprecatedIn: '1.23',
      removedIn: '1.26',
      replacement: 'autoscaling/v2',
    });
    expect(findDeprecation('flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema')).toMatchObject({
      deprecatedIn: '1.29',
      removedIn: '1.32',
      replacement: 'flowcontrol.apiserver.k8s.io/v1',
    });
    expect(findDeprecation('extensions/v1beta1', 'Ingress')).toMatchObject({ removedIn: '1.22' });
    expect(findDeprecation('policy/v1beta1', 'PodSecurityPolicy')?.removedIn).toBe('1.25');
    expect(findDeprecation('storage.k8s.io/v1beta1', 'CSIStorageCapacity')?.removedIn).toBe('1.27');
    expect(findDeprecation('apps/v1', 'Deployment')).toBeUndefined();
  });

  it('records the Flux API versions Flux itself removed', () => {
    expect(findDeprecation('helm.toolkit.fluxcd.io/v2beta1', 'HelmRelease')).toMatchObject({
      component: 'flux',
      removedIn: '2.7',
      replacement: 'helm.toolkit.fluxcd.io/v2',
    });
    expect(findDeprecation('helm.toolkit.fluxcd.io/v2beta2', 'HelmRelease')?.removedIn).toBe('2.8');
    expect(findDeprecation('kustomize.toolkit.fluxcd.io/v1beta2', 'Kustomization')?.removedIn).toBe('2.8');
    expect(findDeprecation('image.toolkit.fluxcd.io/v1beta2', 'ImagePolicy')?.removedIn).toBe('2.9');
  });
});

describe('the table against the upstream OpenAPI documents', () => {
  for (const release of ['1.31', '1.35']) {
    const swagger = sharedTestdata(`kubernetes/v${release}/swagger.json`);
    it.skipIf(swagger === undefined)(
      `Kubernetes ${release} serves no version the table says it removed`,
      () => {
        const served = groupVersionKinds(swagger as string);
        const kubernetes = API_DEPRECATIONS.filter((entry) => entry.component === 'kubernetes');
        for (const entry of kubernetes) {
          const key = `${entry.apiVersion} ${entry.kind}`;
          if (compareReleases(release, entry.removedIn) >= 0) expect(served.has(key), key).toBe(false);
        }
      },
    );
  }

  const swagger135 = sharedTestdata('kubernetes/v1.35/swagger.json');
  it.skipIf(swagger135 === undefined)(
    'Kubernetes 1.35 serves every replacement, and every version not yet removed',
    () => {
      const served = groupVersionKinds(swagger135 as string);
      for (const entry of API_DEPRECATIONS.filter((e) => e.component === 'kubernetes')) {
        if (entry.replacement !== undefined)
          expect(served.has(`${entry.replacement} ${entry.kind}`), entry.replacement).toBe(true);
        if (compareReleases('1.35', entry.removedIn) < 0) {
          expect(served.has(`${entry.apiVersion} ${entry.kind}`), `${entry.apiVersion} ${entry.kind}`).toBe(
            true,
          );
        }
      }
    },
  );
});

describe('the Flux entries against the Flux CRDs', () => {
  const crds = sharedTestdata('flux-crds');
  it.skipIf(crds === undefined)(
    `Flux ${FLUX_RELEASE} serves every replacement and none of the removed versions`,
    () => {
      const served = new Set<string>();
      for (const file of readdirSync(crds as string).filter((name) => name.endsWith('.yaml'))) {
        const crd = parse(readFileSync(path.join(crds as string, file), 'utf8')) as {
          spec: { group: string; names: { kind: string }; versions: { name: string; served: boolean }[] };
        };
        for (const version of crd.spec.versions) {
          if (version.served) served.add(`${crd.spec.group}/${version.name} ${crd.spec.names.kind}`);
        }
      }
      const flux = API_DEPRECATIONS.filter((entry) => entry.component === 'flux');
      expect(flux.length).toBeGreaterThan(20);
      for (const entry of flux) {
        expect(served.has(`${entry.apiVersion} ${entry.kind}`), `${entry.apiVersion} ${entry.kind}`).toBe(
          false,
        );
        expect(served.has(`${entry.replacement} ${entry.kind}`), `${entry.replacement} ${entry.kind}`).toBe(
          true,
        );
        expect(compareReleases(FLUX_RELEASE, entry.removedIn)).toBeGreaterThanOrEqual(0);
      }
    },
  );
});
