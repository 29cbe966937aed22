import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * A private copy of the repository, standing in for repo-server's checkout. Argo CD runs
 * `kustomize edit` and `helm dependency build` inside its checkout; we do the same inside this copy,
 * so the user's working tree is never written. Unlike Flux's artifacts nothing is left out but `.git`:
 * repo-server renders from a full clone.
 */
export class ArgoWorkspace {
  private counter = 0;

  private constructor(
    readonly sourceRoot: string,
    readonly root: string,
    private readonly parent: string,
  ) {}

  static async create(sourceRoot: string): Promise<ArgoWorkspace> {
    const original = path.resolve(sourceRoot);
    const parent = await mkdtemp(path.join(os.tmpdir(), 'gitops-actions-argocd-'));
    const root = path.join(parent, 'repo');
    try {
      await cp(original, root, {
        recursive: true,
        verbatimSymlinks: true,
        filter: (from) => path.basename(from) !== '.git',
      });
    } catch (error) {
      await rm(parent, { recursive: true, force: true });
      throw error;
    }
    return new ArgoWorkspace(original, root, parent);
  }

  /** The copy of a repository-relative path. */
  resolve(relative: string): string {
    return path.join(this.root, relative);
  }

  /** The repository-relative form of a path inside the copy, with `/`. */
  display(copied: string): string {
    return path.relative(this.root, copied).split(path.sep).join('/') || '.';
  }

  /** The original file a path inside the copy stands for. */
  originalOf(copied: string): string {
    return path.join(this.sourceRoot, path.relative(this.root, copied));
  }

  /** A file outside the copy (for `helm.values`), so no source can read it as part of the repository. */
  async writeScratch(name: string, text: string): Promise<string> {
    const file = path.join(this.parent, `${++this.counter}-${name}`);
    await writeFile(file, text);
    return file;
  }

  /** Replaces `copied`'s text with `text` (the kustomization after the Application's edits). */
  async rewrite(copied: string, text: string): Promise<void> {
    await writeFile(copied, text);
  }

  async dispose(): Promise<void> {
    await rm(this.parent, { recursive: true, force: true });
  }
}
