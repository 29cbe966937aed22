/** Errors from registries, quoting what the registry said, with every known secret scrubbed. */
import { GitopsError } from '../../errors.js';

/** A registry refused or failed a request. `status` is undefined when no response came. */
export class RegistryError extends GitopsError {
  override readonly name = 'RegistryError';
  readonly status: number | undefined;
  /** The distribution error codes the registry sent (`NAME_UNKNOWN`, `DENIED`, …). */
  readonly codes: readonly string[];

  constructor(
    message: string,
    options: { status?: number; codes?: readonly string[]; hint?: string; cause?: unknown } = {},
  ) {
    super(message, options);
    this.status = options.status;
    this.codes = options.codes ?? [];
  }
}

const MAX_QUOTED_CHARS = 500;

/**
 * The distribution spec's error body, `{"errors":[{"code","message","detail"}]}`, as
 * `CODE: message; CODE: message`. Other bodies (a proxy's HTML page, a token service's
 * `{"details": …}`) are quoted as text, shortened.
 */
export function describeErrorBody(body: string): { text: string; codes: string[] } {
  try {
    const parsed = JSON.parse(body) as { errors?: unknown; details?: unknown; error?: unknown };
    if (Array.isArray(parsed.errors) && parsed.errors.length > 0) {
      const errors = parsed.errors as { code?: unknown; message?: unknown }[];
      const codes = errors.map((error) => String(error.code ?? 'UNKNOWN'));
      const text = errors
        .map((error, i) => (error.message ? `${codes[i]}: ${String(error.message)}` : codes[i]))
        .join('; ');
      return { text, codes };
    }
    const single = parsed.details ?? parsed.error;
    if (typeof single === 'string') return { text: single, codes: [] };
  } catch {
    // not JSON: quote it as text
  }
  const text = body.replace(/\s+/g, ' ').trim();
  return { text: text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS)}…` : text, codes: [] };
}

/**
 * Turns a response the caller cannot use into an error that says what was asked, what the
 * status means and what the registry said.
 */
export async function responseError(response: Response, what: string): Promise<RegistryError> {
  const body = await response.text().catch(() => '');
  const { text, codes } = describeErrorBody(body);
  const said = `HTTP ${response.status}${text ? `: ${text}` : ''}`;
  const { status } = response;
  if (status === 404) {
    return new RegistryError(`${what}: not found (${said})`, {
      status,
      codes,
      hint: 'Check the image name and tag. Some registries also answer 404 for private repositories.',
    });
  }
  if (status === 401 || status === 403) {
    return new RegistryError(
      `${what}: ${status === 401 ? 'authentication failed' : 'access denied'} (${said})`,
      {
        status,
        codes,
        hint: 'Check the registry credentials and that they may pull this repository.',
      },
    );
  }
  return new RegistryError(`${what}: ${said}`, { status, codes });
}

/** Replaces every known secret in messages with `***`: passwords, encoded auths, tokens. */
export class Redactor {
  private readonly secrets = new Set<string>();

  add(...secrets: string[]): void {
    // Even a one-letter password is scrubbed: a garbled message is better than a leaked secret.
    for (const secret of secrets) if (secret !== '') this.secrets.add(secret);
  }

  scrub(text: string): string {
    let result = text;
    for (const secret of this.secrets) result = result.split(secret).join('***');
    return result;
  }

  /** The same error with its message and hint scrubbed; anything not a GitopsError is wrapped. */
  scrubError(error: unknown): RegistryError {
    if (error instanceof RegistryError) {
      return new RegistryError(this.scrub(error.message), {
        ...(error.status === undefined ? {} : { status: error.status }),
        codes: error.codes,
        ...(error.hint === undefined ? {} : { hint: this.scrub(error.hint) }),
      });
    }
    if (error instanceof GitopsError) {
      return new RegistryError(this.scrub(error.message), {
        ...(error.hint === undefined ? {} : { hint: this.scrub(error.hint) }),
      });
    }
    const message = error instanceof Error ? error.message : String(error);
    return new RegistryError(this.scrub(message));
  }
}
