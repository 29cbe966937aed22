import { isNode, type Node } from 'yaml';
import type { SourceLocation } from '../errors.js';
import {
  locationAt,
  locationOf,
  parseYamlFile,
  type YamlDiagnostic,
  type YamlDocument,
  type YamlFile,
} from '../yaml/documents.js';
import { nodeAtPath } from '../yaml/json-path.js';
import { decodeKubernetes, type KubeValue, YamlDecodeError } from '../yaml/kubernetes-decode.js';
import type { ObjectIdentity } from './identity.js';

/** A hand-written Kubernetes object and where it came from. */
export interface Manifest {
  identity: ObjectIdentity;
  /** The object as the API server would decode it (YAML 1.1 typing, merges applied). */
  object: { [key: string]: KubeValue };
  provenance: {
    file: string;
    /** 1-based line where the document starts (its `---` when it has one). */
    line: number;
    /** 1-based line of the `kind` key, where a person looks for "which object is this". */
    kindLine: number;
  };
  /** The parsed document, kept so that edits can be computed against its nodes later. */
  document: YamlDocument;
}

export interface LoadedManifests {
  yaml: YamlFile;
  manifests: Manifest[];
  /** Syntax errors, duplicate keys, undecodable and non-object documents. */
  diagnostics: YamlDiagnostic[];
}

/**
 * The Kubernetes objects in a (multi-document) file. Empty documents are skipped silently, as
 * kubectl does. A document that is not a mapping, or lacks `apiVersion` or `kind`, is skipped with
 * a diagnostic. So is one with a syntax error: its nodes may be partial, and an object with half
 * its fields is worse than a reported error. `metadata.name` may be absent (a kustomize
 * `Kustomization`, or `generateName`); the identity then has an empty name.
 */
export function loadManifests(file: string, text: string): LoadedManifests {
  const yaml = parseYamlFile(file, text);
  const result: LoadedManifests = { yaml, manifests: [], diagnostics: [...yaml.diagnostics] };
  for (const doc of yaml.documents) {
    if (doc.hasErrors) continue;
    const contents = doc.document.contents as Node | null;
    const start = locationAt(yaml, firstContentOffset(doc));
    let value: KubeValue;
    try {
      value = decodeKubernetes(doc.document, (node) => locationOf(yaml, node), contents);
    } catch (error) {
      if (!(error instanceof YamlDecodeError)) throw error;
      result.diagnostics.push(diagnostic('DECODE', error.message, error.location ?? start));
      continue;
    }
    if (value === null) continue;
    if (typeof value !== 'object' || Array.isArray(value)) {
      const what = Array.isArray(value) ? 'a list' : `a ${typeof value}`;
      result.diagnostics.push(
        diagnostic('NOT_AN_OBJECT', `document ${doc.index + 1} is ${what}, not a Kubernetes object`, start),
      );
      continue;
    }
    const identity = identityOf(value);
    if (identity === undefined) {
      result.diagnostics.push(
        diagnostic(
          'NOT_AN_OBJECT',
          `document ${doc.index + 1} has no string apiVersion and kind, so it is not a Kubernetes object`,
          start,
        ),
      );
      continue;
    }
    const kindNode = nodeAtPath(doc.document, ['kind']);
    result.manifests.push({
      identity,
      object: value,
      provenance: {
        file,
        line: locationAt(yaml, doc.startOffset).line ?? 1,
        kindLine: (kindNode?.key ? locationOf(yaml, kindNode.key) : start).line ?? 1,
      },
      document: doc,
    });
  }
  return result;
}

/** apiVersion, kind, namespace and name of a decoded object; undefined without apiVersion and kind. */
export function identityOf(value: { [key: string]: KubeValue }): ObjectIdentity | undefined {
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string' || apiVersion === '' || kind === '') {
    return undefined;
  }
  const metadata = value.metadata;
  const meta = metadata !== null && typeof metadata === 'object' && !Array.isArray(metadata) ? metadata : {};
  const name = typeof meta.name === 'string' ? meta.name : '';
  const namespace = typeof meta.namespace === 'string' && meta.namespace !== '' ? meta.namespace : undefined;
  return namespace === undefined ? { apiVersion, kind, name } : { apiVersion, kind, namespace, name };
}

function firstContentOffset(doc: YamlDocument): number {
  const contents = doc.document.contents;
  if (isNode(contents) && contents.range) return contents.range[0];
  return doc.startOffset;
}

function diagnostic(code: string, message: string, location: SourceLocation): YamlDiagnostic {
  return { severity: 'error', code, message, location };
}
