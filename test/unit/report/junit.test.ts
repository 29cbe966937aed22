import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/validate/finding.js';
import { type CheckedObject, formatJunit } from '../../../src/report/junit.js';
import {
  deployment,
  deprecatedFinding,
  ingress,
  makeReport,
  removedFinding,
  replicasFinding,
} from './fixtures.js';
import { findAll, parseXml, type XmlElement } from './xml-parse.js';

const checked: CheckedObject[] = [
  { file: 'apps/prod/api.yaml', identity: deployment },
  {
    file: 'apps/prod/api.yaml',
    identity: { apiVersion: 'v1', kind: 'Service', namespace: 'prod', name: 'api' },
  },
  { file: 'apps/prod/api.yaml', identity: deprecatedFinding.object ?? deployment },
  { file: 'apps/prod/web.yaml', identity: ingress },
];

function suite(root: XmlElement, name: string): XmlElement {
  const found = findAll(root, 'testsuite').find((s) => s.attributes.name === name);
  if (!found) throw new Error(`no suite ${name}`);
  return found;
}

function testCase(root: XmlElement, name: string): XmlElement {
  const found = findAll(root, 'testcase').find((c) => c.attributes.name === name);
  if (!found) throw new Error(`no test case ${name}`);
  return found;
}

describe('JUnit writer', () => {
  it('writes one suite per file and one test case per checked object, passing ones included', () => {
    const xml = formatJunit(makeReport(), { checked });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
    const root = parseXml(xml);
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toMatchObject({ tests: '5', failures: '2', errors: '0', skipped: '1' });
    expect(findAll(root, 'testsuite').map((s) => s.attributes.name)).toEqual([
      'apps/prod/api.yaml',
      'apps/prod/web.yaml',
      'apps/prod/widget.yaml',
    ]);
    const api = suite(root, 'apps/prod/api.yaml');
    expect(api.attributes).toMatchObject({ tests: '3', failures: '1', skipped: '0' });
    expect(api.children.map((c) => c.attributes.name)).toEqual([
      'Deployment prod/api',
      'Service prod/api',
      'HorizontalPodAutoscaler prod/api',
    ]);
    expect(testCase(root, 'Service prod/api').children).toEqual([]);
  });

  it('fails a test case with the rule and message, and file:line in the body', () => {
    const root = parseXml(formatJunit(makeReport(), { checked }));
    const failing = testCase(root, 'Deployment prod/api');
    expect(failing.attributes).toMatchObject({
      classname: 'apps/prod/api.yaml',
      file: 'apps/prod/api.yaml',
      line: '12',
    });
    const [failure] = failing.children;
    expect(failure?.name).toBe('failure');
    expect(failure?.attributes).toEqual({
      message: 'schema: spec.replicas: expected integer, got string',
      type: 'schema',
    });
    expect(failure?.text).toBe(
      'apps/prod/api.yaml:12:13  error  schema  spec.replicas: expected integer, got string\n  hint: Write the number without quotes.',
    );
  });

  it('keeps findings below the fail level as output of a passing test, or fails on them when asked', () => {
    const hpa = 'HorizontalPodAutoscaler prod/api';
    const passing = testCase(parseXml(formatJunit(makeReport(), { checked })), hpa);
    expect(passing.children.map((c) => c.name)).toEqual(['system-out']);
    expect(passing.children[0]?.text).toContain('apps/prod/api.yaml:30:1  warning  api/deprecated');

    const strict = parseXml(formatJunit(makeReport(), { checked, failOn: 'warning' }));
    expect(testCase(strict, hpa).children.map((c) => c.name)).toEqual(['failure']);
    expect(strict.attributes.failures).toBe('3');
  });

  it('reports skipped documents as skipped test cases with the reason', () => {
    const root = parseXml(formatJunit(makeReport(), { checked }));
    const widget = testCase(root, 'Widget prod/w');
    expect(widget.children).toEqual([
      {
        name: 'skipped',
        attributes: { message: 'no schema for example.com/v1 Widget' },
        children: [],
        text: '',
      },
    ]);
  });

  it('marks a checked object that was skipped as skipped, not passed', () => {
    const report = makeReport({
      findings: [],
      skipped: [
        { location: { file: 'apps/prod/api.yaml', line: 1 }, object: deployment, reason: 'no schema' },
      ],
    });
    const root = parseXml(formatJunit(report, { checked }));
    expect(root.attributes).toMatchObject({ tests: '4', failures: '0', skipped: '1' });
    expect(testCase(root, 'Deployment prod/api').children[0]?.name).toBe('skipped');
  });

  it('files a finding traced to another file under the one object with its identity', () => {
    const traced: Finding = { ...removedFinding, location: { file: 'charts/web/values.yaml', line: 4 } };
    const root = parseXml(formatJunit(makeReport({ findings: [traced], skipped: [] }), { checked }));
    const ingressCase = testCase(root, 'Ingress prod/web');
    expect(ingressCase.attributes).toMatchObject({
      classname: 'apps/prod/web.yaml',
      file: 'charts/web/values.yaml',
    });
    expect(findAll(root, 'testsuite').map((s) => s.attributes.name)).not.toContain('charts/web/values.yaml');
  });

  it('gives findings with no object a test case of their own file', () => {
    const parse: Finding = {
      ruleId: 'yaml/syntax',
      severity: 'error',
      message: 'bad indent',
      location: { file: 'x.yaml', line: 2 },
    };
    const root = parseXml(formatJunit(makeReport({ findings: [parse], skipped: [] }), { checked: [] }));
    expect(suite(root, 'x.yaml').children.map((c) => c.attributes.name)).toEqual(['(whole file)']);
  });

  it('escapes markup characters and replaces characters XML 1.0 forbids', () => {
    const nasty = `<b>&"it's"</b>\u0000\u001b[31m\uFFFF\uD800 ok`;
    const finding: Finding = {
      ...replicasFinding,
      message: nasty,
      object: { ...deployment, name: `a<&"'>b\tc\nd` },
    };
    const xml = formatJunit(makeReport({ findings: [finding], skipped: [] }), {
      checked: [{ file: 'apps/prod/api.yaml', identity: { ...deployment, name: `a<&"'>b\tc\nd` } }],
    });
    const root = parseXml(xml);
    const expected = `<b>&"it's"</b>\\u0000\\u001b[31m\\uffff\uFFFD ok`;
    const failure = findAll(root, 'failure')[0];
    expect(failure?.attributes.message).toBe(`schema: ${expected}`);
    expect(failure?.text).toContain(`schema  ${expected}`);
    // Tabs and newlines in attributes survive as references instead of collapsing to spaces.
    expect(findAll(root, 'testcase')[0]?.attributes.name).toBe(`Deployment prod/a<&"'>b\tc\nd`);
  });

  it('writes UTF-8 text as is', () => {
    const finding: Finding = { ...replicasFinding, message: 'Größe: 日本 🚀' };
    const root = parseXml(formatJunit(makeReport({ findings: [finding], skipped: [] }), { checked }));
    expect(findAll(root, 'failure')[0]?.attributes.message).toBe('schema: Größe: 日本 🚀');
  });
});

describe('XML well-formedness check used above', () => {
  it.each([
    ['mismatched tags', '<a><b></a></b>'],
    ['an unescaped < in an attribute', '<a x="<"/>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a bare ampersand', '<a>fish & chips</a>'],
    ['a control character', '<a>\u0001</a>'],
    ['a reference to a control character', '<a>&#1;</a>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
    ['two roots', '<a/><b/>'],
    ['an unclosed element', '<a><b/>'],
  ])('rejects %s', (_, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });

  it('accepts and decodes a well-formed document', () => {
    const root = parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a x="&lt;&#10;">t&amp;<b/>&#x1F680;</a>');
    expect(root).toEqual({
      name: 'a',
      attributes: { x: '<\n' },
      children: [{ name: 'b', attributes: {}, children: [], text: '' }],
      text: 't&🚀',
    });
  });
});
