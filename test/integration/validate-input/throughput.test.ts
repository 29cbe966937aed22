import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateInputs } from '../../../src/core/validate/input/validate-inputs.js';
import { tempDir } from '../../support/temp.js';
import { openApiDirectory } from './support.js';

function manifests(i: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  labels:
    app.kubernetes.io/name: app-${i}
spec:
  replicas: 3
  selector:
    matchLabels:
      app.kubernetes.io/name: app-${i}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: app-${i}
    spec:
      containers:
        - name: app
          image: ghcr.io/acme/app-${i}:1.2.${i % 10}
          ports:
            - containerPort: 8080
          env:
            - name: LOG_LEVEL
              value: info
          resources:
            requests: { cpu: 100m, memory: 128Mi }
---
apiVersion: v1
kind: Service
metadata:
  name: app-${i}
spec:
  selector:
    app.kubernetes.io/name: app-${i}
  ports:
    - port: 80
      targetPort: 8080
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: app-${i}
data:
  LOG_LEVEL: ${i === 7 ? 'yes' : 'debug'}
`;
}

/** Printed, not asserted: timings on a shared CI machine say little; the numbers go in the log. */
describe('throughput', () => {
  it('parses in worker threads exactly as in one thread, and prints resources per second', async () => {
    const dir = await tempDir('validate-throughput-');
    await mkdir(path.join(dir, 'apps'));
    // Enough text (over 2 MiB) that the worker pool starts.
    for (let file = 0; file < 1000; file++) {
      await writeFile(
        path.join(dir, 'apps', `app-${file}.yaml`),
        `${manifests(file)}---\n${manifests(file + 1000)}`,
      );
    }
    const run = (concurrency: number) =>
      validateInputs({
        repoRoot: dir,
        paths: ['apps'],
        kubernetesVersions: ['1.35'],
        schema: { openApiDirectories: [openApiDirectory()], cacheDirectory: path.join(dir, 'cache') },
        concurrency,
      });
    await run(1); // warm-up: the swagger conversion is cached after this run
    const timings: string[] = [];
    const reports = [];
    for (const concurrency of [1, 2]) {
      const started = performance.now();
      const report = await run(concurrency);
      const seconds = (performance.now() - started) / 1000;
      timings.push(`concurrency ${concurrency}: ${(report.counts.objects / seconds).toFixed(0)} resources/s`);
      reports.push(report);
    }
    console.log(`validate-input throughput (${reports[0]?.counts.objects} resources): ${timings.join(', ')}`);
    expect(reports[0]?.counts.objects).toBe(6000);
    expect(reports[1]).toEqual(reports[0]);
    // The one planted surprise, and the schema error it causes, in both.
    expect(
      reports[0]?.findings.map(
        (finding) => `${finding.ruleId} ${finding.location.file}:${finding.location.line}`,
      ),
    ).toEqual(['schema apps/app-7.yaml:44', 'yaml/yaml11-surprise apps/app-7.yaml:44']);
  });
});
