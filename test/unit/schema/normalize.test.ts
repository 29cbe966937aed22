import { describe, expect, it } from 'vitest';
import { type NormalizeOptions, normalizeSchema } from '../../../src/core/schema/normalize.js';
import type { NotEvaluatedRule } from '../../../src/core/schema/types.js';

function crd(strict = true): NormalizeOptions & { notEvaluated: NotEvaluatedRule[] } {
  return { dialect: 'crd', strict, notEvaluated: [] };
}

describe('normalizeSchema', () => {
  it('closes every object that lists properties when strict, at every depth', () => {
    const schema = {
      type: 'object',
      description: 'dropped',
      properties: { spec: { type: 'object', properties: { a: { type: 'string' } } } },
    };
    expect(normalizeSchema(schema, crd())).toEqual({
      type: 'object',
      additionalProperties: false,
      properties: {
        spec: { type: 'object', additionalProperties: false, properties: { a: { type: 'string' } } },
      },
    });
    expect(normalizeSchema(schema, crd(false))).not.toHaveProperty('additionalProperties');
  });

  it('leaves objects with x-kubernetes-preserve-unknown-fields open but still checks their known fields', () => {
    const out = normalizeSchema(
      {
        type: 'object',
        'x-kubernetes-preserve-unknown-fields': true,
        properties: { known: { type: 'integer' }, nested: { type: 'object', properties: {} } },
      },
      crd(),
    );
    expect(out.additionalProperties).toBeUndefined();
    expect(out.properties).toEqual({
      known: { type: 'integer' },
      nested: { type: 'object', properties: {}, additionalProperties: false },
    });
  });

  it('turns x-kubernetes-int-or-string and format int-or-string into integer | string', () => {
    const controllerGen = {
      'x-kubernetes-int-or-string': true,
      anyOf: [{ type: 'integer' }, { type: 'string' }],
      pattern: '^\\d+%$',
    };
    expect(normalizeSchema(controllerGen, crd())).toEqual({
      type: ['integer', 'string'],
      pattern: '^\\d+%$',
    });
    expect(
      normalizeSchema({ type: 'string', format: 'int-or-string' }, { ...crd(), dialect: 'swagger' }),
    ).toEqual({
      type: ['integer', 'string'],
    });
  });

  it('adds null to the type and enum of nullable fields', () => {
    expect(normalizeSchema({ type: 'string', enum: ['a'], nullable: true }, crd())).toEqual({
      type: ['string', 'null'],
      enum: ['a', null],
    });
  });

  it('requires apiVersion and kind in embedded resources', () => {
    const out = normalizeSchema(
      {
        type: 'object',
        'x-kubernetes-embedded-resource': true,
        'x-kubernetes-preserve-unknown-fields': true,
      },
      crd(),
    );
    expect(out.required).toEqual(['apiVersion', 'kind']);
    expect(out.properties).toMatchObject({
      apiVersion: { type: 'string', minLength: 1 },
      kind: { minLength: 1 },
    });
    expect(out.additionalProperties).toBeUndefined();
  });

  it('never closes objects inside allOf, anyOf, oneOf or not, which only restrict the fields around them', () => {
    const out = normalizeSchema(
      {
        type: 'object',
        properties: { a: { type: 'string' }, b: { type: 'string' } },
        oneOf: [{ required: ['a'], properties: { a: { minLength: 1 } } }, { required: ['b'] }],
      },
      crd(),
    );
    expect(out.oneOf).toEqual([
      { required: ['a'], properties: { a: { minLength: 1 } } },
      { required: ['b'] },
    ]);
  });

  it('converts boolean exclusive bounds to draft-07 numbers and gives built-in int32 fields their range', () => {
    expect(normalizeSchema({ type: 'number', minimum: 0, exclusiveMinimum: true }, crd())).toEqual({
      type: 'number',
      exclusiveMinimum: 0,
    });
    expect(normalizeSchema({ type: 'integer', format: 'int32' }, { ...crd(), dialect: 'swagger' })).toEqual({
      type: 'integer',
      minimum: -2147483648,
      maximum: 2147483647,
    });
    // kube-openapi checks formats of strings only: a CRD's int32 is not range-checked by the server.
    expect(normalizeSchema({ type: 'integer', format: 'int32' }, crd())).toEqual({ type: 'integer' });
  });

  it('lists CEL rules and uncompilable patterns as not evaluated, with their paths', () => {
    const options = crd();
    normalizeSchema(
      {
        type: 'object',
        'x-kubernetes-validations': [{ rule: 'self.a != self.b', message: 'a and b differ' }],
        properties: {
          items: {
            type: 'array',
            items: {
              type: 'string',
              pattern: '(?i)^abc$',
              'x-kubernetes-validations': [{ rule: 'self != ""' }],
            },
          },
        },
      },
      options,
    );
    expect(options.notEvaluated).toEqual([
      {
        kind: 'pattern',
        path: 'items[*]',
        rule: '(?i)^abc$',
        message: expect.stringContaining('JavaScript'),
      },
      { kind: 'cel', path: 'items[*]', rule: 'self != ""' },
      { kind: 'cel', path: '', rule: 'self.a != self.b', message: 'a and b differ' },
    ]);
  });

  it('marks CRD sets as unique items', () => {
    expect(
      normalizeSchema({ type: 'array', 'x-kubernetes-list-type': 'set', items: { type: 'string' } }, crd()),
    ).toEqual({
      type: 'array',
      uniqueItems: true,
      items: { type: 'string' },
    });
  });
});
