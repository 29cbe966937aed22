import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { GitopsError } from '../errors.js';
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import { type LoadedObject, loadObjects } from '../manifest/load-objects.js';
import { locationAt, parseYamlFile } from '../yaml/documents.js';
import { decodeKubernetes, type KubeValue, YamlDecodeError } from '../yaml/kubernetes-decode.js';
import {
  type FluxKustomization,
  isObject,
  objectListField,
  stringField,
  stringListField,
} from './flux-kustomization.js';

/** kustomize's `konfig.RecognizedKustomizationFileNames()`, in the order it looks for them. */
export const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

/** The kustomization kustomize-controller builds, and the file it writes it to. */
export interface GeneratedKustomization {
  /** The existing kustomization file, or `<dir>/kustomization.yaml` when the directory had none. */
  file: string;
  /** `created` when the directory had no kustomization file (fluxcd/pkg `CreatedAction`). */
  action: 'created' | 'unchanged';
  kustomization: KubeObject;
}

/** The kustomization file of `dir`, if any (a directory of that name does not count). */
export async function findKustomizationFile(dir: string): Promise<string | undefined> {
  for (const name of KUSTOMIZATION_FILE_NAMES) {
    const file = path.join(dir, name);
    if ((await stat(file).catch(() => undefined))?.isFile()) return file;
  }
  return undefined;
}

/**
 * fluxcd/pkg `Generator.GenerateManifest`: the directory's kustomization, or one listing its manifests,
 * with the Flux Kustomization's fields applied. `display` turns an absolute path into the one a
 * message should show (relative to the user's repository, not the temporary copy).
 */
export async function generateKustomization(
  dir: string,
  ks: FluxKustomization,
  display: (file: string) => string = (file) => file,
  onLoaded?: (file: string, objects: LoadedObject[]) => void,
): Promise<GeneratedKustomization> {
  const existing = await findKustomizationFile(dir);
  let generated: GeneratedKustomization;
  if (existing === undefined) {
    const resources = await scanManifests(dir, display, onLoaded);
    const kustomization: KubeObject = {
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
    };
    // An empty kustomization fails ("kustomization.yaml is empty"); the controller sets a namespace
    // nobody uses instead, so an empty directory builds to nothing.
    if (resources.length === 0) kustomization.namespace = '_placeholder';
    else kustomization.resources = resources;
    generated = { file: path.join(dir, 'kustomization.yaml'), action: 'created', kustomization };
  } else {
    const kustomization = await readKustomization(existing, display);
    // Same guard for a kustomization without resources (generators only, or nothing at all).
    const resources = kustomization.resources;
    if (!Array.isArray(resources) || resources.length === 0)
      kustomization.buildMetadata = ['originAnnotations'];
    generated = { file: existing, action: 'unchanged', kustomization };
  }
  await applyFluxFields(generated.kustomization, ks, dir);
  return generated;
}

/**
 * fluxcd/pkg `scanManifests`: every `.yaml`/`.yml` file below `dir`, in `filepath.Walk` order (names
 * sorted byte-wise), except that a subdirectory holding a kustomization file is one entry and is not
 * entered. A file that is not Kubernetes YAML fails the generation, as in the controller.
 * `onLoaded` receives each file's parsed manifests, so the caller need not parse them again.
 */
export async function scanManifests(
  dir: string,
  display: (file: string) => string,
  onLoaded?: (file: string, objects: LoadedObject[]) => void,
): Promise<string[]> {
  const found: string[] = [];
  const walk = async (current: string): Promise<void> => {
    const entries = (await readdir(current, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if ((await findKustomizationFile(full)) !== undefined) found.push(full);
        else await walk(full);
        continue;
      }
      const extension = path.extname(entry.name);
      if (extension !== '.yaml' && extension !== '.yml') continue;
      const loaded = loadObjects(display(full), await readFile(full, 'utf8'));
      const problem = loaded.diagnostics.find((diagnostic) => diagnostic.severity === 'error');
      if (problem !== undefined) {
        throw new GitopsError(`failed to decode Kubernetes YAML from ${display(full)}: ${problem.message}`, {
          location: problem.location,
          hint:
            'A directory without kustomization.yaml gets one listing every .yaml/.yml file in it; move ' +
            'files that are not Kubernetes objects elsewhere, or add a kustomization.yaml.',
        });
      }
      onLoaded?.(full, loaded.objects);
      found.push(full);
    }
  };
  await walk(dir);
  return found.map((file) => `./${path.relative(dir, file).split(path.sep).join('/')}`);
}

async function readKustomization(file: string, display: (file: string) => string): Promise<KubeObject> {
  const yaml = parseYamlFile(display(file), await readFile(file, 'utf8'));
  const error = yaml.diagnostics.find((diagnostic) => diagnostic.severity === 'error');
  if (error !== undefined) {
    throw new GitopsError(`invalid kustomization ${display(file)}: ${error.message}`, {
      location: error.location,
    });
  }
  const document = yaml.documents[0];
  let value: KubeValue = null;
  try {
    if (document)
      value = decodeKubernetes(document.document, (node) => locationAt(yaml, node.range?.[0] ?? 0));
  } catch (cause) {
    if (!(cause instanceof YamlDecodeError)) throw cause;
    throw new GitopsError(`invalid kustomization ${display(file)}: ${cause.message}`, {
      ...(cause.location ? { location: cause.location } : {}),
    });
  }
  if (value === null) return {};
  if (!isObject(value)) throw new GitopsError(`invalid kustomization ${display(file)}: not a mapping`);
  return value;
}

