import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  indexOf,
  mergeRenderOutputs,
  type RenderRepositoryOptions,
  type RenderRun,
  type RenderUnit,
  renderRepository,
  runFailed,
  writeRenderOutput,
} from '../../../src/core/render/index.js';
import { repoRoot } from '../../support/paths.js';
import { tempDir } from '../../support/temp.js';
import { testTools } from '../../support/tools.js';
import { comparable, documentsOf, filesUnder, fleetMirrors } from './support.js';

const argocdRoot = path.join(repoRoot, 'examples', 'argocd');

function renderArgo(overrides: Partial<RenderRepositoryOptions> & { cacheDir: string }) {
  return renderRepository({
    repoRoot,
    sourceRoot: argocdRoot,
    clusters: ['bootstrap'],
    tools: testTools(),
    mirrors: fleetMirrors,
    concurrency: 2,
    ...overrides,
  });
}

const APPLICATIONS = [
  'addon-logging',
  'addon-monitoring',
  'edge-ingress-production',
  'guestbook-production',
  'guestbook-staging',
  'platform-production',
  'platform-staging',
  'root',
];

function unit(run: RenderRun, name: string): RenderUnit {
  const found = run.units.find((u) => u.id === `bootstrap/Application/argocd/${name}`);
  if (found === undefined)
    throw new Error(`no Application ${name} in ${run.units.map((u) => u.id).join(', ')}`);
  return found;
}

// biome-ignore lint/suspicious/noExplicitAny: reading deep fields of rendered objects
function object(run: RenderRun, app: string, kind: string, name: string): any {
  const found = unit(run, app).objects.find((o) => o.identity.kind === kind && o.identity.name === name);
  if (found === undefined) throw new Error(`${app} rendered no ${kind} ${name}`);
  return found.object;
}

