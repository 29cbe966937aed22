import { describe, expect, it } from 'vitest';
import { GitopsError } from '../../../../src/core/errors.js';
import { buildVariables } from '../../../../src/core/flux/substitute/variables.js';

const b64 = (text: string): string => Buffer.from(text).toString('base64');

describe('buildVariables', () => {
  it('reads substituteFrom in list order, later keys winning, then lets inline substitute override all', () => {
    const vars = buildVariables({
      substituteFrom: [
        { kind: 'ConfigMap', name: 'base', data: { a: 'cm', b: 'cm', c: 'cm' } },
        { kind: 'Secret', name: 'secret', data: { b: b64('secret'), c: b64('secret') } },
      ],
      substitute: { c: 'inline' },
    });
    expect(Object.fromEntries(vars)).toEqual({ a: 'cm', b: 'secret', c: 'inline' });
  });

  it('base64-decodes Secret data and lets stringData win over data, as the API server merges them', () => {
    const vars = buildVariables({
      substituteFrom: [
        { kind: 'Secret', name: 's', data: { x: b64('from-data'), y: b64('y') }, stringData: { x: 'plain' } },
      ],
    });
    expect(Object.fromEntries(vars)).toEqual({ x: 'plain', y: 'y' });
  });

  it('removes every \\n from every value but keeps \\r', () => {
    const vars = buildVariables({
      substituteFrom: [
        { kind: 'ConfigMap', name: 'cm', data: { cm: 'a\nb\n' } },
        { kind: 'Secret', name: 's', data: { s: b64('line1\r\nline2\n') } },
      ],
      substitute: { inline: '\nx\ny' },
    });
    expect(Object.fromEntries(vars)).toEqual({ cm: 'ab', s: 'line1\rline2', inline: 'xy' });
  });

  it('tolerates a missing optional object and fails on a missing required one with the controller wording', () => {
    expect(
      buildVariables({ substituteFrom: [{ kind: 'ConfigMap', name: 'gone', optional: true }] }).size,
    ).toBe(0);
    expect(() => buildVariables({ substituteFrom: [{ kind: 'ConfigMap', name: 'gone' }] })).toThrow(
      `substitute from 'ConfigMap/gone' error: configmaps "gone" not found`,
    );
    expect(() => buildVariables({ substituteFrom: [{ kind: 'Secret', name: 'gone' }] })).toThrow(
      `substitute from 'Secret/gone' error: secrets "gone" not found`,
    );
  });

  it('treats an existing object without data as present and empty', () => {
    expect(buildVariables({ substituteFrom: [{ kind: 'ConfigMap', name: 'empty', data: {} }] }).size).toBe(0);
  });

  it('rejects kinds the CRD does not allow and Secret data that is not base64', () => {
    expect(() => buildVariables({ substituteFrom: [{ kind: 'Service', name: 'x', data: {} }] })).toThrow(
      GitopsError,
    );
    expect(() =>
      buildVariables({ substituteFrom: [{ kind: 'Secret', name: 's', data: { k: 'not base64!' } }] }),
    ).toThrow('data.k is not valid base64');
  });

  it('keeps keys that are not valid variable names: substituteResource rejects them per object', () => {
    expect(buildVariables({ substitute: { 'my-var': 'x' } }).get('my-var')).toBe('x');
  });
});