/** The Flux fields, in the order and with the merge rules of `GenerateManifest`. */
async function applyFluxFields(kustomization: KubeObject, ks: FluxKustomization, dir: string): Promise<void> {
  const { spec } = ks;
  for (const [field, target] of [
    ['targetNamespace', 'namespace'],
    ['namePrefix', 'namePrefix'],
    ['nameSuffix', 'nameSuffix'],
  ] as const) {
    const value = stringField(spec, field);
    if (value !== undefined) kustomization[target] = value;
  }
  const patches = objectListField(ks, 'patches').map((patch) =>
    withTarget({ patch: patch.patch ?? '' }, patch),
  );
  if (patches.length > 0) kustomization.patches = [...listOf(kustomization.patches), ...patches];

  const ignoreMissing = spec.ignoreMissingComponents === true;
  const components: string[] = [];
  for (const component of stringListField(ks, 'components')) {
    if (!isLocalRelativePath(component)) {
      throw new GitopsError(`component path '${component}' must be local and relative`, {
        ...(ks.location ? { location: ks.location } : {}),
      });
    }
    if (ignoreMissing && (await stat(path.join(dir, component)).catch(() => undefined)) === undefined)
      continue;
    components.push(component);
  }
  if (components.length > 0) kustomization.components = [...listOf(kustomization.components), ...components];

  // Fields of the v1beta2 API that v1 dropped; the generator still honours them when present.
  const strategic = objectListField(ks, 'patchesStrategicMerge').map((patch) => JSON.stringify(patch));
  if (strategic.length > 0) {
    kustomization.patchesStrategicMerge = [...listOf(kustomization.patchesStrategicMerge), ...strategic];
  }
  const json6902 = objectListField(ks, 'patchesJson6902').map((patch) =>
    withTarget({ patch: JSON.stringify(patch.patch ?? null) }, patch),
  );
  if (json6902.length > 0)
    kustomization.patchesJson6902 = [...listOf(kustomization.patchesJson6902), ...json6902];

  const images = listOf(kustomization.images).filter(isObject);
  for (const image of objectListField(ks, 'images')) mergeImage(images, image);
  if (images.length > 0) kustomization.images = images;

  const buildMetadata = stringListField(ks, 'buildMetadata');
  if (buildMetadata.length > 0) kustomization.buildMetadata = buildMetadata;
}

/**
 * An image the user's kustomization already lists is merged field by field: `newName` when given, and
 * `newTag`/`digest` as one unit (setting one clears the other), as fluxcd/pkg does to mirror
 * kustomize's image transformer. Other images are appended.
 */
function mergeImage(images: KubeObject[], image: KubeObject): void {
  const pick = (field: string) =>
    typeof image[field] === 'string' && image[field] !== '' ? image[field] : '';
  const existing = images.find((candidate) => candidate.name === image.name);
  if (existing === undefined) {
    const added: KubeObject = { name: typeof image.name === 'string' ? image.name : '' };
    for (const field of ['newName', 'newTag', 'digest']) if (pick(field) !== '') added[field] = pick(field);
    images.push(added);
    return;
  }
  if (pick('newName') !== '') existing.newName = pick('newName');
  if (pick('newTag') !== '' || pick('digest') !== '') {
    for (const field of ['newTag', 'digest']) {
      if (pick(field) === '') delete existing[field];
      else existing[field] = pick(field);
    }
  }
}

/** fluxcd/pkg `adaptSelector`: the selector fields kustomize knows, copied by name. */
function withTarget(result: KubeObject, patch: KubeObject): KubeObject {
  if (!isObject(patch.target)) return result;
  const target: KubeObject = {};
  for (const field of [
    'group',
    'version',
    'kind',
    'name',
    'namespace',
    'labelSelector',
    'annotationSelector',
  ]) {
    const value = patch.target[field];
    if (typeof value === 'string' && value !== '') target[field] = value;
  }
  result.target = target;
  return result;
}

const listOf = (value: KubeValue | undefined): KubeValue[] => (Array.isArray(value) ? value : []);

/** fluxcd/pkg `IsLocalRelativePath`: no remote prefixes, no absolute paths (with or without `file://`). */
export function isLocalRelativePath(value: string): boolean {
  const lower = value.toLowerCase();
  for (const prefix of [
    'git::',
    'gh:',
    'ssh://',
    'https://',
    'http://',
    'git@',
    'github.com:',
    'github.com/',
  ]) {
    if (prefix.length < value.length && lower.startsWith(prefix)) return false;
  }
  return !path.isAbsolute(value) && !path.isAbsolute(lower.replace(/^file:\/\//, ''));
}
