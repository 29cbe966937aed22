/**
 * What hand-written kustomize input says beyond its objects. When the rules see a repository as
 * written (not rendered), a `kustomization.yaml` is itself an input object: its generators declare
 * ConfigMaps and Secrets that exist only after `kustomize build`, and its patches name files that
 * look like objects but are partial edits of other objects.
 */
import path from 'node:path';
import { asList, asMap, asString, KUSTOMIZE_CONFIG_GROUP, memoized } from './kube-values.js';
import type { RuleObject } from './types.js';

/** An object a generator will create: kind, and the name as written, before kustomize's hash suffix. */
export interface GeneratedObject {
  kind: 'ConfigMap' | 'Secret';
  name: string;
  /** The generator's own namespace, else its kustomization's `namespace`; undefined when neither says. */
  namespace?: string;
  generator: RuleObject;
}

export function isKustomizeConfig(object: RuleObject): boolean {
  return object.identity.apiVersion.startsWith(KUSTOMIZE_CONFIG_PREFIX);
}

const KUSTOMIZE_CONFIG_PREFIX = `${KUSTOMIZE_CONFIG_GROUP}/`;

/**
 * ConfigMaps and Secrets declared by `configMapGenerator` and `secretGenerator`. kustomize appends
 * `-<hash>` to their names and, through its name references (and `configurations` such as
 * examples/fleet's kustomizeconfig.yaml), rewrites the references to match; in hand-written input
 * both sides still carry the name as written, so that is the name that resolves.
 */
export function generatedObjects(objects: readonly RuleObject[]): GeneratedObject[] {
  const generated: GeneratedObject[] = [];
  for (const object of objects) {
    if (!isKustomizeConfig(object)) continue;
    const defaultNamespace = asString(object.object.namespace);
    for (const [field, kind] of [
      ['configMapGenerator', 'ConfigMap'],
      ['secretGenerator', 'Secret'],
    ] as const) {
      for (const entry of asList(object.object[field])) {
        const map = asMap(entry);
        const name = asString(map?.name);
        if (map === undefined || name === undefined) continue;
        const namespace = asString(map.namespace) ?? defaultNamespace;
        generated.push({ kind, name, generator: object, ...(namespace === undefined ? {} : { namespace }) });
      }
    }
  }
  return generated;
}

/**
 * Files a kustomization uses as patches (`patches[].path`, the legacy `patchesStrategicMerge` and
 * `patchesJson6902[].path`), resolved against the kustomization's directory. A strategic-merge patch
 * names the object it edits with a full identity, so read as an object it would be a duplicate with
 * no chart source, no containers and no data: it must not be judged as one.
 */
export function patchFiles(objects: readonly RuleObject[]): ReadonlySet<string> {
  return memoized(patchFilesOf, patchFilesUncached, objects);
}

const patchFilesOf = new WeakMap<readonly RuleObject[], ReadonlySet<string>>();

function patchFilesUncached(objects: readonly RuleObject[]): Set<string> {
  const files = new Set<string>();
  for (const object of objects) {
    if (!isKustomizeConfig(object)) continue;
    const dir = path.posix.dirname(object.location.file.replaceAll('\\', '/'));
    const add = (relative: string | undefined) => {
      // An inline patch is YAML text, not a path.
      if (relative === undefined || relative.includes('\n')) return;
      files.add(path.posix.normalize(path.posix.join(dir, relative)));
    };
    for (const entry of asList(object.object.patches)) add(asString(asMap(entry)?.path));
    for (const entry of asList(object.object.patchesStrategicMerge)) add(asString(entry));
    for (const entry of asList(object.object.patchesJson6902)) add(asString(asMap(entry)?.path));
  }
  return files;
}

/** The objects that are applied: neither kustomize's configuration nor a file it uses as a patch. */
export function appliedObjects(objects: readonly RuleObject[]): readonly RuleObject[] {
  return memoized(appliedObjectsOf, appliedObjectsUncached, objects);
}

const appliedObjectsOf = new WeakMap<readonly RuleObject[], readonly RuleObject[]>();

function appliedObjectsUncached(objects: readonly RuleObject[]): RuleObject[] {
  const patches = patchFiles(objects);
  if (patches.size === 0) return objects.filter((object) => !isKustomizeConfig(object));
  return objects.filter((object) => !isKustomizeConfig(object) && !patches.has(normalizedFile(object)));
}

/** The strategic-merge patches among `objects`, in input order (later patches apply later). */
export function patchObjects(objects: readonly RuleObject[]): RuleObject[] {
  const patches = patchFiles(objects);
  return objects.filter((object) => !isKustomizeConfig(object) && patches.has(normalizedFile(object)));
}

function normalizedFile(object: RuleObject): string {
  return path.posix.normalize(object.location.file.replaceAll('\\', '/'));
}
