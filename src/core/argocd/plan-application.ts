import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { GitopsError } from '../errors.js';
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import type { KubeValue } from '../yaml/kubernetes-decode.js';
import { type BuildEnv, buildEnv, envsubst } from './build-env.js';
import { planHelmSource } from './helm-source.js';
import {
  type Application,
  boolField,
  describeApplication,
  isObject,
  nonEmptyString,
  normalizeRepoURL,
  objectField,
  stringField,
} from './model.js';
import type { ApplicationPlan, KustomizeUnit, RenderUnit } from './render-unit.js';
import { decodeEmbeddedYaml } from './yaml-value.js';

export interface PlanOptions {
  repoRoot: string;
  /** This repository's URL; omitted, every Git source (one without `chart`) is taken to be this repository. */
  repoURL?: string;
}

const SOURCE_TYPES = ['kustomize', 'helm', 'directory', 'plugin'] as const;
type SourceType = 'Helm' | 'Kustomize' | 'Directory' | 'Plugin';

/**
 * The render units of an Application, one per deployed source, as repo-server's `GenerateManifests`
 * decides them: in a multi-source Application a source with `ref` and neither `path` nor `chart` only
 * lends its files to `$ref/...` paths; a `chart` source is Helm; a Git source is of its explicit type
 * (one of `helm`, `kustomize`, `directory`, `plugin`), or else of the type its directory shows.
 */
export async function planApplication(app: Application, options: PlanOptions): Promise<ApplicationPlan> {
  const spec = objectField(app.object, 'spec') ?? {};
  const multiple = Array.isArray(spec.sources) && spec.sources.length > 0;
  const sources = (multiple ? (spec.sources as KubeValue[]) : [spec.source]).filter(isObject);
  const plan: ApplicationPlan = { application: app, units: [], unsupported: [] };
  const report = (feature: string, message: string) =>
    plan.unsupported.push({
      feature,
      message: `${describeApplication(app)}: ${message}`,
      location: app.location,
    });
  const fail = (message: string, cause?: unknown) =>
    new GitopsError(`${describeApplication(app)}: ${message}`, {
      location: app.location,
      ...(cause === undefined ? {} : { cause }),
    });
  if (sources.length === 0) throw fail('spec.source or spec.sources is required');

  const isThisRepo = (repoURL: string) =>
    options.repoURL === undefined || normalizeRepoURL(repoURL) === normalizeRepoURL(options.repoURL);
  // Argo CD builds refSources only for multi-source Applications.
  const refs = new Map<string, boolean>();
  if (multiple) {
    for (const source of sources) {
      const ref = nonEmptyString(source, 'ref');
      if (ref !== undefined) refs.set(`$${ref}`, isThisRepo(stringField(source, 'repoURL') ?? ''));
    }
  }
  const destination = objectField(spec, 'destination') ?? {};
  const destinationNamespace = stringField(destination, 'namespace') ?? '';

  for (const [sourceIndex, original] of sources.entries()) {
    const repoURL = stringField(original, 'repoURL') ?? '';
    const chart = nonEmptyString(original, 'chart');
    const sourcePath = stringField(original, 'path') ?? '';
    if (
      multiple &&
      sourcePath === '' &&
      chart === undefined &&
      nonEmptyString(original, 'ref') !== undefined
    ) {
      continue;
    }
    const env = buildEnv({
      appName: app.name,
      namespace: destinationNamespace,
      project: stringField(spec, 'project') ?? '',
      repoURL,
      path: sourcePath,
      targetRevision: stringField(original, 'targetRevision') ?? '',
    });
    try {
      if (chart !== undefined) {
        const request = { repoURL, chart, version: stringField(original, 'targetRevision') ?? '' };
        plan.units.push(
          await planHelmSource(original, {
            repoRoot: options.repoRoot,
            sourceIndex,
            chart: { kind: 'remote', request },
            refs,
            appName: app.name,
            destinationNamespace,
            env,
          }),
        );
        continue;
      }
      if (repoURL.startsWith('oci://')) {
        report('source:oci', `source ${sourceIndex} is an OCI artifact (${repoURL}), which is not supported`);
        continue;
      }
      if (!isThisRepo(repoURL)) {
        report('source:other-repository', `source ${sourceIndex} is ${repoURL}, not this repository`);
        continue;
      }
      const appPath = await resolveAppPath(options.repoRoot, sourcePath);
      const source = await mergeSourceParameters(original, path.join(options.repoRoot, appPath), app.name);
      const type = explicitType(source) ?? (await discoverType(path.join(options.repoRoot, appPath)));
      const unit = await planGitSource(type, source, sourceIndex, appPath, env, {
        repoRoot: options.repoRoot,
        refs,
        appName: app.name,
        destinationNamespace,
      });
      if (unit === undefined)
        report('source:plugin', `source ${sourceIndex} uses a config management plugin`);
      else plan.units.push(unit);
    } catch (error) {
      if (!(error instanceof GitopsError)) throw error;
      throw fail(`source ${sourceIndex}: ${error.message}`, error);
    }
  }
  return plan;
}

