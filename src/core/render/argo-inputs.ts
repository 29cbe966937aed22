/**
 * The files an Argo CD Application's sources read, digested for its cache key: a unit is rendered
 * again when, and only when, one of them (or the Application, the tools, the options) changes.
 *
 * - Helm in this repository: the chart directory, and each values and `--set-file` file;
 * - a remote chart: its package digest (resolved before this is called);
 * - kustomize: the kustomization's directory and, following `resources`, `bases` and `components`,
 *   every directory it builds from. `kustomize build` runs with its default load restrictor, under
 *   which every file must be below one of those directories (repo-server's default too);
 * - a directory source: its directory.
 *
 * The same pass tells whether the inputs mention `argoproj.io` at all: when they do not, the
 * Application cannot deploy Applications, so an app of apps need not be rendered to be followed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { FileRef, RenderUnit as SourceUnit } from '../argocd/index.js';
import type { ApplicationPlan } from '../argocd/render-unit.js';
import { decodeEmbeddedYaml } from '../argocd/yaml-value.js';
import { findKustomizationFile } from '../kustomize/generate.js';
import { digestOf, directoryDigest } from './digest.js';

/** What an Application's inputs are, for its cache key and for following an app of apps. */
export interface ArgoInputs {
  /** Over every file the sources read, with the sources' options. */
  filesDigest: string;
  /** Over the Helm sources' values: files, inline values, parameters. */
  valuesDigest?: string;
  /** False only when nothing the Application renders can hold an Argo CD object. */
  mayDeployApplications: boolean;
}

/** A directory's digest and whether any of its files mentions Argo CD; shared by a run's units. */
export type DirectoryFacts = Map<string, Promise<{ digest: string; mentionsArgo: boolean }>>;

const ARGO_GROUP = Buffer.from('argoproj.io');

export async function argoInputs(
  plan: ApplicationPlan,
  sourceRoot: string,
  facts: DirectoryFacts,
  /** Remote chart packages by `repoURL chart version`, resolved by the caller. */
  remoteCharts: ReadonlyMap<string, { path: string; digest: string }>,
): Promise<ArgoInputs> {
  let mentionsArgo = false;
  const entries: unknown[] = [];
  const values: unknown[] = [];
  const directory = async (relative: string) => {
    const found = await directoryFacts(facts, path.join(sourceRoot, relative));
    mentionsArgo ||= found.mentionsArgo;
    return found.digest;
  };
  const file = async (ref: FileRef): Promise<unknown> => {
    if (ref.kind !== 'repository') {
      // A URL helm downloads, or a file inside a remote chart (covered by the package digest).
      if (ref.kind === 'url') mentionsArgo = true;
      return ref;
    }
    const bytes = await readFile(path.join(sourceRoot, ref.path)).catch(() => Buffer.alloc(0));
    mentionsArgo ||= bytes.includes(ARGO_GROUP);
    return { path: ref.path, digest: digestOf(bytes.toString('base64')) };
  };
  for (const unit of plan.units) {
    entries.push(unit);
    if (unit.type === 'helm') {
      if (unit.chart.kind === 'repository') entries.push(await directory(unit.chart.path));
      else {
        const chart = remoteCharts.get(remoteKey(unit.chart.request));
        entries.push(chart?.digest ?? null);
        mentionsArgo ||= chart === undefined || (await packageMentionsArgo(facts, chart.path));
      }
      const helmValues = {
        files: await Promise.all(unit.valueFiles.map(file)),
        setFiles: await Promise.all(unit.setFile.map(async ([name, ref]) => [name, await file(ref)])),
        values: unit.values ?? null,
        set: unit.set,
        setString: unit.setString,
      };
      mentionsArgo ||= JSON.stringify([unit.values, unit.set, unit.setString]).includes('argoproj.io');
      values.push(helmValues);
      entries.push(helmValues);
    } else if (unit.type === 'kustomize') {
      for (const dir of await kustomizeDirectories(sourceRoot, unit)) {
        entries.push(
          dir.remote ? { remote: dir.path } : { dir: dir.path, digest: await directory(dir.path) },
        );
        if (dir.remote) mentionsArgo = true;
      }
    } else {
      entries.push(await directory(unit.path));
    }
  }
  return {
    filesDigest: digestOf(entries),
    ...(values.length === 0 ? {} : { valuesDigest: digestOf(values) }),
    mayDeployApplications: mentionsArgo,
  };
}

export function remoteKey(request: { repoURL: string; chart: string; version: string }): string {
  return `${request.repoURL} ${request.chart} ${request.version}`;
}

export function directoryFacts(facts: DirectoryFacts, dir: string) {
  let pending = facts.get(dir);
  if (pending === undefined) {
    let mentionsArgo = false;
    pending = directoryDigest(dir, [], (_file, bytes) => {
      mentionsArgo ||= bytes.includes(ARGO_GROUP);
    })
      // A directory that does not exist fails the render itself, with a better message than here.
      .catch(() => 'missing')
      .then((digest) => ({ digest, mentionsArgo }));
    facts.set(dir, pending);
  }
  return pending;
}

/** A `.tgz` is a gzipped tar, which stores file bytes as they are: a search of it is a search of its files. */
async function packageMentionsArgo(facts: DirectoryFacts, file: string): Promise<boolean> {
  if (!file.endsWith('.tgz')) return (await directoryFacts(facts, file)).mentionsArgo;
  try {
    return gunzipSync(await readFile(file)).includes(ARGO_GROUP);
  } catch {
    return true;
  }
}

/**
 * The kustomization's directory and every local directory it builds from (`resources`, `bases`,
 * `components`, the Application's own `kustomize.components`), relative to the repository; remote
 * resources are listed as they are written.
 */
async function kustomizeDirectories(
  sourceRoot: string,
  unit: Extract<SourceUnit, { type: 'kustomize' }>,
): Promise<{ path: string; remote: boolean }[]> {
  const found = new Map<string, { path: string; remote: boolean }>();
  const extra = Array.isArray(unit.kustomize.components) ? unit.kustomize.components : [];
  const visit = async (relative: string, more: readonly unknown[]): Promise<void> => {
    const normalized = path.posix.normalize(relative || '.');
    if (found.has(normalized)) return;
    found.set(normalized, { path: normalized, remote: false });
    const dir = path.join(sourceRoot, normalized);
    const file = await findKustomizationFile(dir);
    const text = file === undefined ? '' : await readFile(file, 'utf8').catch(() => '');
    const references = [...referencesIn(text), ...more];
    for (const reference of references) {
      if (typeof reference !== 'string') continue;
      if (/^[a-z][a-z0-9+.-]*:\/\/|^git@|^github\.com\//i.test(reference)) {
        found.set(reference, { path: reference, remote: true });
        continue;
      }
      const target = path.posix.join(normalized, reference);
      if (target === '..' || target.startsWith('../')) continue;
      if (!/\.(ya?ml|json)$/.test(reference)) await visit(target, []);
    }
  };
  await visit(unit.path, extra);
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The entries of `resources`, `bases` and `components`; an unreadable file fails the render itself. */
function referencesIn(text: string): unknown[] {
  let kustomization: unknown;
  try {
    kustomization = decodeEmbeddedYaml('kustomization', text);
  } catch {
    return [];
  }
  if (kustomization === null || typeof kustomization !== 'object' || Array.isArray(kustomization)) return [];
  const fields = kustomization as Record<string, unknown>;
  return ['resources', 'bases', 'components'].flatMap((key) => {
    const list = fields[key];
    return Array.isArray(list) ? list : [];
  });
}
