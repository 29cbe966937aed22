// Packages the example charts in examples/mirror-src into examples/mirror: the local copies of the
// Helm HTTP repository and the OCI repository that examples/fleet installs from. Run it with
// `node scripts/package-example-charts.mjs` (which bundles this file); tests import it directly.
//
// The packages are byte-for-byte reproducible: helm (v4) writes each file's modification time
// into the archive and a zero gzip timestamp, so every file is packaged from a copy whose times
// are set to SOURCE_DATE. helm repo index stamps the time of the run into index.yaml; those
// timestamps are replaced with SOURCE_DATE too.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Helm } from '../src/core/tools/helm.js';

/** The time written into every package entry and into index.yaml. */
export const SOURCE_DATE = new Date('2026-01-01T00:00:00Z');

export interface MirroredChart {
  /** The chart's source directory, relative to the checkout. */
  source: string;
  /** Where its package goes, relative to the mirror root: the upstream URL without its scheme. */
  mirrorDir: string;
  /** For a chart served by a Helm HTTP repository: that repository's URL (index.yaml download URLs). */
  httpRepositoryUrl?: string;
  /** For a chart pushed to an OCI registry: the repository prefix the chart is pushed under. */
  ociRepositoryUrl?: string;
}

/** The mirror root, relative to the checkout. It is entirely generated. */
export const MIRROR_ROOT = 'examples/mirror';

export const MIRRORED_CHARTS: readonly MirroredChart[] = [
  {
    source: 'examples/mirror-src/edge-ingress',
    mirrorDir: 'charts.acme.example/stable',
    httpRepositoryUrl: 'https://charts.acme.example/stable',
  },
  {
    source: 'examples/mirror-src/node-agent',
    mirrorDir: 'ghcr.io/acme/charts',
    ociRepositoryUrl: 'oci://ghcr.io/acme/charts',
  },
];

/**
 * Builds the whole mirror into `outDir` (which should be empty) and returns the files written,
 * relative to `outDir`, sorted.
 */
export async function packageExampleCharts(helm: Helm, repoRoot: string, outDir: string): Promise<string[]> {
  const staging = await mkdtemp(path.join(os.tmpdir(), 'gitops-actions-example-charts-'));
  try {
    for (const chart of MIRRORED_CHARTS) {
      const copy = path.join(staging, path.basename(chart.source));
      await cp(path.join(repoRoot, chart.source), copy, { recursive: true });
      await setTimes(copy, SOURCE_DATE);
      const destination = path.join(outDir, chart.mirrorDir);
      await mkdir(destination, { recursive: true });
      await helm.package(copy, destination);
    }
    const repositories = new Map<string, string>();
    for (const chart of MIRRORED_CHARTS) {
      if (chart.httpRepositoryUrl) repositories.set(chart.mirrorDir, chart.httpRepositoryUrl);
    }
    for (const [mirrorDir, url] of repositories) {
      const dir = path.join(outDir, mirrorDir);
      await helm.repoIndex(dir, url);
      const index = path.join(dir, 'index.yaml');
      await writeFile(index, fixIndexTimestamps(await readFile(index, 'utf8'), SOURCE_DATE));
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return listFiles(outDir);
}

/** Replaces the run's time in an index.yaml written by `helm repo index` (`generated`, `created`). */
export function fixIndexTimestamps(index: string, date: Date): string {
  const stamp = date.toISOString();
  return index
    .replace(/^generated: .*$/m, `generated: "${stamp}"`)
    .replace(/^(\s+)created: .*$/gm, (_line, indent: string) => `${indent}created: "${stamp}"`);
}

/** Every regular file under `dir`, as sorted relative paths with forward slashes. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

async function setTimes(dir: string, date: Date): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) await utimes(path.join(entry.parentPath, entry.name), date, date);
  await utimes(dir, date, date);
}

/**
 * Rebuilds `examples/mirror` (or, with `check`, builds it in a temporary directory and reports
 * every file that differs from the committed copy). Returns the process exit code.
 */
export async function main(helm: Helm, repoRoot: string, options: { check: boolean }): Promise<number> {
  const committed = path.join(repoRoot, MIRROR_ROOT);
  const built = await mkdtemp(path.join(os.tmpdir(), 'gitops-actions-example-mirror-'));
  try {
    const files = await packageExampleCharts(helm, repoRoot, built);
    if (options.check) {
      const stale = await differences(built, committed);
      for (const line of stale) process.stderr.write(`${line}\n`);
      if (stale.length > 0) {
        process.stderr.write(`${MIRROR_ROOT} is stale: run node scripts/package-example-charts.mjs\n`);
        return 1;
      }
      process.stdout.write(`${MIRROR_ROOT} is up to date (${files.length} files)\n`);
      return 0;
    }
    await rm(committed, { recursive: true, force: true });
    await cp(built, committed, { recursive: true });
    for (const file of files) process.stdout.write(`wrote ${MIRROR_ROOT}/${file}\n`);
    return 0;
  } finally {
    await rm(built, { recursive: true, force: true });
  }
}

/** Files missing, extra or different in `actual` compared with `expected`, one message each. */
export async function differences(expected: string, actual: string): Promise<string[]> {
  const [want, have] = await Promise.all([listFiles(expected), listFiles(actual).catch((): string[] => [])]);
  const messages: string[] = [];
  for (const file of want) {
    if (!have.includes(file)) {
      messages.push(`missing: ${file}`);
      continue;
    }
    const [a, b] = await Promise.all([
      readFile(path.join(expected, file)),
      readFile(path.join(actual, file)),
    ]);
    if (!a.equals(b)) messages.push(`differs: ${file}`);
  }
  for (const file of have) if (!want.includes(file)) messages.push(`extra: ${file}`);
  return messages;
}
