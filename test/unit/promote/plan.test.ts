import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Environment } from '../../../src/core/promote/environments.js';
import { type PlanInput, type PromoteOptions, planPromotion } from '../../../src/core/promote/plan.js';
import { planToJson } from '../../../src/core/promote/plan-json.js';
import { renderPlan } from '../../../src/core/promote/render-plan.js';
import { applyPlan, memoryRepo, yaml } from './memory-repo.js';

const staging: Environment = { name: 'staging', paths: ['apps/staging'] };
const production: Environment = { name: 'production', paths: ['apps/production'] };

function shopValues(
  env: string,
  v: { tag: string; replicas: number; host: string; chart: string; digest?: string },
) {
  return yaml`
    apiVersion: helm.toolkit.fluxcd.io/v2
    kind: HelmRelease
    metadata:
      name: shop-${env}
      namespace: shop-${env}
    spec:
      chart:
        spec:
          chart: web-app
          version: "${v.chart}" # pinned per environment
      values:
        replicaCount: ${v.replicas}
        image:
          repository: ghcr.io/acme/shop # {"$imagepolicy": "flux-system:shop:name"}
          tag: ${v.tag} # {"$imagepolicy": "flux-system:shop:tag"}
        sidecar:
          image: 'ghcr.io/acme/proxy:1.0.0${v.digest === undefined ? '' : `@${v.digest}`}'
        ingress:
          host: ${v.host}
  `;
}

const DIGEST_A = `sha256:${'a'.repeat(64)}`;
const DIGEST_B = `sha256:${'b'.repeat(64)}`;

function fleet(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    'apps/base/shop/release.yaml': 'kind: HelmRelease\n',
    'apps/staging/kustomization.yaml': 'resources: [../base/shop]\n',
    'apps/production/kustomization.yaml': 'resources: [../base/shop]\n',
    'apps/staging/shop/values.yaml': shopValues('staging', {
      tag: '1.5.0',
      replicas: 1,
      host: 'shop.staging.example',
      chart: '2.1.0',
      digest: DIGEST_B,
    }),
    'apps/production/shop/values.yaml': shopValues('production', {
      tag: '1.4.2',
      replicas: 3,
      host: 'shop.example',
      chart: '2.0.0',
      digest: DIGEST_A,
    }),
    ...overrides,
  };
}

function plan(files: Record<string, string>, options: PromoteOptions = {}, extra: Partial<PlanInput> = {}) {
  return planPromotion({ source: staging, target: production, repo: memoryRepo(files), options, ...extra });
}

const summary = (p: ReturnType<typeof plan>) =>
  p.changes.map((c) => `${c.app} ${c.path}: ${c.from} → ${c.to}`);

function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return b.flatMap((line, i) => (line === a[i] ? [] : [`${a[i]} => ${line}`]));
}

