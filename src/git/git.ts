import { mkdir } from 'node:fs/promises';
import { findOnPath } from '../core/tools/resolve.js';
import { CommandLineTool, type ToolRunOptions } from '../core/tools/tool.js';
import { toolEnv } from '../core/tools/tools.js';

export interface LogEntry {
  sha: string;
  subject: string;
}

export interface CommitAuthor {
  name: string;
  email: string;
}

/**
 * The git CLI for one working directory. One method per verb; argument arrays only.
 * Configuration from the user's and the system's git config is ignored so that runs are
 * reproducible; identity comes from the caller.
 */
export class Git extends CommandLineTool {
  private constructor(
    binary: string,
    env: NodeJS.ProcessEnv,
    readonly workdir: string,
  ) {
    super(binary, env);
  }

  static create(
    binary: string,
    workdir: string,
    baseEnv: NodeJS.ProcessEnv = {},
    author?: CommitAuthor,
  ): Git {
    const env: NodeJS.ProcessEnv = {
      ...baseEnv,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_TERMINAL_PROMPT: '0',
      ...(author
        ? {
            GIT_AUTHOR_NAME: author.name,
            GIT_AUTHOR_EMAIL: author.email,
            GIT_COMMITTER_NAME: author.name,
            GIT_COMMITTER_EMAIL: author.email,
          }
        : {}),
    };
    return new Git(binary, env, workdir);
  }

  /** git on `env.PATH`, working in `workdir` with the child-tool environment; undefined without one. */
  static async onPath(workdir: string, env: NodeJS.ProcessEnv): Promise<Git | undefined> {
    const binary = await findOnPath('git', env.PATH ?? '');
    return binary === undefined ? undefined : Git.create(binary, workdir, toolEnv(env));
  }

  /**
   * The same git and environment working in another directory (a worktree of this repository),
   * committing as `author` when given. The caller's identity stays on the original.
   */
  at(workdir: string, author?: CommitAuthor): Git {
    return Git.create(this.binary, workdir, this.env, author);
  }

  /** Runs any git command in the working directory; the verbs below are built on it. */
  async run(args: readonly string[], options: ToolRunOptions = {}): Promise<string> {
    const { stdout } = await this.exec(args, { cwd: this.workdir, ...options });
    return stdout;
  }

  async init(options: { bare?: boolean; initialBranch?: string } = {}): Promise<void> {
    await mkdir(this.workdir, { recursive: true });
    await this.run([
      'init',
      '--quiet',
      ...(options.bare ? ['--bare'] : []),
      `--initial-branch=${options.initialBranch ?? 'main'}`,
      this.workdir,
    ]);
  }

  /** Clones into the working directory, which may not exist yet (it is created by git). */
  async clone(url: string, options: { branch?: string; depth?: number } = {}): Promise<void> {
    await this.exec([
      'clone',
      '--quiet',
      ...(options.branch ? ['--branch', options.branch] : []),
      ...(options.depth ? ['--depth', String(options.depth)] : []),
      '--',
      url,
      this.workdir,
    ]);
  }

  async add(paths: readonly string[] = ['--all']): Promise<void> {
    await this.run(['add', ...(paths[0] === '--all' ? paths : ['--', ...paths])]);
  }

  /** Commits what is staged and returns the new commit's SHA. */
  async commit(message: string, options: { allowEmpty?: boolean } = {}): Promise<string> {
    await this.run([
      'commit',
      '--quiet',
      '--no-verify',
      '--no-gpg-sign',
      ...(options.allowEmpty ? ['--allow-empty'] : []),
      '--message',
      message,
    ]);
    return this.revParse('HEAD');
  }

