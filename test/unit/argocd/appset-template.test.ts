import { describe, expect, test } from 'vitest';
import { renderTemplateValue, replaceTemplate } from '../../../src/core/argocd/appset-template.js';

const fast = { goTemplate: false, goTemplateOptions: [] };
const go = { goTemplate: true, goTemplateOptions: [] };

describe('fasttemplate style', () => {
  test('replaces a tag naming a string parameter, with or without spaces inside the braces', () => {
    expect(
      replaceTemplate(
        'app-{{path.basename}}-{{ path[1] }}',
        { 'path.basename': 'web', 'path[1]': 'x' },
        fast,
      ),
    ).toBe('app-web-x');
  });

  test('leaves a tag it has no string parameter for exactly as written', () => {
    expect(replaceTemplate('{{ missing }}/{{count}}', { count: 3 }, fast)).toBe('{{ missing }}/{{count}}');
  });

  test('fails on a tag that opens and closes on one line but leaves another unclosed', () => {
    expect(() => replaceTemplate('{{a}} {{b', { a: 'x' }, fast)).toThrow(/end tag/);
  });
});

describe('goTemplate style', () => {
  test('executes Go templates with Sprig functions over nested parameters', () => {
    const params = { path: { basename: 'Web', segments: ['apps', 'web'] } };
    expect(replaceTemplate('{{ .path.basename | lower }}-{{ index .path.segments 0 }}', params, go)).toBe(
      'web-apps',
    );
  });

  test('prints a missing key as <no value> by default, and fails with missingkey=error', () => {
    expect(replaceTemplate('{{ .nope }}', {}, go)).toBe('<no value>');
    expect(() =>
      replaceTemplate(
        '{{ .nope }}',
        { env: 'x' },
        { goTemplate: true, goTemplateOptions: ['missingkey=error'] },
      ),
    ).toThrow(/missingkey=error/);
  });
});

test('templates map keys as well as values, and keeps other scalars', () => {
  const value = { metadata: { annotations: { 'acme.example/{{env}}': '{{env}}' } }, replicas: 2, on: true };
  expect(renderTemplateValue(value, { env: 'prod' }, fast)).toEqual({
    metadata: { annotations: { 'acme.example/prod': 'prod' } },
    replicas: 2,
    on: true,
  });
});
