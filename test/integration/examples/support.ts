import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isSeq, parseAllDocuments, type Scalar, visit } from 'yaml';
import { repoRoot } from '../../support/paths.js';

export const examplesRoot = path.join(repoRoot, 'examples');
export const fleetRoot = path.join(examplesRoot, 'fleet');
export const argocdRoot = path.join(examplesRoot, 'argocd');

/** A Kubernetes object as written in a file. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; annotations?: Record<string, string> };
  // biome-ignore lint/suspicious/noExplicitAny: hand-written manifests of any kind
  spec?: any;
  data?: Record<string, string>;
}

export interface FileObject {
  /** Relative to the example root, with forward slashes. */
  file: string;
  object: KubeObject;
}

/** Every regular file under `dir` (relative, forward slashes, sorted), read synchronously for test.each. */
export function filesUnder(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Directories under `root` (relative; '.' for the root) that hold a kustomization.yaml. */
export function kustomizationDirs(root: string): string[] {
  return filesUnder(root)
    .filter((file) => path.posix.basename(file) === 'kustomization.yaml')
    .map((file) => path.posix.dirname(file));
}

/** Chart directories (holding Chart.yaml) under `root`, relative, without subcharts unpacked in a chart. */
export function chartDirs(root: string): string[] {
  const all = filesUnder(root)
    .filter((file) => path.posix.basename(file) === 'Chart.yaml')
    .map((file) => path.posix.dirname(file));
  return all.filter((dir) => !all.some((other) => dir.startsWith(`${other}/charts/`)));
}

export function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** Parses every document of a multi-document YAML text; a document with errors throws. */
export function parseDocuments(text: string, where: string): unknown[] {
  return parseAllDocuments(text).map((doc) => {
    if (doc.errors.length > 0) throw new Error(`${where}: ${doc.errors[0]?.message}`);
    return doc.toJS() as unknown;
  });
}

function isKubeObject(value: unknown): value is KubeObject {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<KubeObject>;
  return (
    typeof candidate.apiVersion === 'string' &&
    typeof candidate.kind === 'string' &&
    typeof candidate.metadata?.name === 'string'
  );
}

/** Kubernetes objects from a kustomize or helm output. */
export function objectsOf(text: string, where: string): KubeObject[] {
  return parseDocuments(text, where).filter(isKubeObject);
}

/**
 * The Kubernetes objects written by hand under an example root: every .yaml file outside chart
 * directories (chart templates are not YAML, and values files are not objects).
 */
export function handWrittenObjects(root: string): FileObject[] {
  const charts = chartDirs(root);
  const result: FileObject[] = [];
  for (const file of filesUnder(root)) {
    if (!/\.ya?ml$/.test(file)) continue;
    if (charts.some((chart) => file.startsWith(`${chart}/`))) continue;
    for (const object of objectsOf(readFileSync(path.join(root, file), 'utf8'), file)) {
      result.push({ file, object });
    }
  }
  return result;
}

export function isFluxObject(object: KubeObject): boolean {
  const group = object.apiVersion.includes('/') ? object.apiVersion.split('/')[0] : '';
  return group?.endsWith('.fluxcd.io') ?? false;
}

/** `namespace/name`, the namespace defaulting as given. */
export function objectKey(object: KubeObject, defaultNamespace = ''): string {
  return `${object.metadata.namespace ?? defaultNamespace}/${object.metadata.name}`;
}

export interface ImagePolicyMarker {
  file: string;
  line: number;
  /** The marker's value, for example `flux-system:shop:tag`. */
  setter: string;
  /** The scalar the automation would replace. */
  value: string;
}

/**
 * `$imagepolicy` markers the way image-automation-controller finds them: files whose bytes contain
 * `"$imagepolicy"`; scalars in mapping values and sequence items (never keys); the line comment,
 * else the head comment; leading `#` stripped and the rest parsed as a JSON object of strings.
 */
export function imagePolicyMarkers(root: string): ImagePolicyMarker[] {
  const markers: ImagePolicyMarker[] = [];
  for (const file of filesUnder(root)) {
    if (!/\.ya?ml$/.test(file)) continue;
    const text = readFileSync(path.join(root, file), 'utf8');
    if (!text.includes('"$imagepolicy"')) continue;
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
    const lineOf = (offset: number) => lineStarts.filter((start) => start <= offset).length;
    for (const doc of parseAllDocuments(text)) {
      visit(doc, {
        Scalar(key, node, ancestors) {
          const parent = ancestors[ancestors.length - 1];
          const isValue = key === 'value' || (isSeq(parent) && typeof key === 'number');
          if (!isValue) return;
          const setter = markerOf(node);
          if (setter !== undefined) {
            markers.push({ file, line: lineOf(node.range?.[0] ?? 0), setter, value: String(node.value) });
          }
        },
      });
    }
  }
  return markers;
}

function markerOf(node: Scalar): string | undefined {
  for (const comment of [node.comment, node.commentBefore]) {
    if (comment === undefined || comment === null || comment.trim() === '') continue;
    try {
      const parsed = JSON.parse(comment.replace(/^#+/, '')) as Record<string, unknown>;
      const setter = parsed.$imagepolicy;
      return typeof setter === 'string' ? setter : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The regular files in a .tgz (a helm package), by path. Handles ustar prefixes and PAX paths. */
export function readTgz(archive: Buffer): Map<string, Buffer> {
  const tar = gunzipSync(archive);
  const files = new Map<string, Buffer>();
  let offset = 0;
  let paxPath: string | undefined;
  const field = (start: number, length: number) =>
    tar
      .subarray(offset + start, offset + start + length)
      .toString('utf8')
      .replace(/\0.*$/s, '');
  while (offset + 512 <= tar.length) {
    if (tar.subarray(offset, offset + 512).every((byte) => byte === 0)) break;
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    const name = paxPath ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    const body = tar.subarray(offset + 512, offset + 512 + size);
    paxPath = undefined;
    if (type === 'x') {
      paxPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1];
    } else if (type === '0' || type === '') {
      files.set(name, Buffer.from(body));
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}
