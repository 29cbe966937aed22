/**
 * bench/validate: strict validation of 50,400 resources (Deployments, Services, ConfigMaps and
 * Flux custom resources) in 12,600 files against Kubernetes 1.35 and the Flux CRDs, as resources
 * per second and as a ratio to the floor: reading the same files and parsing them with the `yaml`
 * package, the library the pipeline uses, in one thread. Also the schema compile time, cold and
 * cached, and peak memory. Printed, not judged: kubeconform publishes about 7,500 resources/s on a
 * 4-core laptop, and the issue's target is to beat that here at under 3x the floor.
 * A second, stricter floor is the pipeline's own fast parse of the same files.
 * Run: npm run bench:validate
 *
 * Every 4th app carries one broken object (a typo, a wrong type, a YAML 1.1 surprise), so about
 * 2% of objects have findings and need positions: that part of the cost is measured too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Parser, parseAllDocuments } from 'yaml';
import { SchemaRegistry } from '../src/core/schema/registry.js';
import { parseDocuments } from '../src/core/validate/input/parse-documents.js';
import { runValidation, type ValidationRun } from '../src/core/validate/run.js';
import { SchemaValidator } from '../src/core/validate/schema-validator.js';
import { formatMs, measure, peakRssMiB, report, type Timing } from './support.js';

const APPS = 4200;
const TEAMS = 60;
const VERSION = '1.35';

/** The shared test data, located as test/support/testdata.ts does (a bench may not import tests). */
function testdataRoot(): string {
  const override = process.env.GITOPS_ACTIONS_TESTDATA;
  if (override) return path.resolve(override);
  // scripts/run-ts.mjs runs a bundled copy, but sets argv[1] to this file's path in the checkout.
  return path.resolve(path.dirname(process.argv[1] as string), '..', '..', 'shared', 'testdata');
}

/** Which object of an app is broken, and how: rotates so every kind of finding appears. */
type Breakage = 'none' | 'unknown-field' | 'wrong-type' | 'yaml11' | 'cr-missing-field';

function breakageOf(app: number): Breakage {
  if (app % 4 !== 0) return 'none';
  return (['unknown-field', 'wrong-type', 'yaml11', 'cr-missing-field'] as const)[(app / 4) % 4] as Breakage;
}

function deployment(app: number, component: string, broken: boolean): string {
  const name = `app-${app}-${component}`;
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: team-${app % TEAMS}
  labels:
    app.kubernetes.io/name: ${name}
    app.kubernetes.io/part-of: app-${app}
  annotations:
    example.com/owner: "team-${app % TEAMS}"
spec:
  ${broken ? 'replica' : 'replicas'}: ${2 + (app % 3)}
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
  strategy:
    type: RollingUpdate
    rollingUpdate: { maxSurge: 25%, maxUnavailable: 0 }
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${name}
    spec:
      serviceAccountName: default
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
      containers:
        - name: ${component}
          image: ghcr.io/acme/${name}:1.${app % 20}.${app % 7}
          imagePullPolicy: IfNotPresent
          args: ["--port=8080", "--log-format=json"]
          ports:
            - name: http
              containerPort: 8080
              protocol: TCP
          env:
            - name: LOG_LEVEL
              value: info
            - name: CONFIG_PATH
              value: /etc/${component}/config.yaml
          envFrom:
            - configMapRef:
                name: ${name}
          readinessProbe:
            httpGet:
              path: /healthz
              port: http
            initialDelaySeconds: 5
            periodSeconds: 10
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 256Mi
          volumeMounts:
            - name: config
              mountPath: /etc/${component}
              readOnly: true
      volumes:
        - name: config
          configMap:
            name: ${name}
`;
}

function service(app: number, component: string, broken: boolean): string {
  const name = `app-${app}-${component}`;
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: team-${app % TEAMS}
  labels:
    app.kubernetes.io/name: ${name}
spec:
  type: ClusterIP
  selector:
    app.kubernetes.io/name: ${name}
  ports:
    - name: http
      port: ${broken ? '"80"' : '80'}
      targetPort: http
      protocol: TCP
`;
}

function configMap(app: number, name: string, broken: boolean): string {
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}
  namespace: team-${app % TEAMS}
data:
  LOG_LEVEL: info
  FEATURE_FLAGS: "search,checkout"
  ENABLE_CACHE: ${broken ? 'yes' : '"true"'}
  config.yaml: |
    server:
      port: 8080
      timeout: 30s
    upstream: http://app-${(app + 1) % APPS}.team-${(app + 1) % TEAMS}.svc
`;
}

function fluxObjects(app: number, broken: boolean): string {
  const ns = `team-${app % TEAMS}`;
  return `apiVersion: source.toolkit.fluxcd.io/v1
kind: HelmRepository
metadata:
  name: app-${app}
  namespace: ${ns}
spec:
  interval: 1h
  url: https://charts.example.com/app-${app}
---
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: app-${app}
  namespace: ${ns}