describe('examples/argocd rendered from its app of apps', () => {
  let cacheDir: string;
  let run: RenderRun;
  // tempDir() is removed after each test; this cache must outlive the first one.
  beforeAll(async () => {
    cacheDir = await mkdtemp(path.join(os.tmpdir(), 'gitops-actions-render-argocd-cache-'));
    run = await renderArgo({ cacheDir });
  });
  afterAll(() => rm(cacheDir, { recursive: true, force: true }));

  it('follows the root Application to every Application, the ApplicationSets expanded, each a unit', () => {
    const apps = run.units.filter((u) => u.kind === 'Application');
    expect(apps.map((u) => u.name)).toEqual(APPLICATIONS);
    expect(apps.map((u) => u.status)).toEqual(APPLICATIONS.map(() => 'rendered'));
    expect(run.diagnostics).toEqual([]);
    expect(runFailed(run)).toBe(false);
    expect(unit(run, 'root').chain).toEqual(['flux-system/flux-system']);
    expect(unit(run, 'guestbook-staging')).toMatchObject({
      owner: { file: 'examples/argocd/apps/guestbook-staging.yaml', line: 3 },
      chain: ['flux-system/flux-system', 'Application/argocd/root'],
      chart: { name: 'guestbook', version: '0.5.0', source: 'git:this-repository' },
    });
    // Generated Applications are owned by their ApplicationSet.
    expect(unit(run, 'platform-staging').owner).toEqual({
      file: 'examples/argocd/apps/platform.yaml',
      line: 3,
    });
  });

  it('renders a Helm source with valueFiles in order, then inline values, then parameters, under its releaseName', () => {
    const deployment = object(run, 'guestbook-staging', 'Deployment', 'guestbook');
    // values.yaml then values-staging.yaml: the staging tag and host win over the shared defaults.
    expect(deployment.spec.template.spec.containers[0].image).toBe('ghcr.io/acme/guestbook:3.3.0-rc.1');
    expect(object(run, 'guestbook-staging', 'Ingress', 'guestbook').spec.rules[0].host).toBe(
      'guestbook.staging.acme.example',
    );
    // Inline values win over the files (replicaCount 1 in values.yaml)...
    expect(deployment.spec.replicas).toBe(2);
    // ...and a parameter (--set service.port=8080) wins over the inline service.port 8000.
    expect(object(run, 'guestbook-staging', 'Service', 'guestbook').spec.ports[0].port).toBe(8080);
    expect(object(run, 'guestbook-production', 'Service', 'guestbook').spec.ports[0].port).toBe(80);
    expect(object(run, 'guestbook-production', 'Deployment', 'guestbook').spec.replicas).toBe(3);
    expect(deployment.metadata.annotations['argocd.argoproj.io/tracking-id']).toBe(
      'guestbook-staging:apps/Deployment:guestbook/guestbook',
    );
    expect(unit(run, 'guestbook-staging').objects.map((o) => o.source)).toContain(
      'guestbook/templates/deployment.yaml',
    );
  });

  it('renders the multi-source Application: a remote chart with its values from this repository through $values', () => {
    const edge = unit(run, 'edge-ingress-production');
    expect(edge.chart).toMatchObject({ name: 'edge-ingress', version: '1.3.0' });
    expect(edge.chart?.digest).toMatch(/^sha256:/);
    expect(object(run, 'edge-ingress-production', 'Deployment', 'edge-ingress').spec.replicas).toBe(3);
    expect(
      object(run, 'edge-ingress-production', 'Service', 'edge-ingress').metadata.annotations[
        'acme.example/cluster'
      ],
    ).toBe('production');
  });

  it('renders the list ApplicationSet’s kustomize overlays, each object pointing at its file', () => {
    const staging = unit(run, 'platform-staging').objects.find((o) => o.identity.kind === 'ResourceQuota');
    const production = object(run, 'platform-production', 'ResourceQuota', 'compute');
    expect(staging?.object.spec).toEqual({ hard: { 'requests.cpu': '2', 'requests.memory': '2Gi' } });
    expect(production.spec.hard['requests.cpu']).toBe('8');
    expect(production.metadata.labels['acme.example/environment']).toBe('production');
    expect(staging?.source).toBe('examples/argocd/platform/base/quotas.yaml:1');
  });

  it('renders the git-directory ApplicationSet’s directory sources with recurse, include and exclude', () => {
    const monitoring = unit(run, 'addon-monitoring').objects.map(
      (o) => `${o.identity.namespace}/${o.identity.name}`,
    );
    // dashboards/ is recursed into; drafts/ is excluded; the JSON file does not match include *.yaml.
    expect(monitoring).toEqual(['monitoring/alert-rules', 'monitoring/dashboard-overview']);
    expect(unit(run, 'addon-logging').objects.map((o) => o.source)).toEqual([
      'examples/argocd/addons/logging/pipeline.yaml:1',
    ]);
  });

  it('writes each Application to <cluster>/Application/<namespace>/<name>.yaml and lists it in the index', async () => {
    const out = await tempDir();
    const index = await writeRenderOutput(out, run);
    const docs = await documentsOf(path.join(out, 'bootstrap/Application/argocd/guestbook-staging.yaml'));
    expect(docs.map((d) => d.kind)).toEqual(['Service', 'Deployment', 'Ingress']);
    expect(index.units.find((u) => u.name === 'root')).toMatchObject({
      kind: 'Application',
      file: 'bootstrap/Application/argocd/root.yaml',
    });
    expect(index.clusters).toEqual([
      expect.objectContaining({ name: 'bootstrap', units: APPLICATIONS.length + 1, failed: 0 }),
    ]);
  });

  it('takes every Application from the cache on a second run, with the same objects', async () => {
    const again = await renderArgo({ cacheDir });
    const apps = again.units.filter((u) => u.kind === 'Application');
    expect(apps.map((u) => u.status)).toEqual(APPLICATIONS.map(() => 'cached'));
    expect(apps.map((u) => u.objects)).toEqual(
      run.units.filter((u) => u.kind === 'Application').map((u) => u.objects),
    );
  });

  it('--plan works out every Application and its inputs, following the app of apps, and renders no leaf', async () => {
    const planned = await renderArgo({ cacheDir: await tempDir(), plan: true });
    const apps = planned.units.filter((u) => u.kind === 'Application');
    expect(apps.map((u) => u.name)).toEqual(APPLICATIONS);
    expect(apps.every((u) => u.status === 'planned' && u.objects.length === 0)).toBe(true);
    expect(unit(planned, 'guestbook-staging').inputsDigest).toBe(unit(run, 'guestbook-staging').inputsDigest);
  });

  it('--shard splits the Applications between jobs, and merging the shards gives the full output', async () => {
    const shards = await Promise.all(
      [1, 2].map((index) => renderArgo({ cacheDir, shard: { index, count: 2 }, concurrency: 1 })),
    );
    const ids = shards.map((shard) => shard.units.filter((u) => u.kind === 'Application').map((u) => u.id));
    expect([...(ids[0] ?? []), ...(ids[1] ?? [])].sort()).toEqual(
      run.units.filter((u) => u.kind === 'Application').map((u) => u.id),
    );
    expect(ids[0]?.length).toBeGreaterThan(0);
    expect(ids[1]?.length).toBeGreaterThan(0);
    const dirs = await Promise.all(
      shards.map(async (shard) => {
        const dir = await tempDir();
        await writeRenderOutput(dir, shard);
        return dir;
      }),
    );
    const full = await tempDir();
    await writeRenderOutput(full, run);
    const merged = await tempDir();
    const index = await mergeRenderOutputs(merged, dirs);
    expect(comparable(index)).toEqual(comparable(indexOf(run)));
    // The indexes differ in durations and statuses only; every unit file must be the same.
    const { 'index.json': _mergedIndex, ...mergedFiles } = await filesUnder(merged);
    const { 'index.json': _fullIndex, ...fullFiles } = await filesUnder(full);
    expect(mergedFiles).toEqual(fullFiles);
  });
});

