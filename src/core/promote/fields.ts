import { isAlias, isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { parseMarkers, type SetterField } from '../images/markers/index.js';
import { splitTagAndDigest } from '../images/reference.js';
import { positionAt, type YamlFile } from '../yaml/documents.js';
import { type BlockVerdict, blockedBecause, isAllowed } from './block-list.js';
import {
  formatPath,
  globToRegExp,
  matchesPath,
  type PathPattern,
  type PathToken,
  parsePathPattern,
} from './field-path.js';
import {
  type DocumentObject,
  documentObject,
  isArgoApplication,
  isHelmRelease,
  isKustomizeConfig,
  isOciRepository,
} from './repo-files.js';

/** Why a value is promotable; `image` values are references whose tag and digest are what moves. */
export type FieldKind =
  | 'image'
  | 'image-tag'
  | 'image-digest'
  | 'chart-version'
  | 'oci-ref'
  | 'chart-revision'
  | 'kustomize-image'
  | 'custom';

/** A team's own promotable field: files matching a glob, values at a YAML path pattern. */
export interface FieldRule {
  files: string;
  path: string;
}

export interface FieldOptions {
  extraFields?: readonly FieldRule[];
  /** Path patterns exempt from the block list: the only way a replica count or host is promoted. */
  allowBlocked?: readonly string[];
}

export interface CompiledFieldOptions {
  extra: { files: RegExp; path: PathPattern }[];
  allowBlocked: PathPattern[];
}

interface FieldBase {
  file: string;
  document: number;
  path: PathToken[];
  /** `formatPath(path)`. */
  pathText: string;
  kind: FieldKind;
  line: number;
  object: DocumentObject;
}

export interface PromotableField extends FieldBase {
  node: Scalar;
  /** The scalar's whole value. */
  raw: string;
  /** What is promoted: the value, or for an image reference its `tag`, `tag@digest` or `@digest`. */
  value: string;
}

export interface BlockedField extends FieldBase {
  verdict: BlockVerdict;
}

export interface FileFields {
  fields: PromotableField[];
  blocked: BlockedField[];
}

/** Compiles the team's rules once; bad patterns fail here, naming the pattern. */
export function compileFieldOptions(options: FieldOptions = {}): CompiledFieldOptions {
  return {
    extra: (options.extraFields ?? []).map((rule) => ({
      files: globToRegExp(rule.files),
      path: parsePathPattern(rule.path),
    })),
    allowBlocked: (options.allowBlocked ?? []).map(parsePathPattern),
  };
}

const MARKER_KINDS: Record<SetterField, FieldKind | undefined> = {
  image: 'image',
  tag: 'image-tag',
  digest: 'image-digest',
  // The repository is where an environment pulls from (often its own registry), not a version.
  name: undefined,
};

/**
 * The promotable fields of one file, with their nodes so that edits keep the quoting. Markers are
 * read as Flux reads them (`images/markers`), only to learn which part of an image a value holds.
 */
export function extractFields(yaml: YamlFile, options: CompiledFieldOptions): FileFields {
  const setters = new Map<number, SetterField>();
  if (yaml.text.includes('$imagepolicy')) {
    for (const setter of parseMarkers(yaml.file, yaml.text).setters)
      setters.set(setter.range.start, setter.field);
  }
  const extra = options.extra.filter((rule) => rule.files.test(yaml.file)).map((rule) => rule.path);
  const result: FileFields = { fields: [], blocked: [] };
  for (const doc of yaml.documents) {
    if (doc.hasErrors) continue;
    const object = documentObject(doc);
    const visitScalar = (node: Scalar, path: PathToken[]) => {
      const marker = node.range ? setters.get(node.range[0]) : undefined;
      const kind =
        marker !== undefined
          ? MARKER_KINDS[marker]
          : (defaultKind(object, path, doc.document.contents as Node) ??
            (extra.some((pattern) => matchesPath(pattern, path)) ? 'custom' : undefined));
      if (kind === undefined || typeof node.value !== 'string') return;
      const raw = node.value;
      const value = kind === 'image' ? imageVersion(raw) : raw;
      if (kind === 'image' && value === '') return;
      const base: FieldBase = {
        file: yaml.file,
        document: doc.index,
        path,
        pathText: formatPath(path),
        kind,
        line: positionAt(yaml, node.range?.[0] ?? 0).line,
        object,
      };
      const verdict = blockedBecause(object.kind, path);
      if (verdict !== undefined && !isAllowed(options.allowBlocked, path))
        result.blocked.push({ ...base, verdict });
      else result.fields.push({ ...base, node, raw, value });
    };
    walk(doc.document.contents as Node | null, [], visitScalar);
  }
  return result;
}

/** The versioned part of an image reference: `tag`, `tag@digest` or `@digest`; empty for none. */
export function imageVersion(reference: string): string {
  const { tag, digest } = splitTagAndDigest(reference);
  return `${tag ?? ''}${digest === undefined ? '' : `@${digest}`}`;
}

/** The reference with its versioned part replaced: the target keeps its own registry and name. */
export function withImageVersion(reference: string, version: string): string {
  const at = reference.indexOf('@');
  let name = at === -1 ? reference : reference.slice(0, at);
  const colon = name.lastIndexOf(':');
  if (colon > name.lastIndexOf('/')) name = name.slice(0, colon);
  return version.startsWith('@') ? `${name}${version}` : `${name}:${version}`;
}

function walk(node: Node | null, path: PathToken[], visit: (node: Scalar, path: PathToken[]) => void): void {
  if (node === null || isAlias(node)) return;
  if (isScalar(node)) {
    if (path.length > 0) visit(node, path);
    return;
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if (!isScalar(key) || typeof key.value !== 'string' || (key.value === '<<' && key.type === 'PLAIN'))
        continue;
      walk(pair.value as Node | null, [...path, { key: key.value }], visit);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const name = isMap(item) ? item.get('name') : undefined;
      const token: PathToken = typeof name === 'string' && name !== '' ? { index, name } : { index };
      walk(item as Node | null, [...path, token], visit);
    });
  }
}

