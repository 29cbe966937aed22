/**
 * bench/image-bump: scan-and-update over a repository of 10,000 YAML files with 200 markers,
 * as a ratio to `grep -rl '"$imagepolicy"'` over the same tree (the floor: finding the files).
 * Target: under 3x. Run: npm run bench:image-bump
 *
 * Registry mode with tag lists held in memory: the benchmark measures the scan, the policy
 * decisions and the writes, not a registry's network latency.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { writeEdits } from '../src/core/edits/write-edits.js';
import { planImageBump, type TagSource } from '../src/core/images/bump.js';
import { peakRssMiB, ratioLine, report, type Timing } from './support.js';

const FILES = 10_000;
const MARKERS = 200;
const IMAGES = 10;
const run = promisify(execFile);

function deployment(index: number, marker: boolean): string {
  const image = `registry.example.com/team/app-${index % IMAGES}`;
  return `# Service ${index}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${index}
  namespace: team-${index % 50}
  labels:
    app.kubernetes.io/name: app-${index}
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: app-${index}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: app-${index}
    spec:
      containers:
        - name: app
          image: ${image}:1.0.0${marker ? ` # {"$imagepolicy": "flux-system:app-${index % IMAGES}"}` : ''}
          ports:
            - containerPort: 8080
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
`;
}

function policies(): string {
  return Array.from(
    { length: IMAGES },
    (_, i) => `apiVersion: image.toolkit.fluxcd.io/v1
kind: ImageRepository
metadata:
  name: app-${i}
  namespace: flux-system
spec:
  image: registry.example.com/team/app-${i}
---
apiVersion: image.toolkit.fluxcd.io/v1
kind: ImagePolicy
metadata:
  name: app-${i}
  namespace: flux-system
spec:
  imageRepositoryRef:
    name: app-${i}
  policy:
    semver:
      range: ^1.0.0
`,
  ).join('---\n');
}

async function generate(root: string): Promise<Map<string, string>> {
  const markerFiles = new Map<string, string>();
  const every = FILES / MARKERS;
  await mkdir(path.join(root, 'clusters', 'production'), { recursive: true });
  await writeFile(path.join(root, 'clusters', 'production', 'images.yaml'), policies());
  for (let dir = 0; dir < 100; dir++)
    await mkdir(path.join(root, 'apps', `team-${dir}`), { recursive: true });
  await Promise.all(
    Array.from({ length: FILES }, async (_, i) => {
      const file = path.join('apps', `team-${i % 100}`, `app-${i}.yaml`);
      const text = deployment(i, i % every === 0);
      if (i % every === 0) markerFiles.set(file, text);
      await writeFile(path.join(root, file), text);
    }),
  );
  return markerFiles;
}

const tags: TagSource = {
  listTags: async () => ['1.0.0', '1.1.0', '1.2.0', '2.0.0'],
  digest: async () => {
    throw new Error('no policy here reflects digests');
  },
};

/** Timed rounds after the warm-up round; the medians are reported. */
const RUNS = 9;

function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { ms: sorted[Math.floor(sorted.length / 2)] as number, runs: samples };
}

const root = await mkdtemp(path.join(os.tmpdir(), 'gitops-actions-bench-image-bump-'));
try {
  const markerFiles = await generate(root);
  let updated = 0;
  let planMs = 0;
  let writeMs = 0;
  const restore = () =>
    Promise.all([...markerFiles].map(([file, text]) => writeFile(path.join(root, file), text)));
  // grep and the update take turns, round by round, so that both are timed under the same
  // conditions (other processes, the page cache, the writeback of the previous round). Each round
  // starts from the original files; restoring them is not part of what is measured.
  const grepSamples: number[] = [];
  const samples: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const grepStarted = performance.now();
    await run('grep', ['-rl', '"$imagepolicy"', root], { maxBuffer: 64 << 20 });
    const grepMs = performance.now() - grepStarted;
    const started = performance.now();
    const outcome = await planImageBump({ root, paths: ['.'], registry: tags });
    const planned = performance.now();
    const written = await writeEdits(root, outcome.plan.edits);
    const done = performance.now();
    if (written.written.length !== MARKERS) throw new Error(`expected ${MARKERS} files written`);
    updated = outcome.plan.changes.length;
    planMs = planned - started;
    writeMs = done - planned;
    if (i > 0) {
      grepSamples.push(grepMs);
      samples.push(done - started);
    }
    await restore();
  }
  if (updated !== MARKERS) throw new Error(`expected ${MARKERS} updates, made ${updated}`);
  report([
    `bench/image-bump: ${FILES} files, ${MARKERS} markers updated per run (medians of ${RUNS} rounds after a warm-up, grep and update alternating)`,
    ratioLine('scan-and-update / grep -rl', timing(samples), timing(grepSamples), { below: 3 }),
    `  of which scan and plan ${planMs.toFixed(0)} ms, atomic writes of ${MARKERS} files ${writeMs.toFixed(0)} ms (last run)`,
    `peak RSS: ${peakRssMiB().toFixed(0)} MiB`,
  ]);
} finally {
  await rm(root, { recursive: true, force: true });
}
