import { execFile } from 'node:child_process';

export interface ExecOptions {
  cwd?: string;
  /** The complete environment of the child. Callers decide; nothing is read from process.env here. */
  env?: NodeJS.ProcessEnv;
  /** Written to the child's standard input. */
  input?: string | Buffer;
  timeoutMs?: number;
  /** Cap on captured stdout/stderr, so a runaway tool cannot exhaust memory. */
  maxBufferBytes?: number;
}

export interface ExecResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const DEFAULT_MAX_BUFFER = 512 * 1024 * 1024;

/**
 * Runs a program with an argument array (never a shell string) and captures its output.
 * It does not throw for a non-zero exit: the tool wrappers decide what a failure means.
 * It throws only when the program cannot be started or is killed.
 */
export function execProgram(
  file: string,
  args: readonly string[],
  options: ExecOptions = {},
): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      file,
      args,
      {
        cwd: options.cwd,
        env: options.env,
        timeout: options.timeoutMs ?? 0,
        maxBuffer: options.maxBufferBytes ?? DEFAULT_MAX_BUFFER,
        encoding: 'utf8',
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        if (error === null) {
          resolve({ stdout, stderr, exitCode: 0 });
          return;
        }
        const code = (error as NodeJS.ErrnoException & { code?: unknown }).code;
        if (typeof code === 'number') {
          resolve({ stdout, stderr, exitCode: code });
          return;
        }
        reject(new ExecError(file, args, describeSpawnFailure(error, code, options), stderr));
      },
    );
    if (options.input !== undefined) {
      child.stdin?.on('error', () => {
        // The child may exit before reading its input; its exit status tells the story.
      });
      child.stdin?.end(options.input);
    }
  });
}

function describeSpawnFailure(error: Error, code: unknown, options: ExecOptions): string {
  if (code === 'ENOENT') return 'the program was not found';
  if (code === 'EACCES') return 'the program is not executable';
  if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return 'its output exceeded the capture limit';
  const killed = error as Error & { killed?: boolean; signal?: string | null };
  if (killed.killed && options.timeoutMs) return `it was stopped after ${options.timeoutMs} ms`;
  if (killed.signal) return `it was killed by ${killed.signal}`;
  return error.message;
}

/** A program that could not run at all, as opposed to one that ran and failed. */
export class ExecError extends Error {
  override readonly name = 'ExecError';
  constructor(
    readonly file: string,
    readonly args: readonly string[],
    readonly reason: string,
    readonly stderr: string,
  ) {
    super(`could not run ${file}: ${reason}`);
  }
}
