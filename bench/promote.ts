/**
 * bench/promote: 3 environments x 300 apps (apps/base/<app> with apps/<env>/<app> overlays
 * patching HelmRelease values), staging -> production planned and applied, as a ratio to merely
 * reading and parsing the same files with the YAML library. Target: under 2x.
 * Run: npm run bench:promote
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { writeEdits } from '../src/core/edits/write-edits.js';
import { planRoute } from '../src/core/promote/index.js';
import { measure, peakRssMiB, ratioLine, report } from './support.js';

const APPS = 300;
const ENVIRONMENTS = ['dev', 'staging', 'production'];

function release(app: string): string {
  return `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: ${app}
  namespace: ${app}
spec:
  interval: 10m
  chart:
    spec:
      chart: ./charts/web-app
      sourceRef:
        kind: GitRepository
        name: flux-system
        namespace: flux-system
  values:
    image:
      repository: ghcr.io/acme/${app}
`;
}

function overlay(app: string, environment: string, index: number): string {
  const minor = environment === 'production' ? 1 : environment === 'staging' ? 2 : 3;
  return `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: ${app}
  namespace: ${app}
spec:
  values:
    replicaCount: ${environment === 'production' ? 3 : 1}
    image:
      tag: 1.${minor}.${index % 10} # {"$imagepolicy": "flux-system:${app}:tag"}
    ingress:
      host: ${app}.${environment}.example.com
    resources:
      requests:
        cpu: 100m
`;
}

async function generate(root: string): Promise<void> {
  for (let i = 0; i < APPS; i++) {
    const app = `app-${String(i).padStart(3, '0')}`;
    await mkdir(path.join(root, 'apps', 'base', app), { recursive: true });
    await writeFile(path.join(root, 'apps', 'base', app, 'release.yaml'), release(app));
    await writeFile(
      path.join(root, 'apps', 'base', app, 'kustomization.yaml'),
      'resources:\n  - release.yaml\n',
    );
    for (const environment of ENVIRONMENTS) {
      const dir = path.join(root, 'apps', environment, app);
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, 'values.yaml'), overlay(app, environment, i));
      await writeFile(
        path.join(dir, 'kustomization.yaml'),
        `resources:\n  - ../../base/${app}\npatches:\n  - path: values.yaml\n`,
      );
    }
  }
}

async function yamlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await yamlFiles(full)));
    else if (entry.name.endsWith('.yaml')) out.push(full);
  }
  return out;
}

const root = await mkdtemp(path.join(os.tmpdir(), 'gitops-actions-bench-promote-'));
try {
  await generate(root);
  const files = await yamlFiles(root);
  const production = new Map<string, string>();
  for (const file of files.filter((f) => f.includes(`${path.sep}production${path.sep}`))) {
    production.set(file, await readFile(file, 'utf8'));
  }
  const parse = await measure(
    async () => {
      for (const file of files) parseAllDocuments(await readFile(file, 'utf8'));
    },
    5,
    1,
  );
  let changes = 0;
  const samples: number[] = [];
  for (let run = 0; run < 6; run++) {
    const started = performance.now();
    const { plan } = await planRoute({ root, route: { from: 'staging', to: 'production' } });
    await writeEdits(root, plan.edits);
    const elapsed = performance.now() - started;
    changes = plan.changes.length;
    if (run > 0) samples.push(elapsed);
    // Each run starts from production as generated; restoring is not measured.
    await Promise.all([...production].map(([file, text]) => writeFile(file, text)));
  }
  if (changes !== APPS) throw new Error(`expected ${APPS} changes, planned ${changes}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const ours = { ms: sorted[Math.floor(sorted.length / 2)] as number, runs: samples };
  report([
    `bench/promote: ${ENVIRONMENTS.length} environments x ${APPS} apps, ${files.length} files, ${changes} changes per run`,
    ratioLine('plan + apply / read + parse', ours, parse, { below: 2 }),
    `peak RSS: ${peakRssMiB().toFixed(0)} MiB`,
  ]);
} finally {
  await rm(root, { recursive: true, force: true });
}
