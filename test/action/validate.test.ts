import { readFileSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { runAction } from '../support/runner.js';
import { tempDir } from '../support/temp.js';
import { requireTestdata } from '../support/testdata.js';

// ajv-formats is CommonJS; its default import is the function under NodeNext's typing.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

const kubernetes = () => requireTestdata('kubernetes');
const fluxCrds = () => requireTestdata('flux-crds');

async function fleetWorkspace(): Promise<string> {
  const dir = path.join(await tempDir(), 'fleet');
  await cp(path.join(repoRoot, 'examples', 'fleet'), dir, { recursive: true });
  return dir;
}

function sarifValidator() {
  const schema = JSON.parse(
    // The official schema is draft-04 (`id`); ajv reads it as draft-07 once `id` is `$id`.
    readFileSync(
      path.join(repoRoot, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'),
      'utf8',
    ),
  );
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('actions/validate', () => {
  it('passes the example fleet with its two production warnings, and writes valid SARIF', async () => {
    const workspace = await fleetWorkspace();
    const run = await runAction({
      action: 'validate',
      workspace,
      inputs: {
        'schema-location': kubernetes(),
        crds: fluxCrds(),
        'kubernetes-version': '1.35',
        sarif: 'reports/validate.sarif',
      },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '2' });
    expect(run.annotations.map((a) => `${a.level} ${a.file}:${a.line} ${a.title}`).sort()).toEqual([
      'warning infrastructure/controllers/edge-ingress.yaml:30 helm/unpinned-chart-in-production',
      'warning infrastructure/controllers/node-agent.yaml:13 helm/unpinned-chart-in-production',
    ]);
    expect(run.outputs.sarif).toBe(path.join(workspace, 'reports', 'validate.sarif'));
    const sarif = JSON.parse(await readFile(run.outputs.sarif as string, 'utf8'));
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    expect(sarif.runs[0].results).toHaveLength(2);
    expect(run.summary).toContain('helm/unpinned-chart-in-production');
  });

  it('fails at the lines of a removed API and an unknown field, with a JUnit report', async () => {
    const workspace = await tempDir();
    await writeFile(
      path.join(workspace, 'cronjob.yaml'),
      `apiVersion: batch/v1beta1
kind: CronJob
metadata:
  name: nightly
  namespace: jobs
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: job
              image: busybox:1.36
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: web
spec:
  replicas: 2
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: nginx:1.27
          imagePullPolcy: Always
`,
    );
    const run = await runAction({
      action: 'validate',
      workspace,
      inputs: { 'schema-location': kubernetes(), 'kubernetes-version': '1.35', junit: 'junit.xml' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.errors).toBe('2');
    const errors = run.annotations.filter((a) => a.level === 'error' && a.file === 'cronjob.yaml');
    expect(errors.map((a) => `${a.line} ${a.title}`)).toEqual(['1 api/removed', '33 schema']);
    expect(errors[0]?.message).toContain('batch/v1beta1 CronJob was removed in Kubernetes 1.25');
    expect(errors[1]?.message).toContain('unknown field "imagePullPolcy" (did you mean "imagePullPolicy"?)');
    const failure = run.annotations.find((a) => a.file === undefined);
    expect(failure?.message).toMatch(/^validation failed \(fail-on: error\): 2 errors/);
    const junit = await readFile(path.join(workspace, 'junit.xml'), 'utf8');
    expect(junit).toMatch(/<testsuite name="cronjob\.yaml" tests="2" failures="2"/);
  });

  it('reports built-in kinds as skipped when offline without schemas, never as passed', async () => {
    const workspace = await tempDir();
    await writeFile(
      path.join(workspace, 'cm.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  namespace: b\ndata:\n  k: v\n',
    );
    const run = await runAction({ action: 'validate', workspace, inputs: { offline: true } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ errors: '0', skipped: '1' });
    expect(run.annotations.map((a) => a.message)).toContain(
      'offline: no OpenAPI for Kubernetes 1.35, so built-in kinds are skipped',
    );
  });

  it('names the input when a rule setting is malformed', async () => {
    const run = await runAction({
      action: 'validate',
      workspace: await tempDir(),
      inputs: { rules: 'secret/plaintext=loud' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]?.message).toBe(
      'Input "rules": invalid rule setting "secret/plaintext=loud": expected rule-id=error|warning|notice|off',
    );
  });
});
