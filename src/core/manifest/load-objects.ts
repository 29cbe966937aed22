import { decodeBlockYaml } from '../yaml/block-decode.js';
import type { YamlDiagnostic } from '../yaml/documents.js';
import type { ObjectIdentity } from './identity.js';
import { identityOf, loadManifests, type Manifest } from './load-manifests.js';

/** A Kubernetes object of a file and the line its document starts at, without its YAML nodes. */
export interface LoadedObject {
  identity: ObjectIdentity;
  object: Manifest['object'];
  provenance: { file: string; line: number };
}

/**
 * Past any nesting a Kubernetes object has; deeper text goes to the full parser, which decodes it
 * the same way or reports why it cannot.
 */
const FAST_PATH_DEPTH = 64;

/**
 * What `loadManifests` finds, for callers that need objects and their lines but no YAML nodes:
 * kustomize's output, and the files a generated kustomization lists. Plain block YAML is decoded
 * straight from the text (`decodeBlockYaml`, a fraction of the composer's cost); anything else,
 * and any document that is not an object, takes `loadManifests`, so diagnostics are its own.
 */
export function loadObjects(
  file: string,
  text: string,
): { objects: LoadedObject[]; diagnostics: YamlDiagnostic[] } {
  const documents = decodeBlockYaml(text, FAST_PATH_DEPTH);
  if (documents !== undefined) {
    const objects: LoadedObject[] = [];
    let lines: LineStarts | undefined;
    for (const { value, range, offset } of documents) {
      if (value === null) continue;
      if (typeof value !== 'object' || Array.isArray(value)) return slowPath(file, text);
      const identity = identityOf(value);
      if (identity === undefined) return slowPath(file, text);
      lines ??= new LineStarts(text);
      // The document's `---` line when it has one, else its first key's, as the composer counts.
      const start = text.startsWith('---', range[0]) ? range[0] : offset;
      objects.push({ identity, object: value, provenance: { file, line: lines.lineOf(start) } });
    }
    return { objects, diagnostics: [] };
  }
  return slowPath(file, text);
}

function slowPath(file: string, text: string): { objects: LoadedObject[]; diagnostics: YamlDiagnostic[] } {
  const loaded = loadManifests(file, text);
  return {
    objects: loaded.manifests.map(({ identity, object, provenance }) => ({
      identity,
      object,
      provenance: { file: provenance.file, line: provenance.line },
    })),
    diagnostics: loaded.diagnostics,
  };
}

/** 1-based line of an offset. */
class LineStarts {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
  }

  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }
}
