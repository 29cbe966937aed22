import { describe, expect, it } from 'vitest';
import { loadAutomationObjects, secureJoinPath } from '../../../src/core/images/automation/index.js';
import { policyFile } from './image-repo-fixture.js';

const automationFile = (updatePath: string) =>
  [
    'apiVersion: image.toolkit.fluxcd.io/v1beta2',
    'kind: ImageUpdateAutomation',
    'metadata: {name: auto, namespace: flux-system}',
    'spec:',
    '  git:',
    '    checkout: {ref: {branch: main}}',
    '    commit:',
    '      author: {email: bot@example.com}',
    '      signingKey: {secretRef: {name: key}}',
    '    push: {branch: image-updates}',
    `  update: {path: "${updatePath}"}`,
    '',
  ].join('\n');

describe('loadAutomationObjects', () => {
  it('reads v1beta2 objects as v1, defaulting digestReflectionPolicy to Never and the repository namespace to the policy’s', () => {
    const beta = policyFile().replaceAll('image.toolkit.fluxcd.io/v1', 'image.toolkit.fluxcd.io/v1beta2');
    const objects = loadAutomationObjects([{ file: 'p.yaml', text: beta }]);
    expect(objects.diagnostics).toEqual([]);
    expect(objects.repositories.map((r) => [r.ref, r.image, r.line])).toEqual([
      [{ namespace: 'flux-system', name: 'app' }, 'ghcr.io/acme/app', 2],
    ]);
    expect(objects.policies.map((p) => [p.repositoryRef, p.digestReflection, p.line])).toEqual([
      [{ namespace: 'flux-system', name: 'app' }, 'Never', 10],
    ]);
  });

  it('ignores other versions of the image API with a warning', () => {
    const alpha = policyFile().replaceAll('image.toolkit.fluxcd.io/v1', 'image.toolkit.fluxcd.io/v1alpha1');
    const objects = loadAutomationObjects([{ file: 'p.yaml', text: alpha }]);
    expect(objects.policies).toEqual([]);
    expect(objects.diagnostics.map((d) => [d.code, d.location.line])).toEqual([
      ['automation-invalid', 2],
      ['automation-invalid', 10],
    ]);
  });

  it('reads an ImageUpdateAutomation’s update path, author, push branch, and notes the ignored signing key', () => {
    const objects = loadAutomationObjects([{ file: 'a.yaml', text: automationFile('./apps/dev/') }]);
    expect(objects.automations).toMatchObject([
      {
        ref: { namespace: 'flux-system', name: 'auto' },
        updatePath: 'apps/dev',
        checkoutBranch: 'main',
        pushBranch: 'image-updates',
        commit: { author: { name: '', email: 'bot@example.com' }, messageTemplate: undefined },
      },
    ]);
    expect(objects.diagnostics.map((d) => [d.severity, d.reason.split(' ')[0]])).toEqual([
      ['notice', 'spec.git.commit.signingKey'],
    ]);
  });

  it('clamps an update path that climbs above the repository, as securejoin does, and warns', () => {
    const objects = loadAutomationObjects([{ file: 'a.yaml', text: automationFile('../../etc') }]);
    expect(objects.automations[0]?.updatePath).toBe('etc');
    expect(objects.diagnostics.map((d) => d.severity)).toEqual(['warning', 'notice']);
  });
});

describe('secureJoinPath', () => {
  it.each([
    ['', '', false],
    ['.', '', false],
    ['./apps/staging', 'apps/staging', false],
    ['apps/../clusters', 'clusters', false],
    ['a/../../b', 'b', true],
    ['..', '', true],
  ])('reads %j as %j (clamped: %s)', (value, expected, clamped) => {
    expect(secureJoinPath(value)).toEqual({ path: expected, clamped });
  });
});
