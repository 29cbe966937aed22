import { glob, stat } from 'node:fs/promises';
import path from 'node:path';
import { GitopsError } from '../errors.js';
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import { type BuildEnv, envsubst } from './build-env.js';
import { boolField, isObject, listField, nonEmptyString, objectField, stringField } from './model.js';
import type { FileRef, HelmUnit } from './render-unit.js';

/** Where a Helm source's relative files resolve: the chart in this repository, or a remote chart. */
export interface HelmSourceContext {
  repoRoot: string;
  sourceIndex: number;
  chart: HelmUnit['chart'];
  /** `$name` → whether that ref source is this repository (`false`: another repository we cannot read). */
  refs: ReadonlyMap<string, boolean>;
  appName: string;
  destinationNamespace: string;
  env: BuildEnv;
}

/** repo-server's default `valuesFileSchemes`: value files may be https or http URLs. */
const URL_SCHEMES = new Set(['https', 'http']);

/**
 * reposerver `helmTemplate`: the options `helm template` gets for one Helm source. Value files resolve
 * relative to the chart (an absolute path relative to the repository root), `$ref/...` against the
 * named source, globs expand in lexical order with explicit entries keeping their own position.
 */
export async function planHelmSource(source: KubeObject, context: HelmSourceContext): Promise<HelmUnit> {
  const helm = objectField(source, 'helm') ?? {};
  const unit: HelmUnit = {
    type: 'helm',
    sourceIndex: context.sourceIndex,
    chart: context.chart,
    releaseName: nonEmptyString(helm, 'releaseName') ?? context.appName,
    namespace: nonEmptyString(helm, 'namespace') ?? context.destinationNamespace,
    valueFiles: await resolveValueFiles(
      listField(helm, 'valueFiles').filter((file): file is string => typeof file === 'string'),
      boolField(helm, 'ignoreMissingValueFiles'),
      context,
    ),
    set: [],
    setString: [],
    setFile: [],
    skipCrds: boolField(helm, 'skipCrds'),
    skipTests: boolField(helm, 'skipTests'),
    skipSchemaValidation: boolField(helm, 'skipSchemaValidation'),
  };
  // ValuesYAML(): valuesObject wins over values; JSON is YAML, and helm reads it the same way.
  if (isObject(helm.valuesObject)) unit.values = JSON.stringify(helm.valuesObject);
  else if (nonEmptyString(helm, 'values') !== undefined) unit.values = stringField(helm, 'values');
  // Set and SetString are Go maps: a repeated name keeps its last value.
  const set = new Map<string, string>();
  const setString = new Map<string, string>();
  for (const parameter of listField(helm, 'parameters').filter(isObject)) {
    const name = stringField(parameter, 'name') ?? '';
    const value = envsubst(scalarText(parameter.value), context.env);
    (parameter.forceString === true ? setString : set).set(name, value);
  }
  unit.set = [...set];
  unit.setString = [...setString];
  const setFile = new Map<string, FileRef>();
  for (const parameter of listField(helm, 'fileParameters').filter(isObject)) {
    setFile.set(
      stringField(parameter, 'name') ?? '',
      resolveFile(stringField(parameter, 'path') ?? '', context),
    );
  }
  unit.setFile = [...setFile];
  const kubeVersion = nonEmptyString(helm, 'kubeVersion');
  if (kubeVersion !== undefined) unit.kubeVersion = kubeVersion;
  const apiVersions = listField(helm, 'apiVersions').filter((v): v is string => typeof v === 'string');
  if (apiVersions.length > 0) unit.apiVersions = apiVersions;
  return unit;
}

function scalarText(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

async function resolveValueFiles(
  raw: readonly string[],
  ignoreMissing: boolean,
  context: HelmSourceContext,
): Promise<FileRef[]> {
  const resolved = raw.map((file) => ({ raw: file, ref: resolveFile(file, context) }));
  const key = (ref: FileRef) => (ref.kind === 'url' ? `url:${ref.url}` : `${ref.kind}:${ref.path}`);
  const explicit = new Set(resolved.filter(({ ref }) => !isGlobRef(ref)).map(({ ref }) => key(ref)));
  const result: FileRef[] = [];
  const seen = new Set<string>();
  const add = (ref: FileRef) => {
    if (seen.has(key(ref))) return;
    seen.add(key(ref));
    result.push(ref);
  };
  for (const { raw: file, ref } of resolved) {
    if (ref.kind === 'url') {
      add(ref);
      continue;
    }
    if (ref.kind === 'repository' && isGlobRef(ref)) {
      const matches: string[] = [];
      for await (const match of glob(ref.path, { cwd: context.repoRoot }))
        matches.push(match.split(path.sep).join('/'));
      matches.sort();
      if (matches.length === 0) {
        if (ignoreMissing) continue;
        throw new GitopsError(`values file glob "${file}" matched no files`);
      }
      for (const match of matches) {
        const matched: FileRef = { kind: 'repository', path: match };
        if (!explicit.has(key(matched))) add(matched);
      }
      continue;
    }
    if (ref.kind === 'repository' && !(await exists(path.join(context.repoRoot, ref.path)))) {
      if (ignoreMissing) continue;
      throw new GitopsError(`values file ${ref.path} (valueFiles entry "${file}") does not exist`, {
        hint: 'valueFiles are relative to the chart directory; set ignoreMissingValueFiles to skip missing ones.',
      });
    }
    add(ref);
  }
  return result;
}

const isGlobRef = (ref: FileRef): boolean => ref.kind !== 'url' && /[*?[]/.test(ref.path);

/**
 * `getResolvedRefValueFile` / `ResolveValueFilePathOrUrl`: a `$ref/...` path is relative to the named
 * source's root; an http(s) URL is passed to Helm; a relative path is relative to the chart and an
 * absolute one to the repository root, and neither may leave the repository.
 */
function resolveFile(raw: string, context: HelmSourceContext): FileRef {
  const refName = raw.startsWith('$') ? raw.split('/')[0] : undefined;
  const refIsThisRepo = refName === undefined ? undefined : context.refs.get(refName);
  if (refName !== undefined && refIsThisRepo !== undefined) {
    if (!refIsThisRepo) {
      throw new GitopsError(`${raw} refers to source ${refName}, which is not this repository`);
    }
    const rest = envsubst(raw.slice(refName.length), context.env);
    return { kind: 'repository', path: withinRoot(rest.replace(/^\/+/, ''), '', raw) };
  }
  const file = envsubst(raw, context.env);
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(file)?.[1];
  if (scheme !== undefined) {
    if (URL_SCHEMES.has(scheme.toLowerCase())) return { kind: 'url', url: file };
    throw new GitopsError(`the URL scheme '${scheme}' is not allowed (value file ${raw})`);
  }
  if (context.chart.kind === 'remote') {
    if (path.posix.isAbsolute(file)) throw new GitopsError(`${raw}: an absolute path in a remote chart`);
    return { kind: 'chart', path: withinRoot(file, '', raw) };
  }
  const base = path.posix.isAbsolute(file) ? '' : context.chart.path;
  return { kind: 'repository', path: withinRoot(file.replace(/^\/+/, ''), base, raw) };
}

function withinRoot(file: string, base: string, raw: string): string {
  const joined = path.posix.normalize(path.posix.join(base, file));
  if (joined === '..' || joined.startsWith('../')) {
    throw new GitopsError(`value file ${raw} resolves outside the repository root`);
  }
  return joined === '.' ? '' : joined;
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined)) !== undefined;
}
