import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A long-running program a test starts (a registry, a server), as opposed to the one-shot tools
 * that execProgram runs. Its output is kept as a bounded tail for error messages only: tests never
 * print it.
 */
export interface BackgroundProcess {
  readonly pid: number;
  /** The last lines of stdout and stderr, interleaved as they arrived. */
  output(): string;
  /**
   * Resolves with the first match of `pattern` (not global) in the output; rejects if the program
   * exits first or `timeoutMs` passes.
   */
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray>;
  /** Stops the program (SIGTERM, then SIGKILL if it lingers) and resolves once it has exited. */
  stop(): Promise<void>;
}

const OUTPUT_TAIL_CHARS = 16 * 1024;
const KILL_GRACE_MS = 5_000;

/**
 * Starts `file` (an absolute path, see findProgram) with an argument array, never a shell, and
 * waits until it has been spawned.
 *
 * A test that fails before its `stop()` must not leave a registry listening once the worker is
 * gone, and vitest ends its workers with SIGTERM, which runs no 'exit' handler. So the kernel
 * does it: `setpriv --pdeathsig KILL` (util-linux, essential on Debian) sets the child's parent
 * death signal, then execs the program in the same process, so `pid` is the program's own.
 */
export async function startBackgroundProcess(
  file: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<BackgroundProcess> {
  const setpriv = findProgram('setpriv', 'install util-linux');
  const child = spawn(setpriv, ['--pdeathsig', 'KILL', '--', file, ...args], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    windowsHide: true,
  });
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (error) =>
      reject(new Error(`could not start ${file} with setpriv: ${error.message}`)),
    );
  });

  let tail = '';
  const waiters = new Set<() => void>();
  const append = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS);
    for (const wake of waiters) wake();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);

  // 'close' rather than 'exit': it comes after the last output has been read.
  let closed = false;
  const exited = new Promise<void>((resolve) => {
    child.once('close', () => {
      closed = true;
      for (const wake of waiters) wake();
      resolve();
    });
  });

  return {
    pid: child.pid as number,
    output: () => tail,
    waitForOutput(pattern, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(tail);
          if (match) return finish(() => resolve(match));
          if (closed) {
            finish(() =>
              reject(
                new Error(`${file} exited (${describeExit(child)}) before printing ${pattern}:\n${tail}`),
              ),
            );
          }
        };
        const timer = setTimeout(
          () =>
            finish(() =>
              reject(new Error(`${file} did not print ${pattern} within ${timeoutMs} ms:\n${tail}`)),
            ),
          timeoutMs,
        );
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          waiters.delete(check);
          settle();
        };
        waiters.add(check);
        check();
      });
    },
    async stop() {
      if (closed) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

function describeExit(child: ChildProcess): string {
  return child.signalCode ? `killed by ${child.signalCode}` : `exit ${child.exitCode}`;
}

/**
 * Whether `pid` is a running process. A killed child whose parent is gone may linger as a zombie
 * until something reaps it; it runs nothing and holds no port, so it counts as gone. Linux only.
 */
export function isAlive(pid: number): boolean {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return false;
  }
  // The state follows the command name, which is in parentheses and may itself contain them.
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state !== 'Z' && state !== 'X';
}

/** The absolute path of `name` on PATH, or an error that says how to install it. */
export function findProgram(name: string, installHint: string): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  throw new Error(`${name} was not found on PATH: ${installHint}`);
}
