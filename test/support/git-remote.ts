import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Git, LogEntry } from '../../src/git/git.js';
import { tempDir } from './temp.js';
import { testGit } from './tools.js';

/**
 * A repository as a GitOps action meets it: a bare repository standing in for the hosted one
 * (`origin`), and a working clone the test prepares it from. Code under test clones `url` and
 * pushes back; `log` and `fileAt` then read what arrived on origin, not the working clone.
 */
export interface GitRemote {
  /** The bare repository's `file://` URL, as a clone or a GitRepository's `spec.url` takes it. */
  readonly url: string;
  /** The bare repository (origin). */
  readonly origin: Git;
  /** The working clone, on `main` at first. */
  readonly work: Git;
  /** Writes files (paths relative to the clone, `/`-separated), creating directories. */
  writeFiles(files: Record<string, string>): Promise<void>;
  /** Writes `files` if given, stages everything and commits; returns the new commit's SHA. */
  commit(message: string, files?: Record<string, string>): Promise<string>;
  /** Creates (or resets) branch `name` at the current commit and checks it out. */
  branch(name: string): Promise<void>;
  checkout(ref: string): Promise<void>;
  /** Pushes `refs` to origin; the current branch when none are given. */
  push(refs?: readonly string[]): Promise<void>;
  /** Origin's commits reachable from `ref`, newest first. */
  log(ref?: string): Promise<LogEntry[]>;
  /** The content of `file` at `ref` on origin. */
  fileAt(ref: string, file: string): Promise<string>;
}

/** A fresh origin and clone in temporary directories that are removed after the current test. */
export async function createGitRemote(): Promise<GitRemote> {
  const dir = await tempDir('gitops-actions-git-');
  const origin = await testGit(path.join(dir, 'origin.git'));
  await origin.init({ bare: true, initialBranch: 'main' });
  const url = pathToFileURL(origin.workdir).href;
  const work = await testGit(path.join(dir, 'work'));
  await work.clone(url);

  const writeFiles = async (files: Record<string, string>) => {
    for (const [file, content] of Object.entries(files)) {
      const target = path.join(work.workdir, ...file.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content);
    }
  };

  return {
    url,
    origin,
    work,
    writeFiles,
    async commit(message, files) {
      if (files) await writeFiles(files);
      await work.add();
      return work.commit(message);
    },
    branch: (name) => work.checkout(name, { create: true }),
    checkout: (ref) => work.checkout(ref),
    async push(refs) {
      await work.push('origin', refs ?? [await work.currentBranch()]);
    },
    log: (ref) => origin.log(ref),
    fileAt: (ref, file) => origin.show(ref, file),
  };
}
