// Runs a TypeScript entry point of this project: `node scripts/run-ts.mjs bench/render.ts [args…]`.
// The sources import each other with .js specifiers, which Node's type stripping does not map to
// .ts files, so the entry is bundled with esbuild (dependencies left external) into the checkout's
// cache directory, where node_modules resolves, and then imported with the remaining arguments.
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles `entry` (relative to the checkout) and returns the bundle's path; the caller removes it. */
export async function bundleTs(entry) {
  const outDir = path.join(root, 'node_modules', '.cache', 'gitops-actions', 'scripts');
  await mkdir(outDir, { recursive: true });
  const outfile = path.join(outDir, `${path.basename(entry, '.ts')}-${process.pid}.mjs`);
  await build({
    absWorkingDir: root,
    entryPoints: [path.resolve(root, entry)],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'warning',
  });
  return outfile;
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
    await rm(bundle, { force: true });
  }
}
