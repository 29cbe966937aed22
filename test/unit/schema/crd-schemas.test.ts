import { describe, expect, it } from 'vitest';
import { convertCrd } from '../../../src/core/schema/crd.js';
import { messages, validateYaml, validatorFor } from './support.js';

function widgetCrd(): Record<string, unknown> {
  const schema = (extra: Record<string, unknown>) => ({
    openAPIV3Schema: {
      type: 'object',
      properties: {
        apiVersion: { type: 'string' },
        kind: { type: 'string' },
        metadata: { type: 'object' },
        spec: {
          type: 'object',
          required: ['size'],
          'x-kubernetes-validations': [{ rule: 'self.size <= 10', message: 'too big' }],
          properties: {
            size: { type: 'integer', minimum: 1 },
            port: { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] },
            values: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
            template: {
              type: 'object',
              'x-kubernetes-embedded-resource': true,
              'x-kubernetes-preserve-unknown-fields': true,
            },
            note: { type: 'string', nullable: true },
            ...extra,
          },
        },
      },
    },
  });
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: 'widgets.example.com' },
    spec: {
      group: 'example.com',
      names: { kind: 'Widget', plural: 'widgets' },
      scope: 'Namespaced',
      versions: [
        { name: 'v1', served: true, storage: true, schema: schema({}) },
        { name: 'v1beta1', served: false, storage: false, schema: schema({}) },
        { name: 'v2', served: true, storage: false, schema: schema({ colour: { type: 'string' } }) },
      ],
    },
  };
}

const WIDGET = `apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
  labels: {a: b}
spec:
  size: 3
  port: http
  values:
    anything: {goes: [1, 2]}
  template:
    apiVersion: v1
    kind: ConfigMap
    whatever: true
  note: null
`;

describe('CRD schemas', () => {
  it('converts served versions only and records the ones not served', () => {
    const conversion = convertCrd(widgetCrd(), { id: 'https://x.invalid/w.json', strict: true });
    expect(conversion.name).toBe('CRD widgets.example.com');
    expect(conversion.bundle?.kinds.map((kind) => kind.gvk.version)).toEqual(['v1', 'v2']);
    expect(conversion.notServed).toEqual([{ group: 'example.com', version: 'v1beta1', kind: 'Widget' }]);
    expect(conversion.bundle?.kinds[0]?.notEvaluated).toEqual([
      { kind: 'cel', path: 'spec', rule: 'self.size <= 10', message: 'too big' },
    ]);
  });

  it('refuses CRDs that are not apiextensions.k8s.io/v1, saying so', () => {
    const conversion = convertCrd(
      { ...widgetCrd(), apiVersion: 'apiextensions.k8s.io/v1beta1' },
      { id: 'x', strict: true },
    );
    expect(conversion.bundle).toBeUndefined();
    expect(conversion.problems).toEqual([expect.stringContaining('not apiextensions.k8s.io/v1')]);
  });

  it('validates custom resources: int-or-string, preserved fields, embedded resources, nullable', async () => {
    const { registry, validator } = await validatorFor('1.35');
    registry.addCrds([widgetCrd()]);
    expect(await validateYaml(validator, WIDGET)).toMatchObject({
      status: 'valid',
      notEvaluated: [{ kind: 'cel', rule: 'self.size <= 10' }],
    });
    const broken = WIDGET.replace('size: 3', 'size: 0').replace('    kind: ConfigMap\n', '');
    expect(messages(await validateYaml(validator, broken))).toEqual([
      'spec.size: must be >= 1, got integer 0',
      'spec.template: required field "kind" is missing',
    ]);
  });

  it('is strict at the root and in metadata, which the API server checks as ObjectMeta', async () => {
    const { registry, validator } = await validatorFor('1.35');
    registry.addCrds([widgetCrd()]);
    const result = await validateYaml(
      validator,
      WIDGET.replace('spec:', 'sepc:\n  size: 1\nspec:').replace('labels:', 'lables:'),
    );
    expect(messages(result)).toEqual([
      'metadata: unknown field "lables" (did you mean "labels"?)',
      '(root): unknown field "sepc" (did you mean "spec"?)',
    ]);
    expect(result.status === 'invalid' && result.findings.map((f) => f.location?.line)).toEqual([5, 6]);
  });

  it('reports objects of a version the CRD does not serve as errors, naming the served ones', async () => {
    const { registry, validator } = await validatorFor('1.35');
    registry.addCrds([widgetCrd()]);
    const result = await validateYaml(validator, WIDGET.replace('example.com/v1', 'example.com/v1beta1'));
    expect(messages(result)).toEqual([
      'CRD widgets.example.com does not serve example.com/v1beta1 (served: v1, v2); the API server refuses Widget objects of that version',
    ]);
    expect(
      messages(await validateYaml(validator, WIDGET.replace('example.com/v1', 'example.com/v2'))),
    ).toEqual(['valid']);
  });

  it('validates the CRD object itself against apiextensions.k8s.io/v1 from swagger.json', async () => {
    const { validator } = await validatorFor('1.35');
    expect(await validator.validate(widgetCrd())).toMatchObject({ status: 'valid' });
    const crd = widgetCrd();
    (crd.spec as Record<string, unknown>).verions = [];
    const result = await validator.validate(crd);
    expect(result.status === 'invalid' && result.findings.map((f) => f.message)).toEqual([
      'spec: unknown field "verions" (did you mean "versions"?)',
    ]);
  });
});
