import type { HandlerResult } from './api-errors.js';
import type { TokenKind } from './git-objects.js';
import type { Actor, RepositoryState } from './repository-state.js';
import { TOKEN_ACTORS } from './repository-state.js';
import type { Representations } from './representations.js';

/** What a REST handler sees: validated, typed input and the repository it acts on. */
export interface HandlerContext {
  state: RepositoryState;
  views: Representations;
  /** Path parameters, coerced to their documented types. */
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  // The body already passed the operation's JSON schema, so handlers read it without re-checking.
  // biome-ignore lint/suspicious/noExplicitAny: shape guaranteed by the OpenAPI request check.
  body: any;
  actor: Actor;
  tokenKind: TokenKind;
  /** The operation's `externalDocs.url`, which GitHub puts in every error body. */
  docs: string;
  requestUrl: URL;
  /** The request time, ISO 8601 without milliseconds, as GitHub formats timestamps. */
  now: string;
}

export type Handler = (context: HandlerContext) => HandlerResult;

/** A request the emulator cannot answer faithfully: reported as a violation, never guessed. */
export class NotEmulatedError extends Error {
  override readonly name = 'NotEmulatedError';
}

/** Users named in requests (reviewers, assignees) get a stable id derived from their login. */
export function actorFor(state: RepositoryState, login: string): Actor {
  const known = [state.ownerActor, ...Object.values(TOKEN_ACTORS)].find(
    (actor) => actor.login.toLowerCase() === login.toLowerCase(),
  );
  if (known) return known;
  let id = 0;
  for (const char of login.toLowerCase()) id = (id * 31 + char.charCodeAt(0)) % 50_000_000;
  return { login, id: id + 100_000, type: 'User' };
}
