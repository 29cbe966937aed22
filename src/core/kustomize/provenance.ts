import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import { type LoadedObject, loadObjects } from '../manifest/load-objects.js';
import { isObject } from './flux-kustomization.js';

/** kustomize's `buildMetadata: [originAnnotations]` annotation. */
export const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';

/** Where a built object came from. Paths are relative to the repository root, with `/`. */
export interface ObjectOrigin {
  file: string;
  /** The line where the object's document starts, when the object was written by hand. */
  line?: number;
  /** Set for objects a kustomize generator made (`ConfigMapGenerator`, `SecretGenerator`, …). */
  generatedBy?: string;
}

/**
 * Turns kustomize's origin annotations into repository file:line. The annotation's paths are relative
 * to the directory that was built (inside the workspace copy); `toOriginal` maps a copied path back to
 * the user's file. Source files are read once each.
 */
export class OriginResolver {
  private readonly files = new Map<string, Promise<LoadedObject[]>>();

  constructor(
    private readonly repoRoot: string,
    private readonly toOriginal: (copied: string) => string,
  ) {}

  /** The repository-relative form of a path inside the copy. */
  display(copied: string): string {
    const relative = path.relative(this.repoRoot, this.toOriginal(copied));
    return relative.split(path.sep).join('/') || '.';
  }

  /**
   * The origin of `object` built from `builtDir`. Objects without a usable annotation (from a remote
   * base, or when kustomize gives none) fall back to the built directory.
   */
  async resolve(object: KubeObject, builtDir: string): Promise<ObjectOrigin> {
    const fallback: ObjectOrigin = { file: this.display(builtDir) };
    const annotation = originAnnotation(object);
    if (annotation === undefined) return fallback;
    let origin: unknown;
    try {
      origin = parse(annotation);
    } catch {
      return fallback;
    }
    if (origin === null || typeof origin !== 'object') return fallback;
    const { path: file, repo, configuredIn, configuredBy } = origin as Record<string, unknown>;
    if (repo !== undefined) return fallback;
    if (typeof configuredIn === 'string') {
      const kind = (configuredBy as { kind?: unknown } | undefined)?.kind;
      return {
        file: this.display(path.resolve(builtDir, configuredIn)),
        ...(typeof kind === 'string' ? { generatedBy: kind } : {}),
      };
    }
    if (typeof file !== 'string') return fallback;
    const copied = path.resolve(builtDir, file);
    const line = findDocument(await this.manifestsOf(copied), object)?.provenance.line;
    return { file: this.display(copied), ...(line === undefined ? {} : { line }) };
  }

  /** Objects already parsed from `copied` (with `display(copied)` as their file name). */
  remember(copied: string, objects: LoadedObject[]): void {
    this.files.set(copied, Promise.resolve(objects));
  }

  private manifestsOf(copied: string): Promise<LoadedObject[]> {
    let pending = this.files.get(copied);
    if (pending === undefined) {
      pending = readFile(copied, 'utf8')
        .then((text) => loadObjects(this.display(copied), text).objects)
        .catch(() => []);
      this.files.set(copied, pending);
    }
    return pending;
  }
}

export function originAnnotation(object: KubeObject): string | undefined {
  const metadata = isObject(object.metadata) ? object.metadata : {};
  const annotations = isObject(metadata.annotations) ? metadata.annotations : {};
  const value = annotations[ORIGIN_ANNOTATION];
  return typeof value === 'string' ? value : undefined;
}

/** Removes the annotation we asked kustomize for, and an `annotations` map it leaves empty. */
export function stripOriginAnnotation(object: KubeObject): void {
  const metadata = object.metadata;
  if (!isObject(metadata) || !isObject(metadata.annotations)) return;
  delete metadata.annotations[ORIGIN_ANNOTATION];
  if (Object.keys(metadata.annotations).length === 0) delete metadata.annotations;
}

/**
 * The document of a file an object was built from. kustomize may have renamed it (prefix, suffix,
 * namespace), so: the same kind and name, else the same kind whose name the built name contains
 * (the longest such), else the only document of that kind.
 */
function findDocument(manifests: LoadedObject[], object: KubeObject): LoadedObject | undefined {
  const metadata = isObject(object.metadata) ? object.metadata : {};
  const name = typeof metadata.name === 'string' ? metadata.name : '';
  const sameKind = manifests.filter((manifest) => manifest.identity.kind === object.kind);
  const exact = sameKind.find((manifest) => manifest.identity.name === name);
  if (exact) return exact;
  const containing = sameKind
    .filter((manifest) => manifest.identity.name !== '' && name.includes(manifest.identity.name))
    .sort((a, b) => b.identity.name.length - a.identity.name.length);
  if (containing[0]) return containing[0];
  return sameKind.length === 1 ? sameKind[0] : undefined;
}
