import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { gitopsRules } from '../../../src/core/validate/gitops-rules.js';
import { validateInputs } from '../../../src/core/validate/input/validate-inputs.js';
import type { Rule } from '../../../src/core/validate/rule.js';
import { repoRoot } from '../../support/paths.js';
import { tempDir } from '../../support/temp.js';
import { describeFinding, fluxOptions, openApiDirectory } from './support.js';

const fleet = path.join(repoRoot, 'examples', 'fleet');

describe('examples/fleet', () => {
  it('validates with zero findings, skipping kustomize patches with reasons and listing configuration apart', async () => {
    const report = await validateInputs(fluxOptions(fleet, ['.']));
    expect(report.findings.map((finding) => `${finding.location.file}: ${finding.message}`)).toEqual([]);
    expect(report.counts.objects).toBeGreaterThan(20);
    const reasons = report.skipped.map((entry) => `${entry.location.file}: ${entry.reason}`);
    // Configuration is not a skip: no "no schema" for a kustomization, no "no apiVersion" for values.
    expect(
      report.skipped
        .map((entry) => entry.location.file)
        .filter((file) => /(^|\/)(kustomization|kustomizeconfig|values|Chart)\.yaml$/.test(file)),
    ).toEqual([]);
    expect(reasons.filter((reason) => reason.includes('kustomize patch')).length).toBe(4);
    const configuration = report.configuration.map((entry) => `${entry.location.file}: ${entry.what}`);
    expect(configuration).toEqual(
      expect.arrayContaining([
        'apps/base/shop/kustomization.yaml: kustomize Kustomization',
        'apps/base/shop/kustomizeconfig.yaml: kustomize transformer configuration',
        'apps/base/shop/values.yaml: Helm values',
        'charts/web-app/Chart.yaml: Helm chart',
      ]),
    );
    expect(report.counts.configuration).toBe(configuration.length);
    expect(
      report.checked.some(
        (entry) =>
          entry.identity.kind === 'Kustomization' && entry.identity.apiVersion.startsWith('kustomize.config'),
      ),
    ).toBe(false);
    // The CEL rules of the Flux CRDs are listed, not silently passed.
    expect(report.notEvaluated.some((entry) => entry.rule.startsWith('HelmRelease'))).toBe(true);
  });
});

const podResources = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      resources:
        limits:
          cpu: "2"
      containers:
        - name: web
          image: nginx:1.27
          imagePullPolcy: Always