spec:
  interval: 10m
  releaseName: app-${app}
  chart:
    spec:
      chart: app
      version: 1.${app % 10}.0
      sourceRef:
        kind: HelmRepository
        name: app-${app}
  install:
    remediation:
      retries: 3
  values:
    replicaCount: 2
    image:
      repository: ghcr.io/acme/app-${app}
      tag: "1.${app % 20}.0"
    ingress:
      enabled: true
      hosts:
        - host: app-${app}.example.com
          paths: ["/"]
---
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: app-${app}-config
  namespace: ${ns}
spec:
  interval: 5m
  url: https://github.com/acme/app-${app}-config
  ref:
    branch: main
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: app-${app}-config
  namespace: ${ns}
spec:
  interval: 10m
  ${broken ? '' : 'prune: true\n  '}path: ./deploy
  sourceRef:
    kind: GitRepository
    name: app-${app}-config
  timeout: 2m
`;
}

/** 12 objects per app in 3 files: 2 Deployments, 2 Services, 4 ConfigMaps, 4 Flux objects. */
async function generate(root: string): Promise<{ files: string[]; objects: number }> {
  const files: string[] = [];
  for (let team = 0; team < TEAMS; team++)
    await mkdir(path.join(root, 'apps', `team-${team}`), { recursive: true });
  const writes: Promise<void>[] = [];
  for (let app = 0; app < APPS; app++) {
    const broken = breakageOf(app);
    const dir = path.join('apps', `team-${app % TEAMS}`);
    const texts: [string, string][] = [
      [
        `app-${app}-workloads.yaml`,
        [
          deployment(app, 'web', broken === 'unknown-field'),
          service(app, 'web', broken === 'wrong-type'),
          configMap(app, `app-${app}-web`, broken === 'yaml11'),
          deployment(app, 'worker', false),
          service(app, 'worker', false),
          configMap(app, `app-${app}-worker`, false),
        ].join('---\n'),
      ],
      [
        `app-${app}-config.yaml`,
        `# Settings shared by app-${app}'s components\n${configMap(app, `app-${app}-shared`, false)}---\n${configMap(app, `app-${app}-env`, false)}`,
      ],
      [`app-${app}-flux.yaml`, fluxObjects(app, broken === 'cr-missing-field')],
    ];
    for (const [name, text] of texts) {
      files.push(path.join(dir, name));
      writes.push(writeFile(path.join(root, dir, name), text));
    }
  }
  await Promise.all(writes);
  return { files, objects: APPS * 12 };
}

/**
 * The floor: read every file and compose every document with `yaml`, the fastest way it offers;
 * or (`fast`) with the pipeline's own fast path, the block decoder that falls back to `yaml` when
 * unsure: the fastest correct parser there is here, so the strictest floor.
 */
async function parseFloor(
  root: string,
  files: readonly string[],
  how: 'compose' | 'cst' | 'fast',
): Promise<number> {
  // Read as the pipeline reads, synchronously: thousands of small asynchronous reads cost more
  // than parsing them, and the floor must not be slower than it needs to be.
  const texts = files.map((file) => readFileSync(path.join(root, file), 'utf8'));
  let documents = 0;
  for (const [index, text] of texts.entries()) {
    if (how === 'fast') {
      documents += parseDocuments(files[index] as string, text, { maxDepth: 100 }).objects.length;
    } else if (how === 'compose') {
      documents += parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: false }).length;
    } else {
      // The lexer and parser alone: tokens, no document model. Not a floor (nothing is decoded),
      // but what any decoder built on `yaml` pays at least.
      for (const token of new Parser().parse(text)) if (token.type === 'document') documents++;
    }
  }
  return documents;
}

function rate(count: number, timing: Timing): string {
  return `${Math.round(count / (timing.ms / 1000)).toLocaleString('en-US')}/s`;
}

const testdata = testdataRoot();
const openApi = path.join(testdata, 'kubernetes');
const fluxCrds = path.join(testdata, 'flux-crds');
if (!existsSync(path.join(openApi, `v${VERSION}`, 'swagger.json')) || !existsSync(fluxCrds)) {
  throw new Error(`bench/validate needs ${openApi}/v${VERSION}/swagger.json and ${fluxCrds}`);
}

