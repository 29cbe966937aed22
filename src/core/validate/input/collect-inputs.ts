import type { Dirent } from 'node:fs';
import { glob, lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { UsageError } from '../../errors.js';
import { KUSTOMIZATION_FILE_NAMES } from '../../kustomize/generate.js';
import type { ConfigurationFile, Finding, Skipped } from '../finding.js';
import { INPUT_RULES } from './input-rules.js';
import { inputFinding } from './parse-documents.js';

export interface InputFile {
  absolute: string;
  /** Repository-relative, with `/` separators: what findings show. */
  file: string;
  /** Read only as a schema source (`crdPaths`): its objects are neither validated nor given to rules. */
  schemaOnly?: boolean;
}

export interface CollectedInputs {
  files: InputFile[];
  findings: Finding[];
  skipped: Skipped[];
  /** Helm charts met on the walk, left out as a whole. */
  configuration: ConfigurationFile[];
}

const MANIFEST = /\.(ya?ml|json)$/i;
const GLOB = /[*?[\]{}]/;
const NEVER_WALKED = new Set(['.git', 'node_modules']);

/**
 * The files behind `paths` (files, directories, globs; relative to the repository root). A walk
 * skips `.git` and `node_modules`, follows symlinks only while they stay inside the repository,
 * and leaves out what is not a complete manifest until something renders it: a Helm chart (its
 * `crds/` excepted) and the patches a kustomization.yaml lists.
 */
export async function collectInputs(paths: readonly string[], repoRoot: string): Promise<CollectedInputs> {
  const collector = new Collector(path.resolve(repoRoot), await realpath(repoRoot));
  for (const entry of paths) {
    if (GLOB.test(entry)) {
      for await (const match of glob(entry, { cwd: collector.root })) {
        await collector.add(path.resolve(collector.root, match), { explicit: false });
      }
      continue;
    }
    const absolute = path.resolve(collector.root, entry);
    try {
      await lstat(absolute);
    } catch {
      throw new UsageError(`${entry} does not exist`, { hint: `Paths are relative to ${collector.root}.` });
    }
    await collector.add(absolute, { explicit: true });
  }
  return collector.result;
}

class Collector {
  readonly result: CollectedInputs = { files: [], findings: [], skipped: [], configuration: [] };
  private readonly seen = new Set<string>();
  private readonly patches = new Map<string, string>();
  readonly root: string;
  private readonly realRoot: string;

  constructor(root: string, realRoot: string) {
    this.root = root;
    this.realRoot = realRoot;
  }

  /**
   * Adds a file, or walks a directory. `entry` is what the parent's walk already knows (the
   * directory entry and the parent's real path): a plain file or directory found that way needs
   * no system call of its own, which matters in a repository of tens of thousands of files.
   */
  async add(
    absolute: string,
    options: { explicit: boolean; crd?: boolean },
    entry?: { dirent: Dirent; realParent: string },
  ): Promise<void> {
    let target = absolute;
    let real: string;
    let isDirectory: boolean;
    let isFile: boolean;
    if (entry !== undefined && (entry.dirent.isFile() || entry.dirent.isDirectory())) {
      real = path.join(entry.realParent, entry.dirent.name);
      isDirectory = entry.dirent.isDirectory();
      isFile = !isDirectory;
    } else {
      const info = await lstat(absolute);
      if (info.isSymbolicLink()) {
        const resolved = await this.followLink(absolute);
        if (resolved === undefined) return;
        target = resolved;
      }
      const targetInfo = target === absolute ? info : await stat(target);
      real = await realpath(target);
      isDirectory = targetInfo.isDirectory();
      isFile = targetInfo.isFile();
    }
    if (this.seen.has(real)) return;
    this.seen.add(real);
    if (isDirectory) {
      await this.walk(absolute, real, options.crd === true);
      return;
    }
    if (!isFile || (!options.explicit && !MANIFEST.test(absolute))) return;
    const patchOf = this.patches.get(absolute);
    if (patchOf !== undefined) {
      this.result.skipped.push({
        location: { file: this.relative(absolute) },
        reason: `a kustomize patch listed in ${patchOf}: a partial object, validated once kustomize has built it`,
      });
      return;
    }
    this.result.files.push({ absolute: target, file: this.relative(absolute) });
  }

  /** The link's target when it stays in the repository; a finding, and undefined, when it leaves. */
  private async followLink(absolute: string): Promise<string | undefined> {
    let real: string;
    try {
      real = await realpath(absolute);
    } catch {
      this.result.skipped.push({ location: { file: this.relative(absolute) }, reason: 'a broken symlink' });
      return undefined;
    }
    if (real === this.realRoot || real.startsWith(this.realRoot + path.sep)) return real;
    const message = `the symlink points outside the repository (${real}); it was not followed`;
    this.result.findings.push(
      inputFinding(INPUT_RULES.symlinkEscape, message, { file: this.relative(absolute) }),
    );
    return undefined;
  }

  private async walk(directory: string, real: string, crd: boolean): Promise<void> {
    const entries = (await readdir(directory, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    if (!crd && entries.some((entry) => entry.name === 'Chart.yaml')) {
      await this.chart(directory, entries);
      return;
    }
    const kustomization = entries.find((entry) =>
      (KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(entry.name),
    );
    if (kustomization !== undefined) await this.notePatches(path.join(directory, kustomization.name));
    for (const entry of entries) {
      if (NEVER_WALKED.has(entry.name)) continue;
      await this.add(
        path.join(directory, entry.name),
        { explicit: false, crd },
        { dirent: entry, realParent: real },
      );
    }
  }

  /**
   * Helm renders a chart's templates; their text is not YAML yet, and its values files are the
   * chart's configuration: the chart is listed as configuration, and its templates are validated
   * in the render output. Its `crds/` files are applied as written (Helm's install.crds), so they
   * are validated and serve as schemas.
   */
  private async chart(directory: string, entries: Dirent[]): Promise<void> {
    this.result.configuration.push({
      location: { file: this.relative(path.join(directory, 'Chart.yaml')) },
      what: 'Helm chart',
    });
    if (entries.some((entry) => entry.name === 'crds' && entry.isDirectory())) {
      await this.add(path.join(directory, 'crds'), { explicit: false, crd: true });
    }
  }

  /** kustomize's `patches`, `patchesStrategicMerge` and `patchesJson6902` files hold partial objects. */
  private async notePatches(kustomizationFile: string): Promise<void> {
    let value: unknown;
    try {
      value = parseAllDocuments(await readFile(kustomizationFile, 'utf8'))[0]?.toJS();
    } catch {
      return; // The file is validated like any other; its own findings say what is wrong.
    }
    if (value === null || typeof value !== 'object') return;
    const { patches, patchesStrategicMerge, patchesJson6902 } = value as Record<string, unknown>;
    const listed = [
      ...asArray(patches).map((patch) => (patch as { path?: unknown } | null)?.path),
      ...asArray(patchesStrategicMerge),
      ...asArray(patchesJson6902).map((patch) => (patch as { path?: unknown } | null)?.path),
    ];
    const name = this.relative(kustomizationFile);
    for (const entry of listed) {
      // An inline strategic-merge patch is YAML text, not a file name.
      if (typeof entry !== 'string' || entry.includes('\n')) continue;
      this.patches.set(path.resolve(path.dirname(kustomizationFile), entry), name);
    }
  }

  private relative(absolute: string): string {
    return path.relative(this.root, absolute).split(path.sep).join('/');
  }
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
