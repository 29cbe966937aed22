import { type Document, isAlias, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { SourceLocation } from '../errors.js';
import { locationAt, locationOf, type YamlDocument, type YamlFile } from './documents.js';
import { kubernetesKeyOf } from './kubernetes-decode.js';

/** A path into a decoded object, as validators report it: `['spec', 'containers', 0, 'image']`. */
export type JsonPath = readonly (string | number)[];

/** The node a path leads to, with the key node that names it when its parent is a mapping. */
export interface PathMatch {
  node: Node;
  key?: Node;
}

/**
 * Finds the node at `path`, looking through aliases (the location is then the anchored node, the
 * text a person must change) and merge keys. A key can be set directly and by merges; go-yaml v2
 * applies them in document order, so the last one in order is the one Kubernetes sees.
 */
export function nodeAtPath(document: Document, path: JsonPath): PathMatch | undefined {
  let current: PathMatch | undefined = document.contents ? { node: document.contents as Node } : undefined;
  for (const segment of path) {
    if (current === undefined) return undefined;
    current = child(document, deref(document, current.node), segment);
  }
  return current;
}

/**
 * Where a finding about `path` should point. When the path leads nowhere (a missing field), the
 * location is the deepest node that exists, and `exact` says so.
 */
export function locatePath(
  yamlFile: YamlFile,
  doc: YamlDocument,
  path: JsonPath,
): { location: SourceLocation; exact: boolean } {
  let deepest: Node | undefined;
  for (let depth = path.length; depth >= 0 && deepest === undefined; depth--) {
    const match = nodeAtPath(doc.document, path.slice(0, depth));
    if (match !== undefined) {
      if (depth === path.length) return { location: locationOf(yamlFile, match.node), exact: true };
      deepest = match.node;
    }
  }
  if (deepest === undefined) {
    return { location: locationAt(yamlFile, doc.startOffset), exact: false };
  }
  return { location: locationOf(yamlFile, deepest), exact: false };
}

function deref(document: Document, node: Node): Node {
  let current = node;
  for (let hops = 0; isAlias(current) && hops < 100; hops++) {
    const target = current.resolve(document);
    if (target === undefined) return current;
    current = target;
  }
  return current;
}

function child(document: Document, parent: Node, segment: string | number): PathMatch | undefined {
  if (isSeq(parent)) {
    const index = typeof segment === 'number' ? segment : Number.parseInt(segment, 10);
    const item = parent.items[index] as Node | undefined;
    return item === undefined || item === null ? undefined : { node: item };
  }
  if (!isMap(parent)) return undefined;
  const pair = lookup(document, parent, String(segment), 0);
  if (pair === undefined) return undefined;
  const value = pair.value as Node | null;
  if (value === null) return { node: pair.key as Node, key: pair.key as Node };
  return { node: value, key: pair.key as Node };
}

function lookup(document: Document, map: Node, key: string, depth: number): Pair | undefined {
  if (!isMap(map) || depth > 50) return undefined;
  let found: Pair | undefined;
  for (const pair of map.items) {
    const keyNode = pair.key as Node | null;
    if (isScalar(keyNode) && keyNode.value === '<<' && keyNode.type === 'PLAIN') {
      // Merge sources apply last to first, so the first source holding the key wins among them.
      const source = deref(document, pair.value as Node);
      const sources = isSeq(source) ? (source.items as Node[]) : [source];
      for (const candidate of sources) {
        const merged = lookup(document, deref(document, candidate), key, depth + 1);
        if (merged !== undefined) {
          found = merged;
          break;
        }
      }
      continue;
    }
    const resolvedKey = isAlias(keyNode) ? deref(document, keyNode) : keyNode;
    if (isScalar(resolvedKey) && kubernetesKeyOf(resolvedKey) === key) found = pair as Pair;
  }
  return found;
}
