import { describe, expect, it } from 'vitest';
import { imageTagRule } from '../../../src/core/validate/rules/image-tag.js';
import { inputOf, yaml } from './rule-input.js';

const settings = { kubernetesVersion: '1.35' };

describe('image/untagged-or-latest', () => {
  it('reports untagged and latest images in containers, initContainers and ephemeralContainers', () => {
    const input = inputOf({
      file: 'apps/web.yaml',
      text: yaml(
        'apiVersion: apps/v1', // 1
        'kind: Deployment',
        'metadata: {name: web, namespace: shop}',
        'spec:',
        '  template:', // 5
        '    spec:',
        '      initContainers:',
        '        - name: migrate',
        '          image: ghcr.io/acme/migrate', // 9
        '      containers:',
        '        - name: web',
        '          image: ghcr.io/acme/web:latest', // 12
        '        - name: sidecar',
        '          image: envoyproxy/envoy:v1.31.0',
        '        - name: pinned',
        '          image: nginx:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
        '      ephemeralContainers:',
        '        - name: debug',
        '          image: busybox', // 19
      ),
    });
    const findings = imageTagRule.check(input, settings);
    expect(findings.map((f) => [f.message, f.location.line, f.location.column])).toEqual([
      ['container web image ghcr.io/acme/web:latest uses the latest tag', 12, 18],
      ['container migrate image ghcr.io/acme/migrate has no tag or digest, so it pulls latest', 9, 18],
      ['container debug image busybox has no tag or digest, so it pulls latest', 19, 18],
    ]);
    expect(findings[0]).toMatchObject({
      ruleId: 'image/untagged-or-latest',
      severity: 'warning',
      jsonPath: ['spec', 'template', 'spec', 'containers', 0, 'image'],
    });
  });

  it('finds the pod spec of CronJobs, Jobs, Pods, StatefulSets and DaemonSets', () => {
    const cron = yaml(
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata: {name: report}',
      'spec:',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        spec:',
      '          containers: [{name: report, image: "registry.local:5000/report"}]', // 9
    );
    const pod = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p}',
      'spec:',
      '  containers: [{name: p, image: "redis:latest"}]',
    );
    const sts = yaml(
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata: {name: s}',
      'spec:',
      '  template:',
      '    spec:',
      '      containers: [{name: s, image: "postgres"}]',
    );
    const input = inputOf(
      { file: 'cron.yaml', text: cron },
      { file: 'pod.yaml', text: pod },
      { file: 'sts.yaml', text: sts },
    );
    expect(imageTagRule.check(input, settings).map((f) => `${f.location.file}:${f.location.line}`)).toEqual([
      'cron.yaml:9',
      'pod.yaml:5',
      'sts.yaml:7',
    ]);
  });

  it('accepts tags, digests, substitution placeholders and non-workload kinds', () => {
    const input = inputOf({
      file: 'a.yaml',
      text: yaml(
        'apiVersion: apps/v1',
        'kind: DaemonSet',
        'metadata: {name: agent}',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '        - {name: a, image: "ghcr.io/acme/agent:1.2.3"}',
        '        - {name: b, image: "ghcr.io/acme/agent@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}',
        '        - {name: c, image: "ghcr.io/acme/agent:${agent_tag}"}',
        '        - {name: d, image: "localhost:5000/agent:2"}',
        '---',
        'apiVersion: helm.toolkit.fluxcd.io/v2',
        'kind: HelmRelease',
        'metadata: {name: x}',
        'spec:',
        '  values: {image: "nginx"}',
      ),
    });
    expect(imageTagRule.check(input, settings)).toEqual([]);
  });
});
