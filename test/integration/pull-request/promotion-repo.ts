import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Octokit } from '@octokit/rest';
import type { Edit } from '../../../src/core/edits/edit.js';
import { Git } from '../../../src/git/git.js';
import { createGitHubClient, type GitHubClient } from '../../../src/github/client.js';
import type { PullRequestSpec } from '../../../src/github/pull-request.js';
import { mirrorBranch } from '../../support/github-emulator/git-mirror.js';
import {
  type GitHubEmulator,
  startGitHubEmulator,
  type TokenKind,
} from '../../support/github-emulator/index.js';
import { tempDir } from '../../support/temp.js';
import { testAuthor, testTools } from '../../support/tools.js';

export const OWNER = 'acme';
export const REPO = 'fleet';
export const ROUTE = { owner: OWNER, repo: REPO, base: 'main', branch: 'promote/staging-to-production' };

export const INITIAL_FILES = {
  'README.md': '# fleet\n',
  'apps/staging/values.yaml': 'image:\n  tag: 1.4.2\nreplicas: 1\n',
  'apps/production/values.yaml': 'image:\n  tag: 1.4.0\nreplicas: 3\n',
};

/**
 * A promotion repository as the actions meet it: a real bare repository as `origin` (for git), a
 * working clone (the runner's checkout), and the GitHub emulator holding the same commits (for
 * the API). `sync` copies branches from origin into the emulator after git pushed them, the way
 * GitHub sees a push.
 */
export interface PromotionRepo {
  gh: GitHubEmulator;
  client: GitHubClient;
  /** The bare origin. */
  origin: Git;
  /** The checkout the action runs in. */
  work: Git;
  warnings: string[];
  /** Commits files on main in the checkout, pushes and syncs; returns the sha. */
  commitOnMain(files: Record<string, string>, message?: string): Promise<string>;
  /** Copies these branches from origin into the emulator (deleting the ones origin lacks). */
  sync(...branches: string[]): Promise<void>;
  /** The sha origin holds for a branch, or '' when it has none. */
  originSha(branch: string): Promise<string>;
  /** An edit replacing `old` (which must occur once) in a file as origin's main holds it. */
  edit(file: string, old: string, replacement: string): Promise<Edit>;
}

export async function startPromotionRepo(
  options: { token?: TokenKind; allowActionsToCreatePullRequests?: boolean } = {},
): Promise<PromotionRepo> {
  const gh = await startGitHubEmulator({
    owner: OWNER,
    repo: REPO,
    allowActionsToCreatePullRequests: options.allowActionsToCreatePullRequests ?? true,
  });
  const dir = await tempDir('gitops-actions-pr-');
  const gitPath = (await testTools().locate('git')).path;
  // UTC so the emulator, which records +0000 only, computes the same commit shas as git.
  const env = { PATH: process.env.PATH ?? '', HOME: dir, TZ: 'UTC' };
  const origin = Git.create(gitPath, path.join(dir, 'origin.git'), env, testAuthor);
  await origin.init({ bare: true, initialBranch: 'main' });
  const work = Git.create(gitPath, path.join(dir, 'work'), env, testAuthor);
  await work.clone(pathToFileURL(origin.workdir).href);

  const warnings: string[] = [];
  const client = createGitHubClient({
    token: gh.token(options.token ?? 'app'),
    baseUrl: gh.url,
    log: { debug: () => {}, info: () => {}, warn: (message) => warnings.push(message), error: () => {} },
  });
  const sync = async (...branches: string[]) => {
    for (const branch of branches) await mirrorBranch(gh, origin, branch);
  };
  const commitOnMain = async (files: Record<string, string>, message = 'Update') => {
    for (const [file, content] of Object.entries(files)) {
      const target = path.join(work.workdir, ...file.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content);
    }
    await work.add();
    const sha = await work.commit(message);
    await work.push('origin', ['HEAD:refs/heads/main']);
    await sync('main');
    return sha;
  };
  await commitOnMain(INITIAL_FILES, 'Initial commit');

  return {
    gh,
    client,
    origin,
    work,
    warnings,
    commitOnMain,
    sync,
    originSha: async (branch) =>
      (
        await origin.run(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`], { allowFailure: true })
      ).trim(),
    async edit(file, old, replacement) {
      const text = await origin.show('main', file);
      const start = text.indexOf(old);
      if (start < 0 || text.indexOf(old, start + 1) >= 0)
        throw new Error(`${old} must occur once in ${file}`);
      return { file, range: { start, end: start + old.length }, old, new: replacement };
    },
  };
}

/** The requests the emulator answered from `from` on, as `METHOD operationId`. */
export function requestsSince(gh: GitHubEmulator, from: number): string[] {
  return gh.requests.slice(from).map((request) => `${request.method} ${request.operationId ?? request.path}`);
}

/** The route's branch, one commit ahead of main, made in the emulator alone; returns its head. */
export function seedRouteBranch(r: PromotionRepo, tag = '1.4.2'): string {
  return r.gh.commit({
    branch: ROUTE.branch,
    files: { 'apps/production/values.yaml': `image:\n  tag: ${tag}\nreplicas: 3\n` },
  });
}

/** A pull-request spec for the route, with replication retries shortened for tests. */
export function pullSpec(headSha: string, extra: Partial<PullRequestSpec> = {}): PullRequestSpec {
  return {
    ...ROUTE,
    title: 'Promote staging to production',
    body: 'Promotes shop 1.4.2',
    headSha,
    branchChanged: true,
    retry: { attempts: 4, delayMs: 10 },
    ...extra,
  };
}

/** A person's client (a PAT, no throttling), acting outside the code under test. */
export function personClient(r: PromotionRepo): Octokit {
  return new Octokit({ auth: r.gh.token('pat'), baseUrl: r.gh.url });
}
