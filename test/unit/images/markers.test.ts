import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_FILE_BYTES,
  parseMarkers,
  readMarkerComment,
  scanMarkers,
} from '../../../src/core/images/markers/index.js';
import { tempDir } from '../../support/temp.js';

const summary = (text: string) =>
  parseMarkers('f.yaml', text).setters.map((s) => [s.line, s.column, s.setter, s.field, s.current]);
const problems = (text: string) =>
  parseMarkers('f.yaml', text).diagnostics.map((d) => [d.code, d.location.line]);

describe('readMarkerComment', () => {
  it.each([
    ['# {"$imagepolicy": "flux-system:shop"}', 'image'],
    ['# {"$imagepolicy": "flux-system:shop:tag"}', 'tag'],
    ['# {"$imagepolicy": "flux-system:shop:name"}', 'name'],
    ['# {"$imagepolicy": "flux-system:shop:digest"}', 'digest'],
    ['###{"$imagepolicy":"flux-system:shop"}', 'image'],
    ['# {"other": "x", "$imagepolicy": "flux-system:shop"}  ', 'image'],
  ])('reads %s as a %s setter of flux-system/shop', (comment, field) => {
    const reading = readMarkerComment(comment);
    expect(reading).toMatchObject({
      kind: 'marker',
      marker: { policy: { namespace: 'flux-system', name: 'shop' }, field },
    });
  });

  it('ignores comments that neither are nor try to be markers', () => {
    expect(readMarkerComment('# just a note')).toEqual({ kind: 'none' });
    expect(readMarkerComment('# {"setter": "x"}')).toEqual({ kind: 'none' });
    expect(readMarkerComment('# null')).toEqual({ kind: 'none' });
    for (const json of ['"a string"', '42', '[1]', 'true', '{"setter": 1}'])
      expect(readMarkerComment(`# ${json}`)).toEqual({ kind: 'none' });
  });

  it('reads the JSON after any JSON whitespace', () => {
    expect(readMarkerComment('#\t \r{"$imagepolicy": "ns:a"}')).toMatchObject({ kind: 'marker' });
  });

  it.each([
    ['# $imagepolicy: flux-system:shop', 'marker-not-json'],
    ["# {'$imagepolicy': 'flux-system:shop'}", 'marker-not-json'],
    ['# {"$imagepolicy": "flux-system:shop"} trailing', 'marker-not-json'],
    ['# {"$imagepolicy": "flux-system:shop", "n": 1}', 'marker-not-json'],
    ['# {"$imagepolicy": ""}', 'marker-not-json'],
    ['# {"$imagepolicy": "shop"}', 'marker-missing-namespace'],
    ['# {"$imagepolicy": ":shop"}', 'marker-missing-namespace'],
    ['# {"$imagepolicy": "flux-system:"}', 'marker-missing-namespace'],
    ['# {"$imagepolicy": "flux-system:shop:version"}', 'marker-unknown-suffix'],
    ['# {"$imagepolicy": "flux-system:shop:tag:x"}', 'marker-unknown-suffix'],
  ])('reports %s as %s', (comment, code) => {
    expect(readMarkerComment(comment)).toMatchObject({ kind: 'problem', problem: { code } });
  });
});

