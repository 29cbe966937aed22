import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGitRemote } from '../../support/git-remote.js';
import { tempDir } from '../../support/temp.js';
import { testGit } from '../../support/tools.js';

describe('test git remote (bare origin and working clone)', () => {
  it('pushes a commit that a fresh clone of the file:// URL sees', async () => {
    const remote = await createGitRemote();
    expect(remote.url).toMatch(/^file:\/\/\/.*origin\.git$/);
    const sha = await remote.commit('Add the fleet', { 'clusters/prod/app.yaml': 'kind: Kustomization\n' });
    await remote.push();

    const elsewhere = await testGit(path.join(await tempDir(), 'clone'));
    await elsewhere.clone(remote.url);
    expect(await elsewhere.revParse('HEAD')).toBe(sha);
    expect(await elsewhere.currentBranch()).toBe('main');
    expect(await readFile(path.join(elsewhere.workdir, 'clusters', 'prod', 'app.yaml'), 'utf8')).toBe(
      'kind: Kustomization\n',
    );
  });

  it('reads origin, not the working clone: an unpushed commit is not in log or fileAt', async () => {
    const remote = await createGitRemote();
    const first = await remote.commit('First', { 'a.txt': 'one\n' });
    await remote.push();
    await remote.commit('Second', { 'a.txt': 'two\n' });

    expect(await remote.log()).toEqual([{ sha: first, subject: 'First' }]);
    expect(await remote.fileAt('main', 'a.txt')).toBe('one\n');
  });

  it('keeps branches apart and pushes the current one', async () => {
    const remote = await createGitRemote();
    const base = await remote.commit('Base', { 'values.yaml': 'replicas: 1\n' });
    await remote.push();
    await remote.branch('promote/prod');
    const change = await remote.commit('Scale up', { 'values.yaml': 'replicas: 3\n' });
    await remote.push();

    expect(await remote.fileAt('main', 'values.yaml')).toBe('replicas: 1\n');
    expect(await remote.fileAt('promote/prod', 'values.yaml')).toBe('replicas: 3\n');
    expect(await remote.log('promote/prod')).toEqual([
      { sha: change, subject: 'Scale up' },
      { sha: base, subject: 'Base' },
    ]);

    await remote.checkout('main');
    expect(await readFile(path.join(remote.work.workdir, 'values.yaml'), 'utf8')).toBe('replicas: 1\n');
  });

  it('pushes the refs it is given, and fileAt reads any commit by SHA', async () => {
    const remote = await createGitRemote();
    const first = await remote.commit('One', { 'v.txt': '1\n' });
    await remote.branch('feature');
    await remote.commit('Two', { 'v.txt': '2\n', 'nested/new.txt': 'new\n' });
    await remote.push(['main', 'feature']);

    expect(await remote.fileAt(first, 'v.txt')).toBe('1\n');
    expect(await remote.fileAt('feature', 'nested/new.txt')).toBe('new\n');
    expect((await remote.log('main')).map((entry) => entry.subject)).toEqual(['One']);
  });

  it('writeFiles leaves changes in the working clone; commit without files stages and commits them all', async () => {
    const remote = await createGitRemote();
    await remote.commit('Start', { 'a.txt': 'a\n' });
    await remote.writeFiles({ 'a.txt': 'changed\n', 'dir/b.txt': 'b\n' });
    expect(await remote.work.status()).toBe(' M a.txt\n?? dir/\n');
    await remote.commit('Stage everything');
    expect(await remote.work.status()).toBe('');
  });
});