function keys(path: readonly PathToken[]): string {
  return path.map((token) => ('key' in token ? token.key : '[]')).join('.');
}

/** The built-in promotable fields: image references, image tags and digests, chart versions. */
function defaultKind(object: DocumentObject, path: readonly PathToken[], root: Node): FieldKind | undefined {
  const joined = keys(path);
  if (isHelmRelease(object) && joined === 'spec.chart.spec.version') return 'chart-version';
  if (isOciRepository(object) && /^spec\.ref\.(tag|semver|digest)$/.test(joined)) return 'oci-ref';
  if (isKustomizeConfig(object) && /^images\.\[\]\.(newTag|digest)$/.test(joined)) return 'kustomize-image';
  if (isArgoApplication(object) && /^spec\.(source|sources\.\[\])\.targetRevision$/.test(joined)) {
    // Only a Helm chart source's revision is a chart version; a Git source's is a branch or commit.
    return hasChart(root, path.slice(0, -1)) ? 'chart-revision' : undefined;
  }
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (last === undefined || !('key' in last)) return undefined;
  if (last.key === 'image') return 'image';
  if (parent !== undefined && 'key' in parent && parent.key === 'image') {
    if (last.key === 'tag') return 'image-tag';
    if (last.key === 'digest') return 'image-digest';
  }
  return undefined;
}

function hasChart(root: Node, path: readonly PathToken[]): boolean {
  let node: unknown = root;
  for (const token of path) {
    if ('key' in token) node = isMap(node) ? node.get(token.key, true) : undefined;
    else node = isSeq(node) ? node.items[token.index] : undefined;
  }
  return isMap(node) && typeof node.get('chart') === 'string';
}
