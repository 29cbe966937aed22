import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { YamlDocument } from '../yaml/documents.js';
import { nodeAtPath } from '../yaml/json-path.js';
import { documentObject, isArgoApplication, type ParsedRepo, posix } from './repo-files.js';

/** An Argo CD Application as promotion needs it: its name, where it is, and its own values files. */
export interface ArgoApplication {
  name: string;
  file: string;
  document: number;
  /** `spec.destination.name` and `.namespace`, which often spell the environment. */
  destinations: string[];
  /** Helm value files of in-repository sources, resolved to repository paths that exist. */
  valueFiles: string[];
}

export function readApplications(parsed: ParsedRepo, file: string): ArgoApplication[] {
  const found: ArgoApplication[] = [];
  for (const doc of parsed.documents(file)) {
    const object = documentObject(doc);
    if (!isArgoApplication(object) || object.name === '') continue;
    found.push({
      name: object.name,
      file,
      document: doc.index,
      destinations: [
        scalarAt(doc, ['spec', 'destination', 'name']),
        scalarAt(doc, ['spec', 'destination', 'namespace']),
      ].filter((value) => value !== ''),
      valueFiles: valueFilesOf(doc).filter((candidate) => parsed.has(candidate)),
    });
  }
  return found;
}

function scalarAt(doc: YamlDocument, path: (string | number)[]): string {
  const node = nodeAtPath(doc.document, path)?.node;
  return isScalar(node) && typeof node.value === 'string' ? node.value : '';
}

/**
 * Argo CD resolves `helm.valueFiles` relative to the source's `path`; a multi-source Application
 * can instead point into another source with `$<ref>/…`, which is relative to that source's root.
 * Both are taken as paths in this repository: a values file that does not exist here is simply
 * not one of the environment's files.
 */
function valueFilesOf(doc: YamlDocument): string[] {
  const sources: Node[] = [];
  const single = nodeAtPath(doc.document, ['spec', 'source'])?.node;
  if (isMap(single)) sources.push(single);
  const many = nodeAtPath(doc.document, ['spec', 'sources'])?.node;
  if (isSeq(many)) for (const item of many.items) if (isMap(item)) sources.push(item as Node);
  const refs = new Set<string>();
  for (const source of sources) {
    const ref = child(source, 'ref');
    if (ref !== '') refs.add(ref);
  }
  const files: string[] = [];
  for (const source of sources) {
    const base = child(source, 'path');
    const helm = isMap(source) ? source.get('helm', true) : undefined;
    const list = isMap(helm) ? helm.get('valueFiles', true) : undefined;
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      if (!isScalar(item) || typeof item.value !== 'string') continue;
      const resolved = resolveValueFile(item.value, base, refs);
      if (resolved !== undefined) files.push(resolved);
    }
  }
  return files;
}

function child(map: Node, key: string): string {
  if (!isMap(map)) return '';
  const value = map.get(key, true);
  return isScalar(value) && typeof value.value === 'string' ? value.value : '';
}

function resolveValueFile(value: string, base: string, refs: ReadonlySet<string>): string | undefined {
  let joined: string;
  const ref = /^\$([^/]+)\/(.*)$/.exec(value);
  if (ref) {
    if (!refs.has(ref[1] as string)) return undefined;
    joined = ref[2] as string;
  } else {
    if (base === '' || /^[a-z]+:\/\//.test(value)) return undefined;
    joined = posix.join(base, value);
  }
  const normal = posix.normalize(joined).replace(/^\.\//, '');
  return normal.startsWith('../') || normal === '..' || posix.isAbsolute(normal) ? undefined : normal;
}
