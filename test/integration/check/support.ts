import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveBaseCommit } from '../../../src/check/base-commit.js';
import { type CheckOptions, runCheck } from '../../../src/check/run-check.js';
import { createGitRemote, type GitRemote } from '../../support/git-remote.js';
import { repoRoot } from '../../support/paths.js';
import { tempDir } from '../../support/temp.js';
import { testTools } from '../../support/tools.js';
import { fleetMirrors } from '../render/support.js';

/** examples/fleet as the whole repository, committed on main and pushed, with `feature` checked out. */
export async function fleetRepository(extra: Record<string, string> = {}): Promise<GitRemote> {
  const remote = await createGitRemote();
  await cp(path.join(repoRoot, 'examples', 'fleet'), remote.work.workdir, { recursive: true });
  await remote.commit('fleet', extra);
  await remote.push();
  await remote.branch('feature');
  return remote;
}

/** Rewrites one file of the working clone with `edit`, failing when the edit changes nothing. */
export async function editFile(
  remote: GitRemote,
  file: string,
  edit: (text: string) => string,
): Promise<void> {
  const full = path.join(remote.work.workdir, file);
  const before = await readFile(full, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing`);
  await writeFile(full, after);
}

export async function removePath(remote: GitRemote, file: string): Promise<void> {
  await rm(path.join(remote.work.workdir, file), { recursive: true });
}

/** The check of the working clone against main, as the CLI and the action run it. */
export async function checkAgainstMain(
  remote: GitRemote,
  options: Partial<CheckOptions> & { cacheDir?: string } = {},
) {
  const base = await resolveBaseCommit(remote.work, { kind: 'ref', ref: 'main' });
  return runCheck({
    git: remote.work,
    base,
    repoRoot: remote.work.workdir,
    sourceRoot: remote.work.workdir,
    tools: testTools(),
    cacheDir: options.cacheDir ?? (await tempDir('gitops-actions-check-cache-')),
    mirrors: fleetMirrors,
    concurrency: 4,
    full: false,
    ...options,
  });
}
