// Rebuilds examples/mirror from examples/mirror-src with the project's pinned helm.
//   node scripts/package-example-charts.mjs           write examples/mirror
//   node scripts/package-example-charts.mjs --check   exit 1 when examples/mirror is stale
//
// The work is in package-example-charts.ts (which tests import). The project's sources import
// each other with .js specifiers, which Node's type stripping does not map to .ts files, so this
// entry point bundles the TypeScript with esbuild into the checkout's cache directory (inside the
// checkout, so node_modules and the bundled helm are found from there) and runs the bundle.
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleTs, removeBundle } from './run-ts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } }, strict: true });
const cacheDir = path.join(root, 'node_modules', '.cache', 'gitops-actions');
const outfile = await bundleTs('scripts/package-example-charts-entry.ts');

const helmHome = path.join(os.tmpdir(), `gitops-actions-package-charts-${process.pid}`);
const { main, Tools } = await import(pathToFileURL(outfile).href);
const tools = new Tools({
  env: process.env,
  searchPath: process.env.PATH ?? '',
  bundledCacheDir: cacheDir,
  // The pinned helm, whatever is on PATH: another helm version may compress differently.
  preferBundled: true,
  helmHome,
});
try {
  process.exitCode = await main(await tools.helm(), root, { check: values.check });
} finally {
  await removeBundle(outfile);
  await rm(helmHome, { recursive: true, force: true });
}
