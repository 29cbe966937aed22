/**
 * Everything the planners need about a repository: the marked scalars, the Flux objects, the
 * clusters, and each marker bound to its policy. `loadImageAutomation` reads it from disk;
 * `imageAutomationFromFiles` builds it from texts, with the same screening, for tests and tools.
 */
import type { ImageDiagnostic } from '../diagnostics.js';
import {
  isManifestFileName,
  MARKER_TOKEN,
  normaliseScanPath,
  relativeTo,
  resolveScanPath,
  walkManifestFiles,
} from '../markers/file-walk.js';
import { parseMarkers } from '../markers/marker-parse.js';
import type { MarkerScan } from '../markers/marker-scan.js';
import { type AutomationObjects, loadAutomationObjects, OBJECT_TOKENS } from './automation-objects.js';
import { type ClusterScope, clusterScopes } from './cluster-scope.js';
import { bindSetters, type SetterBinding } from './resolve-setters.js';

export interface ImageAutomation {
  scan: MarkerScan;
  objects: AutomationObjects;
  clusters: ClusterScope[];
  /** The setters that resolve to a policy and an ImageRepository, in scan order. */
  bindings: SetterBinding[];
  /** From the scan, the objects and the binding, in that order. */
  diagnostics: ImageDiagnostic[];
  /** The paths scanned for markers, relative to the root (`.` for all of it). */
  paths: string[];
}

export interface ImageAutomationOptions {
  /**
   * Where to look for markers, relative to the repository root: directories or files. The
   * default, `['.']`, is the whole repository; an ImageUpdateAutomation's `updatePath` gives
   * Flux's own scope. Flux objects are always read from the whole repository.
   * `'update-paths'`: the update paths of the repository's ImageUpdateAutomations, as Flux scans,
   * or the whole repository when it has none (decided after the one walk, not with a second).
   */
  paths?: readonly string[] | 'update-paths';
}

export async function loadImageAutomation(
  root: string,
  options: ImageAutomationOptions = {},
): Promise<ImageAutomation> {
  // One walk of the repository reads each file once, for markers and Flux objects alike; the
  // scan paths are then applied in memory, exactly as for in-memory files.
  if (Array.isArray(options.paths))
    for (const scanPath of options.paths) await resolveScanPath(root, scanPath);
  const walked = await walkManifestFiles(root, '.', [MARKER_TOKEN, ...OBJECT_TOKENS]);
  const automation = imageAutomationFromFiles(walked.files, options);
  const bases = automation.paths.map(normaliseScanPath);
  const inScope = (file: string) =>
    bases.some((base) => base === '' || file === base || file.startsWith(`${base}/`));
  const skipped = walked.diagnostics.filter((d) => inScope(d.location.file));
  automation.scan.diagnostics.unshift(...skipped);
  automation.diagnostics.unshift(...skipped);
  return automation;
}

/**
 * The same from in-memory files (repository-relative paths). Files are screened as Flux screens
 * them, and scanned in the order given.
 */
export function imageAutomationFromFiles(
  files: readonly { file: string; text: string }[],
  options: ImageAutomationOptions = {},
): ImageAutomation {
  const objectFiles = files.filter(({ file }) => isManifestFileName(file.slice(file.lastIndexOf('/') + 1)));
  const objects = loadAutomationObjects(objectFiles);
  const paths = scanPaths(options.paths, objects);
  const scan: MarkerScan = { files: [], setters: [], diagnostics: [] };
  for (const scanPath of paths) {
    const base = normaliseScanPath(scanPath);
    for (const { file, text } of files) {
      const inside = base === '' || file === base || file.startsWith(`${base}/`);
      const name = file.slice(file.lastIndexOf('/') + 1);
      if (!inside || !isManifestFileName(name) || !text.includes(MARKER_TOKEN)) continue;
      if (scan.files.some((f) => f.file === file)) continue;
      const markers = parseMarkers(file, text);
      const keyBase = file === base ? base.slice(0, Math.max(0, base.lastIndexOf('/'))) : base;
      scan.files.push({ file, resultPath: relativeTo(keyBase, file), text, markers });
      scan.setters.push(...markers.setters);
      scan.diagnostics.push(...markers.diagnostics);
    }
  }
  return { ...assemble(scan, objects), paths };
}

function scanPaths(requested: ImageAutomationOptions['paths'], objects: AutomationObjects): string[] {
  if (requested !== 'update-paths') return [...(requested ?? ['.'])];
  const paths = [...new Set(objects.automations.map((a) => a.updatePath || '.'))];
  return paths.length === 0 || paths.includes('.') ? ['.'] : paths;
}

function assemble(scan: MarkerScan, objects: AutomationObjects): Omit<ImageAutomation, 'paths'> {
  const clusters = clusterScopes(objects.kustomizations, [
    ...objects.policies,
    ...objects.repositories,
    ...objects.automations,
  ]);
  const bound = bindSetters(scan.setters, objects, clusters);
  return {
    scan,
    objects,
    clusters,
    bindings: bound.bindings,
    diagnostics: [...scan.diagnostics, ...objects.diagnostics, ...bound.diagnostics],
  };
}