async function planGitSource(
  type: SourceType,
  source: KubeObject,
  sourceIndex: number,
  appPath: string,
  env: BuildEnv,
  context: { repoRoot: string; refs: Map<string, boolean>; appName: string; destinationNamespace: string },
): Promise<RenderUnit | undefined> {
  switch (type) {
    case 'Helm':
      return planHelmSource(source, {
        ...context,
        sourceIndex,
        chart: { kind: 'repository', path: appPath },
        env,
      });
    case 'Kustomize':
      return kustomizeUnit(source, sourceIndex, appPath, env);
    case 'Directory': {
      const directory = objectField(source, 'directory') ?? {};
      const include = nonEmptyString(directory, 'include');
      const exclude = nonEmptyString(directory, 'exclude');
      return {
        type: 'directory',
        sourceIndex,
        path: appPath,
        recurse: boolField(directory, 'recurse'),
        disableExtensionFilter: boolField(directory, 'disableExtensionFilter'),
        ...(include === undefined ? {} : { include }),
        ...(exclude === undefined ? {} : { exclude }),
      };
    }
    case 'Plugin':
      return undefined;
  }
}

/** The `kustomize` block with envsubst where util/kustomize applies it: images, label values, opted-in annotations. */
function kustomizeUnit(
  source: KubeObject,
  sourceIndex: number,
  appPath: string,
  env: BuildEnv,
): KustomizeUnit {
  const kustomize: KubeObject = { ...(objectField(source, 'kustomize') ?? {}) };
  if (Array.isArray(kustomize.images)) {
    kustomize.images = kustomize.images.map((image) =>
      typeof image === 'string' ? envsubst(image, env) : image,
    );
  }
  const substituted = (field: string) => {
    const map = objectField(kustomize, field);
    if (map === undefined) return;
    kustomize[field] = Object.fromEntries(
      Object.entries(map).map(([key, value]) => [
        key,
        typeof value === 'string' ? envsubst(value, env) : value,
      ]),
    );
  };
  substituted('commonLabels');
  if (kustomize.commonAnnotationsEnvsubst === true) substituted('commonAnnotations');
  return { type: 'kustomize', sourceIndex, path: appPath, kustomize };
}

/** `ApplicationSource.ExplicitType`: the one type block present; two or more is an error. */
function explicitType(source: KubeObject): SourceType | undefined {
  const present = SOURCE_TYPES.filter((type) => isObject(source[type]));
  if (present.length > 1) throw new GitopsError(`multiple application sources defined: ${present.join(',')}`);
  const type = present[0];
  if (type === undefined) return undefined;
  return `${type[0]?.toUpperCase()}${type.slice(1)}` as SourceType;
}

/**
 * util/app/discovery `AppType`: a file ending in `Chart.yaml` at the top of the path makes it Helm, a
 * kustomization file makes it Kustomize (and wins, coming later in the walk), anything else is a
 * plain directory of manifests.
 */
async function discoverType(dir: string): Promise<SourceType> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => !entry.isDirectory())
    .map((entry) => entry.name);
  if (names.some((name) => ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].includes(name))) {
    return 'Kustomize';
  }
  return names.some((name) => name.endsWith('Chart.yaml')) ? 'Helm' : 'Directory';
}

async function resolveAppPath(repoRoot: string, sourcePath: string): Promise<string> {
  const relative = path.posix.normalize(sourcePath.replace(/^\/+/, '') || '.');
  if (relative === '..' || relative.startsWith('../')) {
    throw new GitopsError(`path ${sourcePath} is outside the repository root`);
  }
  const appPath = relative === '.' ? '' : relative;
  if (!(await stat(path.join(repoRoot, appPath)).catch(() => undefined))?.isDirectory()) {
    throw new GitopsError(`app path does not exist: ${sourcePath}`, {
      hint: 'spec.source.path is relative to the root of the repository.',
    });
  }
  return appPath;
}

/**
 * reposerver `mergeSourceParameters`: `.argocd-source.yaml`, then `.argocd-source-<app>.yaml`, in the
 * source's directory, merged into the source as JSON merge patches (how Argo CD Image Updater writes
 * back). `repoURL`, `path`, `chart` and `targetRevision` cannot be overridden.
 */
async function mergeSourceParameters(source: KubeObject, dir: string, appName: string): Promise<KubeObject> {
  let merged: KubeObject = source;
  for (const name of ['.argocd-source.yaml', `.argocd-source-${appName}.yaml`]) {
    const text = await readFile(path.join(dir, name), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const patch = decodeEmbeddedYaml(name, text);
    if (isObject(patch)) merged = mergePatch(merged, patch);
  }
  if (merged === source) return source;
  const result: KubeObject = { ...merged };
  for (const field of ['chart', 'path', 'repoURL', 'targetRevision']) {
    if (source[field] === undefined) delete result[field];
    else result[field] = source[field] ?? null;
  }
  return result;
}

function mergePatch(target: KubeObject, patch: KubeObject): KubeObject {
  const result: KubeObject = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else if (isObject(value)) result[key] = mergePatch(objectField(result, key) ?? {}, value);
    else result[key] = value;
  }
  return result;
}
