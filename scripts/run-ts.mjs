// Runs a TypeScript entry point of this project: `node scripts/run-ts.mjs bench/render.ts [args…]`.
// The sources import each other with .js specifiers, which Node's type stripping does not map to
// .ts files, so the entry is bundled with esbuild (dependencies left external) into the checkout's
// cache directory, where node_modules resolves, and then imported with the remaining arguments.
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { workersOf } from './build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Bundles `entry` (relative to the checkout) into a directory of its own, with the worker threads
 * it starts beside it as the actions' bundles have them (see workers in build.mjs), and returns
 * the bundle's path; the caller removes it with removeBundle.
 */
export async function bundleTs(entry) {
  const outDir = path.join(
    root,
    'node_modules',
    '.cache',
    'gitops-actions',
    'scripts',
    `${path.basename(entry, '.ts')}-${process.pid}`,
  );
  await mkdir(outDir, { recursive: true });
  const bundle = async (input, outfile) =>
    build({
      absWorkingDir: root,
      entryPoints: [path.resolve(root, input)],
      outfile,
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node24',
      logLevel: 'warning',
      metafile: true,
    });
  const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);
  const { metafile } = await bundle(entry, outfile);
  for (const worker of workersOf(metafile)) await bundle(worker.entry, path.join(outDir, worker.name));
  return outfile;
}

/** Removes what bundleTs wrote. */
export async function removeBundle(outfile) {
  await rm(path.dirname(outfile), { recursive: true, force: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [entry, ...args] = process.argv.slice(2);
  if (!entry) {
    process.stderr.write('usage: node scripts/run-ts.mjs <entry.ts> [args…]\n');
    process.exit(2);
  }
  const bundle = await bundleTs(entry);
  process.argv = [process.argv[0], path.resolve(root, entry), ...args];
  try {
    await import(pathToFileURL(bundle).href);
  } finally {
    await removeBundle(bundle);
  }
}
