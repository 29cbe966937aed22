import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  extractChartArchive,
  MAX_DECOMPRESSED_CHART_SIZE,
  MAX_DECOMPRESSED_FILE_SIZE,
} from '../../../src/core/helm/chart-archive.js';
import { readTar } from '../../../src/core/helm/tar-reader.js';
import { tempDir } from '../../support/temp.js';

/** One tar header block (ustar), with a correct checksum, followed by the data padded to 512. */
function entry(
  name: string,
  data: string | Buffer = '',
  options: { type?: string; size?: number; link?: string } = {},
) {
  const body = typeof data === 'string' ? Buffer.from(data) : data;
  const header = Buffer.alloc(512);
  header.write(name, 0, 100, 'utf8');
  header.write('0000644\0', 100, 'latin1');
  header.write('0000000\0', 108, 'latin1');
  header.write('0000000\0', 116, 'latin1');
  header.write(`${(options.size ?? body.length).toString(8).padStart(11, '0')}\0`, 124, 'latin1');
  header.write('00000000000\0', 136, 'latin1');
  header.write(options.type ?? '0', 156, 'latin1');
  header.write(options.link ?? '', 157, 100, 'utf8');
  header.write('ustar\0' + '00', 257, 'latin1');
  header.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  const padding = Buffer.alloc((512 - (body.length % 512)) % 512);
  return Buffer.concat([header, body, padding]);
}

const pax = (records: Record<string, string>) => {
  const text = Object.entries(records)
    .map(([key, value]) => {
      const tail = ` ${key}=${value}\n`;
      let length = tail.length + 1;
      while (`${length}${tail}`.length !== length) length++;
      return `${length}${tail}`;
    })
    .join('');
  return entry('PaxHeaders/x', text, { type: 'x' });
};

const END = Buffer.alloc(1024);
const archive = (...entries: Buffer[]) => gzipSync(Buffer.concat([...entries, END]));
const CHART = entry('web/Chart.yaml', 'apiVersion: v2\nname: web\nversion: 1.0.0\n');
const LIMITS = { maxEntries: 100, maxFileBytes: 1024, maxTotalBytes: 4096 };

async function extract(bytes: Buffer): Promise<string> {
  const dir = await tempDir('gitops-actions-archive-');
  const file = path.join(dir, 'web-1.0.0.tgz');
  await writeFile(file, bytes);
  return extractChartArchive(
    { file, shown: 'web-1.0.0.tgz', what: 'HelmRelease apps/web' },
    path.join(dir, 'out'),
  );
}

describe('readTar', () => {
  it('reads ustar prefix names, PAX paths and sizes, and GNU long names', () => {
    const long = `web/${'d'.repeat(120)}/values.yaml`;
    const prefixed = entry('templates/a.yaml', 'a: 1\n');
    prefixed.write('web', 345, 'latin1'); // ustar prefix field
    prefixed.fill(0x20, 148, 156);
    let sum = 0;
    for (const byte of prefixed.subarray(0, 512)) sum += byte;
    prefixed.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    const tar = Buffer.concat([
      entry('web/', '', { type: '5' }),
      prefixed,
      pax({ path: long }),
      entry('ignored-by-pax', 'x: 1\n'),
      entry('././@LongLink', `web/${'g'.repeat(130)}.yaml\0`, { type: 'L' }),
      entry('truncated-name', 'g: 1\n'),
      END,
    ]);
    expect(readTar(tar, LIMITS).map((e) => `${e.type} ${e.name}`)).toEqual([
      'directory web/',
      'file web/templates/a.yaml',
      `file ${long}`,
      `file web/${'g'.repeat(130)}.yaml`,
    ]);
  });

  it('refuses a bad checksum, a truncated entry, and too many entries', () => {
    const bad = Buffer.from(CHART);
    bad[0] = 0x41;
    expect(() => readTar(Buffer.concat([bad, END]), LIMITS)).toThrow(/bad checksum/);
    expect(() => readTar(CHART.subarray(0, 600), LIMITS)).toThrow(/truncated/);
    const many = Array.from({ length: 101 }, (_, i) => entry(`web/${i}`, ''));
    expect(() => readTar(Buffer.concat([...many, END]), LIMITS)).toThrow('more than 100 entries');
  });
});

