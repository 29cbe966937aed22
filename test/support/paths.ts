import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project checkout this test run belongs to. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Where tests extract the bundled helm and kubectl: inside the checkout (ignored by git), so
 * a contributor's own ~/.cache is left alone and CI starts from a known state.
 */
export const testCacheDir = path.join(repoRoot, 'node_modules', '.cache', 'gitops-actions');
