/**
 * Unpacks a packaged chart (`.tgz`) into a directory, with the path rules of Helm's archive loader
 * (`pkg/chart/loader/archive`): the first path segment is the chart's directory and is dropped,
 * nothing may be absolute or climb out with `..`, and the sizes are capped. Render needs the files
 * when source-controller would re-package the chart (chart.spec.valuesFiles, reconcileStrategy
 * Revision): it changes values.yaml or Chart.yaml in a copy, and this is that copy.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { GitopsError } from '../errors.js';
import { readTar, TarError, type TarLimits } from './tar-reader.js';

/** Helm's `MaxDecompressedChartSize`: the files of one chart add up to at most 100 MiB. */
export const MAX_DECOMPRESSED_CHART_SIZE = 100 * 1024 * 1024;
/** Helm's `MaxDecompressedFileSize`: no file in a chart is over 5 MiB. */
export const MAX_DECOMPRESSED_FILE_SIZE = 5 * 1024 * 1024;
/** Ours (Helm has none): far above any real chart, low enough that a header flood stops early. */
export const MAX_CHART_ENTRIES = 20_000;

const LIMITS: TarLimits = {
  maxEntries: MAX_CHART_ENTRIES,
  maxFileBytes: MAX_DECOMPRESSED_FILE_SIZE,
  maxTotalBytes: MAX_DECOMPRESSED_CHART_SIZE,
};
/** The tar stream is the files plus headers and padding: room for both before the exact checks. */
const MAX_TAR_STREAM = MAX_DECOMPRESSED_CHART_SIZE + MAX_CHART_ENTRIES * 3 * 512;

const gunzipAsync = promisify(gunzip);

export interface ChartArchive {
  /** The `.tgz` on disk. */
  readonly file: string;
  /** How messages name it, e.g. `charts/web-1.0.0.tgz in git:this-repository`. */
  readonly shown: string;
  /** `HelmRelease apps/web`, for messages. */
  readonly what: string;
}

/**
 * Unpacks `archive` into a new directory `<destination>/<chart directory>` and returns it. Every
 * problem is one GitopsError naming the release, the archive and, where there is one, the entry.
 */
export async function extractChartArchive(archive: ChartArchive, destination: string): Promise<string> {
  const fail = (problem: string) =>
    new GitopsError(`${archive.what}: chart archive ${archive.shown}: ${problem}`, {
      hint: 'A packaged chart is a gzipped tar of one chart directory (`helm package` writes one).',
    });
  let tar: Buffer;
  try {
    tar = await gunzipAsync(await readFile(archive.file), { maxOutputLength: MAX_TAR_STREAM });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      throw fail(`decompresses to more than Helm's ${MAX_DECOMPRESSED_CHART_SIZE}-byte chart limit`);
    }
    throw fail(`cannot be read as gzip (${error instanceof Error ? error.message : String(error)})`);
  }
  let entries: ReturnType<typeof readTar>;
  try {
    entries = readTar(tar, LIMITS);
  } catch (error) {
    if (error instanceof TarError) throw fail(error.message);
    throw error;
  }
  const placed = entries.map((entry) => {
    const relative = chartRelative(entry.name, fail);
    // Helm: "chart illegally contains content outside the base directory".
    if (entry.type === 'file' && relative.inside === '') {
      throw fail(`entry ${JSON.stringify(entry.name)} is not inside the chart's directory`);
    }
    return { entry, relative };
  });
  const top = placed[0]?.relative.top;
  if (top === undefined || !placed.some(({ entry }) => entry.type === 'file')) {
    throw fail('holds no files');
  }
  const root = path.join(destination, top);
  await mkdir(root, { recursive: true });
  try {
    for (const { entry, relative } of placed) {
      if (relative.inside === '') continue;
      const target = path.join(root, relative.inside);
      if (entry.type === 'directory') await mkdir(target, { recursive: true });
      else {
        await mkdir(path.dirname(target), { recursive: true });
        // Modes are not taken from the archive: a chart's files are read, never executed.
        await writeFile(target, entry.data, { mode: 0o644 });
      }
    }
  } catch (error) {
    throw fail(`cannot be unpacked: ${error instanceof Error ? error.message : String(error)}`);
  }
  return root;
}

/**
 * An entry's place: its first segment (the chart directory) and the rest. Helm accepts `\` from
 * archives written on Windows; absolute names, drive letters and `..` segments are refused.
 */
function chartRelative(name: string, fail: (problem: string) => Error): { top: string; inside: string } {
  const shown = JSON.stringify(name);
  const normal = name.includes('\\') ? name.replaceAll('\\', '/') : name;
  if (normal.startsWith('/') || /^[a-zA-Z]:\//.test(normal)) throw fail(`entry ${shown} is an absolute path`);
  const segments = normal.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) throw fail(`entry ${shown} has a ".." segment`);
  const [top, ...rest] = segments;
  if (top === undefined) throw fail(`entry ${shown} has no name`);
  return { top, inside: rest.join('/') };
}
