/**
 * Flux 2.7's ArtifactGenerator (source.extensions.fluxcd.io/v1beta1): source-watcher assembles each
 * of its `spec.artifacts` into an ExternalArtifact from the files of its `spec.sources`, by `copy`
 * rules applied in order, later files overwriting earlier ones. Render assembles the same files, so
 * a Kustomization whose sourceRef is that ExternalArtifact builds what the controller would.
 *
 * Copy rules: `from: "@alias/<glob>"` matches files of the aliased source (`**` any depth, `*` and
 * `?` within a path segment); each lands under `to: "@artifact/<dir>/"` at its path relative to the
 * glob's fixed prefix. A `from` without a glob names one file (copied to `to`, or into it when `to`
 * ends with `/`) or one directory (its contents copied under `to`). `exclude` patterns are matched
 * against paths relative to that prefix, and a pattern without a `/` matches a file name at any
 * depth. The `Merge` and `Extract` strategies and `pathPattern` are reported, not approximated.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { GitopsError } from '../errors.js';
import type { KubeObject } from './substitute/substitute-resource.js';

export const ARTIFACT_GENERATOR_GROUP = 'source.extensions.fluxcd.io';

interface CopyRule {
  from?: unknown;
  to?: unknown;
  exclude?: unknown;
  strategy?: unknown;
}

/** The generator's artifact of that name, or undefined. */
export function artifactSpec(generator: KubeObject, name: string): Record<string, unknown> | undefined {
  const artifacts = (generator.spec as { artifacts?: unknown } | undefined)?.artifacts;
  if (!Array.isArray(artifacts)) return undefined;
  return artifacts.find((artifact) => (artifact as { name?: unknown })?.name === name) as
    | Record<string, unknown>
    | undefined;
}

/** `alias` → the source it names (`{kind, name, namespace}`), from `spec.sources`. */
export function generatorSources(
  generator: KubeObject,
): Map<string, { kind: string; name: string; namespace: string }> {
  const namespace = String(
    (generator.metadata as { namespace?: unknown } | undefined)?.namespace ?? 'default',
  );
  const sources = (generator.spec as { sources?: unknown } | undefined)?.sources;
  const result = new Map<string, { kind: string; name: string; namespace: string }>();
  for (const source of Array.isArray(sources) ? sources : []) {
    const { alias, kind, name } = (source ?? {}) as Record<string, unknown>;
    const ns = (source as Record<string, unknown>)?.namespace;
    if (typeof alias === 'string' && typeof kind === 'string' && typeof name === 'string') {
      result.set(alias, { kind, name, namespace: typeof ns === 'string' ? ns : namespace });
    }
  }
  return result;
}

/**
 * The files of the assembled artifact: its relative path → the original file. `rootOf` gives the
 * directory of an alias's source (this repository), or undefined when render cannot read it.
 */
export async function artifactFiles(
  artifact: Record<string, unknown>,
  rootOf: (alias: string) => string | undefined,
): Promise<Map<string, string>> {
  if (artifact.pathPattern !== undefined) {
    throw new GitopsError(`artifact ${String(artifact.name)}: pathPattern is not supported by render yet`);
  }
  const files = new Map<string, string>();
  const rules = Array.isArray(artifact.copy) ? (artifact.copy as CopyRule[]) : [];
  for (const rule of rules) {
    const strategy = rule.strategy ?? 'Overwrite';
    if (strategy !== 'Overwrite') {
      throw new GitopsError(`copy strategy ${String(strategy)} is not supported by render yet`, {
        hint: 'Render assembles artifacts with the Overwrite strategy only.',
      });
    }
    const from = /^@([a-z0-9]([a-z0-9_-]*[a-z0-9])?)\/(.*)$/.exec(String(rule.from ?? ''));
    const to = /^@artifact\/(.*)$/.exec(String(rule.to ?? ''));
    if (from === null || to === null) {
      throw new GitopsError(`copy rule from ${String(rule.from)} to ${String(rule.to)} is malformed`, {
        hint: 'from is "@<alias>/<glob>" and to is "@artifact/<path>".',
      });
    }
    const alias = from[1] as string;
    const root = rootOf(alias);
    if (root === undefined)
      throw new GitopsError(`copy rule from @${alias}: the source alias is not readable`);
    const excludes = Array.isArray(rule.exclude) ? rule.exclude.map(String) : [];
    for (const [relative, original] of await matches(root, from[3] as string, to[1] as string)) {
      if (!excluded(relative.source, excludes)) files.set(relative.target, original);
    }
  }
  return files;
}

async function matches(
  root: string,
  pattern: string,
  to: string,
): Promise<[{ source: string; target: string }, string][]> {
  const segments = pattern.split('/').filter((segment) => segment !== '' && segment !== '.');
  const firstGlob = segments.findIndex((segment) => /[*?[{]/.test(segment));
  const prefix = (firstGlob < 0 ? segments : segments.slice(0, firstGlob)).join('/');
  const base = safeJoin(root, prefix);
  if (firstGlob < 0) {
    const info = await stat(base).catch(() => undefined);
    if (info === undefined) throw new GitopsError(`copy rule: ${pattern} does not exist in the source`);
    if (info.isFile()) {
      const target = to === '' || to.endsWith('/') ? `${to}${path.basename(base)}` : to;
      return [[{ source: path.basename(base), target: clean(target) }, base]];
    }
    return (await walk(base)).map((file) => [
      { source: file, target: clean(`${to}/${file}`) },
      path.join(base, file),
    ]);
  }
  const glob = globRegExp(segments.slice(firstGlob).join('/'));
  const found = await walk(base).catch(() => [] as string[]);
  return found
    .filter((file) => glob.test(file))
    .map((file) => [{ source: file, target: clean(`${to}/${file}`) }, path.join(base, file)]);
}

/** Every file below `dir`, relative and `/`-separated, in sorted order; `.git` is never part of a source. */
async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.split('/').includes('.git'))
    .sort();
}

function excluded(relative: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) =>
    pattern.includes('/')
      ? globRegExp(pattern.replace(/^\/+/, '')).test(relative)
      : globRegExp(pattern).test(path.posix.basename(relative)),
  );
}

/** A glob over `/`-separated paths: `**` spans directories, `*` and `?` stay within one. */
function globRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] as string;
    if (char === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** A path inside the source; a rule that climbs out of it is refused, as the controller refuses it. */
function safeJoin(root: string, relative: string): string {
  const target = path.resolve(root, relative);
  if (target !== root && !target.startsWith(`${root}${path.sep}`)) {
    throw new GitopsError(`copy rule: ${relative} leaves the source`);
  }
  return target;
}

function clean(target: string): string {
  const normal = path.posix.normalize(target.replace(/^\/+/, ''));
  if (normal.startsWith('..'))
    throw new GitopsError(`copy rule: the destination ${target} leaves the artifact`);
  return normal;
}