describe('parseMarkers', () => {
  it('finds markers on mapping values and sequence items, in document order', () => {
    const text = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: web, namespace: prod}',
      'spec:',
      '  image: ghcr.io/acme/web:1.0 # {"$imagepolicy": "ns:web"}',
      '  tag: "1.0" # {"$imagepolicy": "ns:web:tag"}',
      '  args:',
      '    - \'ghcr.io/acme/web\' # {"$imagepolicy": "ns:web:name"}',
      '    # {"$imagepolicy": "ns:web:digest"}',
      '    - ""',
      '',
    ].join('\n');
    expect(summary(text)).toEqual([
      [5, 10, 'ns:web', 'image', 'ghcr.io/acme/web:1.0'],
      [6, 8, 'ns:web:tag', 'tag', '1.0'],
      [8, 7, 'ns:web:name', 'name', 'ghcr.io/acme/web'],
      [10, 7, 'ns:web:digest', 'digest', ''],
    ]);
    const [first] = parseMarkers('f.yaml', text).setters;
    expect(first?.object).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'web',
      namespace: 'prod',
    });
    expect(first?.objectId).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'web',
      namespace: 'prod',
    });
  });

  it('reads a head comment above the first item of a sequence as that item’s', () => {
    expect(summary('images:\n  # {"$imagepolicy": "ns:a"}\n  - a:1\n  - b:1\n')).toEqual([
      [3, 5, 'ns:a', 'image', 'a:1'],
    ]);
  });

  it('gives plain YAML an empty object identity, as Flux does', () => {
    const [setter] = parseMarkers(
      'values.yaml',
      'image:\n  tag: 1.0 # {"$imagepolicy": "ns:a:tag"}\n',
    ).setters;
    expect(setter?.object).toBeUndefined();
    expect(setter?.objectId).toEqual({ apiVersion: '', kind: '', name: '', namespace: '' });
  });

  it('lets a non-marker line comment win over a marker head comment, and reports the hidden marker', () => {
    const text = 'list:\n  # {"$imagepolicy": "ns:a"}\n  - a:1 # pinned by hand\n';
    expect(summary(text)).toEqual([]);
    expect(problems(text)).toEqual([['marker-shadowed', 3]]);
  });

  it('does not read a comment on the following line as a line comment', () => {
    expect(summary('a: 1\n  # {"$imagepolicy": "ns:a:tag"}\nb: 2\n')).toEqual([]);
  });

  it('reports markers on keys and on aliases, which Flux never visits', () => {
    const text = [
      'base: &tag 1.0',
      '# {"$imagepolicy": "ns:a:tag"}',
      'tag: 1.0',
      'copy: *tag # {"$imagepolicy": "ns:a:tag"}',
      '',
    ].join('\n');
    expect(summary(text)).toEqual([]);
    expect(problems(text)).toEqual([
      ['marker-not-on-value', 3],
      ['marker-not-on-value', 4],
    ]);
  });

  it('reports each malformed marker at its scalar', () => {
    const text = [
      'a: x # {"$imagepolicy": "shop"}',
      'b: x # {"$imagepolicy": "ns:shop:version"}',
      "c: x # {'$imagepolicy': 'ns:shop'}",
      'd: x # {"$imagepolicy": "ns:shop"}',
      '',
    ].join('\n');
    expect(problems(text)).toEqual([
      ['marker-missing-namespace', 1],
      ['marker-unknown-suffix', 2],
      ['marker-not-json', 3],
    ]);
    expect(summary(text)).toEqual([[4, 4, 'ns:shop', 'image', 'x']]);
  });

  it('skips a file that does not parse, with one diagnostic at the error', () => {
    const result = parseMarkers('f.yaml', 'a: 1 # {"$imagepolicy": "ns:a"}\nb: [unclosed\n');
    expect(result.setters).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['file-unparsable']);
    expect(result.diagnostics[0]?.location.line).toBeGreaterThanOrEqual(2);
  });

  it('skips a file with a duplicate key, which go-yaml v3 refuses', () => {
    const result = parseMarkers('f.yaml', 'a: 1 # {"$imagepolicy": "ns:a:tag"}\na: 2\n');
    expect(result.setters).toEqual([]);
    expect(result.diagnostics.map((d) => [d.code, d.location.line])).toEqual([['file-unparsable', 2]]);
  });

  it('skips a file with a document that is not a mapping, which kyaml’s reader refuses', () => {
    const result = parseMarkers('f.yaml', 'a: 1 # {"$imagepolicy": "ns:a:tag"}\n---\n- x\n');
    expect(result.setters).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['file-unparsable']);
  });

  it('reads CRLF files, with the line comment ending before the carriage return', () => {
    const text =
      'kind: X\r\nspec:\r\n  tag: 1.0 # {"$imagepolicy": "ns:a:tag"}\r\n  name: a # {"$imagepolicy": "ns:a:name"}\r\n';
    expect(summary(text)).toEqual([
      [3, 8, 'ns:a:tag', 'tag', '1.0'],
      [4, 9, 'ns:a:name', 'name', 'a'],
    ]);
  });

  it('counts documents of a multi-document file', () => {
    const text =
      'kind: A\nx: 1 # {"$imagepolicy": "ns:a:tag"}\n---\nkind: B\ny: 2 # {"$imagepolicy": "ns:a:tag"}\n';
    expect(parseMarkers('f.yaml', text).setters.map((s) => [s.document, s.objectId.kind])).toEqual([
      [0, 'A'],
      [1, 'B'],
    ]);
  });
});

