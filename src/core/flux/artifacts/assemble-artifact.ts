/**
 * The files of an ExternalArtifact, assembled the way source-watcher's builder does
 * (internal/builder/builder.go `applyCopyOperations`): copy operations in order into an empty
 * directory, later ones overwriting earlier files, with cp-like rules:
 *
 * - a `from` without glob characters (`*?[]`) names a file or a directory; a directory is copied
 *   as a subdirectory of `to`, a file to `to` itself, or into it when `to` ends with `/` or is an
 *   existing directory;
 * - a glob `from` goes through Go's `fs.Glob` (`**` is a single-level `*` there); a pattern ending
 *   in `/**` copies each match relative to the part before it, any other keeps the match's whole
 *   path under `to`; matched directories are copied whole;
 * - `exclude` patterns (doublestar) are tried against the source path and against the path below
 *   the pattern's literal prefix; one without `/` also against the file name;
 * - `strategy: Merge` merges a YAML file into an existing destination file (all documents of each
 *   into one map, then Helm's values merge); files inside copied directories are always replaced.
 *
 * Source artifacts leave out what source-controller's default ignore rules drop (`.git`, …), and so
 * do the sources read here. `origins` maps each artifact file to the source file it came from.
 */
import { chmod, copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GitopsError } from '../../errors.js';
import { isSourceIgnored } from '../../kustomize/source-workspace.js';
import { parseYamlFile, positionAt } from '../../yaml/documents.js';
import { decodeKubernetes } from '../../yaml/kubernetes-decode.js';
import { isValuesMap, mergeMaps, newValues, type Values } from '../helmrelease/merge-maps.js';
import { type CopyOperation, describeGenerator, type GeneratedArtifact } from './artifact-generator.js';
import { doublestarMatch, fsGlob } from './go-glob.js';

export interface AssembledArtifact {
  /** The artifact's root directory. */
  root: string;
  /** Artifact-relative path (with `/`) → the absolute path of the source file it was copied from. */
  origins: Map<string, string>;
}

/** Copies into `root` (an empty directory); `sourceDirs` maps each alias to its source's files. */
export async function assembleArtifact(
  artifact: GeneratedArtifact,
  sourceDirs: ReadonlyMap<string, string>,
  root: string,
): Promise<AssembledArtifact> {
  const assembly = new Assembly(root);
  for (const operation of artifact.copy) {
    try {
      await assembly.apply(operation, sourceDirs);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new GitopsError(
        `${describeGenerator(artifact.generator)}: ExternalArtifact ${artifact.id}: failed to apply copy operation from '${operation.from}' to '${operation.to}': ${reason}`,
        {
          ...(artifact.generator.location ? { location: artifact.generator.location } : {}),
          ...(error instanceof GitopsError && error.hint ? { hint: error.hint } : {}),
        },
      );
    }
  }
  return { root, origins: assembly.origins };
}

class Assembly {
  readonly origins = new Map<string, string>();

  constructor(private readonly root: string) {}

  async apply(operation: CopyOperation, sourceDirs: ReadonlyMap<string, string>): Promise<void> {
    const from = /^@([^/]*)\/(.*)$/s.exec(operation.from);
    if (from === null)
      throw new Error(`invalid copy source '${operation.from}': source format must be '@alias/pattern'`);
    if (!operation.to.startsWith('@artifact/')) {
      throw new Error(`invalid copy destination '${operation.to}': destination must start with '@artifact/'`);
    }
    const [, alias = '', pattern = ''] = from;
    const dest = operation.to.slice('@artifact/'.length);
    const sourceDir = sourceDirs.get(alias);
    if (sourceDir === undefined) throw new Error(`source alias '${alias}' not found`);
    for (const exclude of operation.exclude) {
      try {
        doublestarMatch(exclude, '.');
      } catch {
        throw new Error(`invalid exclude pattern '${exclude}'`);
      }
    }
    if (operation.strategy === 'Extract') {
      throw new GitopsError('strategy Extract is not supported by render', {
        hint: 'Render assembles artifacts from plain files; extracting tarballs is not implemented.',
      });
    }
    const source = new SourceFiles(sourceDir, operation.exclude);
    if (!/[*?[\]]/.test(pattern)) return this.applySingle(operation, source, pattern, dest);

    let matches: string[];
    try {
      matches = await fsGlob(sourceDir, pattern);
    } catch (error) {
      throw new Error(`invalid glob pattern '${pattern}': ${(error as Error).message}`);
    }
    matches = matches.filter((match) => !isIgnored(match));
    if (matches.length === 0) throw new Error(`no files match pattern '${pattern}' in source '${alias}'`);
    const excludeBase = selectionRoot(pattern);
    const kept = matches.filter(
      (match) => match !== '.' && match !== '..' && !source.excluded(match, excludeBase),
    );
    if (kept.length === 0) {
      throw new Error(`all files matching pattern '${pattern}' in source '${alias}' were excluded`);
    }
    for (const match of kept) {
      await this.copy(operation, source, match, globDestination(pattern, match, dest), excludeBase);
    }
  }

  private async applySingle(operation: CopyOperation, source: SourceFiles, pattern: string, dest: string) {
    const srcPath = path.posix.normalize(pattern || '.').replace(/\/+$/, '') || '.';
    const info = await stat(source.abs(srcPath)).catch(() => undefined);
    if (info === undefined || isIgnored(srcPath)) throw new Error(`source '${srcPath}' does not exist`);
    if (info.isDirectory()) {
      return this.copy(operation, source, srcPath, join(dest, path.posix.basename(srcPath)), srcPath);
    }
    if (source.excluded(srcPath, '.')) return;
    const into =
      operation.to.endsWith('/') ||
      (await stat(this.abs(dest)).catch(() => undefined))?.isDirectory() === true;
    return this.copy(operation, source, srcPath, into ? join(dest, path.posix.basename(srcPath)) : dest, '.');
  }