describe('on a copy of examples/argocd', () => {
  async function copy(): Promise<{ root: string; argocd: string }> {
    const root = await tempDir('gitops-actions-render-argocd-');
    const argocd = path.join(root, 'argocd');
    await cp(argocdRoot, argocd, { recursive: true });
    return { root, argocd };
  }

  it('fails one broken Application with its message and owner while the others render, and redacts Secrets', async () => {
    const { root, argocd } = await copy();
    await writeFile(
      path.join(argocd, 'platform/staging/kustomization.yaml'),
      'resources:\n  - ../base\n  - missing-quota.yaml\n',
    );
    await writeFile(
      path.join(argocd, 'addons/logging/credentials.yaml'),
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: loki-credentials\nstringData:\n  password: hunter2\n',
    );
    const run = await renderRepository({
      repoRoot: root,
      sourceRoot: argocd,
      clusters: ['bootstrap'],
      tools: testTools(),
      mirrors: fleetMirrors,
      concurrency: 2,
      cacheDir: await tempDir(),
    });
    const failed = run.units.filter((u) => u.status === 'failed');
    expect(failed.map((u) => u.id)).toEqual(['bootstrap/Application/argocd/platform-staging']);
    expect(failed[0]).toMatchObject({
      owner: { file: 'argocd/apps/platform.yaml', line: 3 },
      chain: ['flux-system/flux-system', 'Application/argocd/root'],
    });
    expect(failed[0]?.error?.message).toContain('missing-quota.yaml');
    expect(run.units.filter((u) => u.kind === 'Application' && u.status === 'rendered')).toHaveLength(7);
    expect(runFailed(run)).toBe(true);
    const secret = object(run, 'addon-logging', 'Secret', 'loki-credentials');
    expect(secret.stringData.password).toMatch(/^\*\*SECRET:[0-9a-f]{8}\*\*$/);
    expect(JSON.stringify(run)).not.toContain('hunter2');
  });

  it('re-renders only the Application whose files changed', async () => {
    const { root, argocd } = await copy();
    const options = {
      repoRoot: root,
      sourceRoot: argocd,
      clusters: ['bootstrap'],
      tools: testTools(),
      mirrors: fleetMirrors,
      concurrency: 2,
      cacheDir: await tempDir(),
    };
    await renderRepository(options);
    // A values file outside any chart, read only through edge-ingress-production's $values.
    const values = path.join(argocd, 'environments/production/edge-ingress-values.yaml');
    await writeFile(values, (await readFile(values, 'utf8')).replace('replicaCount: 3', 'replicaCount: 4'));
    const run = await renderRepository(options);
    const rendered = run.units.filter((u) => u.kind === 'Application' && u.status === 'rendered');
    expect(rendered.map((u) => u.name)).toEqual(['edge-ingress-production']);
    expect(object(run, 'edge-ingress-production', 'Deployment', 'edge-ingress').spec.replicas).toBe(4);
    const cached = run.units.filter((u) => u.kind === 'Application' && u.status === 'cached');
    expect(cached).toHaveLength(APPLICATIONS.length - 1);
  });

  it('reports a generator it cannot expand as unsupported, and still renders the rest', async () => {
    const { root, argocd } = await copy();
    const file = path.join(argocd, 'apps/platform.yaml');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('    - list:', '    - clusters: {}\n    - list:'),
    );
    const run = await renderRepository({
      repoRoot: root,
      sourceRoot: argocd,
      clusters: ['bootstrap'],
      tools: testTools(),
      mirrors: fleetMirrors,
      concurrency: 2,
      cacheDir: await tempDir(),
    });
    expect(run.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'unsupported-object',
        location: { file: 'argocd/apps/platform.yaml', line: 3 },
        message: expect.stringContaining('the clusters generator is not supported'),
      }),
    ]);
    expect(unit(run, 'platform-production').status).toBe('rendered');
    expect(runFailed(run)).toBe(false);
  });
});
