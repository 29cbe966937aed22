/**
 * The pull-request check: render the base and the head, compare them object by object, and validate
 * what the head renders. The base is a git worktree of the base commit in a temporary directory (no
 * second clone, no network); the head is the working tree as it is.
 *
 * Affected-only: both sides are planned first (every unit's inputs digested, the Kustomization trees
 * built), and only the units whose inputs differ are rendered, on both sides. The rest would render
 * the same objects on both sides and add nothing to the diff. `full` renders everything instead.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type DiffOptions, diffRuns, type RenderDiff, volatileMasks } from '../core/diff/index.js';
import type { MirrorMap } from '../core/helm/sources/index.js';
import {
  affectedUnits,
  loadRenderConfig,
  type RenderRepositoryOptions,
  type RenderRun,
  type RenderSettingsFromConfig,
  renderRepository,
  writeRenderOutput,
} from '../core/render/index.js';
import type { Tools } from '../core/tools/tools.js';
import { runValidation, type ValidationRun, type ValidationSettings } from '../core/validate/run.js';
import type { Git } from '../git/git.js';
import type { BaseCommit } from './base-commit.js';

export interface CheckOptions {
  git: Git;
  base: BaseCommit;
  /** A commit to render as the head instead of the working tree (`--head`). */
  head?: string;
  /** Paths in reports are relative to it (the workspace, inside the working tree). */
  repoRoot: string;
  /** The GitOps repository to render, inside the working tree. */
  sourceRoot: string;
  clusters?: readonly string[];
  tools: Tools;
  /** Charts and rendered units, shared by both sides (the same inputs give the same entry). */
  cacheDir: string;
  mirrors?: MirrorMap;
  concurrency: number;
  kubeVersion?: string;
  repositoryUrls?: readonly string[];
  /** Render every unit on both sides. */
  full: boolean;
  diff?: DiffOptions;
  /** How to validate the head's render; without it nothing is validated. */
  validation?: Omit<ValidationSettings, 'repoRoot' | 'paths' | 'rendered'>;
  /** Directories of the working tree that are not inputs (the check's own output). */
  exclude?: readonly string[];
}

export interface CheckResult {
  base: BaseCommit;
  baseRun: RenderRun;
  headRun: RenderRun;
  diff: RenderDiff;
  validation?: ValidationRun;
  /** Units rendered (not planned) on each side, and how many the change touched. */
  stats: { units: number; affected: number; full: boolean };
}

export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  const temp = await mkdtemp(path.join(os.tmpdir(), 'gitops-actions-check-'));
  const worktrees: string[] = [];
  const checkout = async (name: string, commit: string) => {
    const dir = path.join(temp, name);
    await options.git.worktreeAdd(dir, commit, { hooksPath: path.join(temp, 'no-hooks') });
    worktrees.push(dir);
    return dir;
  };
  try {
    const toplevel = await options.git.toplevel();
    // A worktree sees the same relative paths, so owners and sources compare as equal.
    const within = (root: string) => ({
      repoRoot: path.join(root, path.relative(toplevel, options.repoRoot)),
      sourceRoot: path.join(root, path.relative(toplevel, options.sourceRoot)),
    });
    const baseRoots = within(await checkout('base', options.base.sha));
    const headRoots =
      options.head === undefined
        ? { repoRoot: options.repoRoot, sourceRoot: options.sourceRoot }
        : within(await checkout('head', options.head));
    return await compare(options, baseRoots, headRoots, temp);
  } finally {
    for (const dir of worktrees)
      await options.git.worktreeRemove(dir).catch(() => options.git.worktreePrune());
    await rm(temp, { recursive: true, force: true });
  }
}

interface Roots {
  repoRoot: string;
  sourceRoot: string;
}

async function compare(
  options: CheckOptions,
  baseRoots: Roots,
  headRoots: Roots,
  temp: string,
): Promise<CheckResult> {
  const common = {
    tools: options.tools,
    cacheDir: options.cacheDir,
    // The same git clones other repositories' GitRepositories for both sides.
    git: options.git,
    ...(options.mirrors ? { mirrors: options.mirrors } : {}),
    concurrency: options.concurrency,
    ...(options.kubeVersion ? { kubeVersion: options.kubeVersion } : {}),
    ...(options.repositoryUrls ? { repositoryUrls: options.repositoryUrls } : {}),
  } satisfies Partial<RenderRepositoryOptions>;
  // Each side renders what its own .gitops-actions.yaml names: the pull request may change it.
  const [baseConfig, headConfig] = await Promise.all([
    loadRenderConfig(baseRoots.sourceRoot),
    loadRenderConfig(headRoots.sourceRoot),
  ]);
  const configured = (config: RenderSettingsFromConfig) => ({
    clusters: options.clusters?.length ? [...options.clusters] : (config.clusters ?? []),
    charts: config.charts,
  });
  const head = (extra: Partial<RenderRepositoryOptions> = {}) =>
    renderRepository({
      ...common,
      ...configured(headConfig),
      ...headRoots,
      ...(options.exclude ? { exclude: options.exclude } : {}),
      ...extra,
    });
  const base = (extra: Partial<RenderRepositoryOptions> = {}) =>
    renderRepository({ ...common, ...configured(baseConfig), ...baseRoots, ...extra });

  let renderOnly: Set<string> | undefined;
  if (!options.full) {
    const [basePlan, headPlan] = await Promise.all([base({ plan: true }), head({ plan: true })]);
    renderOnly = affectedUnits(basePlan, headPlan);
  }
  const only = renderOnly === undefined ? {} : { renderOnly };
  // One side after the other: each already uses every slot of `concurrency`.
  const headRun = await head(only);
  const baseRun = await base(only);
  let diff = diffRuns(baseRun, headRun, options.diff);
  if (options.diff?.noise?.volatile !== false) {
    // Render the head's changed units once more, afresh: a field that differs between two renders
    // of the same inputs comes from a random or time function, and is noise in the diff.
    const changed = new Set(diff.clusters.flatMap((cluster) => cluster.objects.map((object) => object.unit)));
    const again = changed.size > 0 ? await head({ renderOnly: changed, reuseRenders: false }) : undefined;
    if (again !== undefined) {
      diff = diffRuns(baseRun, headRun, { ...options.diff, volatile: volatileMasks(headRun, again) });
    }
  }
  const validation =
    options.validation === undefined ? undefined : await validateHead(options, headRoots, headRun, temp);
  const rendered = headRun.units.filter((unit) => unit.status !== 'planned').length;
  return {
    base: options.base,
    baseRun,
    headRun,
    diff,
    ...(validation ? { validation } : {}),
    stats: {
      units: headRun.units.length,
      affected: renderOnly === undefined ? rendered : renderOnly.size,
      full: options.full,
    },
  };
}

/** The validate engine over what the head rendered, with each finding at its owner's file:line. */
async function validateHead(
  options: CheckOptions,
  headRoots: Roots,
  headRun: RenderRun,
  temp: string,
): Promise<ValidationRun> {
  const outDir = path.join(temp, 'head-rendered');
  await writeRenderOutput(outDir, headRun);
  // Findings on rendered objects already point at their owner's file:line (rendered-index.ts).
  return runValidation({
    ...(options.validation as NonNullable<CheckOptions['validation']>),
    repoRoot: headRoots.repoRoot,
    paths: [],
    rendered: path.relative(headRoots.repoRoot, outDir),
  });
}
