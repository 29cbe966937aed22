/** What a CLI command gets from the process: injected, so tests can run commands in-process. */
export interface CliContext {
  env: NodeJS.ProcessEnv;
  stdin: AsyncIterable<Buffer | string>;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  cwd: string;
}

/** Exit codes, as ARCHITECTURE.md fixes them for scripts. */
export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;