`;

describe('several Kubernetes versions', () => {
  it('labels a finding only some versions report, and keeps one copy of the rest', async () => {
    const dir = await tempDir('validate-versions-');
    await writeFile(path.join(dir, 'web.yaml'), podResources);
    const report = await validateInputs({
      repoRoot: dir,
      paths: ['web.yaml'],
      kubernetesVersions: ['1.31', '1.35'],
      schema: { openApiDirectories: [openApiDirectory()] },
    });
    expect(report.findings.map((finding) => `${describeFinding(finding)} ${finding.message}`)).toEqual([
      'schema at 14:7 [Kubernetes 1.31] spec.template.spec: unknown field "resources"',
      'schema at 20:11 spec.template.spec.containers[0]: unknown field "imagePullPolcy" (did you mean "imagePullPolicy"?)',
    ]);
  });

  it('runs each rule once per version with the version in its context', async () => {
    const dir = await tempDir('validate-rules-');
    await writeFile(
      path.join(dir, 'web.yaml'),
      podResources.replace('          imagePullPolcy: Always\n', ''),
    );
    const seen: string[] = [];
    const rule: Rule = {
      metadata: {
        id: 'test/latest-only',
        name: 'Test',
        description: 'Reports on 1.35 only.',
        help: 'A test rule.',
        defaultSeverity: 'warning',
      },
      check(context) {
        seen.push(`${context.kubernetesVersion}: ${context.objects.length}`);
        if (context.kubernetesVersion !== '1.35') return [];
        const [object] = context.objects;
        if (object === undefined) return [];
        return [
          context.finding(object, {
            ruleId: 'test/latest-only',
            severity: 'warning',
            message: 'image',
            path: ['spec', 'template', 'spec', 'containers', 0, 'image'],
          }),
        ];
      },
    };
    const report = await validateInputs({
      repoRoot: dir,
      paths: ['.'],
      kubernetesVersions: ['1.31', '1.35'],
      schema: { openApiDirectories: [openApiDirectory()] },
      rules: [rule],
    });
    expect(seen).toEqual(['1.31: 1', '1.35: 1']);
    const mine = report.findings.filter((finding) => finding.ruleId === 'test/latest-only');
    expect(mine.map((finding) => `${describeFinding(finding)} ${finding.message}`)).toEqual([
      'test/latest-only at 19:18 [Kubernetes 1.35] image',
    ]);
    expect(report.rules.map((metadata) => metadata.id)).toContain('test/latest-only');
  });
});

describe('render output', () => {
  it('points findings on rendered objects at their owner and names the template', async () => {
    const dir = await tempDir('validate-rendered-');
    const out = path.join(dir, 'rendered');
    await mkdir(out);
    await writeFile(
      path.join(out, 'shop.yaml'),
      podResources.replace('      resources:\n        limits:\n          cpu: "2"\n', ''),
    );
    const owner = {
      kind: 'HelmRelease',
      name: 'shop',
      namespace: 'shop',
      location: { file: 'apps/shop/release.yaml', line: 3 },
    };
    // The index as `gitops-actions render` writes it (src/core/render/output.ts).
    const index = {
      version: 1,
      units: [
        {
          id: 'staging/HelmRelease/shop/shop',
          cluster: 'staging',
          kind: 'HelmRelease',
          namespace: 'shop',
          name: 'shop',
          owner: owner.location,
          chain: [],
          dependsOn: [],
          status: 'rendered',
          durationMs: 10,
          file: 'shop.yaml',
          objects: [
            {
              apiVersion: 'apps/v1',
              kind: 'Deployment',
              name: 'web',
              source: 'web-app/templates/deployment.yaml',
            },
          ],
        },
        {
          id: 'staging/HelmRelease/shop/empty',
          cluster: 'staging',
          kind: 'HelmRelease',
          namespace: 'shop',
          name: 'empty',
          chain: [],
          dependsOn: [],
          status: 'failed',
          durationMs: 1,
          objects: [],
        },
      ],
    };
    await writeFile(path.join(out, 'index.json'), JSON.stringify(index));
    const report = await validateInputs({
      repoRoot: dir,
      rendered: 'rendered',
      kubernetesVersions: ['1.35'],
      schema: { openApiDirectories: [openApiDirectory()] },
    });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      location: owner.location,
      owner: { ...owner, template: 'web-app/templates/deployment.yaml' },
      jsonPath: ['spec', 'template', 'spec', 'containers', 0, 'imagePullPolcy'],
    });
  });
});

describe('empty input', () => {
  it('is a usage error, never a pass', async () => {
    const dir = await tempDir('validate-empty-');
    await writeFile(path.join(dir, 'values.yaml'), 'replicaCount: 2\n');
    await writeFile(path.join(dir, 'README.md'), '# nothing\n');
    const run = validateInputs({ repoRoot: dir, paths: ['.'], kubernetesVersions: ['1.35'], schema: {} });
    await expect(run).rejects.toThrow(UsageError);
    await expect(run).rejects.toThrow(/no Kubernetes documents found in \./);
    const none = validateInputs({
      repoRoot: dir,
      paths: ['*.json'],
      kubernetesVersions: ['1.35'],
      schema: {},
    });
    await expect(none).rejects.toThrow(/no Kubernetes documents found in \*\.json/);
  });
});

describe('kustomize configuration', () => {
  it('gives a kustomization without apiVersion to the rules, so its generators resolve references', async () => {
    const dir = await tempDir('validate-kustomize-config-');
    await mkdir(path.join(dir, 'app'));
    await writeFile(
      path.join(dir, 'app', 'kustomization.yaml'),
      'resources:\n  - release.yaml\nconfigMapGenerator:\n  - name: web-values\n    files: [values.yaml]\n',
    );
    await writeFile(path.join(dir, 'app', 'values.yaml'), 'replicaCount: 2\n');
    const release = (valuesName: string) =>
      [
        'apiVersion: helm.toolkit.fluxcd.io/v2',
        'kind: HelmRelease',
        'metadata: {name: web, namespace: web}',
        'spec:',
        '  interval: 10m',
        '  chartRef: {kind: OCIRepository, name: web}',
        '  valuesFrom:',
        `    - {kind: ConfigMap, name: ${valuesName}}`,
        '---',
        'apiVersion: source.toolkit.fluxcd.io/v1',
        'kind: OCIRepository',
        'metadata: {name: web, namespace: web}',
        'spec: {interval: 10m, url: "oci://ghcr.io/acme/web", ref: {tag: "1.0.0"}}',
        '',
      ].join('\n');
    const run = async () =>
      validateInputs({
        ...fluxOptions(dir, ['.']),
        rules: gitopsRules({ repoRoot: dir }),
      });
    await writeFile(path.join(dir, 'app', 'release.yaml'), release('web-values'));
    const resolved = await run();
    expect(resolved.findings.map((finding) => `${finding.ruleId}: ${finding.message}`)).toEqual([]);
    expect(resolved.configuration.map((entry) => `${entry.location.file}: ${entry.what}`)).toEqual([
      'app/kustomization.yaml: kustomize Kustomization',
      'app/values.yaml: Helm values',
    ]);
    expect(resolved.counts.objects).toBe(2);
    // The same run with a name no generator declares: the rule reports it, so the test above can fail.
    await writeFile(path.join(dir, 'app', 'release.yaml'), release('other-values'));
    const dangling = await run();
    expect(dangling.findings.map((finding) => finding.ruleId)).toEqual(['flux/reference']);
  });
});
