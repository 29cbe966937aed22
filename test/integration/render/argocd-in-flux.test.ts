import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { renderRepository, runFailed } from '../../../src/core/render/index.js';
import { tempDir } from '../../support/temp.js';
import { testTools } from '../../support/tools.js';

const application = (name: string, repoURL: string, source: string) =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    `  name: ${name}`,
    '  namespace: argocd',
    'spec:',
    '  project: default',
    '  source:',
    `    repoURL: ${repoURL}`,
    '    targetRevision: main',
    source,
    '  destination:',
    '    server: https://kubernetes.default.svc',
    '    namespace: apps',
    '',
  ].join('\n');

/**
 * A Flux repository whose cluster applies Argo CD Applications: one of this repository (spelled as
 * SSH while Flux uses HTTPS), one that manages its own directory, one of another repository, and a
 * chart that renders an Application rendering the chart again, one level deeper each time.
 */
const FILES: Record<string, string> = {
  'clusters/dev/flux-system/gotk-sync.yaml': [
    'apiVersion: source.toolkit.fluxcd.io/v1',
    'kind: GitRepository',
    'metadata: {name: flux-system, namespace: flux-system}',
    'spec: {url: https://github.com/acme/platform, ref: {branch: main}}',
    '---',
    'apiVersion: kustomize.toolkit.fluxcd.io/v1',
    'kind: Kustomization',
    'metadata: {name: flux-system, namespace: flux-system}',
    'spec:',
    '  path: ./clusters/dev',
    '  sourceRef: {kind: GitRepository, name: flux-system}',
    '',
  ].join('\n'),
  'clusters/dev/argocd/web.yaml': application(
    'web',
    'git@github.com:acme/platform.git',
    '    path: manifests/web',
  ),
  'clusters/dev/argocd/other.yaml': application('other', 'https://github.com/acme/other', '    path: deploy'),
  'clusters/dev/argocd/self.yaml': application(
    'self',
    'https://github.com/acme/platform',
    '    path: clusters/dev/argocd',
  ),
  'clusters/dev/argocd/nest.yaml': application(
    'nest-0',
    'https://github.com/acme/platform',
    '    path: charts/nest\n    helm:\n      parameters:\n        - {name: level, value: "0"}',
  ),
  'manifests/web/config.yaml':
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  colour: blue\n',
  'charts/nest/Chart.yaml': 'apiVersion: v2\nname: nest\nversion: 1.0.0\n',
  'charts/nest/values.yaml': 'level: 0\n',
  'charts/nest/templates/next.yaml': [
    '{{- $next := add .Values.level 1 }}',
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    '  name: nest-{{ $next }}',
    '  namespace: argocd',
    'spec:',
    '  source:',
    '    repoURL: https://github.com/acme/platform',
    '    path: charts/nest',
    '    helm:',
    '      parameters:',
    '        - name: level',
    '          value: "{{ $next }}"',
    '  destination: {server: https://kubernetes.default.svc, namespace: apps}',
    '',
  ].join('\n'),
};

it('renders the Applications a Flux cluster applies, following and bounding app of apps, reporting other repositories', async () => {
  const root = await tempDir('gitops-actions-render-argo-flux-');
  for (const [file, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  const run = await renderRepository({
    repoRoot: root,
    sourceRoot: root,
    tools: testTools(),
    concurrency: 2,
    cacheDir: await tempDir(),
  });
  const apps = run.units.filter((u) => u.kind === 'Application');
  const status = Object.fromEntries(apps.map((u) => [u.name, u.status]));
  expect(status).toEqual({
    ...Object.fromEntries(Array.from({ length: 9 }, (_, level) => [`nest-${level}`, 'rendered'])),
    other: 'unsupported',
    self: 'rendered',
    web: 'rendered',
  });
  const web = apps.find((u) => u.name === 'web');
  expect(web).toMatchObject({
    id: 'dev/Application/argocd/web',
    owner: { file: 'clusters/dev/argocd/web.yaml', line: 1 },
    chain: ['flux-system/flux-system'],
  });
  expect(
    web?.objects.map((o) => `${o.identity.kind} ${o.identity.namespace}/${o.identity.name} ${o.source}`),
  ).toEqual(['ConfigMap apps/web manifests/web/config.yaml:1']);
  expect(apps.find((u) => u.name === 'nest-3')?.chain).toEqual([
    'flux-system/flux-system',
    'Application/argocd/nest-0',
    'Application/argocd/nest-1',
    'Application/argocd/nest-2',
  ]);
  // `self` renders its own definition and its neighbours' again: the same specs, nothing to report.
  expect(run.diagnostics.map((d) => `${d.severity} ${d.code} ${d.location?.file}`)).toEqual([
    'error application-depth clusters/dev/argocd/nest.yaml',
    'warning unsupported-object clusters/dev/argocd/other.yaml',
  ]);
  expect(run.diagnostics[0]?.message).toContain('nest-9');
  expect(run.diagnostics[1]?.message).toContain('https://github.com/acme/other');
  expect(runFailed(run)).toBe(true);
});