  /** `copyFileWithRoots`: a directory whole, else a file copied or merged. */
  private async copy(
    operation: CopyOperation,
    source: SourceFiles,
    srcPath: string,
    dest: string,
    base: string,
  ) {
    const info = await stat(source.abs(srcPath));
    if (info.isDirectory()) return this.copyDirectory(source, srcPath, dest, base);
    const existing = await stat(this.abs(dest)).catch(() => undefined);
    if (operation.strategy === 'Merge' && existing !== undefined) return this.merge(source, srcPath, dest);
    return this.copyFile(source, srcPath, dest);
  }

  private async copyDirectory(source: SourceFiles, srcPath: string, dest: string, base: string) {
    await mkdir(this.abs(dest), { recursive: true });
    const entries = (await readdir(source.abs(srcPath), { withFileTypes: true })).sort((a, b) =>
      Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)),
    );
    for (const entry of entries) {
      const child = join(srcPath, entry.name);
      if (isIgnored(entry.name) || source.excluded(child, base)) continue;
      if (entry.isDirectory()) await this.copyDirectory(source, child, join(dest, entry.name), base);
      else await this.copyFile(source, child, join(dest, entry.name));
    }
  }

  private async copyFile(source: SourceFiles, srcPath: string, dest: string) {
    await mkdir(path.dirname(this.abs(dest)), { recursive: true });
    await copyFile(source.abs(srcPath), this.abs(dest));
    await chmod(this.abs(dest), (await stat(source.abs(srcPath))).mode & 0o777);
    this.origins.set(dest, source.abs(srcPath));
  }

  /** `mergeFileWithRoots`; the result is written as JSON, which is YAML and keeps every type. */
  private async merge(source: SourceFiles, srcPath: string, dest: string) {
    const merged = mergeMaps(
      await loadYamlMap(this.abs(dest), dest),
      await loadYamlMap(source.abs(srcPath), srcPath),
    );
    await writeFile(this.abs(dest), `${JSON.stringify(merged)}\n`);
    this.origins.set(dest, source.abs(srcPath));
  }

  private abs(relative: string): string {
    const full = path.resolve(this.root, relative);
    if (full !== this.root && !full.startsWith(`${this.root}${path.sep}`)) {
      throw new Error(`destination '${relative}' leaves the artifact`);
    }
    return full;
  }
}

/** A source's files, read inside its root only, with the operation's exclude patterns. */
class SourceFiles {
  constructor(
    private readonly root: string,
    private readonly excludes: readonly string[],
  ) {}

  abs(relative: string): string {
    const full = path.resolve(this.root, relative);
    if (full !== this.root && !full.startsWith(`${this.root}${path.sep}`)) {
      throw new Error(`source path '${relative}' leaves the source`);
    }
    return full;
  }

  /** `shouldExcludePath`. */
  excluded(file: string, base: string): boolean {
    if (this.matches(file)) return true;
    const relative = base === '.' || base === '' ? file : path.posix.relative(base, file);
    if (relative === '' || relative.startsWith('..') || relative === file) return false;
    return this.matches(relative);
  }

  private matches(file: string): boolean {
    const name = path.posix.basename(file);
    return this.excludes.some(
      (pattern) =>
        doublestarMatch(pattern, file) || (!pattern.includes('/') && doublestarMatch(pattern, name)),
    );
  }
}

/** All documents of a YAML file merged into one map, as sigs.k8s.io/yaml reads each. */
async function loadYamlMap(file: string, shown: string): Promise<Values> {
  const yaml = parseYamlFile(shown, await readFile(file, 'utf8'));
  let out = newValues();
  for (const document of yaml.documents) {
    const syntax = document.document.errors[0];
    if (syntax !== undefined) {
      throw new Error(
        `cannot unmarshal YAML document in ${shown}:${positionAt(yaml, syntax.pos[0]).line}: ${syntax.message}`,
      );
    }
    const value = decodeKubernetes(document.document, (node) => ({
      file: shown,
      line: positionAt(yaml, node.range?.[0] ?? 0).line,
    }));
    if (value === null) continue;
    if (!isValuesMap(value)) throw new Error(`cannot unmarshal YAML document in ${shown}: not a mapping`);
    out = mergeMaps(out, value);
  }
  return out;
}

/** `calculateGlobDestination`. */
function globDestination(pattern: string, match: string, dest: string): string {
  if (pattern.endsWith('/**')) {
    const prefix = `${pattern.slice(0, -'/**'.length)}/`;
    if (match.startsWith(prefix)) return join(dest, match.slice(prefix.length));
  }
  return join(dest, match);
}

/** `sourceSelectionRoot`: the literal directories before the first glob component. */
function selectionRoot(pattern: string): string {
  const parts: string[] = [];
  for (const part of path.posix.normalize(pattern).split('/')) {
    if (/[*?[\]]/.test(part)) break;
    parts.push(part);
  }
  return parts.length === 0 ? '.' : path.posix.join(...parts);
}

/** Go's `filepath.Join`: cleaned, and `.` for nothing. */
function join(...parts: string[]): string {
  return path.posix.join(...parts.filter((part) => part !== ''));
}

function isIgnored(relative: string): boolean {
  return relative.split('/').some((part) => part !== '.' && part !== '..' && isSourceIgnored(part));
}
