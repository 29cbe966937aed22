import { describe, expect, it } from 'vitest';
import {
  configurationOf,
  defaultedKustomizationIdentity,
} from '../../../src/core/validate/input/configuration.js';
import { parseDocuments } from '../../../src/core/validate/input/parse-documents.js';

const options = { maxDepth: 100 };

describe('kustomize and Helm configuration', () => {
  it('keeps kustomization files as objects for the rules, marked as configuration, with or without apiVersion', () => {
    const written = parseDocuments(
      'apps/kustomization.yaml',
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [a.yaml]\n',
      options,
    );
    const bare = parseDocuments('apps/kustomization.yaml', 'resources:\n  - a.yaml\n', options);
    const component = parseDocuments(
      'apps/extra/kustomization.yaml',
      'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n',
      options,
    );
    const kindOnly = parseDocuments('apps/other.yaml', 'kind: Kustomization\nresources: []\n', options);
    const summary = (parsed: ReturnType<typeof parseDocuments>) =>
      parsed.objects.map(
        (object) => `${object.identity.apiVersion} ${object.identity.kind}: ${object.configuration}`,
      );
    expect(summary(written)).toEqual([
      'kustomize.config.k8s.io/v1beta1 Kustomization: kustomize Kustomization',
    ]);
    expect(summary(bare)).toEqual(['kustomize.config.k8s.io/v1beta1 Kustomization: kustomize Kustomization']);
    expect(summary(component)).toEqual(['kustomize.config.k8s.io/v1alpha1 Component: kustomize Component']);
    expect(summary(kindOnly)).toEqual([
      'kustomize.config.k8s.io/v1beta1 Kustomization: kustomize Kustomization',
    ]);
    for (const parsed of [written, bare, component, kindOnly]) expect(parsed.skipped).toEqual([]);
  });

  it('lists transformer configurations, charts and values files as configuration, not as skips', () => {
    const transformer = parseDocuments(
      'apps/kustomizeconfig.yaml',
      'nameReference:\n  - kind: ConfigMap\n    fieldSpecs:\n      - path: spec/valuesFrom/name\n        kind: HelmRelease\n',
      options,
    );
    const values = parseDocuments(
      'apps/values-prod.yaml',
      'replicaCount: 2\nimage:\n  tag: "1.2"\n',
      options,
    );
    const chart = parseDocuments(
      'charts/web/Chart.yaml',
      'apiVersion: v2\nname: web\nversion: 1.0.0\n',
      options,
    );
    expect(transformer.configuration).toEqual([
      {
        location: { file: 'apps/kustomizeconfig.yaml', line: 1, column: 1 },
        what: 'kustomize transformer configuration',
      },
    ]);
    expect(values.configuration.map((entry) => entry.what)).toEqual(['Helm values']);
    expect(chart.configuration.map((entry) => entry.what)).toEqual(['Helm chart']);
    for (const parsed of [transformer, values, chart]) {
      expect(parsed.skipped).toEqual([]);
      expect(parsed.objects).toEqual([]);
    }
  });

  it('still validates a Kubernetes object in a values-named file, and still skips unknown documents', () => {
    const object = parseDocuments(
      'apps/values.yaml',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: v}\n',
      options,
    );
    expect(object.objects.map((entry) => [entry.identity.kind, entry.configuration])).toEqual([
      ['ConfigMap', undefined],
    ]);
    const unknown = parseDocuments('apps/settings.yaml', 'replicaCount: 2\n', options);
    expect(unknown.configuration).toEqual([]);
    expect(unknown.skipped.map((entry) => entry.reason)).toEqual([
      'the document has no apiVersion and kind, so it is not a Kubernetes object',
    ]);
  });

  it('recognises a transformer configuration only when every field is one of kustomize’s and holds field specs', () => {
    expect(configurationOf('a.yaml', { nameReference: [], commonLabels: [] })).toBe(
      'kustomize transformer configuration',
    );
    expect(configurationOf('a.yaml', { namespace: 'prod' })).toBeUndefined();
    expect(configurationOf('a.yaml', { nameReference: [], replicaCount: 2 })).toBeUndefined();
    expect(configurationOf('values.staging.yml', { a: 1 })).toBe('Helm values');
    expect(configurationOf('my-values.yaml', { a: 1 })).toBeUndefined();
  });

  it('defaults a kustomization’s identity only where kustomize would', () => {
    expect(defaultedKustomizationIdentity('k/kustomization.yml', { resources: [] })).toEqual({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      name: '',
    });
    expect(defaultedKustomizationIdentity('k/other.yaml', { resources: [] })).toBeUndefined();
    expect(defaultedKustomizationIdentity('k/kustomization.yaml', { kind: 'ConfigMap' })).toBeUndefined();
    expect(defaultedKustomizationIdentity('k/kustomization.yaml', { apiVersion: 'v1' })).toBeUndefined();
  });
});
