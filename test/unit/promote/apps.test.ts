import { describe, expect, it } from 'vitest';
import { findApps, matchApps } from '../../../src/core/promote/apps.js';
import type { Environment } from '../../../src/core/promote/environments.js';
import { ParsedRepo } from '../../../src/core/promote/repo-files.js';
import { memoryRepo } from './memory-repo.js';

const release = (name: string) =>
  `apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: ${name}\nspec:\n  values: {}\n`;
const application = (name: string) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${name}\n`;

const staging: Environment = { name: 'staging', paths: ['apps/staging'] };
const production: Environment = { name: 'production', paths: ['apps/production'] };

function apps(files: Record<string, string>, environment: Environment) {
  return findApps(environment, new ParsedRepo(memoryRepo(files))).apps;
}

function summary(files: Record<string, string>, environment: Environment) {
  return apps(files, environment).map(
    (a) => `${a.name} (${a.origin}): ${a.files.join(', ')} [${a.releases.join(',')}]`,
  );
}

describe('findApps names each app the way its layout does', () => {
  it('by directory under the environment, by HelmRelease at its root, else by file name', () => {
    const files = {
      'apps/staging/cart/release.yaml': release('cart-frontend'),
      'apps/staging/cart/values.yaml': 'image:\n  tag: 1.0.0\n',
      'apps/staging/shop-values.yaml': release('shop'),
      'apps/staging/two.yaml': `${release('a')}---\n${release('b')}`,
      'apps/staging/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n',
    };
    expect(summary(files, staging)).toEqual([
      'a (helmrelease): apps/staging/two.yaml [a]',
      'b (helmrelease): apps/staging/two.yaml [b]',
      'cart (directory): apps/staging/cart/release.yaml, apps/staging/cart/values.yaml [cart-frontend]',
      'kustomization (file): apps/staging/kustomization.yaml []',
      'shop (helmrelease): apps/staging/shop-values.yaml [shop]',
    ]);
  });

  it('by Application name without the environment, which also claims its values files', () => {
    const environment: Environment = {
      name: 'staging',
      paths: [
        'argocd/gb-staging.yaml',
        'charts/guestbook/values-staging.yaml',
        'charts/other/values-staging.yaml',
      ],
    };
    const files = {
      'argocd/gb-staging.yaml': `${application('gb-staging')}spec:\n  source:\n    path: charts/guestbook\n    helm:\n      valueFiles: [values-staging.yaml]\n`,
      'charts/guestbook/values-staging.yaml': 'image:\n  tag: 1.0.0\n',
      'charts/other/values-staging.yaml': 'image:\n  tag: 1.0.0\n',
    };
    expect(summary(files, environment)).toEqual([
      'gb (application): argocd/gb-staging.yaml, charts/guestbook/values-staging.yaml [gb]',
      'other (directory): charts/other/values-staging.yaml []',
    ]);
  });

  it('<app>/overlays/<env> is the app <app>', () => {
    const environment: Environment = { name: 'staging', paths: ['shop/overlays/staging'] };
    expect(summary({ 'shop/overlays/staging/kustomization.yaml': 'images: []\n' }, environment)).toEqual([
      'shop (directory): shop/overlays/staging/kustomization.yaml []',
    ]);
  });
});

describe('matchApps matches by name and reports what it will not guess', () => {
  const match = (sourceFiles: Record<string, string>, targetFiles: Record<string, string>) => {
    const files = { ...sourceFiles, ...targetFiles };
    return matchApps(apps(files, staging), apps(files, production));
  };

  it('same directory, HelmRelease or Application name (environment taken out) is the same app', () => {
    const result = match(
      {
        'apps/staging/cart/r.yaml': release('cart'),
        'apps/staging/shop.yaml': release('shop-staging'),
        'apps/staging/web.yaml': application('staging-web'),
      },
      {
        'apps/production/cart/r.yaml': release('cart'),
        'apps/production/shop.yaml': release('shop-production'),
        'apps/production/web.yaml': application('production-web'),
      },
    );
    expect(result.matched.map((m) => m.name)).toEqual(['cart', 'shop', 'web']);
    expect(result.diagnostics).toEqual([]);
  });

  it('a HelmRelease under another directory name is a rename, reported and not matched', () => {
    const result = match(
      { 'apps/staging/shop/r.yaml': release('shop') },
      { 'apps/production/storefront/r.yaml': release('shop') },
    );
    expect(result.matched).toEqual([]);
    expect(result.newApps).toEqual([]);
    expect(result.targetOnly).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['app-renamed']);
    expect(result.mismatched[0]?.message).toContain('production has as storefront');
  });

  it('a release found in two target apps is ambiguous', () => {
    const result = match(
      { 'apps/staging/shop/r.yaml': release('shop') },
      { 'apps/production/a/r.yaml': release('shop'), 'apps/production/b/r.yaml': release('shop') },
    );
    expect(result.diagnostics.map((d) => d.code)).toEqual(['app-ambiguous']);
    expect(result.mismatched.map((m) => m.app.name)).toEqual(['shop']);
  });

  it('the same directory deploying different releases is a mismatch', () => {
    const result = match(
      { 'apps/staging/shop/r.yaml': release('shop') },
      { 'apps/production/shop/r.yaml': release('web') },
    );
    expect(result.matched).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['app-identity-mismatch']);
  });

  it('a name match with the release also elsewhere in the target is matched, with a warning', () => {
    const result = match(
      { 'apps/staging/shop/r.yaml': release('shop') },
      { 'apps/production/shop/r.yaml': release('shop'), 'apps/production/copy/r.yaml': release('shop') },
    );
    expect(result.matched.map((m) => m.name)).toEqual(['shop']);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['app-ambiguous']);
  });

  it('source-only apps are new, target-only apps are listed', () => {
    const result = match(
      { 'apps/staging/cart/r.yaml': release('cart') },
      { 'apps/production/old/r.yaml': release('old') },
    );
    expect(result.newApps.map((a) => a.name)).toEqual(['cart']);
    expect(result.targetOnly.map((a) => a.name)).toEqual(['old']);
  });
});
