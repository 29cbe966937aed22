import { GitopsError } from '../errors.js';
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import type { KubeValue } from '../yaml/kubernetes-decode.js';
import { boolField, isObject, listField, nonEmptyString, objectField } from './model.js';

/**
 * util/kustomize `Build`: Argo CD turns a source's `kustomize` block into `kustomize edit` commands run
 * in its checkout (nameprefix, namesuffix, images, replicas, labels, annotations, namespace, then
 * patches written into the file, then components) before `kustomize build`. This is the effect of those
 * commands on the kustomization, computed without running them: the render writes the result into its
 * private copy. `componentExists` answers for `ignoreMissingComponents`, relative to the kustomization.
 */
export function applyKustomizeEdits(
  kustomization: KubeObject,
  edits: KubeObject,
  componentExists: (component: string) => boolean,
): KubeObject {
  const result: KubeObject = { ...kustomization };
  const prefix = nonEmptyString(edits, 'namePrefix');
  if (prefix !== undefined) result.namePrefix = prefix;
  const suffix = nonEmptyString(edits, 'nameSuffix');
  if (suffix !== undefined) result.nameSuffix = suffix;
  const images = listField(edits, 'images').filter((image): image is string => typeof image === 'string');
  if (images.length > 0) result.images = setImages(listField(result, 'images'), images);
  const replicas = listField(edits, 'replicas').filter(isObject);
  if (replicas.length > 0) result.replicas = setReplicas(listField(result, 'replicas'), replicas);
  const labels = stringMap(objectField(edits, 'commonLabels'));
  if (Object.keys(labels).length > 0) addLabels(result, labels, edits);
  const annotations = stringMap(objectField(edits, 'commonAnnotations'));
  if (Object.keys(annotations).length > 0) {
    result.commonAnnotations = addMetadata(
      objectField(result, 'commonAnnotations') ?? {},
      annotations,
      boolField(edits, 'forceCommonAnnotations'),
      'annotation',
    );
  }
  const namespace = nonEmptyString(edits, 'namespace');
  if (namespace !== undefined) result.namespace = namespace;
  const patches = listField(edits, 'patches');
  if (patches.length > 0) result.patches = [...listField(result, 'patches'), ...patches];
  const components = listField(edits, 'components')
    .filter((component): component is string => typeof component === 'string')
    .filter((component) => !boolField(edits, 'ignoreMissingComponents') || componentExists(component));
  if (components.length > 0) {
    const existing = listField(result, 'components');
    result.components = [...existing, ...components.filter((component) => !existing.includes(component))];
  }
  return result;
}

function stringMap(value: KubeObject | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, item] of Object.entries(value ?? {}))
    result[key] = typeof item === 'string' ? item : String(item);
  return result;
}

/** `kustomize edit add label`: `commonLabels`, or with `labelWithoutSelector` a `labels` entry. */
function addLabels(result: KubeObject, labels: Record<string, string>, edits: KubeObject): void {
  if (boolField(edits, 'labelWithoutSelector')) {
    const entry: KubeObject = { pairs: labels };
    if (boolField(edits, 'labelIncludeTemplates')) entry.includeTemplates = true;
    result.labels = [...listField(result, 'labels'), entry];
    return;
  }
  result.commonLabels = addMetadata(
    objectField(result, 'commonLabels') ?? {},
    labels,
    boolField(edits, 'forceCommonLabels'),
    'label',
  );
}

/** addmetadata `writeToMap`: an existing key is an error unless `--force`. */
function addMetadata(
  existing: KubeObject,
  added: Record<string, string>,
  force: boolean,
  kind: 'label' | 'annotation',
): KubeObject {
  const result: KubeObject = { ...existing };
  for (const [key, value] of Object.entries(added)) {
    if (key in result && !force) {
      throw new GitopsError(
        `kustomize edit: ${kind} ${key} already in kustomization file. Use --force to override.`,
        {
          hint: `Set kustomize.forceCommon${kind === 'label' ? 'Labels' : 'Annotations'}: true to let the Application win.`,
        },
      );
    }
    result[key] = value;
  }
  return result;
}

/**
 * `kustomize edit set image`: each argument replaces the entry of the same name (`*` as new name or
 * tag keeps the existing one), other entries stay, and the list is sorted by name.
 */
function setImages(existing: KubeValue[], args: readonly string[]): KubeObject[] {
  const byName = new Map<string, KubeObject>();
  for (const image of existing.filter(isObject)) byName.set(String(image.name ?? ''), image);
  for (const arg of args) {
    const image = parseImageArg(arg);
    const name = String(image.name);
    const previous = byName.get(name);
    if (image.newName === '*') {
      if (previous?.newName !== undefined) image.newName = previous.newName;
      else delete image.newName;
    }
    if (image.newTag === '*') {
      if (previous?.newTag !== undefined) image.newTag = previous.newTag;
      else delete image.newTag;
    }
    byName.set(name, image);
  }
  return [...byName.values()].sort((a, b) => (String(a.name) < String(b.name) ? -1 : 1));
}

/** setimage `parse`: `name=newName[:tag|@digest]`, or `name:tag`, or `name@digest`. */
export function parseImageArg(arg: string): KubeObject {
  const parts = arg.split('=');
  if (parts.length === 2) {
    const overwrite = parseOverwrite(parts[1] as string, true, arg);
    const image: KubeObject = { name: parts[0] as string };
    if (overwrite.name) image.newName = overwrite.name;
    if (overwrite.tag) image.newTag = overwrite.tag;
    if (overwrite.digest) image.digest = overwrite.digest;
    return image;
  }
  const overwrite = parseOverwrite(arg, false, arg);
  const image: KubeObject = { name: overwrite.name };
  if (overwrite.tag) image.newTag = overwrite.tag;
  if (overwrite.digest) image.digest = overwrite.digest;
  return image;
}

function parseOverwrite(
  text: string,
  allowNameOnly: boolean,
  arg: string,
): { name: string; tag?: string; digest?: string } {
  const at = text.split('@');
  if (at.length > 1) return { name: at[0] as string, digest: at[1] as string };
  const tagged = /^(.*):([a-zA-Z0-9._-]*|\*)$/.exec(text);
  if (tagged) return { name: tagged[1] as string, tag: tagged[2] as string };
  if (text.length > 0 && allowNameOnly) return { name: text };
  throw new GitopsError(`kustomize edit set image ${arg}: image argument has no tag or digest to set`);
}

/** `kustomize edit set replicas name=count`: replaces the entry of that name or appends. */
function setReplicas(existing: KubeValue[], replicas: readonly KubeObject[]): KubeObject[] {
  const result = existing.filter(isObject).map((entry) => ({ ...entry }));
  for (const replica of replicas) {
    const name = String(replica.name ?? '');
    // intstr `GetIntCount`: an integer, or a string strconv.Atoi accepts.
    const text = String(replica.count ?? '');
    const count = /^[+-]?\d+$/.test(text) ? Number.parseInt(text, 10) : Number.NaN;
    if (!Number.isInteger(count))
      throw new GitopsError(`kustomize replicas ${name}: count ${replica.count} is not an integer`);
    const entry = { name, count };
    const index = result.findIndex((candidate) => candidate.name === name);
    if (index === -1) result.push(entry);
    else result[index] = entry;
  }
  return result;
}