describe('scanMarkers', () => {
  async function repo(files: Record<string, string>): Promise<string> {
    const root = await tempDir('markers-');
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), text);
    }
    return root;
  }
  const marked = 'tag: 1.0 # {"$imagepolicy": "ns:a:tag"}\n';

  it('reads *.yaml, *.yml and Kustomization files with the token, case-sensitively, in byte order', async () => {
    const root = await repo({
      'b/x.yaml': marked,
      'a/x.yml': marked,
      'a/Kustomization': marked,
      'a/kustomization': marked,
      'a/X.YAML': marked,
      'a/notes.txt': marked,
      'a/plain.yaml': 'tag: 1.0 # $imagepolicy without quotes\n',
      '.git/config.yaml': marked,
    });
    const scan = await scanMarkers(root);
    expect(scan.files.map((f) => f.file)).toEqual(['a/Kustomization', 'a/x.yml', 'b/x.yaml']);
    expect(scan.diagnostics).toEqual([]);
  });

  it('keys files relative to the scanned path and reads a file under two paths once', async () => {
    const root = await repo({ 'apps/staging/v.yaml': marked });
    const scan = await scanMarkers(root, ['apps/staging', '.']);
    expect(scan.files.map((f) => [f.file, f.resultPath])).toEqual([['apps/staging/v.yaml', 'v.yaml']]);
  });

  it('skips symlinks, binary files and non-UTF-8 files with a diagnostic each', async () => {
    const root = await repo({
      'real.yaml': marked,
      'binary.yaml': `${marked}\u0000`,
    });
    await writeFile(
      path.join(root, 'latin1.yaml'),
      Buffer.concat([Buffer.from(marked), Buffer.from([0xe9])]),
    );
    await symlink(path.join(root, 'real.yaml'), path.join(root, 'link.yaml'));
    const outside = await repo({ 'secret.yaml': marked });
    await symlink(path.join(outside, 'secret.yaml'), path.join(root, 'out.yaml'));
    const scan = await scanMarkers(root);
    expect(scan.files.map((f) => f.file)).toEqual(['real.yaml']);
    expect(scan.diagnostics.map((d) => [d.code, d.location.file, d.reason.split(':')[0]])).toEqual([
      ['file-skipped', 'binary.yaml', 'skipped'],
      ['file-skipped', 'latin1.yaml', 'skipped'],
      ['file-skipped', 'link.yaml', 'skipped'],
      ['file-skipped', 'out.yaml', 'skipped'],
    ]);
    expect(scan.diagnostics[3]?.reason).toContain('outside the repository');
  });

  it('reads a file larger than the read buffer to its end, and skips one past the size limit', async () => {
    const padding = `# ${'x'.repeat(100)}\n`.repeat(2_000);
    const root = await repo({ 'big.yaml': `${padding}${marked}`, 'small.yaml': marked });
    await writeFile(path.join(root, 'huge.yaml'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
    const scan = await scanMarkers(root);
    expect(scan.files.map((f) => [f.file, f.text.length])).toEqual([
      ['big.yaml', padding.length + marked.length],
      ['small.yaml', marked.length],
    ]);
    expect(scan.setters.map((s) => [s.file, s.current])).toEqual([
      ['big.yaml', '1.0'],
      ['small.yaml', '1.0'],
    ]);
    expect(scan.diagnostics.map((d) => [d.location.file, d.reason])).toEqual([
      ['huge.yaml', `skipped: ${MAX_FILE_BYTES + 1} bytes, more than the ${MAX_FILE_BYTES} this scan reads`],
    ]);
  });

  it('refuses scan paths that leave the repository', async () => {
    const root = await repo({ 'a.yaml': marked });
    await expect(scanMarkers(root, ['../elsewhere'])).rejects.toThrow('leaves the repository');
    await expect(scanMarkers(root, ['/etc'])).rejects.toThrow('must be relative');
  });
});
