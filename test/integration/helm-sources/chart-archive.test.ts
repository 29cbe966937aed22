import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractChartArchive } from '../../../src/core/helm/chart-archive.js';
import { readTar } from '../../../src/core/helm/tar-reader.js';
import { writeTestChart } from '../../support/charts.js';
import { tempDir } from '../../support/temp.js';
import { testTools } from '../../support/tools.js';

/** Relative path → content of every file under `dir`. */
async function filesOf(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full)] = await readFile(full, 'utf8');
  }
  return out;
}

describe('packaged charts from the real helm package', () => {
  it('unpack to exactly the chart directory that was packaged, long names and a packaged subchart included', async () => {
    const work = await tempDir('gitops-actions-archive-');
    const helm = await testTools().helm();
    const sub = await writeTestChart(path.join(work, 'src/db'), { name: 'db', version: '0.1.0' });
    const chart = await writeTestChart(path.join(work, 'src/web'), {
      name: 'web',
      version: '1.2.3',
      values: { colour: 'grey' },
    });
    // Past tar's 100-byte name field, and past ustar's 155-byte prefix: what forces PAX records.
    const deep = `files/${'nested-directory-'.repeat(8)}/${'a-very-long-file-name-'.repeat(6)}.yaml`;
    await mkdir(path.dirname(path.join(chart, deep)), { recursive: true });
    await writeFile(path.join(chart, deep), 'deep: true\n');
    await writeFile(path.join(chart, 'values-prod.yaml'), 'colour: red\n');
    await mkdir(path.join(chart, 'charts'));
    await helm.package(sub, path.join(chart, 'charts'));
    const archive = await helm.package(chart, path.join(work, 'packages'));

    const names = readTar(gunzipSync(await readFile(archive)), {
      maxEntries: 100,
      maxFileBytes: 1 << 20,
      maxTotalBytes: 1 << 24,
    }).map((e) => e.name);
    expect(names).toContain(`web/${deep}`);

    const root = await extractChartArchive(
      { file: archive, shown: 'web-1.2.3.tgz', what: 'HelmRelease apps/web' },
      path.join(work, 'out'),
    );
    // helm package loads the chart before it writes it: the packaged subchart is stored unpacked.
    const expected = Object.fromEntries(
      Object.entries(await filesOf(chart)).filter(([file]) => !file.endsWith('.tgz')),
    );
    for (const [file, text] of Object.entries(await filesOf(sub))) expected[`charts/db/${file}`] = text;
    const unpacked = await filesOf(root);
    expect(Object.keys(unpacked).sort()).toEqual(Object.keys(expected).sort());
    // helm package rewrites Chart.yaml from the loaded metadata; every other file is byte for byte.
    for (const [file, text] of Object.entries(expected)) {
      if (path.basename(file) !== 'Chart.yaml') expect(unpacked[file], file).toBe(text);
    }
    const [fromArchive, fromDirectory] = await Promise.all(
      [archive, root].map((source) => helm.template(['web', source, '--namespace', 'apps'])),
    );
    expect(fromDirectory).toBe(fromArchive);
    expect(fromDirectory).toContain('name: web-db');
  });
});
