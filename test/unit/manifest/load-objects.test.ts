import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifests } from '../../../src/core/manifest/load-manifests.js';
import { loadObjects } from '../../../src/core/manifest/load-objects.js';
import { repoRoot } from '../../support/paths.js';
import { requireTestdata } from '../../support/testdata.js';

/** What loadManifests gives, in loadObjects' shape: the two must agree on every file. */
function viaManifests(file: string, text: string) {
  const loaded = loadManifests(file, text);
  return {
    objects: loaded.manifests.map(({ identity, object, provenance }) => ({
      identity,
      object,
      provenance: { file: provenance.file, line: provenance.line },
    })),
    diagnostics: loaded.diagnostics,
  };
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => path.join(dir, file));
}

describe('loadObjects', () => {
  it('agrees with loadManifests on every YAML file of the examples, fixtures and shared fleets', () => {
    const files = [
      ...yamlFiles(path.join(repoRoot, 'examples')),
      ...yamlFiles(path.join(repoRoot, 'test', 'fixtures')),
      ...yamlFiles(requireTestdata('fleets')),
    ];
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(loadObjects(file, text), file).toEqual(viaManifests(file, text));
    }
  });

  it.each([
    [
      'leading comments and a document marker',
      '# header\n\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n',
    ],
    [
      'comments before the first key',
      '# one\n# two\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n',
    ],
    [
      'several documents with empty ones between',
      '---\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n# nothing\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: b\n',
    ],
    [
      'a YAML 1.1 boolean and an octal number',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  on: yes\nx: 0755\n',
    ],
    ['a duplicate key', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n'],
    ['a list document', '- a\n- b\n'],
    ['no kind', 'apiVersion: v1\nmetadata:\n  name: a\n'],
    ['a syntax error', 'apiVersion: v1\nkind: [\n'],
    [
      'flow style and anchors',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: &d {k: v}\nother: *d\n',
    ],
  ])('agrees with loadManifests on %s', (_name, text) => {
    expect(loadObjects('f.yaml', text)).toEqual(viaManifests('f.yaml', text));
  });
});
