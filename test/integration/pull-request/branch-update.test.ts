import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { EditError } from '../../../src/core/edits/edit.js';
import { GitopsError } from '../../../src/core/errors.js';
import { updateBranch } from '../../../src/git/branch-update.js';
import { tempDir } from '../../support/temp.js';
import { type PromotionRepo, ROUTE, startPromotionRepo } from './promotion-repo.js';

let repo: PromotionRepo | undefined;

afterEach(async () => {
  await repo?.gh.close();
  repo = undefined;
});

const MESSAGE = 'Promote staging to production';

describe('updateBranch with real git', () => {
  it("leaves the checkout's branch, HEAD and uncommitted files alone and commits as github-actions[bot]", async () => {
    repo = await startPromotionRepo();
    const { work } = repo;
    await work.checkout('feature/wip', { create: true });
    await writeFile(path.join(work.workdir, 'README.md'), '# fleet (draft)\n');
    await writeFile(path.join(work.workdir, 'notes.txt'), 'untracked\n');
    const head = await work.revParse('HEAD');
    const status = await work.status();

    const edit = await repo.edit('apps/production/values.yaml', 'tag: 1.4.0', 'tag: 1.4.2');
    const result = await updateBranch({
      git: work,
      base: 'main',
      branch: ROUTE.branch,
      edits: [edit],
      message: MESSAGE,
    });

    expect(result.result).toBe('created');
    expect(await work.currentBranch()).toBe('feature/wip');
    expect(await work.revParse('HEAD')).toBe(head);
    expect(await work.status()).toBe(status);
    // The temporary worktree is gone, from disk and from git's list.
    expect((await work.run(['worktree', 'list', '--porcelain'])).match(/^worktree /gm)).toHaveLength(1);
    const identity = await repo.origin.run(['log', '-1', '--format=%an <%ae>|%cn <%ce>|%s', ROUTE.branch]);
    expect(identity.trim()).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|' +
        'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|' +
        MESSAGE,
    );
    // The README draft in the checkout did not travel: the branch is the base plus the edit.
    expect(await repo.origin.show(ROUTE.branch, 'README.md')).toBe('# fleet\n');
    repo.gh.assertNoViolations();
  });

  it('commits as the configured author', async () => {
    repo = await startPromotionRepo();
    const edit = await repo.edit('apps/production/values.yaml', 'tag: 1.4.0', 'tag: 1.4.2');
    const author = { name: 'Promoter App', email: 'promoter@example.invalid' };
    await updateBranch({
      git: repo.work,
      base: 'main',
      branch: ROUTE.branch,
      edits: [edit],
      message: MESSAGE,
      author,
    });
    const identity = await repo.origin.run(['log', '-1', '--format=%an <%ae>|%cn <%ce>', ROUTE.branch]);
    expect(identity.trim()).toBe(
      'Promoter App <promoter@example.invalid>|Promoter App <promoter@example.invalid>',
    );
    repo.gh.assertNoViolations();
  });

  it('refuses edits computed from a base that has moved under them, and pushes nothing', async () => {
    repo = await startPromotionRepo();
    const stale = await repo.edit('apps/production/values.yaml', 'tag: 1.4.0', 'tag: 1.4.2');
    await repo.commitOnMain({ 'apps/production/values.yaml': 'image:\n  tag: 1.4.1\nreplicas: 3\n' });

    const attempt = updateBranch({
      git: repo.work,
      base: 'main',
      branch: ROUTE.branch,
      edits: [stale],
      message: MESSAGE,
    });
    await expect(attempt).rejects.toBeInstanceOf(EditError);
    await expect(attempt).rejects.toMatchObject({ reason: 'stale' });
    expect(await repo.originSha(ROUTE.branch)).toBe('');
    expect((await repo.work.run(['worktree', 'list', '--porcelain'])).match(/^worktree /gm)).toHaveLength(1);
    repo.gh.assertNoViolations();
  });

  it('does not overwrite a branch that moved on the remote after it was fetched', async () => {
    repo = await startPromotionRepo();
    const edit = await repo.edit('apps/production/values.yaml', 'tag: 1.4.0', 'tag: 1.4.2');
    await updateBranch({
      git: repo.work,
      base: 'main',
      branch: ROUTE.branch,
      edits: [edit],
      message: MESSAGE,
    });
    // A second copy of origin where someone else has already pushed the branch further. Fetches
    // read origin and pushes go to the copy: exactly what a push landing between our fetch and our
    // push looks like.
    const racer = repo.work.at(path.join(await tempDir(), 'racer'));
    await racer.clone(pathToFileURL(repo.origin.workdir).href);
    await racer.run(['update-ref', `refs/heads/${ROUTE.branch}`, (await repo.originSha('main')) as string]);
    const racerSha = await racer.revParse(`refs/heads/${ROUTE.branch}`);
    await repo.work.run(['remote', 'set-url', '--push', 'origin', pathToFileURL(racer.workdir).href]);

    const next = await repo.edit('apps/production/values.yaml', 'tag: 1.4.0', 'tag: 1.5.0');
    const attempt = updateBranch({
      git: repo.work,
      base: 'main',
      branch: ROUTE.branch,
      edits: [next],
      message: MESSAGE,
    });
    await expect(attempt).rejects.toBeInstanceOf(GitopsError);
    await expect(attempt).rejects.toThrow(
      `refs/heads/${ROUTE.branch} changed on origin while this run was updating it`,
    );
    expect(await racer.revParse(`refs/heads/${ROUTE.branch}`)).toBe(racerSha);
    repo.gh.assertNoViolations();
  });
});
