/** A place in a file a person can click: paths are relative to the repository root. */
export interface SourceLocation {
  file: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
}

/**
 * An error a person can act on: what went wrong, where, and what to do about it.
 * Thrown anywhere in the core; the action or CLI boundary reports it once.
 */
export class GitopsError extends Error {
  override readonly name: string = 'GitopsError';
  readonly location: SourceLocation | undefined;
  readonly hint: string | undefined;

  constructor(message: string, options: { location?: SourceLocation; hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.location = options.location;
    this.hint = options.hint;
  }
}

/** Bad flags, inputs or environment: the CLI exits 2 for these, as ARCHITECTURE.md says. */
export class UsageError extends GitopsError {
  override readonly name = 'UsageError';
}

/** A capability a later issue builds. Failing loudly beats pretending to succeed. */
export class NotImplementedError extends GitopsError {
  override readonly name = 'NotImplementedError';
  constructor(capability: string) {
    super(`${capability} is not implemented yet`, {
      hint: 'This release of gitops-actions does not include it; pin a version that does, or remove this step.',
    });
  }
}

/** `file:line:column` for messages, omitting what is unknown. */
export function formatLocation(location: SourceLocation): string {
  let text = location.file;
  if (location.line !== undefined) {
    text += `:${location.line}`;
    if (location.column !== undefined) text += `:${location.column}`;
  }
  return text;
}

/**
 * Turns anything thrown into one line of text plus an optional hint. JavaScript can throw
 * strings, plain objects or undefined; a report must never read "[object Object]".
 */
export function describeError(error: unknown): { message: string; hint?: string; location?: SourceLocation } {
  if (error instanceof GitopsError) {
    const prefix = error.location ? `${formatLocation(error.location)}: ` : '';
    return {
      message: prefix + error.message,
      ...(error.hint === undefined ? {} : { hint: error.hint }),
      ...(error.location === undefined ? {} : { location: error.location }),
    };
  }
  if (error instanceof Error) return { message: error.message || error.name };
  if (typeof error === 'string') return { message: error };
  if (error === undefined || error === null)
    return { message: `unknown error (${String(error)} was thrown)` };
  try {
    return { message: `unknown error: ${JSON.stringify(error)}` };
  } catch {
    return { message: `unknown error: ${String(error)}` };
  }
}
