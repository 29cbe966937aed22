import path from 'node:path';
import { isScalar } from 'yaml';
import { parseYamlFile, type YamlDocument, type YamlFile } from '../yaml/documents.js';
import { nodeAtPath } from '../yaml/json-path.js';

/**
 * The repository as the promotion core sees it: a list of paths and a way to read one. The core
 * never walks a file system (`scan-repo.ts` does that at the edge), so tests and the git worktree
 * of a base ref can hand in the same shape.
 */
export interface RepoFiles {
  /** Paths relative to the repository root, with `/` separators. */
  files: readonly string[];
  read: (file: string) => string;
}

/** apiVersion, kind and name of a document, read from its scalars; empty strings when absent. */
export interface DocumentObject {
  apiVersion: string;
  kind: string;
  name: string;
}

export function isYamlPath(file: string): boolean {
  return file.endsWith('.yaml') || file.endsWith('.yml');
}

/** Whether `file` is `entry` itself or lies under the directory `entry`. */
export function isUnder(file: string, entry: string): boolean {
  if (entry === '' || entry === '.') return true;
  return file === entry || file.startsWith(`${entry}/`);
}

export const posix = path.posix;

/**
 * Each file parsed once per plan: detection, app discovery and field extraction all look at the
 * same documents, and node identity must be shared so that edits point at the nodes found.
 */
export class ParsedRepo {
  private readonly cache = new Map<string, YamlFile | undefined>();
  private readonly present: ReadonlySet<string>;

  constructor(readonly repo: RepoFiles) {
    this.present = new Set(repo.files);
  }

  has(file: string): boolean {
    return this.present.has(file);
  }

  text(file: string): string {
    return this.repo.read(file);
  }

  /** Undefined for a file that is not YAML or cannot be read. */
  yaml(file: string): YamlFile | undefined {
    if (this.cache.has(file)) return this.cache.get(file);
    let parsed: YamlFile | undefined;
    if (isYamlPath(file)) {
      try {
        parsed = parseYamlFile(file, this.repo.read(file));
      } catch {
        // An unreadable file is reported by the caller as a file without documents.
        parsed = undefined;
      }
    }
    this.cache.set(file, parsed);
    return parsed;
  }

  /** The documents of a file that parsed without errors; a half-parsed document is never edited. */
  documents(file: string): YamlDocument[] {
    return this.yaml(file)?.documents.filter((doc) => !doc.hasErrors && doc.document.contents !== null) ?? [];
  }
}

export function documentObject(doc: YamlDocument): DocumentObject {
  const read = (segments: string[]): string => {
    const node = nodeAtPath(doc.document, segments)?.node;
    return isScalar(node) && typeof node.value === 'string' ? node.value : '';
  };
  return { apiVersion: read(['apiVersion']), kind: read(['kind']), name: read(['metadata', 'name']) };
}

export function isHelmRelease(object: DocumentObject): boolean {
  return object.kind === 'HelmRelease' && object.apiVersion.startsWith('helm.toolkit.fluxcd.io/');
}

export function isArgoApplication(object: DocumentObject): boolean {
  return object.kind === 'Application' && object.apiVersion.startsWith('argoproj.io/');
}

export function isOciRepository(object: DocumentObject): boolean {
  return object.kind === 'OCIRepository' && object.apiVersion.startsWith('source.toolkit.fluxcd.io/');
}

export function isKustomizeConfig(object: DocumentObject): boolean {
  return object.kind === 'Kustomization' && object.apiVersion.startsWith('kustomize.config.k8s.io/');
}