describe('extractChartArchive', () => {
  it('unpacks a chart into its own directory, dropping the top segment as Helm does', async () => {
    const root = await extract(archive(CHART, entry('web/templates/cm.yaml', 'kind: ConfigMap\n')));
    expect(path.basename(root)).toBe('web');
    expect((await readdir(root, { recursive: true })).sort()).toEqual([
      'Chart.yaml',
      'templates',
      'templates/cm.yaml',
    ]);
    expect(await readFile(path.join(root, 'templates/cm.yaml'), 'utf8')).toBe('kind: ConfigMap\n');
  });

  it('refuses path traversal, absolute paths and files outside the chart directory, naming the entry', async () => {
    await expect(extract(archive(CHART, entry('web/../../evil.yaml', 'x')))).rejects.toThrow(
      'HelmRelease apps/web: chart archive web-1.0.0.tgz: entry "web/../../evil.yaml" has a ".." segment',
    );
    await expect(extract(archive(CHART, pax({ path: '/etc/evil' }), entry('x', 'x')))).rejects.toThrow(
      'entry "/etc/evil" is an absolute path',
    );
    await expect(extract(archive(entry('Chart.yaml', 'name: web')))).rejects.toThrow(
      `entry "Chart.yaml" is not inside the chart's directory`,
    );
  });

  it('refuses symbolic links, hard links and devices, naming the entry', async () => {
    await expect(
      extract(archive(CHART, entry('web/values.yaml', '', { type: '2', link: '/etc/passwd' }))),
    ).rejects.toThrow(
      'HelmRelease apps/web: chart archive web-1.0.0.tgz: entry "web/values.yaml" is a symbolic link; a chart may hold only regular files and directories',
    );
    await expect(
      extract(archive(CHART, entry('web/x', '', { type: '1', link: 'web/Chart.yaml' }))),
    ).rejects.toThrow('entry "web/x" is a hard link');
    await expect(extract(archive(CHART, entry('web/dev', '', { type: '3' })))).rejects.toThrow(
      'is a character device',
    );
  });

  it("refuses a file over Helm's 5 MiB file limit, and a chart over its 100 MiB limit, before unpacking", async () => {
    const big = entry('web/big.bin', '', { size: MAX_DECOMPRESSED_FILE_SIZE + 1 });
    await expect(
      extract(archive(CHART, big, Buffer.alloc(MAX_DECOMPRESSED_FILE_SIZE + 512))),
    ).rejects.toThrow(
      `entry "web/big.bin" is ${MAX_DECOMPRESSED_FILE_SIZE + 1} bytes, over the ${MAX_DECOMPRESSED_FILE_SIZE}-byte file limit`,
    );
    // 21 files of 5 MiB: each within the file limit, together over the chart limit. Zeros
    // compress to almost nothing: this is the decompression bomb the limits exist for.
    const file = Buffer.alloc(MAX_DECOMPRESSED_FILE_SIZE);
    const parts = Array.from({ length: 21 }, (_, i) => entry(`web/part-${i}.bin`, file));
    const bomb = archive(CHART, ...parts);
    expect(bomb.length).toBeLessThan(MAX_DECOMPRESSED_CHART_SIZE / 100);
    await expect(extract(bomb)).rejects.toThrow(
      `the files add up to more than ${MAX_DECOMPRESSED_CHART_SIZE} bytes`,
    );
    const stream = gzipSync(Buffer.alloc(MAX_DECOMPRESSED_CHART_SIZE * 2));
    await expect(extract(stream)).rejects.toThrow(
      `decompresses to more than Helm's ${MAX_DECOMPRESSED_CHART_SIZE}-byte chart limit`,
    );
  });

  it('refuses what is not a gzipped tar, or holds no files', async () => {
    await expect(extract(Buffer.from('apiVersion: v2\n'))).rejects.toThrow(/cannot be read as gzip/);
    await expect(extract(gzipSync(Buffer.from('not a tar'.padEnd(600, '!'))))).rejects.toThrow(
      /bad checksum/,
    );
    await expect(extract(archive(entry('web/', '', { type: '5' })))).rejects.toThrow('holds no files');
  });
});