const root = await mkdtemp(path.join(os.tmpdir(), 'gitops-actions-bench-validate-'));
try {
  const generated = await generate(root);
  // Schema-only CRDs inside the repository, as a repository vendoring Flux's would hold them.
  await cp(fluxCrds, path.join(root, 'crds', 'flux'), { recursive: true });
  const crdDirectory = path.join(root, 'crds', 'flux');
  const crdTexts = await Promise.all(
    (await readdir(crdDirectory))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => readFile(path.join(crdDirectory, name), 'utf8')),
  );
  const crds = crdTexts.flatMap((text) =>
    parseAllDocuments(text).map((document) => document.toJS() as Record<string, unknown>),
  );

  // (a) The floor, in one thread, best of the `yaml` package's correct parses.
  let floorDocuments = 0;
  const floor = await measure(
    async () => {
      floorDocuments = await parseFloor(root, generated.files, 'compose');
    },
    3,
    1,
  );
  const cst = await measure(() => parseFloor(root, generated.files, 'cst'), 3, 1);
  let fastDocuments = 0;
  const fast = await measure(
    async () => {
      fastDocuments = await parseFloor(root, generated.files, 'fast');
    },
    3,
    1,
  );

  // (c) Schema compile: the swagger conversion (cached on disk) plus ajv compiling each kind used.
  const compileSchemas = async (cacheDirectory: string) => {
    const started = performance.now();
    const registry = await SchemaRegistry.create({
      kubernetesVersion: VERSION,
      openApiDirectories: [openApi],
      strict: true,
      cacheDirectory,
    });
    const loaded = performance.now();
    registry.addCrds(crds);
    const validator = new SchemaValidator(registry);
    for (const [apiVersion, kind] of [
      ['apps/v1', 'Deployment'],
      ['v1', 'Service'],
      ['v1', 'ConfigMap'],
      ['source.toolkit.fluxcd.io/v1', 'HelmRepository'],
      ['source.toolkit.fluxcd.io/v1', 'GitRepository'],
      ['helm.toolkit.fluxcd.io/v2', 'HelmRelease'],
      ['kustomize.toolkit.fluxcd.io/v1', 'Kustomization'],
    ]) {
      await validator.validate({ apiVersion, kind, metadata: { name: 'x' } });
    }
    return { load: loaded - started, total: performance.now() - started };
  };
  const schemaCache = path.join(root, 'cache-compile');
  const compileCold = await compileSchemas(schemaCache);
  const compileCached = await compileSchemas(schemaCache);

  // (b) The whole pipeline, offline and strict: a cold run (empty cache), then warm runs.
  const settings = (cacheDir: string) => ({
    repoRoot: root,
    paths: ['apps'],
    kubernetesVersions: [VERSION],
    schemaLocations: [openApi],
    strict: true,
    cacheDir,
    severities: {},
    crdPaths: ['crds'],
    download: false as const,
  });
  const cacheDir = path.join(root, 'cache-run');
  let run: ValidationRun | undefined;
  const cold = await measure(async () => {
    run = await runValidation(settings(cacheDir));
  }, 1);
  const warm = await measure(async () => {
    run = await runValidation(settings(cacheDir));
  }, 3);
  const validated = run?.report.counts.objects ?? 0;
  if (validated !== generated.objects) {
    throw new Error(`expected ${generated.objects} objects validated, got ${validated}`);
  }
  const byRule = new Map<string, number>();
  for (const finding of run?.report.findings ?? [])
    byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
  const withFindings = new Set(
    (run?.report.findings ?? []).map((finding) => `${finding.location.file}#${finding.object?.name ?? ''}`),
  ).size;

  const perResource = (timing: Timing) => timing.ms / validated;
  const perFloorDocument = floor.ms / floorDocuments;
  report([
    `bench/validate: ${validated.toLocaleString('en-US')} resources in ${generated.files.length.toLocaleString('en-US')} files, strict, Kubernetes ${VERSION} + ${crds.length} Flux CRDs, ${os.availableParallelism()} CPUs`,
    `  findings: ${[...byRule].map(([rule, count]) => `${rule} ${count}`).join(', ')} (${withFindings} objects, ${((100 * withFindings) / validated).toFixed(1)}%)`,
    `parse floor (read + yaml parseAllDocuments, failsafe, no positions, 1 thread): ${rate(floorDocuments, floor)} documents (${formatMs(floor.ms)})`,
    `  reference, yaml's lexer+parser alone (CST tokens, nothing decoded): ${rate(floorDocuments, cst)} documents (${formatMs(cst.ms)})`,
    `  strictest floor, the pipeline's own fast path (read + parseDocuments, 1 thread): ${rate(fastDocuments, fast)} documents (${formatMs(fast.ms)})`,
    `validate, warm cache (median of 3): ${rate(validated, warm)} resources (${formatMs(warm.ms)}), ${(perResource(warm) / perFloorDocument).toFixed(2)}x the floor, ${(warm.ms / fast.ms).toFixed(2)}x the strictest floor`,
    `validate, cold cache (first run): ${rate(validated, cold)} resources (${formatMs(cold.ms)}), ${(perResource(cold) / perFloorDocument).toFixed(2)}x the floor`,
    `schema compile, cold: ${formatMs(compileCold.total)} (swagger conversion ${formatMs(compileCold.load)}, CRDs + ajv for 7 kinds the rest)`,
    `schema compile, cached: ${formatMs(compileCached.total)} (cached bundle read ${formatMs(compileCached.load)})`,
    `peak RSS: ${peakRssMiB().toFixed(0)} MiB`,
  ]);
} finally {
  await rm(root, { recursive: true, force: true });
}
