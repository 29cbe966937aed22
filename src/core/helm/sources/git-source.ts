/**
 * The files of a GitRepository a chart lives in: the working tree being rendered (the bootstrap
 * `flux-system` source), or a shallow clone of another repository at its `spec.ref`. Clones are
 * cached on disk by URL and commit, so a branch that has not moved is not cloned again; a moved
 * branch is a new commit and a new clone, as source-controller makes a new artifact.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { GitopsError } from '../../errors.js';
import type { GitCheckout } from './chart-request.js';
import { displayUrl } from './http-get.js';

/** The git verbs cloning needs; src/git's Git class provides them (the core does not import it). */
export interface GitCommands {
  at(workdir: string): GitCommands;
  clone(url: string, options?: { branch?: string; depth?: number }): Promise<void>;
  checkout(ref: string): Promise<void>;
  lsRemote(remote: string, ref: string): Promise<string | undefined>;
  revParse(ref: string): Promise<string>;
}

export interface GitSourceOptions {
  /** The working tree of the repository being rendered. */
  readonly repoRoot?: string;
  readonly git?: GitCommands;
  /** Clones go to `<cacheDir>/git/<sha256(url|revision)>`. */
  readonly cacheDir: string;
}

export interface GitTree {
  /** The source root: chart paths and chart.spec.valuesFiles are relative to it. */
  readonly root: string;
  /** The commit of a clone; undefined for the working tree, which may hold uncommitted changes. */
  readonly revision?: string;
  /** `git:<url>` or `git:this-repository`, for cache keys and messages. */
  readonly source: string;
}

export class GitSource {
  private readonly clones = new Map<string, Promise<GitTree>>();
  private head: Promise<string> | undefined;

  constructor(private readonly options: GitSourceOptions) {}

  async tree(checkout: GitCheckout, what: string): Promise<GitTree> {
    if (checkout.type === 'this-repository') {
      if (this.options.repoRoot === undefined) {
        throw new GitopsError(`${what}: the chart is in this repository, but no repository root was given`);
      }
      return { root: path.resolve(this.options.repoRoot), source: 'git:this-repository' };
    }
    const git = this.options.git;
    if (git === undefined) {
      throw new GitopsError(`${what}: cloning ${displayUrl(checkout.url)} needs git, which was not given`);
    }
    const key = JSON.stringify([checkout.url, checkout.branch, checkout.tag, checkout.commit]);
    let pending = this.clones.get(key);
    if (pending === undefined) {
      pending = this.clone(git, checkout, what);
      pending.catch(() => this.clones.delete(key));
      this.clones.set(key, pending);
    }
    return pending;
  }

  /**
   * The commit of this repository's HEAD, for `reconcileStrategy: Revision`: source-controller
   * versions the chart with the commit it fetched, which for the repository being rendered is the
   * one checked out. Without git, or outside a checkout, it cannot be known, and guessing would
   * render a different `.Chart.Version`, so the release fails.
   */
  headRevision(what: string): Promise<string> {
    const hint =
      'source-controller adds the commit to the chart version (reconcileStrategy: Revision); ' +
      'render from a git checkout with git available, or use the default ChartVersion strategy.';
    const { git, repoRoot } = this.options;
    if (git === undefined || repoRoot === undefined) {
      return Promise.reject(
        new GitopsError(
          `${what}: chart.spec.reconcileStrategy Revision needs the commit of this repository, but render was given no git`,
          { hint },
        ),
      );
    }
    this.head ??= git.at(repoRoot).revParse('HEAD');
    // One rev-parse per run; each release that waits on it gets an error naming itself.
    return this.head.catch((error: unknown) => {
      const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new GitopsError(
        `${what}: chart.spec.reconcileStrategy Revision needs the commit of this repository, and git cannot read HEAD in ${repoRoot} (${detail})`,
        { hint },
      );
    });
  }

  private async clone(git: GitCommands, checkout: Extract<GitCheckout, { type: 'clone' }>, what: string) {
    const root = path.join(this.options.cacheDir, 'git');
    await mkdir(root, { recursive: true });
    const shown = displayUrl(checkout.url);
    // A commit pins the revision; a branch or tag is resolved first, so the cache key is a commit.
    const ref = checkout.tag === undefined ? `refs/heads/${checkout.branch}` : `refs/tags/${checkout.tag}`;
    const revision = checkout.commit ?? (await git.at(root).lsRemote(checkout.url, ref));
    if (revision === undefined) {
      throw new GitopsError(`${what}: ${shown} has no ${ref}`, {
        hint: 'Check the GitRepository spec.ref (branch or tag) against the remote.',
      });
    }
    const dir = path.join(root, createHash('sha256').update(`${checkout.url}|${revision}`).digest('hex'));
    const tree = { root: dir, revision, source: `git:${shown}` };
    if (await exists(path.join(dir, '.git'))) return tree;
    const staging = path.join(root, `.tmp-${randomBytes(8).toString('hex')}`);
    try {
      const clone = git.at(staging);
      const branch = checkout.tag ?? checkout.branch;
      if (checkout.commit === undefined) {
        await clone.clone(checkout.url, { depth: 1, ...(branch === undefined ? {} : { branch }) });
      } else {
        // An arbitrary commit is not reachable from a depth-1 clone of a branch tip.
        await clone.clone(checkout.url, branch === undefined ? {} : { branch });
        await clone.checkout(checkout.commit);
      }
      try {
        await rename(staging, dir);
      } catch (error) {
        // A concurrent run cloned the same commit first.
        if (!(await exists(path.join(dir, '.git')))) throw error;
      }
      return tree;
    } catch (error) {
      if (error instanceof GitopsError && error.name !== 'ToolError') throw error;
      throw new GitopsError(`${what}: cloning ${shown} at ${checkout.commit ?? ref} failed`, {
        cause: error,
      });
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
}

/**
 * The chart at `chartPath` inside a source root. A path that leaves the source is refused:
 * source-controller joins it securely (clamping it to the root), which never means what was written.
 */
export async function chartPathIn(tree: GitTree, chartPath: string, what: string): Promise<string> {
  const target = path.resolve(tree.root, chartPath.replace(/^\/+/, ''));
  if (target !== tree.root && !target.startsWith(`${tree.root}${path.sep}`)) {
    throw new GitopsError(`${what}: chart path "${chartPath}" leaves the source`);
  }
  const info = await stat(target).catch(() => undefined);
  if (info?.isFile() && target.endsWith('.tgz')) return target;
  if (info?.isDirectory() && (await exists(path.join(target, 'Chart.yaml')))) return target;
  throw new GitopsError(
    `${what}: chart path "${chartPath}" is not a chart (no Chart.yaml) in ${tree.source}`,
    {
      hint: 'chart.spec.chart is a path relative to the GitRepository root, e.g. ./charts/web-app.',
    },
  );
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined)) !== undefined;
}
