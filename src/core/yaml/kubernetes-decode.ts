import { type Document, isAlias, isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { GitopsError, type SourceLocation } from '../errors.js';
import { goFormatFloat32 } from './go-number.js';
import { resolveScalar, TAG_PREFIX, type Yaml11Scalar } from './yaml11.js';

/** A value as Kubernetes holds it after sigs.k8s.io/yaml's YAML → JSON conversion. */
export type KubeValue = null | boolean | number | string | KubeValue[] | { [key: string]: KubeValue };

/** Why a document cannot be decoded the way the API server would, and where. */
export class YamlDecodeError extends GitopsError {
  override readonly name = 'YamlDecodeError';
}

/** Turns a node's start offset into a location; supplied by the caller, who knows the file. */
export type Locate = (node: Node) => SourceLocation;

const INT64_MAX = 2n ** 63n - 1n;

/**
 * go-yaml v2's guard against alias bombs (`allowedAliasRatio` in decode.go, the fix for
 * CVE-2019-11253): once more than 100 aliased nodes and 1000 nodes in all have been decoded, fail
 * when aliases produced more than 99% of them, a share that shrinks to 10% for huge documents.
 * Mirroring the rule means we refuse exactly the documents Kubernetes refuses.
 */
function allowedAliasRatio(decodeCount: number): number {
  const low = 400_000;
  const high = 4_000_000;
  if (decodeCount <= low) return 0.99;
  if (decodeCount >= high) return 0.1;
  return 0.99 - 0.89 * ((decodeCount - low) / (high - low));
}

function scalarText(node: Scalar): string {
  const value: unknown = node.value;
  if (typeof value === 'string') return value;
  // The `yaml` package decodes `!!binary` itself; go-yaml also base64-decodes it to a string, and
  // encoding/json later replaces invalid UTF-8 just as Buffer#toString does.
  if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8');
  return String(value ?? '');
}

/** The typed value of a scalar node under YAML 1.1, or a go-yaml-worded error message. */
export function resolveScalarNode(node: Scalar): Yaml11Scalar | string {
  const plain = node.type === 'PLAIN' || node.type === undefined;
  if (node.tag === `${TAG_PREFIX}binary`) return { kind: 'string', value: scalarText(node) };
  return resolveScalar(scalarText(node), node.tag, plain);
}

/**
 * The JSON object key sigs.k8s.io/yaml derives from a scalar key (`convertToJSONableObject`):
 * ints in decimal, floats via `FormatFloat(f, 'g', -1, 32)` with `.inf`/`.nan` spellings, bools as
 * `true`/`false`. Undefined when Kubernetes would reject the key (null, or an int beyond int64).
 */
export function kubernetesKeyOf(node: Scalar): string | undefined {
  const resolved = resolveScalarNode(node);
  if (typeof resolved === 'string') return undefined;
  switch (resolved.kind) {
    case 'string':
      return resolved.value;
    case 'bool':
      return String(resolved.value);
    case 'int':
      return resolved.value > INT64_MAX ? undefined : resolved.value.toString();
    case 'float': {
      const text = goFormatFloat32(resolved.value);
      if (text === '+Inf') return '.inf';
      if (text === '-Inf') return '-.inf';
      return text === 'NaN' ? '.nan' : text;
    }
    case 'null':
      return undefined;
  }
}

function isMergeKey(node: unknown): boolean {
  // go-yaml's isMerge: a plain `<<` (implicit) or one explicitly tagged !!merge; a quoted '<<' is a key.
  return (
    isScalar(node) &&
    node.value === '<<' &&
    (node.tag === `${TAG_PREFIX}merge` || (node.tag === undefined && node.type === 'PLAIN'))
  );
}

/**
 * Decodes one document to the value Kubernetes sees: YAML 1.1 scalars, merge keys applied in
 * go-yaml v2's order, aliases expanded under go-yaml's ratio limit, keys converted to strings.
 * Integers become JavaScript numbers, losing precision beyond 2^53 exactly as sigs.k8s.io/yaml's
 * Unmarshal into an untyped target (float64) does. Throws YamlDecodeError where the API server's
 * decoding would fail.
 */
export function decodeKubernetes(
  document: Document,
  locate: Locate,
  root: Node | null | undefined = document.contents as Node | null,
): KubeValue {
  let decodeCount = 0;
  let aliasCount = 0;
  let aliasDepth = 0;
  const expanding = new Set<Node>();
  let outermostAlias: Node | undefined;

  const fail = (node: Node, message: string, hint?: string): never => {
    throw new YamlDecodeError(message, { location: locate(node), ...(hint ? { hint } : {}) });
  };

  const count = (node: Node): void => {
    decodeCount++;
    if (aliasDepth > 0) aliasCount++;
    if (aliasCount > 100 && decodeCount > 1000 && aliasCount / decodeCount > allowedAliasRatio(decodeCount)) {
      fail(
        outermostAlias ?? node,
        'document contains excessive aliasing',
        'Aliases expand to far more nodes than the document holds (an alias bomb); the API server refuses it.',
      );
    }
  };

  const follow = (node: Node, body: (target: Node) => void): void => {
    if (!isAlias(node)) {
      body(node);
      return;
    }
    const target = node.resolve(document);
    if (target === undefined) {
      fail(node, `unknown anchor '${node.source}' referenced`);
      return;
    }
    if (expanding.has(node)) fail(node, `anchor '${node.source}' value contains itself`);
    expanding.add(node);
    if (aliasDepth === 0) outermostAlias = node;
    aliasDepth++;
    try {
      count(target);
      body(target);
    } finally {
      aliasDepth--;
      expanding.delete(node);
    }
  };

  const value = (node: Node | null | undefined): KubeValue => {
    if (node === null || node === undefined) return null;
    count(node);
    let result: KubeValue = null;
    follow(node, (target) => {
      if (isScalar(target)) result = scalar(target);
      else if (isMap(target)) result = mapping(target, Object.create(null) as Record<string, KubeValue>);
      else if (isSeq(target)) result = target.items.map((item) => value(item as Node));
    });
    return result;
  };

  const scalar = (node: Scalar): KubeValue => {
    const resolved = resolveScalarNode(node);
    if (typeof resolved === 'string') return fail(node, resolved);
    switch (resolved.kind) {
      case 'null':
        return null;
      case 'int':
        return Number(resolved.value);
      case 'float':
        if (!Number.isFinite(resolved.value)) {
          // sigs.k8s.io/yaml marshals the decoded value with encoding/json, which has no Inf or NaN.
          return fail(node, `json: unsupported value: ${goFormatFloat32(resolved.value)}`);
        }
        return resolved.value;
      default:
        return resolved.value;
    }
  };

  const mapping = (node: Node, out: Record<string, KubeValue>): Record<string, KubeValue> => {
    if (!isMap(node)) return out;
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      if (isMergeKey(keyNode)) {
        merge(pair.value as Node | null, keyNode as Node, out);
        continue;
      }
      const key = keyOf(keyNode, node);
      // Later keys overwrite earlier ones and merged ones, as go-yaml v2's map assignment does.
      Object.defineProperty(out, key, {
        value: value(pair.value as Node | null),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  };

  const keyOf = (keyNode: Node | null, map: Node): string => {
    if (keyNode === null) return fail(map, 'unsupported map key of type: <nil>');
    count(keyNode);
    let key: string | undefined;
    follow(keyNode, (target) => {
      if (!isScalar(target)) return fail(keyNode, 'invalid map key: a mapping or sequence cannot be a key');
      const resolved = resolveScalarNode(target);
      if (typeof resolved === 'string') return fail(target, resolved);
      key = kubernetesKeyOf(target);
      if (key === undefined) {
        fail(target, `unsupported map key of type: ${resolved.kind === 'null' ? '<nil>' : 'uint64'}`);
      }
    });
    if (key === undefined) return fail(keyNode, 'invalid map key');
    return key;
  };

  /** go-yaml v2's `merge`: a mapping, an alias of one, or a sequence of them applied last to first. */
  const merge = (source: Node | null, mergeKey: Node, out: Record<string, KubeValue>): void => {
    const wantMap = (node: Node): never =>
      fail(node, 'map merge requires map or sequence of maps as the value');
    if (source === null) {
      wantMap(mergeKey);
      return;
    }
    count(source);
    follow(source, (target) => {
      if (isMap(target)) {
        mapping(target, out);
      } else if (isSeq(target) && !isAlias(source)) {
        for (let i = target.items.length - 1; i >= 0; i--) {
          const item = target.items[i] as Node;
          count(item);
          follow(item, (element) => (isMap(element) ? mapping(element, out) : wantMap(item)));
        }
      } else {
        wantMap(source);
      }
    });
  };

  return value(root);
}
