import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/validate/finding.js';
import { validateInputs } from '../../../src/core/validate/input/validate-inputs.js';
import { tempDir } from '../../support/temp.js';
import { openApiDirectory } from './support.js';

const CONFIG_MAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fine\n';

/** Validates one hostile file beside a good one, so the run has something to pass. */
async function validateHostile(name: string, content: string | Buffer): Promise<Finding[]> {
  const dir = await tempDir('validate-hostile-');
  await writeFile(path.join(dir, 'fine.yaml'), CONFIG_MAP);
  await writeFile(path.join(dir, name), content);
  const report = await validateInputs({
    repoRoot: dir,
    paths: ['.'],
    kubernetesVersions: ['1.35'],
    schema: { openApiDirectories: [openApiDirectory()] },
  });
  expect(report.counts.objects).toBeGreaterThanOrEqual(1);
  return report.findings.filter((finding) => finding.location.file === name);
}

function billionLaughs(): string {
  const lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i <= 9; i++) {
    const previous = `*a${i - 1}`;
    lines.push(`a${i}: &a${i} [${Array(9).fill(previous).join(', ')}]`);
  }
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:\n  ${lines.join('\n  ')}\n`;
}

// Each case has its own timeout: a hang or a runaway expansion fails the test instead of the suite.
describe('hostile input produces a finding, never a crash or a hang', () => {
  it('an alias bomb is input/alias-bomb', { timeout: 10_000 }, async () => {
    const findings = await validateHostile('bomb.yaml', billionLaughs());
    expect(findings.map((finding) => finding.ruleId)).toEqual(['input/alias-bomb']);
    expect(findings[0]?.location.line).toBeGreaterThan(5);
  });

  it('a 10 MB file is input/too-large and is not read', { timeout: 10_000 }, async () => {
    const big = `${CONFIG_MAP}data:\n${'  k: v\n'.repeat(1_500_000)}`;
    const findings = await validateHostile('big.yaml', big);
    expect(findings.map((finding) => [finding.ruleId, finding.message])).toEqual([
      ['input/too-large', 'the file is 10.0 MiB, over the 5.0 MiB limit; it was not read'],
    ]);
  });

  it('deep flow nesting is input/too-deep', { timeout: 10_000 }, async () => {
    const deep = `${CONFIG_MAP}data:\n  x: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const findings = await validateHostile('deep-flow.yaml', deep);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['input/too-deep']);
  });

  it('deep block nesting past the limit is input/too-deep at the first node beyond it', {
    timeout: 10_000,
  }, async () => {
    const levels = Array.from({ length: 150 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n');
    const findings = await validateHostile('deep-block.yaml', `${CONFIG_MAP}spec:\n${levels} end\n`);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['input/too-deep']);
    expect(findings[0]?.location.line).toBe(5 + 100);
  });

  it('a deep JSON document is input/too-deep', { timeout: 10_000 }, async () => {
    const deep = `{"apiVersion":"v1","kind":"ConfigMap","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const findings = await validateHostile('deep.json', deep);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['input/too-deep']);
  });

  it('a file with NUL bytes is input/binary', { timeout: 10_000 }, async () => {
    const findings = await validateHostile('image.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0a]));
    expect(findings.map((finding) => [finding.ruleId, finding.message])).toEqual([
      ['input/binary', 'the file holds a NUL byte at offset 4'],
    ]);
  });

  it('a file that is not UTF-8 is input/binary', { timeout: 10_000 }, async () => {
    const latin1 = Buffer.concat([Buffer.from(CONFIG_MAP), Buffer.from('data:\n  k: caf\xe9\n', 'latin1')]);
    const findings = await validateHostile('latin1.yaml', latin1);
    expect(findings.map((finding) => [finding.ruleId, finding.message])).toEqual([
      ['input/binary', 'the file is not valid UTF-8'],
    ]);
  });

  it('a symlink leaving the repository is input/symlink-escape and is not followed', {
    timeout: 10_000,
  }, async () => {
    const outside = await tempDir('validate-outside-');
    await writeFile(path.join(outside, 'secret.yaml'), CONFIG_MAP.replace('fine', 'outside'));
    const dir = await tempDir('validate-symlink-');
    await writeFile(path.join(dir, 'fine.yaml'), CONFIG_MAP);
    await mkdir(path.join(dir, 'apps'));
    await symlink(path.join(outside, 'secret.yaml'), path.join(dir, 'apps', 'escape.yaml'));
    await symlink(outside, path.join(dir, 'apps', 'escape-dir'));
    await symlink(path.join(dir, 'fine.yaml'), path.join(dir, 'apps', 'inside.yaml'));
    const report = await validateInputs({
      repoRoot: dir,
      paths: ['.'],
      kubernetesVersions: ['1.35'],
      schema: { openApiDirectories: [openApiDirectory()] },
    });
    expect(report.findings.map((finding) => `${finding.ruleId} ${finding.location.file}`)).toEqual([
      'input/symlink-escape apps/escape-dir',
      'input/symlink-escape apps/escape.yaml',
    ]);
    // The link that stays inside reaches the same file, which is validated once.
    expect(report.counts.objects).toBe(1);
  });
});
