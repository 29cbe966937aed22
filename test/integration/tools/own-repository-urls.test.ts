import { describe, expect, it } from 'vitest';
import { ownRepositoryUrls } from '../../../src/git/git.js';
import { createGitRemote } from '../../support/git-remote.js';
import { tempDir } from '../../support/temp.js';
import { testGit } from '../../support/tools.js';

describe('ownRepositoryUrls', () => {
  it("lists a checkout's remotes and, on GitHub, the workflow's repository", async () => {
    const remote = await createGitRemote();
    await remote.work.remoteAdd('mirror', 'https://git.example.com/acme/fleet.git');
    const env = { GITHUB_SERVER_URL: 'https://github.com/', GITHUB_REPOSITORY: 'acme/fleet' };
    expect((await ownRepositoryUrls(remote.work, env)).sort()).toEqual(
      ['https://git.example.com/acme/fleet.git', 'https://github.com/acme/fleet', remote.url].sort(),
    );
  });

  it('is empty outside a repository and off GitHub', async () => {
    expect(await ownRepositoryUrls(await testGit(await tempDir()), {})).toEqual([]);
  });
});
