import { GitopsError } from '../errors.js';
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import { loadManifests } from '../manifest/load-manifests.js';
import { isObject } from './model.js';

/** One object of a tool's output, with the chart template that produced it (Helm only). */
export interface SplitObject {
  object: KubeObject;
  /** Helm's `# Source:` comment: `guestbook/templates/deployment.yaml`. */
  template?: string;
}

const SOURCE_COMMENT = /^# Source: (.+)$/m;

/**
 * `kube.SplitYAML` over helm or kustomize output. Each document is read separately so that it keeps
 * the `# Source:` comment Helm writes above it. A document that cannot be read fails the render, as
 * it fails repo-server.
 */
export function splitManifests(what: string, output: string): SplitObject[] {
  const result: SplitObject[] = [];
  for (const text of output.split(/^---[ \t]*$/m)) {
    if (text.trim() === '') continue;
    const loaded = loadManifests(what, text);
    const problem = loaded.diagnostics.find((diagnostic) => diagnostic.severity === 'error');
    if (problem) throw new GitopsError(`${what} printed YAML that cannot be read: ${problem.message}`);
    const template = SOURCE_COMMENT.exec(text)?.[1]?.trim();
    for (const manifest of loaded.manifests) {
      for (const object of expandList(manifest.object)) {
        result.push(template === undefined ? { object } : { object, template });
      }
    }
  }
  return result;
}

/**
 * repo-server's `GenerateManifests`: an object whose `items` is a list (a `v1.List`, a `ConfigMapList`)
 * is replaced by its items; a list with `items: null` and neither `spec` nor `status` is dropped.
 */
export function expandList(object: KubeObject): KubeObject[] {
  if (Array.isArray(object.items)) return object.items.filter(isObject);
  if ('items' in object && object.items === null && !('spec' in object) && !('status' in object)) return [];
  return [object];
}
