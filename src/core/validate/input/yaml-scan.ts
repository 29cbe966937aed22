import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { kubernetesKeyOf } from '../../yaml/kubernetes-decode.js';
import { resolvePlainScalar, type Yaml11Scalar } from '../../yaml/yaml11.js';

/** A key set twice in one mapping, as offsets into the text. */
export interface DuplicateKey {
  key: string;
  firstOffset: number;
  offset: number;
}

/** A plain scalar Kubernetes reads as a boolean or a number; whether that surprises depends on the field. */
export interface NonStringScalar {
  path: (string | number)[];
  offset: number;
  text: string;
  resolved: Exclude<Yaml11Scalar, { kind: 'string' | 'null' }>;
}

export interface DocumentScan {
  duplicates: DuplicateKey[];
  nonStrings: NonStringScalar[];
  /** Offset of the first node beyond the depth limit; the document must not be decoded. */
  tooDeepAt?: number;
}

/**
 * One pass over a composed document's nodes, before decoding: duplicate keys (compared as
 * Kubernetes compares them after JSON conversion), nesting depth, and plain scalars that are not
 * strings under YAML 1.1. The pass stops descending at `maxDepth`, so a hostile document cannot
 * exhaust the stack of the decoder that runs after it.
 */
export function scanDocument(root: Node | null | undefined, maxDepth: number): DocumentScan {
  const scan: DocumentScan = { duplicates: [], nonStrings: [] };
  const path: (string | number)[] = [];

  const visit = (node: Node | null | undefined, depth: number): void => {
    if (node === null || node === undefined || scan.tooDeepAt !== undefined) return;
    if (depth > maxDepth) {
      scan.tooDeepAt = node.range?.[0] ?? 0;
      return;
    }
    if (isScalar(node)) {
      if (node.type === 'PLAIN' && node.tag === undefined) nonString(node);
    } else if (isMap(node)) {
      const seen = node.items.length > 1 ? new Map<string, number>() : undefined;
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        // Merge sources are anchored elsewhere and visited there; aliases are not followed.
        if (isScalar(keyNode) && keyNode.value === '<<' && keyNode.type === 'PLAIN') continue;
        const key = isScalar(keyNode) ? kubernetesKeyOf(keyNode) : undefined;
        if (key !== undefined && seen !== undefined && keyNode?.range) {
          const first = seen.get(key);
          if (first === undefined) seen.set(key, keyNode.range[0]);
          else scan.duplicates.push({ key, firstOffset: first, offset: keyNode.range[0] });
        }
        path.push(key ?? '?');
        visit(pair.value as Node | null, depth + 1);
        path.pop();
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        path.push(index);
        visit(item as Node | null, depth + 1);
        path.pop();
      });
    }
  };

  const nonString = (node: Scalar): void => {
    const text = node.value;
    if (typeof text !== 'string' || text === '') return;
    const resolved = resolvePlainScalar(text);
    if (resolved.kind === 'string' || resolved.kind === 'null') return;
    scan.nonStrings.push({ path: [...path], offset: node.range?.[0] ?? 0, text, resolved });
  };

  visit(root, 1);
  return scan;
}
