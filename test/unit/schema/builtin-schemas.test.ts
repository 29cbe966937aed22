import { beforeAll, describe, expect, it } from 'vitest';
import type { SchemaRegistry } from '../../../src/core/schema/registry.js';
import type { SchemaValidator } from '../../../src/core/validate/schema-validator.js';
import { messages, validateYaml, validatorFor } from './support.js';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  strategy:
    rollingUpdate: {maxSurge: 25%, maxUnavailable: 1}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/web:1.2.3
          imagePullPolicy: IfNotPresent
          ports:
            - {name: http, containerPort: 8080}
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {cpu: 0.5, memory: 1Gi}
          readinessProbe:
            httpGet: {path: /healthz, port: http}
`;

describe.each(['1.31', '1.35.0'])('built-in schemas of Kubernetes %s', (version) => {
  let validator: SchemaValidator;
  let registry: SchemaRegistry;
  beforeAll(async () => {
    ({ validator, registry } = await validatorFor(version));
  });

  it('indexes the GVKs of swagger.json', async () => {
    for (const [group, v, kind] of [
      ['apps', 'v1', 'Deployment'],
      ['', 'v1', 'Service'],
      ['', 'v1', 'ConfigMap'],
      ['batch', 'v1', 'CronJob'],
      ['autoscaling', 'v2', 'HorizontalPodAutoscaler'],
      ['apiextensions.k8s.io', 'v1', 'CustomResourceDefinition'],
    ] as const) {
      const lookup = await registry.lookup({ group, version: v, kind });
      expect(lookup.status, `${group}/${v} ${kind}`).toBe('found');
    }
  });

  it('accepts a valid Deployment, with int-or-string and quantities in both spellings', async () => {
    expect(await validateYaml(validator, DEPLOYMENT)).toMatchObject({ status: 'valid' });
  });

  it('reports a string where an integer belongs, at its line and column', async () => {
    const result = await validateYaml(validator, DEPLOYMENT.replace('replicas: 3', 'replicas: "3"'));
    expect(result).toMatchObject({
      status: 'invalid',
      findings: [
        {
          ruleId: 'schema',
          severity: 'error',
          message: 'spec.replicas: expected integer, got string "3"',
          jsonPath: ['spec', 'replicas'],
          location: { file: 'test.yaml', line: 7, column: 13 },
        },
      ],
    });
  });

  it('reports unknown fields at nested levels, at the key, with the field it probably meant', async () => {
    const text = DEPLOYMENT.replace('imagePullPolicy:', 'imagePullPolcy:').replace(
      'selector:',
      'selectr:\n    x: 1\n  selector:',
    );
    const result = await validateYaml(validator, text);
    expect(messages(result)).toEqual([
      'spec: unknown field "selectr" (did you mean "selector"?)',
      'spec.template.spec.containers[0]: unknown field "imagePullPolcy" (did you mean "imagePullPolicy"?)',
    ]);
    if (result.status !== 'invalid') throw new Error('expected findings');
    expect(result.findings[1]?.jsonPath).toEqual([
      'spec',
      'template',
      'spec',
      'containers',
      0,
      'imagePullPolcy',
    ]);
    expect(result.findings[1]?.location).toEqual({ file: 'test.yaml', line: 21, column: 11 });
  });

  it('lists the allowed values of an enum, where the release publishes them', async () => {
    const result = await validateYaml(validator, DEPLOYMENT.replace('IfNotPresent', 'Sometimes'));
    // Kubernetes 1.31's swagger.json describes the allowed values in prose only, without an enum.
    if (version === '1.31') return expect(result.status).toBe('valid');
    expect(messages(result)).toEqual([
      'spec.template.spec.containers[0].imagePullPolicy: unsupported value "Sometimes": supported values: "Always", "IfNotPresent", "Never"',
    ]);
  });

  it('checks quantity syntax and int32 ranges, which the API server enforces when decoding', async () => {
    const text = DEPLOYMENT.replace('memory: 1Gi', 'memory: 1GB').replace(
      'replicas: 3',
      'replicas: 3000000000',
    );
    expect(messages(await validateYaml(validator, text))).toEqual([
      'spec.replicas: must be <= 2147483647, got integer 3000000000',
      'spec.template.spec.containers[0].resources.limits.memory: "1GB" is not a quantity (such as 500m, 128Mi, 2Gi or 1.5)',
    ]);
  });

  it('accepts an integer or a string for IntOrString and rejects anything else', async () => {
    const service = (port: string) => `apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports:
    - {name: http, port: 80, targetPort: ${port}}
