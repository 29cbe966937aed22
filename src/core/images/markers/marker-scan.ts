/**
 * Flux's marker scan over one or more paths: screen the files (file-walk.ts), then parse the
 * markers of each (marker-parse.ts). Only this module and the walk touch the file system.
 */
import type { ImageDiagnostic } from '../diagnostics.js';
import { MARKER_TOKEN, relativeTo, walkManifestFiles } from './file-walk.js';
import { type FileMarkers, parseMarkers, type Setter } from './marker-parse.js';

export interface ScannedFile {
  /** Path relative to the repository root. */
  file: string;
  /** The file relative to the scanned path it was found under: how Flux keys its update result. */
  resultPath: string;
  text: string;
  markers: FileMarkers;
}

export interface MarkerScan {
  /** Files that passed the screen, in walk order; a file under two scanned paths appears once. */
  files: ScannedFile[];
  /** Every setter, in file then document order. */
  setters: Setter[];
  diagnostics: ImageDiagnostic[];
}

/**
 * Scans `paths` (relative to `root`; `['.']` is the whole repository, as Flux's default
 * `spec.update.path` is) for `$imagepolicy` markers.
 */
export async function scanMarkers(root: string, paths: readonly string[] = ['.']): Promise<MarkerScan> {
  const scan: MarkerScan = { files: [], setters: [], diagnostics: [] };
  const seen = new Set<string>();
  for (const scanPath of paths) {
    const walked = await walkManifestFiles(root, scanPath, [MARKER_TOKEN]);
    scan.diagnostics.push(...walked.diagnostics);
    for (const { file, base, text } of walked.files) {
      if (seen.has(file)) continue;
      seen.add(file);
      const markers = parseMarkers(file, text);
      scan.files.push({ file, resultPath: relativeTo(base, file), text, markers });
      scan.setters.push(...markers.setters);
      scan.diagnostics.push(...markers.diagnostics);
    }
  }
  return scan;
}
