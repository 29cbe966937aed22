import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execProgram } from '../../../src/core/tools/exec.js';
import { type GitHubEmulator, startGitHubEmulator } from '../../support/github-emulator/index.js';
import { tempDir } from '../../support/temp.js';

let gh: GitHubEmulator;
let octokit: Octokit;
const repo = { owner: 'octo', repo: 'fleet' };

beforeEach(async () => {
  gh = await startGitHubEmulator({
    ...repo,
    files: { 'README.md': '# fleet\n', 'apps/base/app.yaml': 'kind: A\n' },
  });
  octokit = new Octokit({ auth: gh.token('github-actions'), baseUrl: gh.url });
});

afterEach(async () => {
  gh.assertNoViolations();
  await gh.close();
});

async function git(cwd: string, ...args: string[]): Promise<string> {
  const result = await execProgram('git', args, {
    cwd,
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' },
  });
  if (result.exitCode !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
}

describe('Git Data API of the GitHub emulator', () => {
  it('computes the same blob and tree shas as git for the same content', async () => {
    const mainSha = gh.refs()['refs/heads/main'] ?? '';
    const { data: commit } = await octokit.rest.git.getCommit({ ...repo, commit_sha: mainSha });
    const dir = await tempDir();
    await mkdir(path.join(dir, 'apps', 'base'), { recursive: true });
    await writeFile(path.join(dir, 'README.md'), '# fleet\n');
    await writeFile(path.join(dir, 'apps', 'base', 'app.yaml'), 'kind: A\n');
    await git(dir, 'init', '--quiet');
    await git(dir, 'add', '.');
    expect(await git(dir, 'write-tree')).toBe(commit.tree.sha);
    const { data: blob } = await octokit.rest.git.createBlob({ ...repo, content: 'kind: A\n' });
    expect(blob.sha).toBe(await git(dir, 'hash-object', 'apps/base/app.yaml'));
  });

  it('builds a tree on base_tree with nested paths, deletions and inline content', async () => {
    const mainSha = gh.refs()['refs/heads/main'] ?? '';
    const { data: base } = await octokit.rest.git.getCommit({ ...repo, commit_sha: mainSha });
    const { data: tree } = await octokit.rest.git.createTree({
      ...repo,
      base_tree: base.tree.sha,
      tree: [
        { path: 'apps/production/app.yaml', mode: '100644', type: 'blob', content: 'kind: B\n' },
        { path: 'README.md', mode: '100644', type: 'blob', sha: null },
      ],
    });
    const { data: listed } = await octokit.rest.git.getTree({
      ...repo,
      tree_sha: tree.sha,
      recursive: 'true',
    });
    expect(listed.tree.map((entry) => `${entry.type} ${entry.path}`)).toEqual([
      'tree apps',
      'tree apps/base',
      'blob apps/base/app.yaml',
      'tree apps/production',
      'blob apps/production/app.yaml',
    ]);
    const file = listed.tree.find((entry) => entry.path === 'apps/production/app.yaml');
    const { data: blob } = await octokit.rest.git.getBlob({ ...repo, file_sha: file?.sha ?? '' });
    expect(Buffer.from(blob.content, 'base64').toString()).toBe('kind: B\n');
  });

  it('refuses a non-fast-forward ref update without force', async () => {
    const mainSha = gh.refs()['refs/heads/main'] ?? '';
    const ahead = gh.commit({ branch: 'promote/prod', files: { 'a.txt': 'a\n' } });
    const rewind = await octokit.rest.git
      .updateRef({ ...repo, ref: 'heads/promote/prod', sha: mainSha })
      .catch((caught: { status: number; message: string }) => caught);
    expect(rewind).toMatchObject({
      status: 422,
      message: expect.stringContaining('Update is not a fast forward'),
    });
    expect(gh.refs()['refs/heads/promote/prod']).toBe(ahead);
  });

  it('refuses to create a ref that exists or that points at an unknown commit', async () => {
    const mainSha = gh.refs()['refs/heads/main'] ?? '';
    const exists = await octokit.rest.git
      .createRef({ ...repo, ref: 'refs/heads/main', sha: mainSha })
      .catch((caught: { status: number; message: string }) => caught);
    expect(exists).toMatchObject({
      status: 422,
      message: expect.stringContaining('Reference already exists'),
    });
    const missing = await octokit.rest.git
      .createRef({ ...repo, ref: 'refs/heads/x', sha: '0'.repeat(40) })
      .catch((caught: { status: number; message: string }) => caught);
    expect(missing).toMatchObject({ status: 422, message: expect.stringContaining('Object does not exist') });
  });

  it('marks commits made with GITHUB_TOKEN as verified and those made with a PAT as unsigned', async () => {
    const mainSha = gh.refs()['refs/heads/main'] ?? '';
    const { data: base } = await octokit.rest.git.getCommit({ ...repo, commit_sha: mainSha });
    const create = (client: Octokit) =>
      client.rest.git.createCommit({ ...repo, message: 'm', tree: base.tree.sha, parents: [mainSha] });
    const { data: bot } = await create(octokit);
    const { data: person } = await create(new Octokit({ auth: gh.token('pat'), baseUrl: gh.url }));
    expect([bot.verification.verified, bot.author.name]).toEqual([true, 'github-actions[bot]']);
    expect([person.verification.verified, person.verification.reason]).toEqual([false, 'unsigned']);
    expect(gh.commits().map((commit) => commit.sha)).toEqual(expect.arrayContaining([bot.sha, person.sha]));
  });
});