describe('planPromotion', () => {
  it('promotes tags, digests and chart versions, and nothing environment-specific', () => {
    const files = fleet();
    const result = plan(files);
    expect(summary(result)).toEqual([
      'shop spec.chart.spec.version: 2.0.0 → 2.1.0',
      'shop spec.values.image.tag: 1.4.2 → 1.5.0',
      `shop spec.values.sidecar.image: 1.0.0@${DIGEST_A} → 1.0.0@${DIGEST_B}`,
    ]);
    expect(result.changes[1]).toMatchObject({
      file: 'apps/production/shop/values.yaml',
      line: 15,
      sourceFile: 'apps/staging/shop/values.yaml',
      sourceLine: 15,
      kind: 'image-tag',
    });
    // Only the promoted scalars differ, each in its own style; comments and keys stay byte for byte.
    const after = applyPlan(files, result)['apps/production/shop/values.yaml'] as string;
    expect(changedLines(files['apps/production/shop/values.yaml'] as string, after)).toEqual([
      '      version: "2.0.0" # pinned per environment =>       version: "2.1.0" # pinned per environment',
      '      tag: 1.4.2 # {"$imagepolicy": "flux-system:shop:tag"} =>       tag: 1.5.0 # {"$imagepolicy": "flux-system:shop:tag"}',
      `      image: 'ghcr.io/acme/proxy:1.0.0@${DIGEST_A}' =>       image: 'ghcr.io/acme/proxy:1.0.0@${DIGEST_B}'`,
    ]);
    expect(result.drift).toEqual([]);
    expect(result.skipped).toEqual([]);
  });

  it('is idempotent: after applying its edits, the plan is empty', () => {
    const files = fleet();
    const again = plan(applyPlan(files, plan(files)));
    expect(again.changes).toEqual([]);
    expect(again.edits).toEqual([]);
  });

  it('keeps replicas and hosts even when a team rule lists them, unless allowBlocked names them', () => {
    const extraFields = [
      { files: 'apps/**', path: 'spec.values.replicaCount' },
      { files: 'apps/**', path: '**.host' },
    ];
    const blocked = plan(fleet(), { extraFields });
    expect(summary(blocked)).not.toContain('shop spec.values.replicaCount: 3 → 1');
    expect(blocked.skipped.map((s) => `${s.path} ${s.reason}`)).toEqual([
      'spec.values.replicaCount blocked',
      'spec.values.ingress.host blocked',
    ]);
    const allowed = plan(fleet(), { extraFields, allowBlocked: ['spec.values.replicaCount'] });
    expect(summary(allowed)).toContain('shop spec.values.replicaCount: 3 → 1');
    expect(summary(allowed).some((line) => line.includes('host'))).toBe(false);
  });

  it('apps and exclude-apps select what is promoted; a filter matching nothing is reported', () => {
    const files = fleet({
      'apps/staging/cart/values.yaml': 'image:\n  tag: 2.0.0\n',
      'apps/production/cart/values.yaml': 'image:\n  tag: 1.0.0\n',
    });
    expect(new Set(plan(files).changes.map((c) => c.app))).toEqual(new Set(['cart', 'shop']));
    const only = plan(files, { apps: ['cart', 'typo'] });
    expect(summary(only)).toEqual(['cart image.tag: 1.0.0 → 2.0.0']);
    expect(only.skipped.map((s) => `${s.app} ${s.reason}`)).toEqual(['shop not-selected']);
    expect(only.diagnostics.map((d) => d.code)).toEqual(['unknown-app-filter']);
    const excluded = plan(files, { apps: ['*'], excludeApps: ['sh*'] });
    expect(summary(excluded)).toEqual(['cart image.tag: 1.0.0 → 2.0.0']);
    expect(excluded.skipped.map((s) => `${s.app} ${s.reason}`)).toEqual(['shop excluded']);
  });

  it('reports a new app, and adds it only with includeNewApps', () => {
    const files = fleet({
      'apps/staging/cart/values.yaml': 'image:\n  tag: 2.0.0\nreplicaCount: 1\n',
      'apps/staging/cart/kustomization.yaml': 'resources: [values.yaml]\n',
    });
    const reported = plan(files);
    expect(reported.newApps).toEqual([
      {
        app: 'cart',
        sourceFiles: ['apps/staging/cart/kustomization.yaml', 'apps/staging/cart/values.yaml'],
        included: false,
        reason: 'include-new-apps is off',
      },
    ]);
    expect(reported.newFiles).toEqual([]);
    expect(reported.skipped.map((s) => `${s.app} ${s.reason}`)).toEqual(['cart new-app']);

    const added = plan(files, { includeNewApps: true });
    expect(added.newApps[0]?.included).toBe(true);
    expect(added.newFiles.map((f) => `${f.sourceFile} -> ${f.file}`)).toEqual([
      'apps/staging/cart/kustomization.yaml -> apps/production/cart/kustomization.yaml',
      'apps/staging/cart/values.yaml -> apps/production/cart/values.yaml',
    ]);
    expect(added.newFiles[1]?.content).toBe(files['apps/staging/cart/values.yaml']);
    expect(added.diagnostics.map((d) => d.code)).toEqual(['new-app-not-listed']);
    const replanned = plan(applyPlan(files, added), { includeNewApps: true });
    expect(replanned.newApps).toEqual([]);
    expect(replanned.changes).toEqual([]);
  });

  it('does not copy a new Argo CD Application, which names its environment inside', () => {
    const files = {
      'apps/staging/web-staging.yaml':
        'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: web-staging\n',
      'apps/production/other.yaml': 'a: 1\n',
    };
    const result = plan(files, { includeNewApps: true });
    expect(result.newApps[0]).toMatchObject({ app: 'web', included: false });
    expect(result.newApps[0]?.reason).toMatch(/Argo CD Application/);
  });

  it('keeps a target that is newer than the source, and says so', () => {
    const files = fleet({
      'apps/production/shop/values.yaml': shopValues('production', {
        tag: '1.6.0-hotfix.1',
        replicas: 3,
        host: 'shop.example',
        chart: '2.1.0',
        digest: DIGEST_B,
      }),
    });
    const result = plan(files);
    expect(result.changes).toEqual([]);
    expect(result.drift).toEqual([
      {
        app: 'shop',
        file: 'apps/production/shop/values.yaml',
        line: 15,
        path: 'spec.values.image.tag',
        targetValue: '1.6.0-hotfix.1',
        sourceValue: '1.5.0',
        reason: 'newer-than-source',
        overwritten: false,
      },
    ]);
    expect(result.skipped.map((s) => s.reason)).toEqual(['target-newer']);
    expect(renderPlan(result)).toContain('1.6.0-hotfix.1 is newer than the source');
  });

  it('replaces a value the source never ran, with a drift warning; only when history is known', () => {
    const files = fleet({
      'apps/staging/shop/values.yaml': shopValues('staging', {
        tag: '1.5.0',
        replicas: 1,
        host: 'h',
        chart: '2.0.0',
        digest: DIGEST_A,
      }),
    });
    const calls: string[] = [];
    const history = (env: string, file: string, path: string) => {
      calls.push(`${env} ${file} ${path}`);
      return path === 'spec.values.image.tag' ? { values: ['1.3.0', '1.4.0', '1.5.0'] } : undefined;
    };
    const result = plan(files, {}, { history });
    expect(calls).toEqual(['staging apps/staging/shop/values.yaml spec.values.image.tag']);
    expect(summary(result)).toEqual(['shop spec.values.image.tag: 1.4.2 → 1.5.0']);
    expect(result.drift).toEqual([
      expect.objectContaining({ reason: 'never-in-source-history', targetValue: '1.4.2', overwritten: true }),
    ]);
    const inHistory = plan(files, {}, { history: () => ({ values: ['1.4.2', '1.5.0'] }) });
    expect(inHistory.drift).toEqual([]);
    expect(plan(files).drift).toEqual([]);
  });

  it('reports fields it cannot pair instead of adding or removing them', () => {
    const files = {
      'apps/staging/api/values.yaml': 'image:\n  tag: 2.0.0\nworker:\n  image:\n    tag: 1.0.0\n',
      'apps/production/api/values.yaml':
        'image:\n  tag: 1.0.0\n  digest: sha256:0123456789abcdef0123456789abcdef\n',
    };
    const result = plan(files);
    expect(summary(result)).toEqual(['api image.tag: 1.0.0 → 2.0.0']);
    expect(result.skipped.map((s) => `${s.path} ${s.reason}`)).toEqual([
      'image.digest not-in-source',
      'worker.image.tag missing-in-target',
    ]);
  });

  it('pairs values-<env>.yaml files and Argo CD Applications across environments', () => {
    const app = (env: string, chart: string) =>
      `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: gb-${env}\nspec:\n  source:\n    chart: gb\n    targetRevision: ${chart}\n`;
    const files = {
      'argocd/gb-staging.yaml': app('staging', '1.1.0'),
      'argocd/gb-production.yaml': app('production', '1.0.0'),
      'charts/gb/values-staging.yaml': 'image:\n  tag: "3.3.0"\n',
      'charts/gb/values-production.yaml': 'image:\n  tag: "3.2.0"\n',
    };
    const result = planPromotion({
      source: { name: 'staging', paths: ['argocd/gb-staging.yaml', 'charts/gb/values-staging.yaml'] },
      target: {
        name: 'production',
        paths: ['argocd/gb-production.yaml', 'charts/gb/values-production.yaml'],
      },
      repo: memoryRepo(files),
    });
    expect(summary(result)).toEqual([
      'gb spec.source.targetRevision: 1.0.0 → 1.1.0',
      'gb image.tag: 3.2.0 → 3.3.0',
    ]);
    expect(applyPlan(files, result)['charts/gb/values-production.yaml']).toBe('image:\n  tag: "3.3.0"\n');
  });

  it('never edits a file both environments include', () => {
    const files = { 'apps/shared/values.yaml': 'image:\n  tag: 1.0.0\n' };
    const result = planPromotion({
      source: { name: 'staging', paths: ['apps'] },
      target: { name: 'production', paths: ['apps/shared'] },
      repo: memoryRepo(files),
    });
    expect(result.edits).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['overlapping-environments']);
  });

  it('reports a value it cannot edit in place', () => {
    const files = {
      'apps/staging/api/values.yaml': 'image:\n  tag: 2.0.0\n',
      'apps/production/api/values.yaml': 'image:\n  tag: |\n    1.0.0\n',
    };
    const result = plan(files);
    expect(result.changes).toEqual([]);
    expect(result.skipped.map((s) => s.reason)).toEqual(['not-editable']);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['not-editable']);
  });

  it('for any pair of tags and quoting styles, applying then re-planning changes nothing more', () => {
    const tag = fc.oneof(
      fc.stringMatching(/^v?[0-9]{1,2}\.[0-9]{1,2}(\.[0-9]{1,2})?$/),
      fc.constantFrom('latest', 'on', '1.10', 'sha-1a2b3c', '0x1F', ''),
    );
    const quote = fc.constantFrom(
      (s: string) => JSON.stringify(s),
      (s: string) => `'${s}'`,
      (s: string) => s,
    );
    fc.assert(
      fc.property(tag, tag, quote, quote, (from, to, q1, q2) => {
        fc.pre(from !== '' && to !== '');
        const files = {
          'apps/staging/a/values.yaml': `image:\n  tag: ${q1(from)}\n`,
          'apps/production/a/values.yaml': `# keep\nimage:\n  tag: ${q2(to)} # comment\n`,
        };
        const first = plan(files);
        const after = applyPlan(files, first);
        const second = plan(after);
        expect(second.changes).toEqual([]);
        expect(second.edits).toEqual([]);
        if (first.changes.length > 0)
          expect(after['apps/production/a/values.yaml']).toMatch(/^# keep\n.* # comment\n$/s);
      }),
      { numRuns: 200 },
    );
  });
});

