import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { extractBundledBinaries } from './bundled-layer.js';

export type ToolName = 'helm' | 'kubectl' | 'git';

export type ToolOrigin = 'explicit' | 'path' | 'bundled';

export interface ResolvedTool {
  name: ToolName;
  path: string;
  origin: ToolOrigin;
}

export interface ToolSearch {
  /** Paths given by an input or flag; they win over everything else. */
  explicit?: Partial<Record<ToolName, string>>;
  /** The PATH to search, as a string with the platform's delimiter. */
  searchPath?: string;
  /**
   * Where the bundled helm and kubectl are extracted when neither an explicit path nor PATH
   * has them. Undefined: no bundled fallback.
   */
  bundledCacheDir?: string;
  /** Prefer the bundled binaries over PATH (tests and the CLI default want pinned versions). */
  preferBundled?: boolean;
}

/**
 * Finds one tool: an explicit path first, then PATH, then the bundled binaries (helm and kubectl
 * only). The error says which places were searched.
 */
export async function resolveTool(name: ToolName, search: ToolSearch): Promise<ResolvedTool> {
  const explicit = search.explicit?.[name];
  if (explicit !== undefined && explicit !== '') {
    const absolute = path.resolve(explicit);
    if (!(await isExecutableFile(absolute))) {
      throw new UsageError(`${name} path ${explicit} is not an executable file`, {
        hint: `Point the ${name} path at the ${name} binary itself, or leave it empty to search PATH.`,
      });
    }
    return { name, path: absolute, origin: 'explicit' };
  }
  const bundled = async (): Promise<ResolvedTool | undefined> => {
    if (search.bundledCacheDir === undefined || name === 'git') return undefined;
    const binaries = await extractBundledBinaries(search.bundledCacheDir);
    return { name, path: binaries[name], origin: 'bundled' };
  };
  if (search.preferBundled) {
    const found = await bundled();
    if (found) return found;
  }
  const onPath = await findOnPath(name, search.searchPath ?? '');
  if (onPath !== undefined) return { name, path: onPath, origin: 'path' };
  if (!search.preferBundled) {
    const found = await bundled().catch(() => undefined);
    if (found) return found;
  }
  throw new UsageError(`${name} was not found`, {
    hint:
      name === 'git'
        ? 'Install git and put it on PATH.'
        : `Install ${name} and put it on PATH, pass its path explicitly, or run from a gitops-actions checkout after \`npm ci\` (which provides a pinned ${name}).`,
  });
}

export async function findOnPath(command: string, searchPath: string): Promise<string | undefined> {
  for (const dir of searchPath.split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, command);
    if (await isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

async function isExecutableFile(file: string): Promise<boolean> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return false;
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
