import { mkdir, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { detectEnvironments, resolveRoute, routesFromOrder } from '../../../src/core/promote/environments.js';
import { scanRepo } from '../../../src/core/promote/scan-repo.js';
import { tempDir } from '../../support/temp.js';
import { memoryRepo, yaml } from './memory-repo.js';

const kustomization = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n';

function detect(files: Record<string, string>) {
  const { environments, diagnostics } = detectEnvironments(memoryRepo(files));
  return { environments: Object.fromEntries(environments.map((e) => [e.name, e.paths])), diagnostics };
}

describe('detectEnvironments finds the common layouts', () => {
  it('apps/<env> overlays beside apps/base, in conventional order', () => {
    const { environments } = detect({
      'apps/base/shop/release.yaml': 'kind: HelmRelease\n',
      'apps/production/kustomization.yaml': kustomization,
      'apps/dev/shop/kustomization.yaml': kustomization,
      'apps/staging/kustomization.yaml': kustomization,
      'apps/components/kustomization.yaml': kustomization,
    });
    expect(Object.keys(environments)).toEqual(['dev', 'staging', 'production']);
    expect(environments).toEqual({
      dev: ['apps/dev'],
      staging: ['apps/staging'],
      production: ['apps/production'],
    });
  });

  it('<app>/overlays/<env> beside <app>/base', () => {
    const { environments } = detect({
      'shop/base/deployment.yaml': 'kind: Deployment\n',
      'shop/overlays/staging/kustomization.yaml': kustomization,
      'shop/overlays/production/kustomization.yaml': kustomization,
    });
    expect(environments).toEqual({
      staging: ['shop/overlays/staging'],
      production: ['shop/overlays/production'],
    });
  });

  it('a sibling of base without a kustomization is not an environment', () => {
    const { environments } = detect({
      'apps/base/shop/release.yaml': 'kind: HelmRelease\n',
      'apps/docs/readme.yaml': 'a: 1\n',
    });
    expect(environments).toEqual({});
  });

  it('clusters/<env>, also nested in a monorepo and under environments/', () => {
    const { environments } = detect({
      'gitops/clusters/staging/apps.yaml': 'kind: Kustomization\n',
      'gitops/clusters/production/apps.yaml': 'kind: Kustomization\n',
      'environments/qa/values.yaml': 'a: 1\n',
      'clusters/README.md': '# not an environment\n',
    });
    expect(environments).toEqual({
      qa: ['environments/qa'],
      staging: ['gitops/clusters/staging'],
      production: ['gitops/clusters/production'],
    });
  });

  it('values-<env>.yaml beside a chart; a lone values-<x>.yaml only when <x> is already an environment', () => {
    const { environments } = detect({
      'charts/web/Chart.yaml': 'name: web\n',
      'charts/web/values.yaml': 'a: 1\n',
      'charts/web/values-staging.yaml': 'a: 1\n',
      'charts/web/values-production.yaml': 'a: 1\n',
      'charts/worker/Chart.yaml': 'name: worker\n',
      'charts/worker/values-production.yaml': 'a: 1\n',
      'charts/db/Chart.yaml': 'name: db\n',
      'charts/db/values-override.yaml': 'a: 1\n',
    });
    expect(environments).toEqual({
      staging: ['charts/web/values-staging.yaml'],
      production: ['charts/web/values-production.yaml', 'charts/worker/values-production.yaml'],
    });
  });

  it('Argo CD Applications named <app>-<env>, with their own values files but not shared ones', () => {
    const app = (name: string, env: string) => yaml`
      apiVersion: argoproj.io/v1alpha1
      kind: Application
      metadata:
        name: ${name}
      spec:
        source:
          path: charts/guestbook
          helm:
            valueFiles: [values.yaml, values-${env}.yaml]
        destination:
          name: in-cluster
    `;
    const { environments } = detect({
      'argocd/guestbook-staging.yaml': app('guestbook-staging', 'staging'),
      'argocd/guestbook-prod.yaml': app('guestbook-prod', 'prod'),
      'argocd/cert-manager.yaml': app('cert-manager', 'manager'),
      'charts/guestbook/values.yaml': 'a: 1\n',
      'charts/guestbook/values-staging.yaml': 'a: 1\n',
      'charts/guestbook/values-prod.yaml': 'a: 1\n',
    });
    expect(environments).toEqual({
      staging: ['argocd/guestbook-staging.yaml', 'charts/guestbook/values-staging.yaml'],
      prod: ['argocd/guestbook-prod.yaml', 'charts/guestbook/values-prod.yaml'],
    });
  });

  it('a single Application is an environment when its destination names the suffix', () => {
    const { environments } = detect({
      'apps/edge-production.yaml': yaml`
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata:
          name: edge-production
        spec:
          destination:
            name: production
      `,
    });
    expect(environments).toEqual({ production: ['apps/edge-production.yaml'] });
  });

  it('reports a file holding Applications of two environments instead of giving it to one', () => {
    const doc = (env: string) =>
      `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: web-${env}\n`;
    const { environments, diagnostics } = detect({
      'apps/web.yaml': `${doc('staging')}---\n${doc('production')}`,
    });
    expect(environments).toEqual({});
    expect(diagnostics.map((d) => d.code)).toEqual(['mixed-environment-file']);
  });

  it('reports environments that share paths', () => {
    const { diagnostics } = detect({
      'clusters/staging/apps.yaml': 'a: 1\n',
      'clusters/staging/overlays/base/x.yaml': 'a: 1\n',
    });
    expect(diagnostics).toEqual([]);
    const shared = detectEnvironments(
      memoryRepo({
        'environments/staging/a.yaml': 'a: 1\n',
        'environments/staging/chart/Chart.yaml': 'name: c\n',
        'environments/staging/chart/values-production.yaml': 'a: 1\n',
        'environments/staging/chart/values-staging.yaml': 'a: 1\n',
        'environments/production/a.yaml': 'a: 1\n',
      }),
    );
    expect(shared.diagnostics.map((d) => d.code)).toEqual(['overlapping-environments']);
  });
});

describe('routes', () => {
  it('an ordered list becomes one route per hop', () => {
    expect(routesFromOrder(['dev', 'staging', 'production'])).toEqual([
      { from: 'dev', to: 'staging' },
      { from: 'staging', to: 'production' },
    ]);
  });

  it('refuses a list with fewer than two or repeated environments', () => {
    expect(() => routesFromOrder(['dev'])).toThrow(UsageError);
    expect(() => routesFromOrder(['dev', 'staging', 'dev'])).toThrow(/appears twice/);
  });

  it('an explicit route names known environments, and the error lists them', () => {
    const environments = [
      { name: 'staging', paths: ['apps/staging'] },
      { name: 'production', paths: ['apps/production'] },
    ];
    expect(resolveRoute(environments, { from: 'staging', to: 'production' }).target.paths).toEqual([
      'apps/production',
    ]);
    expect(() => resolveRoute(environments, { from: 'staging', to: 'prod' })).toThrow(UsageError);
    try {
      resolveRoute(environments, { from: 'qa', to: 'production' });
    } catch (error) {
      expect((error as UsageError).hint).toBe('Known environments: staging, production.');
    }
    expect(() => resolveRoute(environments, { from: 'staging', to: 'staging' })).toThrow(/itself/);
  });
});

describe('scanRepo', () => {
  it('lists files, skipping .git, node_modules and symlinks that leave the repository or name directories', async () => {
    const root = await tempDir();
    const outside = await tempDir();
    await writeFile(path.join(outside, 'secret.yaml'), 'a: 1\n');
    await mkdir(path.join(root, 'apps/staging'), { recursive: true });
    await mkdir(path.join(root, '.git'), { recursive: true });
    await mkdir(path.join(root, 'node_modules/x'), { recursive: true });
    await writeFile(path.join(root, 'apps/staging/a.yaml'), 'a: 1\n');
    await writeFile(path.join(root, '.git/config'), '');
    await writeFile(path.join(root, 'node_modules/x/b.yaml'), '');
    await symlink(path.join(outside, 'secret.yaml'), path.join(root, 'apps/staging/escape.yaml'));
    await symlink('a.yaml', path.join(root, 'apps/staging/inside.yaml'));
    await symlink(path.join(root, 'apps'), path.join(root, 'loop'));
    await symlink(path.join(os.tmpdir(), 'does-not-exist-gitops'), path.join(root, 'broken.yaml'));
    const scan = await scanRepo(root);
    expect(scan.files).toEqual(['apps/staging/a.yaml', 'apps/staging/inside.yaml']);
    expect(scan.skipped.map((s) => s.file)).toEqual(['apps/staging/escape.yaml', 'broken.yaml', 'loop']);
    expect(scan.skipped[0]?.reason).toMatch(/outside/);
  });
});
