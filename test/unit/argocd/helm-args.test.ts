import { expect, test } from 'vitest';
import { cleanSetParameter, helmTemplateArgs } from '../../../src/core/argocd/helm-args.js';
import type { HelmUnit } from '../../../src/core/argocd/render-unit.js';

const unit: HelmUnit = {
  type: 'helm',
  sourceIndex: 0,
  chart: { kind: 'repository', path: 'charts/web' },
  releaseName: 'web',
  namespace: 'prod',
  valueFiles: [],
  set: [['image.tag', '1.2.3']],
  setString: [['build', '0123']],
  setFile: [],
  skipCrds: false,
  skipTests: false,
  skipSchemaValidation: false,
};

test("mirrors repo-server's helm template flags: name, namespace, versions, sets, values, CRDs", () => {
  expect(
    helmTemplateArgs(
      unit,
      {
        chart: '.',
        valueFiles: ['/w/values.yaml', '/w/values-prod.yaml'],
        valuesFile: '/tmp/v',
        setFiles: [['cfg', '/w/c']],
      },
      { kubeVersion: '1.34.0', apiVersions: ['monitoring.coreos.com/v1'] },
    ),
  ).toEqual([
    '.',
    '--name-template',
    'web',
    '--namespace',
    'prod',
    '--kube-version',
    '1.34.0',
    '--set',
    'image.tag=1.2.3',
    '--set-string',
    'build=0123',
    '--set-file',
    'cfg=/w/c',
    '--values',
    '/w/values.yaml',
    '--values',
    '/w/values-prod.yaml',
    '--values',
    '/tmp/v',
    '--api-versions',
    'monitoring.coreos.com/v1',
    '--include-crds',
  ]);
});

test('skipCrds drops --include-crds; the source kubeVersion and skip flags win over the cluster', () => {
  const args = helmTemplateArgs(
    {
      ...unit,
      skipCrds: true,
      skipTests: true,
      skipSchemaValidation: true,
      kubeVersion: '1.30.0',
      namespace: '',
    },
    { chart: '.', valueFiles: [], setFiles: [] },
    { kubeVersion: '1.34.0' },
  );
  expect(args).not.toContain('--include-crds');
  expect(args).not.toContain('--namespace');
  expect(args).toEqual(
    expect.arrayContaining(['--kube-version', '1.30.0', '--skip-tests', '--skip-schema-validation']),
  );
  expect(args).not.toContain('1.34.0');
});

test('escapes commas in --set values except in a {list} or where already escaped', () => {
  expect(cleanSetParameter('a,b')).toBe('a\\,b');
  expect(cleanSetParameter('a\\,b')).toBe('a\\,b');
  expect(cleanSetParameter('{a,b}')).toBe('{a,b}');
});