`;
    expect(await validateYaml(validator, service('8080'))).toMatchObject({ status: 'valid' });
    expect(await validateYaml(validator, service('http'))).toMatchObject({ status: 'valid' });
    expect(messages(await validateYaml(validator, service('true')))).toEqual([
      'spec.ports[0].targetPort: expected integer or string, got boolean true',
    ]);
  });

  it('reads YAML 1.1 the way Kubernetes does: an unquoted yes in a ConfigMap is a boolean, not a string', async () => {
    const configMap =
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: flags}\ndata:\n  enabled: yes\n  mode: "on"\n';
    expect(messages(await validateYaml(validator, configMap))).toEqual([
      'data.enabled: expected string, got boolean true',
    ]);
  });

  it('checks base64 in Secret data', async () => {
    const secret = (value: string) =>
      `apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata:\n  key: ${value}\n`;
    expect(await validateYaml(validator, secret('aGVsbG8='))).toMatchObject({ status: 'valid' });
    expect(messages(await validateYaml(validator, secret('hello!')))).toEqual([
      'data.key: "hello!" is not valid base64 (standard alphabet, padded)',
    ]);
  });

  it('checks CronJob job templates strictly, three objects deep', async () => {
    const cronJob = `apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly}
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      backoffLimit: 2
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: job
              image: busybox
              command: [sh, -c, date]
`;
    expect(await validateYaml(validator, cronJob)).toMatchObject({ status: 'valid' });
    expect(messages(await validateYaml(validator, cronJob.replace('backoffLimit', 'backofLimit')))).toEqual([
      'spec.jobTemplate.spec: unknown field "backofLimit" (did you mean "backoffLimit"?)',
    ]);
  });

  it('validates HorizontalPodAutoscaler v2 metrics, including required fields', async () => {
    const hpa = `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: web}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource:
        name: cpu
        target: {type: Utilization, averageUtilization: 70}
`;
    expect(await validateYaml(validator, hpa)).toMatchObject({ status: 'valid' });
    const result = await validateYaml(validator, hpa.replace('  maxReplicas: 10\n', ''));
    expect(messages(result)).toEqual(['spec: required field "maxReplicas" is missing']);
    if (result.status === 'invalid') expect(result.findings[0]?.location?.line).toBe(4);
  });

  it('accepts null in optional fields, as the API server does, but not in required ones', async () => {
    const withNulls = DEPLOYMENT.replace(
      '  labels: {app: web}\n',
      '  labels: {app: web}\n  annotations:\n  creationTimestamp: null\n',
    );
    expect(await validateYaml(validator, withNulls)).toMatchObject({ status: 'valid' });
    const result = await validateYaml(validator, DEPLOYMENT.replace('- name: web', '- name: ~'));
    expect(messages(result)).toEqual(['spec.template.spec.containers[0]: required field "name" is null']);
  });

  it('skips an unknown kind with the reason, never passing it silently', async () => {
    const result = await validator.validate({
      apiVersion: 'example.com/v1',
      kind: 'Widget',
      metadata: { name: 'w' },
    });
    expect(result).toEqual({
      status: 'skipped',
      reason: expect.stringMatching(
        /^no schema for Widget example\.com\/v1 in Kubernetes v1\.3\d \(.*swagger\.json\), 0 CRDs$/,
      ),
    });
  });
});
