import { Octokit } from '@octokit/rest';
import type { Git } from '../../../src/git/git.js';
import type { GitHubEmulator } from './index.js';
import { INTERNAL_HEADER } from './server.js';

/**
 * Copies a branch of a real bare repository into the GitHub emulator, object for object, so that
 * both hold the same commits under the same shas: pull requests then see the head git pushed,
 * "No commits between" is decided on the real history, and auto-merge pins compare real shas.
 *
 * It goes through the emulator's own Git Data API with a plain Octokit (no throttling, so the
 * copy is instant), before the code under test runs. Each copied commit's sha is checked against
 * git's; git must write `+0000` dates (TZ=UTC), the only offset the emulator records.
 */
export async function mirrorBranch(gh: GitHubEmulator, origin: Git, branch: string): Promise<void> {
  // Marked internal, so a beforeRequest hook that mirrors does not run again for these calls.
  const octokit = new Octokit({ auth: gh.token('pat'), baseUrl: gh.url });
  octokit.hook.before('request', (options) => {
    options.headers[INTERNAL_HEADER] = '1';
  });
  const repo = { owner: gh.owner, repo: gh.repo };
  const ref = `refs/heads/${branch}`;
  const sha = (await origin.run(['rev-parse', '--verify', '--quiet', ref], { allowFailure: true })).trim();
  const known = gh.refs()[ref];
  if (sha === '') {
    if (known !== undefined) await octokit.rest.git.deleteRef({ ...repo, ref: `heads/${branch}` });
    return;
  }
  const copied = new Set(gh.commits().map((commit) => commit.sha));
  const history = (await origin.run(['rev-list', '--reverse', '--topo-order', sha])).split('\n');
  for (const commitSha of history.filter((line) => line !== '' && !copied.has(line))) {
    await copyCommit(octokit, repo, origin, commitSha);
  }
  if (known === undefined) await octokit.rest.git.createRef({ ...repo, ref, sha });
  else if (known !== sha)
    await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true });
}

/** Mirrors every branch of `origin`: what a test syncs before each API call the code under test makes. */
export async function mirrorAllBranches(gh: GitHubEmulator, origin: Git): Promise<void> {
  const heads = await origin.run(['for-each-ref', '--format=%(refname:short)', 'refs/heads']);
  for (const branch of heads.split('\n').filter((line) => line !== ''))
    await mirrorBranch(gh, origin, branch);
}

async function copyCommit(
  octokit: Octokit,
  repo: { owner: string; repo: string },
  origin: Git,
  sha: string,
): Promise<void> {
  const raw = await origin.run(['cat-file', 'commit', sha]);
  const split = raw.indexOf('\n\n');
  const headers = raw.slice(0, split).split('\n');
  const message = raw.slice(split + 2);
  const field = (name: string) =>
    headers.filter((line) => line.startsWith(`${name} `)).map((line) => line.slice(name.length + 1));
  const files = (await origin.run(['ls-tree', '-r', '-z', sha])).split('\0').filter((line) => line !== '');
  const tree = [];
  for (const line of files) {
    const [info = '', path = ''] = line.split('\t');
    const [mode = '', , blob = ''] = info.split(' ');
    const content = await origin.run(['cat-file', 'blob', blob]);
    tree.push({ path, mode: mode as '100644', type: 'blob' as const, content });
  }
  const { data: copiedTree } = await octokit.rest.git.createTree({ ...repo, tree });
  const [treeSha] = field('tree');
  if (copiedTree.sha !== treeSha)
    throw new Error(`tree of ${sha}: emulator ${copiedTree.sha}, git ${treeSha}`);
  const { data: commit } = await octokit.rest.git.createCommit({
    ...repo,
    message,
    tree: copiedTree.sha,
    parents: field('parent'),
    author: identity(field('author')[0] ?? ''),
    committer: identity(field('committer')[0] ?? ''),
  });
  if (commit.sha !== sha)
    throw new Error(`commit ${sha} became ${commit.sha} in the emulator (dates not in UTC?)`);
}

function identity(signature: string): { name: string; email: string; date: string } {
  const match = /^(.*) <(.*)> (\d+) \+0000$/.exec(signature);
  if (match === null)
    throw new Error(`cannot copy a commit signed ${JSON.stringify(signature)}; git must run with TZ=UTC`);
  return {
    name: match[1] ?? '',
    email: match[2] ?? '',
    date: new Date(Number(match[3]) * 1000).toISOString().replace(/\.000Z$/, 'Z'),
  };
}
