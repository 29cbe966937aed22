import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { type FluxKustomization, isObject, stringListField } from './flux-kustomization.js';
import { isLocalRelativePath, KUSTOMIZATION_FILE_NAMES } from './generate.js';
import { isSourceIgnored } from './source-workspace.js';

/** The files one Kustomization build can read, found without running kustomize. */
export interface BuildInputs {
  /** Absolute paths of the files, sorted. */
  files: string[];
  /** References to files or directories that do not exist (creating one changes the build). */
  missing: string[];
}

/** kustomization fields whose entries are files or directories kustomize loads. */
const PATH_LISTS = ['resources', 'components', 'bases', 'crds', 'configurations', 'patchesStrategicMerge'];
/** Entries of these name plugin configurations, which can reference files of their own. */
const PLUGIN_FIELDS = [
  'generators',
  'transformers',
  'validators',
  'helmCharts',
  'helmChartInflationGenerator',
];

/**
 * Every file a kustomize build of the Kustomization's `spec.path` can read, or undefined when that
 * cannot be bounded: a remote base, a plugin configuration, a symlink, a path leaving the source, a
 * kustomization file that does not parse. The directory's whole tree counts (a generated
 * kustomization lists every manifest below it), and so does each directory a kustomization file
 * references, followed to its own references. Over-counting only costs a rebuild; under-counting
 * would reuse a stale build, so anything unclear is unbounded.
 */
export async function buildInputs(
  sourceRoot: string,
  ks: FluxKustomization,
): Promise<BuildInputs | undefined> {
  const root = path.resolve(sourceRoot);
  const specPath = typeof ks.spec.path === 'string' ? ks.spec.path : '';
  const dir = path.resolve(root, specPath.replace(/^\/+/, ''));
  const files = new Set<string>();
  const missing = new Set<string>();
  const walked = new Set<string>();
  const inside = (target: string) => target === root || target.startsWith(`${root}${path.sep}`);

  const reference = async (base: string, entry: string): Promise<boolean> => {
    if (!isLocalRelativePath(entry) || entry.includes('?')) return false;
    const target = path.resolve(base, entry);
    if (!inside(target)) return false;
    const info = await stat(target).catch(() => undefined);
    if (info === undefined) missing.add(path.relative(root, target));
    else if (info.isDirectory()) return walk(target);
    else files.add(target);
    return true;
  };

  const kustomizationFile = async (file: string): Promise<boolean> => {
    let value: unknown;
    try {
      value = parse(await readFile(file, 'utf8'));
    } catch {
      return false;
    }
    if (value === null || value === undefined) return true;
    if (!isObject(value as never)) return false;
    const fields = value as Record<string, unknown>;
    if (PLUGIN_FIELDS.some((field) => fields[field] !== undefined)) return false;
    for (const entry of referencedPaths(fields)) {
      if (!(await reference(path.dirname(file), entry))) return false;
    }
    return true;
  };

  // A directory inside one already walked is already counted.
  const walk = async (dir: string): Promise<boolean> => {
    if ([...walked].some((done) => dir === done || dir.startsWith(`${done}${path.sep}`))) return true;
    walked.add(dir);
    return visit(dir);
  };

  const visit = async (current: string): Promise<boolean> => {
    const entries = await readdir(current, { withFileTypes: true }).catch(() => undefined);
    if (entries === undefined) return false;
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      // Not in the artifact kustomize-controller builds from (see SourceWorkspace).
      if (isSourceIgnored(full)) continue;
      if (entry.isSymbolicLink()) return false;
      if (entry.isDirectory()) {
        if (!(await visit(full))) return false;
      } else if (entry.isFile()) {
        files.add(full);
        if ((KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(entry.name)) {
          if (!(await kustomizationFile(full))) return false;
        }
      }
    }
    return true;
  };

  if (!inside(dir)) return undefined;
  if (!(await reference(root, path.relative(root, dir) || '.'))) return undefined;
  // kustomize-controller adds `spec.components` to the kustomization, relative to its directory.
  for (const component of stringListField(ks, 'components')) {
    if (!(await reference(dir, component))) return undefined;
  }
  return { files: [...files].sort(), missing: [...missing].sort() };
}

/** The local paths a kustomization file names; inline patches (text with a newline) are not paths. */
function referencedPaths(fields: Record<string, unknown>): string[] {
  const strings = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
  const found: string[] = [];
  for (const field of PATH_LISTS) found.push(...strings(fields[field]));
  for (const field of ['patches', 'patchesJson6902', 'replacements']) {
    for (const entry of Array.isArray(fields[field]) ? fields[field] : []) {
      const file = (entry as { path?: unknown } | null)?.path;
      if (typeof file === 'string') found.push(file);
    }
  }
  for (const field of ['configMapGenerator', 'secretGenerator']) {
    for (const entry of Array.isArray(fields[field]) ? fields[field] : []) {
      const generator = (entry ?? {}) as { files?: unknown; envs?: unknown; env?: unknown };
      // `files` entries may be `key=path`.
      found.push(...strings(generator.files).map((file) => file.slice(file.indexOf('=') + 1)));
      found.push(...strings(generator.envs));
      if (typeof generator.env === 'string') found.push(generator.env);
    }
  }
  const openapi = (fields.openapi as { path?: unknown } | undefined)?.path;
  if (typeof openapi === 'string') found.push(openapi);
  return found.filter((entry) => !entry.includes('\n'));
}