  async revParse(ref: string): Promise<string> {
    return (await this.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
  }

  /** Whether `ref` names a commit this clone holds (a shallow clone may lack it). */
  async hasCommit(ref: string): Promise<boolean> {
    return this.run(['cat-file', '-e', `${ref}^{commit}`]).then(
      () => true,
      () => false,
    );
  }

  /** The best common ancestor of `a` and `b`, or undefined when their histories do not meet here. */
  async mergeBase(a: string, b: string): Promise<string | undefined> {
    return this.run(['merge-base', a, b]).then(
      (out) => out.trim() || undefined,
      () => undefined,
    );
  }

  async isShallow(): Promise<boolean> {
    return (await this.run(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  }

  /** The top directory of the working tree. */
  async toplevel(): Promise<string> {
    return (await this.run(['rev-parse', '--show-toplevel'])).trim();
  }

  /** The commits reachable from `ref`, newest first. */
  async log(ref = 'HEAD'): Promise<LogEntry[]> {
    const out = await this.run([
      'log',
      // Unit and record separators cannot appear in a SHA, and a subject is one line.
      '--format=%H%x1f%s%x1e',
      ref,
      '--',
    ]);
    return out
      .split('\x1e')
      .map((record) => record.trim())
      .filter((record) => record !== '')
      .map((record) => {
        const [sha = '', subject = ''] = record.split('\x1f');
        return { sha, subject };
      });
  }

  /** The content of a file at a commit (`git show <ref>:<path>`), as text. */
  async show(ref: string, file: string): Promise<string> {
    return this.run(['show', `${ref}:${file}`]);
  }

  async checkout(ref: string, options: { create?: boolean } = {}): Promise<void> {
    await this.run(['checkout', '--quiet', ...(options.create ? ['-B'] : []), ref]);
  }

  /**
   * `forceWithLease` overwrites `ref` only while the remote still holds `expected` (the empty
   * string: only while the ref does not exist), so a push made meanwhile by someone else is never
   * lost. The rejection reads "stale info" in the porcelain output.
   */
  async push(
    remote: string,
    refspecs: readonly string[],
    options: { force?: boolean; forceWithLease?: { ref: string; expected: string } } = {},
  ): Promise<void> {
    const lease = options.forceWithLease;
    await this.run([
      'push',
      '--quiet',
      '--porcelain',
      // A repository's pre-push hook (tests, linters) is for its people's pushes, as with commit.
      '--no-verify',
      ...(options.force ? ['--force'] : []),
      ...(lease ? [`--force-with-lease=${lease.ref}:${lease.expected}`] : []),
      remote,
      ...refspecs,
    ]);
  }

  /** The sha `remote` holds for the full ref name `ref`, or undefined when it has no such ref. */
  async lsRemote(remote: string, ref: string): Promise<string | undefined> {
    const out = await this.run(['ls-remote', '--refs', remote, ref]);
    // ls-remote matches patterns by their tail; only the exact name counts.
    for (const line of out.split('\n')) {
      const [sha, name] = line.split('\t');
      if (name === ref && sha) return sha;
    }
    return undefined;
  }

  /**
   * Adds a worktree at `dir`, detached at `commit`. Hooks are pointed at `hooksPath` (a directory
   * that need not exist): a repository's post-checkout hook belongs to its people, not to us.
   */
  async worktreeAdd(dir: string, commit: string, options: { hooksPath: string }): Promise<void> {
    await this.run([
      '-c',
      `core.hooksPath=${options.hooksPath}`,
      'worktree',
      'add',
      '--quiet',
      '--detach',
      dir,
      commit,
    ]);
  }

  async worktreeRemove(dir: string): Promise<void> {
    await this.run(['worktree', 'remove', '--force', dir]);
  }

  async worktreePrune(): Promise<void> {
    await this.run(['worktree', 'prune']);
  }

  /** Writes the index as a tree object and returns its sha. */
  async writeTree(): Promise<string> {
    return (await this.run(['write-tree'])).trim();
  }

  /** The sha of the tree a commit-ish points at. */
  async treeOf(ref: string): Promise<string> {
    return (await this.run(['rev-parse', '--verify', '--quiet', `${ref}^{tree}`])).trim();
  }

  async fetch(remote: string, refspecs: readonly string[] = []): Promise<void> {
    await this.run(['fetch', '--quiet', remote, ...refspecs]);
  }

  async currentBranch(): Promise<string> {
    return (await this.run(['symbolic-ref', '--short', 'HEAD'])).trim();
  }

  async status(): Promise<string> {
    return this.run(['status', '--porcelain']);
  }

  async remoteAdd(name: string, url: string): Promise<void> {
    await this.run(['remote', 'add', name, url]);
  }

  /** The fetch URLs of every remote; none outside a repository. */
  async remoteUrls(): Promise<string[]> {
    const { stdout, exitCode } = await this.exec(['remote', '-v'], { cwd: this.workdir, allowFailure: true });
    if (exitCode !== 0) return [];
    const urls = stdout.split('\n').flatMap((line) => /^\S+\s+(\S+)\s+\(fetch\)$/.exec(line)?.[1] ?? []);
    return [...new Set(urls)];
  }
}

/**
 * The URLs the repository being rendered is known by, so that a GitRepository naming it by any of
 * them is read from the working tree rather than cloned: its git remotes and, on GitHub, the
 * repository the workflow runs for.
 */
export async function ownRepositoryUrls(git: Git | undefined, env: NodeJS.ProcessEnv): Promise<string[]> {
  const urls = git === undefined ? [] : await git.remoteUrls();
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) {
    urls.push(`${env.GITHUB_SERVER_URL.replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}`);
  }
  return [...new Set(urls)];
}
