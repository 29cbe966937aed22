/**
 * Dependencies of charts read from a source tree (GitRepository), built the way source-controller's
 * DependencyManager builds them when it packages such a chart: only dependencies missing from
 * `charts/` are built; `file://` ones are loaded from the source (never from outside it) and must
 * satisfy the declared version; repository ones are resolved from Chart.yaml's constraint. Chart.lock
 * is not consulted, as the controller does not, so a stale lock does not fail the render (it would
 * fail `helm dependency build`). Repository dependencies go through the same mirrors, credentials and
 * chart cache as releases, which `helm dependency build` could only do with `helm repo add`.
 *
 * The work happens on a copy in a scratch directory; the user's chart is never written.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, cp, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { GitopsError } from '../../errors.js';
import { parseTagVersion, rangeAccepts } from '../../images/policy/index.js';
import { isMap } from './flux-objects.js';
import type { FetchedChart } from './http-repository.js';
import { parseConstraint } from './version-select.js';

export interface ChartDependency {
  readonly name: string;
  /** A constraint; empty means any. */
  readonly version: string;
  readonly repository: string;
}

/** A dependency's chart from a repository: `http` (index.yaml) or `oci` (`url` names the chart). */
export type RemoteDependency =
  | { readonly kind: 'http'; readonly url: string; readonly chart: string; readonly version: string }
  | { readonly kind: 'oci'; readonly url: string; readonly chart: string; readonly version: string };

export interface DependencyBuildOptions {
  /** Local dependencies must stay inside this directory (the source root). */
  readonly sourceRoot: string;
  /** The copy is made in a new directory under this one. */
  readonly workDir: string;
  readonly fetchRemote: (dependency: RemoteDependency) => Promise<FetchedChart>;
  /** `HelmRelease ns/name`, for messages. */
  readonly what: string;
}

/** `chartDir` itself when nothing is missing, else a copy with the missing dependencies in `charts/`. */
export async function buildDependencies(chartDir: string, options: DependencyBuildOptions): Promise<string> {
  const dependencies = await readDependencies(chartDir);
  const present = await presentCharts(path.join(chartDir, 'charts'));
  const missing = dependencies.filter((dependency) => !present(dependency.name));
  if (missing.length === 0) return chartDir;
  const copy = path.join(options.workDir, `deps-${randomBytes(6).toString('hex')}`, path.basename(chartDir));
  await cp(chartDir, copy, { recursive: true, filter: (from) => path.basename(from) !== '.git' });
  const charts = path.join(copy, 'charts');
  await mkdir(charts, { recursive: true });
  const where = `${options.what}: dependency`;
  await Promise.all(
    missing.map(async (dependency) => {
      const { repository, name, version } = dependency;
      if (repository.startsWith('file://')) {
        const dir = await localDependency(chartDir, dependency, options);
        await cp(dir, path.join(charts, name), {
          recursive: true,
          filter: (from) => path.basename(from) !== '.git',
        });
        return;
      }
      if (repository === '' || repository.startsWith('@') || repository.startsWith('alias:')) {
        throw new GitopsError(
          `${where} "${name}" names repository "${repository}", which cannot be resolved`,
          {
            hint: 'source-controller resolves dependencies by repository URL (https://, oci://, file://); aliases of `helm repo add` do not exist there.',
          },
        );
      }
      const base = repository.replace(/\/+$/, '');
      const remote: RemoteDependency = base.startsWith('oci://')
        ? { kind: 'oci', url: `${base}/${name}`, chart: name, version: version || '*' }
        : { kind: 'http', url: base, chart: name, version: version || '*' };
      const fetched = await options.fetchRemote(remote);
      await copyFile(fetched.path, path.join(charts, `${name}-${fetched.version}.tgz`));
    }),
  );
  return copy;
}

async function readDependencies(chartDir: string): Promise<ChartDependency[]> {
  const metadata = parse(await readFile(path.join(chartDir, 'Chart.yaml'), 'utf8')) as unknown;
  const list = isMap(metadata) && Array.isArray(metadata.dependencies) ? metadata.dependencies : [];
  return list.filter(isMap).map((entry) => ({
    name: String(entry.name ?? ''),
    version: entry.version === undefined || entry.version === null ? '' : String(entry.version),
    repository: typeof entry.repository === 'string' ? entry.repository : '',
  }));
}

/**
 * Which chart names `charts/` already holds: unpacked charts by their Chart.yaml name, packages by
 * `<name>-<version>.tgz` (Helm's own naming; reading every archive is not worth it).
 */
async function presentCharts(dir: string): Promise<(name: string) => boolean> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = new Set<string>();
  const packages: string[] = [];
  for (const entry of entries) {
    if (entry.isDirectory()) {
      const text = await readFile(path.join(dir, entry.name, 'Chart.yaml'), 'utf8').catch(() => undefined);
      const metadata = text === undefined ? undefined : (parse(text) as unknown);
      if (isMap(metadata) && typeof metadata.name === 'string') names.add(metadata.name);
    } else if (entry.name.endsWith('.tgz')) {
      packages.push(entry.name.slice(0, -'.tgz'.length));
    }
  }
  return (name) =>
    names.has(name) ||
    packages.some((base) => base.startsWith(`${name}-`) && parseTagVersion(base.slice(name.length + 1)).ok);
}

/** source-controller `addLocalDependency`: inside the source, a chart, and of an accepted version. */
async function localDependency(
  chartDir: string,
  dependency: ChartDependency,
  options: DependencyBuildOptions,
): Promise<string> {
  const where = `${options.what}: dependency "${dependency.name}" (${dependency.repository})`;
  const dir = path.resolve(chartDir, dependency.repository.slice('file://'.length));
  const root = path.resolve(options.sourceRoot);
  if (dir !== root && !dir.startsWith(`${root}${path.sep}`))
    throw new GitopsError(`${where} leaves the source`);
  const text = (await stat(dir).catch(() => undefined))?.isDirectory()
    ? await readFile(path.join(dir, 'Chart.yaml'), 'utf8').catch(() => undefined)
    : undefined;
  if (text === undefined) throw new GitopsError(`${where}: no chart there (no Chart.yaml)`);
  const metadata = parse(text) as unknown;
  const version = isMap(metadata) ? String(metadata.version ?? '') : '';
  if (dependency.version !== '') {
    const parsed = parseTagVersion(version);
    if (!parsed.ok || !rangeAccepts(parseConstraint(dependency.version), parsed.version)) {
      // The controller's words: "can't get a valid version for constraint '%s'".
      throw new GitopsError(`${where}: can't get a valid version for constraint '${dependency.version}'`, {
        hint: `The chart there is version ${version || '(none)'}.`,
      });
    }
  }
  return dir;
}
