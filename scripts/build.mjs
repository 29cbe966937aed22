// Builds one self-contained ESM bundle per action and one for the CLI.
// The output is deterministic, so `npm run check-dist` can compare it with what is committed.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const entries = {
  check: 'src/actions/check/index.ts',
  render: 'src/actions/render/index.ts',
  validate: 'src/actions/validate/index.ts',
  'image-bump': 'src/actions/image-bump/index.ts',
  promote: 'src/actions/promote/index.ts',
  cli: 'src/cli/index.ts',
};

/**
 * Worker threads' entry points. A bundle that includes `needs` starts `entry` as
 * `new URL('./<name>', import.meta.url)`, so the worker is bundled beside it; without it the
 * bundle still works, in one thread (see src/core/validate/input/parse-files.ts).
 */
export const workers = [
  {
    needs: 'src/core/validate/input/parse-files.ts',
    entry: 'src/core/validate/input/parse-worker.ts',
    name: 'parse-worker.js',
  },
];

/** The workers a bundle needs, from esbuild's metafile of it. */
export function workersOf(metafile) {
  const inputs = Object.keys(metafile.inputs);
  return workers.filter((worker) => inputs.includes(worker.needs));
}

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles one entry the way every action is bundled; tests use it for fixture actions too. */
export async function bundleEntry(entry, outfile, options = {}) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    // Module comments in the bundle name paths as seen, not resolved: a symlinked node_modules
    // must not change the output, or check-dist would see a difference that is not one.
    preserveSymlinks: true,
    // Bundled CommonJS dependencies still call require() for Node built-ins.
    banner: {
      js: [
        ...(options.executable ? ['#!/usr/bin/env node'] : []),
        "import { createRequire as __gaCreateRequire } from 'node:module';",
        'const require = __gaCreateRequire(import.meta.url);',
      ].join('\n'),
    },
    legalComments: 'eof',
    sourcemap: false,
    logLevel: 'warning',
    metafile: true,
  });
  for (const worker of workersOf(result.metafile)) {
    await bundleEntry(worker.entry, path.join(path.dirname(outfile), worker.name));
  }
}

export async function buildAll(outRoot = 'dist') {
  await rm(new URL(`../${outRoot}`, import.meta.url), { recursive: true, force: true });
  await Promise.all(
    Object.entries(entries).map(([name, entry]) =>
      bundleEntry(entry, `${outRoot}/${name}/index.js`, { executable: name === 'cli' }),
    ),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildAll();
}
