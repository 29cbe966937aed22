import { type Dirent, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/**
 * The files each cluster of a Flux repository applies, found without running kustomize: start at
 * `clusters/<name>` (of every fleet root in the repository: see fleetRoots), follow every Flux Kustomization's `spec.path`; in a directory with a
 * kustomization file follow its `resources`, `components` and patch files, otherwise take every
 * YAML file beneath it (as kustomize-controller generates one). Approximate by design (no
 * remote bases, no substitution), and good enough to say which objects one Flux installation sees,
 * which is what reference checks and duplicate checks need.
 */
export function clusterFiles(repoRoot: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const fleetRoot of fleetRoots(repoRoot)) {
    const clustersDir = path.join(repoRoot, fleetRoot, 'clusters');
    for (const name of readdirSync(clustersDir).sort()) {
      if (!statSync(path.join(clustersDir, name)).isDirectory()) continue;
      // A fleet's Kustomization paths are relative to its own root (its GitRepository's root).
      const files = filesOfCluster(path.join(repoRoot, fleetRoot), `clusters/${name}`);
      const id = fleetRoot === '' ? name : `${fleetRoot}/clusters/${name}`;
      result.set(
        id,
        files.map((file) => (fleetRoot === '' ? file : `${fleetRoot}/${file}`)),
      );
    }
  }
  return result;
}

const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', 'vendor']);

/**
 * Directories that hold a `clusters/` directory: the roots of the Flux fleets in the repository,
 * relative to it (`''` for the repository itself). A monorepo may keep a fleet below its root.
 */
function fleetRoots(repoRoot: string, maxDepth = 4): string[] {
  const roots: string[] = [];
  const visit = (relative: string, depth: number): void => {
    const absolute = path.join(repoRoot, relative);
    let entries: Dirent[];
    try {
      entries = readdirSync(absolute, { withFileTypes: true });
    } catch {
      return;
    }
    if (entries.some((entry) => entry.isDirectory() && entry.name === 'clusters')) {
      roots.push(relative);
      return;
    }
    if (depth === maxDepth) return;
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (!entry.isDirectory() || entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name)) continue;
      visit(relative === '' ? entry.name : `${relative}/${entry.name}`, depth + 1);
    }
  };
  visit('', 0);
  return roots;
}

function filesOfCluster(repoRoot: string, entry: string): string[] {
  const files = new Set<string>();
  const directories = [entry];
  const visited = new Set<string>();
  const exists = (relative: string) => existsSync(path.join(repoRoot, relative));
  const isDirectory = (relative: string) => statSync(path.join(repoRoot, relative)).isDirectory();

  const visitDirectory = (dir: string): void => {
    if (visited.has(dir) || !exists(dir) || !isDirectory(dir)) return;
    visited.add(dir);
    const kustomization = KUSTOMIZATION_FILES.map((name) => path.posix.join(dir, name)).find(exists);
    if (kustomization === undefined) {
      for (const file of yamlFilesUnder(repoRoot, dir)) visitFile(file);
      return;
    }
    visitFile(kustomization);
    for (const entry of kustomizationEntries(readFileSync(path.join(repoRoot, kustomization), 'utf8'))) {
      const target = path.posix.normalize(path.posix.join(dir, entry));
      if (target.startsWith('..') || !exists(target)) continue;
      if (isDirectory(target)) visitDirectory(target);
      else visitFile(target);
    }
  };
  const visitFile = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of fluxKustomizationPaths(readFileSync(path.join(repoRoot, file), 'utf8'))) {
      directories.push(path.posix.normalize(spec.replace(/^\.\//, '')));
    }
  };
  for (let i = 0; i < directories.length; i++) visitDirectory(directories[i] as string);
  return [...files].sort();
}

function yamlFilesUnder(repoRoot: string, dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(repoRoot, dir), { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    const child = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFilesUnder(repoRoot, child));
    else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) out.push(child);
  }
  return out;
}

/** The local files and directories a kustomization names: resources, components and patch files. */
function kustomizationEntries(text: string): string[] {
  const config = safeFirstDocument(text);
  const patchPaths = (list: unknown) =>
    Array.isArray(list) ? list.map((p) => (typeof p === 'string' ? p : (p as { path?: unknown })?.path)) : [];
  return [
    ...(Array.isArray(config.resources) ? config.resources : []),
    ...(Array.isArray(config.components) ? config.components : []),
    ...patchPaths(config.patches),
    ...patchPaths(config.patchesStrategicMerge),
    ...patchPaths(config.patchesJson6902),
  ].filter((entry): entry is string => typeof entry === 'string' && !/^[a-z]+:\/\//.test(entry));
}

/** `spec.path` of every Flux Kustomization in a file. */
function fluxKustomizationPaths(text: string): string[] {
  if (!text.includes('kustomize.toolkit.fluxcd.io/')) return [];
  const paths: string[] = [];
  for (const document of parseAllDocuments(text)) {
    const object = document.toJS() as {
      apiVersion?: unknown;
      kind?: unknown;
      spec?: { path?: unknown };
    } | null;
    if (
      typeof object?.apiVersion === 'string' &&
      object.apiVersion.startsWith('kustomize.toolkit.fluxcd.io/') &&
      object.kind === 'Kustomization' &&
      typeof object.spec?.path === 'string'
    ) {
      paths.push(object.spec.path);
    }
  }
  return paths;
}

function safeFirstDocument(text: string): Record<string, unknown> {
  try {
    const value = parseAllDocuments(text)[0]?.toJS();
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
