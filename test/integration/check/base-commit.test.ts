import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveBaseCommit } from '../../../src/check/base-commit.js';
import { createGitRemote } from '../../support/git-remote.js';
import { tempDir } from '../../support/temp.js';
import { testGit } from '../../support/tools.js';

/** main: A — B; feature: A — C (branched at A), then main moves on to B. */
async function forkedHistory() {
  const remote = await createGitRemote();
  const a = await remote.commit('A', { 'a.txt': 'a\n' });
  await remote.push();
  await remote.branch('feature');
  const c = await remote.commit('C', { 'c.txt': 'c\n' });
  await remote.checkout('main');
  const b = await remote.commit('B', { 'b.txt': 'b\n' });
  await remote.push(['main', 'feature']);
  await remote.checkout('feature');
  return { remote, a, b, c };
}

describe('resolveBaseCommit', () => {
  it('takes the merge-base of a ref and HEAD, not the tip of the base branch', async () => {
    const { remote, a } = await forkedHistory();
    const base = await resolveBaseCommit(remote.work, { kind: 'ref', ref: 'main' });
    expect(base.sha).toBe(a);
    expect(base.description).toBe('merge-base of main and HEAD');
  });

  it('takes the merge-base with the pull request base sha from the event', async () => {
    const { remote, a, b } = await forkedHistory();
    const base = await resolveBaseCommit(remote.work, { kind: 'pull-request', baseSha: b, baseRef: 'main' });
    expect(base.sha).toBe(a);
  });

  it('takes the commit before a push, and the parent when the push created the branch', async () => {
    const { remote, a, c } = await forkedHistory();
    expect((await resolveBaseCommit(remote.work, { kind: 'push', before: a })).sha).toBe(a);
    const created = await resolveBaseCommit(remote.work, { kind: 'push', before: '0'.repeat(40) });
    expect(created.sha).toBe(a);
    expect(created.description).toContain('created the branch');
    expect(c).not.toBe(a);
  });

  it('tells a shallow clone to fetch the full history', async () => {
    const { remote, b } = await forkedHistory();
    const shallow = await testGit(path.join(await tempDir(), 'shallow'));
    await shallow.clone(remote.url, { branch: 'feature', depth: 1 });
    await expect(
      resolveBaseCommit(shallow, { kind: 'pull-request', baseSha: b, baseRef: 'main' }),
    ).rejects.toMatchObject({
      message: expect.stringContaining('not in this shallow clone'),
      hint: expect.stringContaining('fetch-depth: 0'),
    });
  });

  it('names a ref that is not a commit', async () => {
    const { remote } = await forkedHistory();
    await expect(resolveBaseCommit(remote.work, { kind: 'ref', ref: 'no-such-branch' })).rejects.toThrow(
      'no-such-branch is not a commit in this repository',
    );
  });
});
