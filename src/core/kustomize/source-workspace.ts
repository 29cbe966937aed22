import { copyFile, mkdir, mkdtemp, readdir, readlink, rm, stat, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GitopsError } from '../errors.js';

/**
 * What source-controller leaves out of every GitRepository artifact (fluxcd/pkg `sourceignore`:
 * `ExcludeVCS`, `ExcludeExt`, `ExcludeCI`, `ExcludeExtra`). Each is a gitignore pattern without a
 * slash in its middle, so it matches at any depth: we compare base names.
 */
const EXCLUDED_DIRS = new Set(['.git', '.github', '.circleci']);
const EXCLUDED_FILES = new Set([
  '.git',
  '.gitignore',
  '.gitmodules',
  '.gitattributes',
  '.travis.yml',
  '.gitlab-ci.yml',
  'appveyor.yml',
  '.drone.yml',
  'cloudbuild.yaml',
  'codeship-services.yml',
  'codeship-steps.yml',
  '.goreleaser.yml',
  '.sops.yaml',
  '.flux.yaml',
]);
const EXCLUDED_SUFFIXES = ['.jpg', '.jpeg', '.gif', '.png', '.wmv', '.flv', '.tar.gz', '.zip'];

/**
 * A private copy of a source's files, standing in for the artifact kustomize-controller downloads and
 * extracts into a temporary directory before every build.
 *
 * Why a copy and not a wrapper kustomization pointing at the original: the controller *rewrites the
 * user's own kustomization file* (fluxcd/pkg `Generator.WriteFile`). `targetNamespace`, `namePrefix`,
 * `patches`, `images` and `components` land in the same kustomization as the user's resources and
 * transformers, so they run in kustomize's order within that one kustomization (patches before name
 * prefixes, components before the kustomization's transformers, images merged field by field with the
 * user's `images`). A wrapper would apply them after everything the user wrote, with different results.
 * Editing a copy gives the controller's result and never writes into the user's repository; `../`
 * references and generator files resolve inside the copy exactly as they do inside the artifact, and a
 * reference that leaves the source fails, as the controller's secure filesystem makes it fail.
 */
export class SourceWorkspace {
  private constructor(
    /** The original source root (the GitRepository's root directory). */
    readonly sourceRoot: string,
    /** The copy. Its parent is an otherwise empty temporary directory. */
    readonly root: string,
    private readonly parent: string,
    private readonly provenance: ((original: string) => string) | undefined,
  ) {}

  /**
   * `provenance` maps a file of the source to the file a person wrote, when the source is itself
   * assembled from other files (an ExternalArtifact): messages and origins then name the latter.
   */
  static async create(
    sourceRoot: string,
    provenance?: (original: string) => string,
  ): Promise<SourceWorkspace> {
    const original = path.resolve(sourceRoot);
    const info = await stat(original).catch(() => undefined);
    if (!info?.isDirectory()) {
      throw new GitopsError(`the source root ${sourceRoot} is not a directory`);
    }
    const parent = await mkdtemp(path.join(os.tmpdir(), 'gitops-actions-source-'));
    const root = path.join(parent, 'source');
    try {
      await copySource(original, root);
    } catch (error) {
      await rm(parent, { recursive: true, force: true });
      throw error;
    }
    return new SourceWorkspace(original, root, parent, provenance);
  }

  /**
   * The copy of `relative` (a Kustomization's `spec.path`, relative to the source root). A path that
   * leaves the source is refused: kustomize-controller's `securejoin` would silently clamp it to the
   * root and build some other directory, which is never what the author meant.
   */
  resolve(relative: string): string {
    const target = path.resolve(this.root, relative.replace(/^\/+/, ''));
    if (target !== this.root && !target.startsWith(`${this.root}${path.sep}`)) {
      throw new GitopsError(`the path ${relative} leaves the source root`);
    }
    return target;
  }

  /** The original file or directory a path inside the copy stands for. */
  originalOf(copied: string): string {
    return path.join(this.sourceRoot, path.relative(this.root, copied));
  }

  /** The file a person wrote that a path inside the copy stands for. */
  provenanceOf(copied: string): string {
    const original = this.originalOf(copied);
    return this.provenance === undefined ? original : this.provenance(original);
  }

  /** Puts the original back over a file of the copy that a build rewrote. */
  async restoreFile(copied: string): Promise<void> {
    await copyFile(this.originalOf(copied), copied);
  }

  async dispose(): Promise<void> {
    await rm(this.parent, { recursive: true, force: true });
  }
}

/** Whether source-controller's default ignore rules leave this file or directory out of an artifact. */
export function isSourceIgnored(file: string): boolean {
  const base = path.basename(file);
  if (EXCLUDED_DIRS.has(base) || EXCLUDED_FILES.has(base)) return true;
  return EXCLUDED_SUFFIXES.some((suffix) => base.endsWith(suffix));
}

/** Copies at once, so that a source of a few hundred files copies in milliseconds, not a sequence of them. */
const COPY_CONCURRENCY = 16;

/**
 * The source's files without what source-controller leaves out, symlinks kept as links (kustomize
 * decides what to do with them, as it would in the artifact). Directories are made first, in
 * order; then the files are copied concurrently, which `fs.cp`, one entry after another, does not.
 */
async function copySource(from: string, to: string): Promise<void> {
  const files: [string, string][] = [];
  const links: [string, string][] = [];
  const walk = async (source: string, target: string): Promise<void> => {
    await mkdir(target, { recursive: true });
    for (const entry of await readdir(source, { withFileTypes: true })) {
      const inner = path.join(source, entry.name);
      if (isSourceIgnored(inner)) continue;
      const copied = path.join(target, entry.name);
      if (entry.isDirectory()) await walk(inner, copied);
      else if (entry.isSymbolicLink()) links.push([inner, copied]);
      else if (entry.isFile()) files.push([inner, copied]);
    }
  };
  await walk(from, to);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const [source, target] = files[next++] as [string, string];
      await copyFile(source, target);
    }
  };
  await Promise.all(Array.from({ length: Math.min(COPY_CONCURRENCY, files.length) }, worker));
  for (const [source, target] of links) await symlink(await readlink(source), target);
}
