import { describe, expect, it } from 'vitest';
import {
  type ImageAutomation,
  imageAutomationFromFiles,
  planFromTags,
  repositoriesToList,
} from '../../../src/core/images/automation/index.js';
import { DIGEST_A, DIGEST_B, policyFile, releaseFile } from './image-repo-fixture.js';

function automation(files: Record<string, string>): ImageAutomation {
  return imageAutomationFromFiles(Object.entries(files).map(([file, text]) => ({ file, text })));
}

const marked = releaseFile([
  'image: ghcr.io/acme/app:1.5.0 # {"$imagepolicy": "flux-system:app"}',
  'tag: 1.5.0 # {"$imagepolicy": "flux-system:app:tag"}',
  'digest: "" # {"$imagepolicy": "flux-system:app:digest"}',
]);
const tags = new Map([['ghcr.io/acme/app', ['1.4.0', '1.6.0', '2.0.0', '1.6.0.sig', 'latest']]]);

describe('planFromTags', () => {
  it('writes the tag the policy selects, as Flux would', async () => {
    const plan = await planFromTags(
      automation({ 'p.yaml': policyFile({ range: '<2.0.0' }), 'r.yaml': marked }),
      tags,
    );
    expect(plan.diagnostics).toEqual([]);
    expect(plan.changes.map((c) => [c.setter, c.new])).toEqual([
      ['flux-system:app', 'ghcr.io/acme/app:1.6.0'],
      ['flux-system:app:tag', '1.6.0'],
    ]);
  });

  it('finds the tags of a repository listed under another spelling of the same name', async () => {
    const files = {
      'p.yaml': policyFile({ image: 'acme/app' }),
      'r.yaml': releaseFile(['tag: 1.0.0 # {"$imagepolicy": "flux-system:app:tag"}']),
    };
    const plan = await planFromTags(automation(files), new Map([['docker.io/acme/app', ['1.1.0']]]));
    expect(plan.changes.map((c) => c.new)).toEqual(['1.1.0']);
  });

  it('looks up the digest of the selected tag once when the policy reflects digests', async () => {
    const calls: string[] = [];
    const lookup = async (image: string, tag: string) => {
      calls.push(`${image}:${tag}`);
      return DIGEST_B;
    };
    const files = {
      'p.yaml': policyFile({ range: '<2.0.0', digestReflectionPolicy: 'Always' }),
      'r.yaml': marked,
    };
    const plan = await planFromTags(automation(files), tags, lookup);
    expect(calls).toEqual(['ghcr.io/acme/app:1.6.0']);
    expect(plan.changes.map((c) => [c.setter, c.new])).toEqual([
      ['flux-system:app', `ghcr.io/acme/app:1.6.0@${DIGEST_B}`],
      ['flux-system:app:tag', '1.6.0'],
      ['flux-system:app:digest', DIGEST_B],
    ]);
  });

  it('keeps the recorded digest under IfNotPresent when the selected tag is already there, without a lookup', async () => {
    const release = releaseFile([
      'tag: 1.6.0 # {"$imagepolicy": "flux-system:app:tag"}',
      `digest: ${DIGEST_A} # {"$imagepolicy": "flux-system:app:digest"}`,
    ]);
    const files = {
      'p.yaml': policyFile({ range: '<2.0.0', digestReflectionPolicy: 'IfNotPresent' }),
      'r.yaml': release,
    };
    const lookup = async () => {
      throw new Error('must not be called');
    };
    const plan = await planFromTags(automation(files), tags, lookup);
    expect(plan.diagnostics).toEqual([]);
    expect(plan.edits).toEqual([]);
  });

  it('reports a failed or missing digest lookup at each marker and leaves them alone', async () => {
    const files = { 'p.yaml': policyFile({ digestReflectionPolicy: 'Always' }), 'r.yaml': marked };
    const failing = await planFromTags(automation(files), tags, async () => {
      throw new Error('HEAD 401 Unauthorized');
    });
    expect(failing.edits).toEqual([]);
    expect(failing.diagnostics.map((d) => [d.code, d.location.line])).toEqual([
      ['digest-missing', 8],
      ['digest-missing', 9],
      ['digest-missing', 10],
    ]);
    expect(failing.diagnostics[0]?.reason).toContain('HEAD 401 Unauthorized');
    const without = await planFromTags(automation(files), tags);
    expect(without.diagnostics[0]?.reason).toContain('no digest lookup was provided');
  });

  it('writes a lower selected tag, as Flux does, warning only where the current tag is one the policy accepts', async () => {
    const files = { 'p.yaml': policyFile({ range: '<1.5.0' }), 'r.yaml': marked };
    const plan = await planFromTags(automation(files), tags);
    expect(plan.changes.map((c) => c.new)).toEqual(['ghcr.io/acme/app:1.4.0', '1.4.0']);
    expect(plan.diagnostics.map((d) => [d.severity, d.code, d.location.line])).toEqual([]);
    const higher = await planFromTags(
      automation({ ...files, 'r.yaml': marked.replaceAll('1.5.0', '1.4.5') }),
      tags,
    );
    expect(higher.changes.map((c) => c.new)).toEqual(['ghcr.io/acme/app:1.4.0', '1.4.0']);
    expect(higher.diagnostics.map((d) => [d.severity, d.code, d.location.line])).toEqual([
      ['warning', 'downgrade', 8],
      ['warning', 'downgrade', 9],
    ]);
  });

  it('reports a repository without listed tags, a policy that selects nothing, and a failing numerical policy, at the policy', async () => {
    const release = releaseFile(['tag: 1.0.0 # {"$imagepolicy": "flux-system:app:tag"}']);
    const none = await planFromTags(automation({ 'p.yaml': policyFile(), 'r.yaml': release }), new Map());
    expect(none.diagnostics.map((d) => [d.code, d.location.file, d.location.line])).toEqual([
      ['no-tags', 'p.yaml', 10],
    ]);
    const empty = await planFromTags(
      automation({ 'p.yaml': policyFile({ range: '>=3.0.0' }), 'r.yaml': release }),
      tags,
    );
    expect(empty.diagnostics.map((d) => d.code)).toEqual(['no-tag-selected']);
    const numerical = policyFile().replace(
      '    semver:\n      range: ">=1.0.0"',
      '    numerical:\n      order: asc',
    );
    const failing = await planFromTags(automation({ 'p.yaml': numerical, 'r.yaml': release }), tags);
    expect(failing.diagnostics.map((d) => [d.severity, d.code])).toEqual([['error', 'policy-invalid']]);
  });

  it('lists each ImageRepository a plan needs once', () => {
    const repos = repositoriesToList(automation({ 'p.yaml': policyFile(), 'r.yaml': marked }));
    expect(repos.map((r) => r.image)).toEqual(['ghcr.io/acme/app']);
  });
});
