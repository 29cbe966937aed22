import path from 'node:path';
import { GitopsError } from '../errors.js';
import { type ExecOptions, type ExecResult, execProgram } from './exec.js';

export interface ToolRunOptions extends ExecOptions {
  /** Return a failed result instead of throwing, for callers that inspect exit codes. */
  allowFailure?: boolean;
  /** Strings (passwords, tokens) to hide from error messages built from the arguments or output. */
  redact?: readonly string[];
}

/**
 * A program that ran and failed. The message quotes the tool's own words (its last stderr
 * lines), because that is what a person searches for.
 */
export class ToolError extends GitopsError {
  override readonly name = 'ToolError';
  constructor(
    readonly tool: string,
    readonly command: string,
    readonly result: ExecResult,
    redact: readonly string[] = [],
  ) {
    super(
      redactText(
        `${tool} ${command} failed (exit ${result.exitCode}): ${quoteToolMessage(result.stderr, result.stdout)}`,
        redact,
      ),
    );
  }
}

/** The tool's complaint: stderr's last meaningful lines, or stdout when stderr is empty. */
export function quoteToolMessage(stderr: string, stdout = ''): string {
  const text = stderr.trim() === '' ? stdout : stderr;
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
  if (lines.length === 0) return 'no error message';
  const tail = lines.slice(-12).join('\n');
  return tail.length > 4000 ? `…${tail.slice(-4000)}` : tail;
}

export function redactText(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= 3) result = result.split(secret).join('***');
  }
  return result;
}

/**
 * Base of every external-program wrapper: one place that runs the binary with argument arrays,
 * a fixed environment and failures turned into ToolErrors.
 */
export abstract class CommandLineTool {
  protected constructor(
    /** Absolute path of the binary. */
    readonly binary: string,
    /** The complete environment the binary runs with. */
    protected readonly env: NodeJS.ProcessEnv,
  ) {}

  protected get displayName(): string {
    return path.basename(this.binary);
  }

  protected async exec(args: readonly string[], options: ToolRunOptions = {}): Promise<ExecResult> {
    const result = await execProgram(this.binary, args, { env: this.env, ...options });
    if (result.exitCode !== 0 && !options.allowFailure) {
      throw new ToolError(this.displayName, describeCommand(args), result, options.redact);
    }
    return result;
  }
}

/**
 * The sub-command part of an argument list, for messages: `template`, `repo index`, `kustomize`.
 * Only word-like arguments count, so a path or a chart reference (often in a temp directory)
 * never becomes part of the command's name.
 */
export function describeCommand(args: readonly string[]): string {
  const words: string[] = [];
  for (const arg of args) {
    if (!/^[a-z][a-z-]*$/.test(arg) || words.length === 2) break;
    words.push(arg);
  }
  return words.join(' ') || (args[0] ?? '');
}
