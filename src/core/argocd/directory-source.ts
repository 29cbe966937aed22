import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { GitopsError } from '../errors.js';
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import { loadManifests } from '../manifest/load-manifests.js';
import { gobwasMatch } from './glob.js';
import { expandList } from './manifest-split.js';
import type { DirectoryUnit } from './render-unit.js';

/** One object of a directory source and the file and line it is written at (repository-relative). */
export interface DirectoryObject {
  object: KubeObject;
  file: string;
  line: number;
}

export interface DirectoryResult {
  objects: DirectoryObject[];
  /** `.jsonnet` files Argo CD would evaluate; we do not, so their objects are missing. */
  jsonnetFiles: string[];
}

const MANIFEST_FILE = /^.*\.(yaml|yml|json|jsonnet)$/;
/** A file carrying this marker is left out of the render (reposerver `skipFileRenderingMarker`). */
export const SKIP_FILE_MARKER = '+argocd:skip-file-rendering';

/**
 * reposerver `findManifests` for a plain directory: `filepath.Walk` order, subdirectories only with
 * `recurse`, manifest extensions only (unless `disableExtensionFilter`), then `exclude` and `include`
 * matched against the path relative to the source directory with gobwas globs (`*` crosses `/`).
 * A file that does not parse fails the render when it looks like a manifest (it has `apiVersion:`,
 * `kind:` and `metadata:`) or yielded objects before the error; otherwise it is ignored.
 */
export async function readDirectorySource(repoRoot: string, unit: DirectoryUnit): Promise<DirectoryResult> {
  const root = path.join(repoRoot, unit.path);
  const realRoot = await realpath(repoRoot);
  const result: DirectoryResult = { objects: [], jsonnetFiles: [] };
  const walk = async (relative: string): Promise<void> => {
    const entries = (await readdir(path.join(root, relative), { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      const rel = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (unit.recurse) await walk(rel);
        continue;
      }
      if (!unit.disableExtensionFilter && !MANIFEST_FILE.test(entry.name)) continue;
      const full = path.join(root, rel);
      const repoFile = path.posix.join(unit.path, rel);
      if (entry.isSymbolicLink()) {
        const target = await realpath(full).catch(() => undefined);
        if (target === undefined) continue;
        if (target !== realRoot && !target.startsWith(`${realRoot}${path.sep}`)) {
          throw new GitopsError(`illegal filepath in symlink at ${repoFile}`);
        }
      }
      if (!(await stat(full)).isFile()) continue;
      if (unit.exclude !== undefined && gobwasMatch(unit.exclude, rel)) continue;
      if (unit.include !== undefined && !gobwasMatch(unit.include, rel)) continue;
      const text = await readFile(full, 'utf8');
      if (text.includes(SKIP_FILE_MARKER)) continue;
      if (entry.name.endsWith('.jsonnet')) {
        result.jsonnetFiles.push(repoFile);
        continue;
      }
      result.objects.push(...objectsOf(repoFile, text));
    }
  };
  await walk('');
  return result;
}

function objectsOf(file: string, text: string): DirectoryObject[] {
  const loaded = loadManifests(file, text);
  const problem = loaded.diagnostics.find((diagnostic) => diagnostic.severity === 'error');
  if (problem !== undefined) {
    const looksLikeManifest = ['apiVersion:', 'kind:', 'metadata:'].every((word) => text.includes(word));
    if (loaded.manifests.length > 0 || looksLikeManifest || file.endsWith('.json')) {
      throw new GitopsError(`Failed to unmarshal ${path.posix.basename(file)}: ${problem.message}`, {
        location: problem.location,
      });
    }
    return [];
  }
  if (file.endsWith('.json') && loaded.manifests.length > 1) {
    throw new GitopsError(
      `Found multiple objects in ${file}. Only single objects are allowed in JSON files.`,
    );
  }
  return loaded.manifests.flatMap((manifest) =>
    expandList(manifest.object).map((object) => ({ object, file, line: manifest.provenance.line })),
  );
}