describe('plan output', () => {
  it('JSON has sorted keys and is the same text for the same plan', () => {
    const result = plan(fleet());
    const text = planToJson(result);
    expect(planToJson(plan(fleet()))).toBe(text);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual([...Object.keys(parsed)].sort());
    expect(parsed.version).toBe(1);
    const change = (parsed.changes as Record<string, unknown>[])[0] as Record<string, unknown>;
    expect(Object.keys(change)).toEqual([
      'app',
      'file',
      'from',
      'kind',
      'line',
      'path',
      'sourceFile',
      'sourceLine',
      'to',
    ]);
  });

  it('JSON lists new files by size, not content', () => {
    const files = fleet({ 'apps/staging/cart/values.yaml': 'image:\n  tag: 2.0.0\n' });
    const parsed = JSON.parse(planToJson(plan(files, { includeNewApps: true }))) as { newFiles: unknown[] };
    expect(parsed.newFiles).toEqual([
      {
        app: 'cart',
        bytes: 20,
        file: 'apps/production/cart/values.yaml',
        sourceFile: 'apps/staging/cart/values.yaml',
      },
    ]);
  });

  it('the dry-run text is a table of changes', () => {
    const text = renderPlan(plan(fleet()));
    expect(text.split('\n').slice(0, 4)).toEqual([
      'Promote staging → production: 3 changes in 1 app.',
      '',
      `  APP   FILE                              LINE  PATH                       FROM${' '.repeat(75)}TO`,
      `  shop  apps/production/shop/values.yaml  10    spec.chart.spec.version    2.0.0${' '.repeat(74)}2.1.0`,
    ]);
    expect(renderPlan(plan(applyPlan(fleet(), plan(fleet()))))).toBe(
      'Promote staging → production: nothing to change.\n',
    );
  });
});
