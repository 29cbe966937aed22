import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import {
  minorDirectory,
  normalizedKubernetesVersion,
  parseKubernetesVersion,
} from '../../../src/core/schema/kubernetes-version.js';
import { expandLocation, parseLocationTemplate } from '../../../src/core/schema/location-template.js';

describe('Kubernetes versions', () => {
  it('accepts 1.35, 1.35.0 and v1.35.0, and selects schemas by the minor release', () => {
    expect(parseKubernetesVersion('1.35')).toEqual({ major: 1, minor: 35 });
    expect(parseKubernetesVersion('1.35.0')).toEqual({ major: 1, minor: 35, patch: 0 });
    expect(parseKubernetesVersion(' v1.31.4 ')).toEqual({ major: 1, minor: 31, patch: 4 });
    expect(minorDirectory(parseKubernetesVersion('1.35.2'))).toBe('v1.35');
  });

  it("normalizes to kubeconform's v<x.y.z>, defaulting the patch to 0", () => {
    expect(normalizedKubernetesVersion(parseKubernetesVersion('1.30'))).toBe('v1.30.0');
    expect(normalizedKubernetesVersion(parseKubernetesVersion('1.30.2'))).toBe('v1.30.2');
  });

  it('rejects anything else as a usage error naming the value', () => {
    for (const text of ['1', 'latest', '1.x', '1.35.0.1', '']) {
      expect(() => parseKubernetesVersion(text)).toThrow(UsageError);
    }
    expect(() => parseKubernetesVersion('latest')).toThrow(/"latest"/);
  });
});

describe('kubeconform schema locations', () => {
  const version = parseKubernetesVersion('1.30');

  it('appends the default layout to a location that does not end in json', () => {
    const template = parseLocationTemplate('/schemas/');
    const gvk = { group: 'apps', version: 'v1', kind: 'Deployment' };
    expect(expandLocation(template, gvk, version, true)).toBe(
      '/schemas/v1.30.0-standalone-strict/deployment-apps-v1.json',
    );
    expect(expandLocation(template, { group: '', version: 'v1', kind: 'ConfigMap' }, version, false)).toBe(
      '/schemas/v1.30.0-standalone/configmap-v1.json',
    );
  });

  it("reads `default` as kubeconform's default catalog", () => {
    const template = parseLocationTemplate('default');
    expect(
      expandLocation(template, { group: 'apps', version: 'v1', kind: 'Deployment' }, version, true),
    ).toBe(
      'https://raw.githubusercontent.com/yannh/kubernetes-json-schema/master/v1.30.0-standalone-strict/deployment-apps-v1.json',
    );
  });

  it('fills Group, ResourceKind, ResourceAPIVersion and KindSuffix as kubeconform does, quirks included', () => {
    const template = parseLocationTemplate(
      '/crds/{{.Group}}/{{ .ResourceKind }}_{{.ResourceAPIVersion}}{{.KindSuffix}}.json',
    );
    const hr = { group: 'helm.toolkit.fluxcd.io', version: 'v2', kind: 'HelmRelease' };
    expect(expandLocation(template, hr, version, true)).toBe(
      '/crds/helm.toolkit.fluxcd.io/helmrelease_v2-helm-v2.json',
    );
    // kubeconform splits the apiVersion on "/": a core object's Group is its version.
    expect(expandLocation(template, { group: '', version: 'v1', kind: 'Service' }, version, true)).toBe(
      '/crds/v1/service_v1-v1.json',
    );
  });

  it('rejects unknown fields and other template actions up front', () => {
    expect(() => parseLocationTemplate('/s/{{.Kind}}.json')).toThrow(/unknown field \{\{\.Kind\}\}/);
    expect(() => parseLocationTemplate('/s/{{ if .Group }}x{{ end }}.json')).toThrow(UsageError);
  });
});
