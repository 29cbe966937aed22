import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { GitopsError } from '../errors.js';
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import type { KubeValue } from '../yaml/kubernetes-decode.js';
import { type Params, replaceTemplate, type TemplateMode } from './appset-template.js';
import { goPathMatch } from './glob.js';
import { isObject, listField, normalizeRepoURL, stringField } from './model.js';
import { decodeEmbeddedYaml } from './yaml-value.js';

/** The generators Argo CD knows (ApplicationSetGenerator's fields); `selector` is not one. */
export const GENERATOR_KINDS = [
  'list',
  'clusters',
  'git',
  'scmProvider',
  'clusterDecisionResource',
  'pullRequest',
  'matrix',
  'merge',
  'plugin',
] as const;

export interface GeneratorContext {
  mode: TemplateMode;
  repoRoot: string;
  /** This repository's URL; undefined means every Git URL is taken to be this repository. */
  repoURL: string | undefined;
}

/** A generator we cannot expand: the message says why. */
export class UnsupportedGenerator extends GitopsError {
  override readonly name = 'UnsupportedGenerator';
  constructor(
    readonly feature: string,
    message: string,
  ) {
    super(message);
  }
}

/** applicationset/generators `ListGenerator.GenerateParams`. */
export function listGeneratorParams(list: KubeObject, mode: TemplateMode): Params[] {
  const result: Params[] = [];
  for (const element of listField(list, 'elements')) {
    if (!isObject(element)) throw new GitopsError('error unmarshling list element: not an object');
    if (mode.goTemplate) {
      result.push({ ...element });
      continue;
    }
    // fasttemplate parameters are flat strings; a nested `values` map becomes `values.<key>`.
    const params: Params = {};
    for (const [key, value] of Object.entries(element)) {
      if (key === 'values') {
        if (!isObject(value)) throw new GitopsError('error parsing values map');
        for (const [name, item] of Object.entries(value)) {
          if (typeof item !== 'string')
            throw new GitopsError(`error parsing value as string: values.${name}`);
          params[`values.${name}`] = item;
        }
      } else if (typeof value === 'string') {
        params[key] = value;
      } else {
        throw new GitopsError(`error parsing value as string: ${key} (set goTemplate: true for other types)`);
      }
    }
    result.push(params);
  }
  const yaml = stringField(list, 'elementsYaml');
  if (yaml !== undefined && yaml !== '') {
    const elements = decodeEmbeddedYaml('list.elementsYaml', yaml);
    if (!Array.isArray(elements)) throw new GitopsError('list.elementsYaml must be a YAML list of objects');
    for (const element of elements) {
      if (!isObject(element)) throw new GitopsError('list.elementsYaml must be a YAML list of objects');
      result.push({ ...element });
    }
  }
  return result;
}

/**
 * applicationset/generators `GitGenerator` for `directories`: every directory of the repository
 * (repo-server's `GetGitDirectories`: hidden ones skipped, in walk order) that matches a non-exclude
 * `path` pattern and no exclude pattern, turned into path parameters.
 */
export async function gitDirectoryParams(git: KubeObject, context: GeneratorContext): Promise<Params[]> {
  const repoURL = stringField(git, 'repoURL') ?? '';
  if (context.repoURL !== undefined && normalizeRepoURL(repoURL) !== normalizeRepoURL(context.repoURL)) {
    throw new UnsupportedGenerator(
      'generator:git:other-repository',
      `the git generator reads ${repoURL}, not this repository (${context.repoURL})`,
    );
  }
  if (listField(git, 'files').length > 0) {
    throw new UnsupportedGenerator('generator:git:files', 'the git files generator is not supported');
  }
  const patterns = listField(git, 'directories').filter(isObject);
  if (patterns.length === 0) throw new GitopsError('the git generator has neither directories nor files');
  const selected = (await repositoryDirectories(context.repoRoot)).filter((dir) => {
    const matching = patterns.filter((item) => goPathMatch(stringField(item, 'path') ?? '', dir));
    return matching.some((item) => item.exclude !== true) && !matching.some((item) => item.exclude === true);
  });
  const prefix = stringField(git, 'pathParamPrefix') ?? '';
  return selected.map((dir) => {
    const params = pathParams(dir, prefix, context.mode.goTemplate);
    appendTemplatedValues(git.values, params, context.mode);
    return params;
  });
}

/** The path parameters of one directory, in the two shapes the template modes use. */
export function pathParams(dir: string, prefix: string, goTemplate: boolean): Params {
  const basename = path.posix.basename(dir);
  if (goTemplate) {
    const value = {
      path: dir,
      basename,
      basenameNormalized: sanitizeName(basename),
      segments: dir.split('/'),
    };
    return prefix === '' ? { path: value } : { [prefix]: { path: value } };
  }
  const name = prefix === '' ? 'path' : `${prefix}.path`;
  const params: Params = {
    [name]: dir,
    [`${name}.basename`]: basename,
    [`${name}.basenameNormalized`]: sanitizeName(basename),
  };
  dir.split('/').forEach((segment, index) => {
    if (segment !== '') params[`${name}[${index}]`] = segment;
  });
  return params;
}

/**
 * applicationset/utils `SanitizeName`: lower case, anything but `[-a-z0-9.]` becomes `-`, at most 253
 * characters, no leading or trailing `-`/`.`.
 */
export function sanitizeName(name: string): string {
  const replaced = name.toLowerCase().replace(/[^-a-z0-9.]/g, '-');
  return replaced.slice(0, 253).replace(/^[-.]+|[-.]+$/g, '');
}

/** generators `appendTemplatedValues`: `values` rendered with the parameters, then added to them. */
function appendTemplatedValues(values: KubeValue | undefined, params: Params, mode: TemplateMode): void {
  if (!isObject(values)) return;
  const rendered: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    rendered[key] = replaceTemplate(typeof value === 'string' ? value : String(value), params, mode);
  }
  if (mode.goTemplate) {
    if (Object.keys(rendered).length > 0) params.values = rendered;
    return;
  }
  for (const [key, value] of Object.entries(rendered)) params[`values.${key}`] = value;
}

/** Every directory below the root, relative with `/`, in `filepath.WalkDir` order, hidden ones skipped. */
async function repositoryDirectories(repoRoot: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = (await readdir(path.join(repoRoot, relative), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      found.push(child);
      await walk(child);
    }
  };
  await walk('');
  return found;
}
