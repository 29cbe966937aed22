import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { basicError, type HandlerResult, notFound } from './api-errors.js';
import { checksHandlers } from './checks-handlers.js';
import { Faults } from './faults.js';
import { gitHandlers } from './git-handlers.js';
import type { TokenKind } from './git-objects.js';
import { executeGraphql, type GraphqlRequest } from './graphql-handler.js';
import { type Handler, NotEmulatedError } from './handler-context.js';
import { issuesHandlers } from './issues-handlers.js';
import type { OpenApiValidator } from './openapi-validator.js';
import { pullsHandlers } from './pulls-handlers.js';
import { type RepositoryState, TOKEN_ACTORS } from './repository-state.js';
import { Representations } from './representations.js';
import type { RouteTable } from './route-table.js';

/** A request or response that breaks the OpenAPI description, or a route the emulator does not know. */
export interface Violation {
  kind: 'route' | 'request' | 'response' | 'not-emulated' | 'graphql' | 'emulator-error';
  method: string;
  path: string;
  operationId?: string;
  message: string;
}

export interface RequestLogEntry {
  method: string;
  /** Path and query string, as sent. */
  path: string;
  operationId?: string;
  status: number;
}

/** The status a violation is answered with: outside what GitHub sends, so no client mistakes it. */
export const VIOLATION_STATUS = 599;

const HANDLERS: Record<string, Handler> = {
  ...pullsHandlers,
  ...issuesHandlers,
  ...gitHandlers,
  ...checksHandlers,
};
const GRAPHQL_DOCS = 'https://docs.github.com/graphql';
const AUTH_DOCS = 'https://docs.github.com/rest';

interface Authenticated {
  kind: TokenKind;
  readOnly: boolean;
}

const READ_METHODS = new Set(['GET', 'HEAD']);

/** What a request comes to: an answer to send, or a violation to record and answer with 599. */
type Outcome = { operationId?: string } & (
  | {
      result: HandlerResult;
      violation?: undefined;
      /** GitHub's own answer, which still means the test used GraphQL the emulator lacks. */
      graphqlViolation?: string;
    }
  | { violation: Pick<Violation, 'kind' | 'message'> }
);

/** The HTTP side: authentication, faults, the OpenAPI checks around each handler, and the logs. */
/** Marks a request a test helper makes to set the emulator up, rather than one under test. */
export const INTERNAL_HEADER = 'x-emulator-internal';

export class EmulatorServer {
  readonly violations: Violation[] = [];
  readonly requests: RequestLogEntry[] = [];
  readonly faults = new Faults();
  private readonly server = http.createServer((request, response) => {
    this.handle(request, response).catch((error: unknown) => {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.respondViolation(response, {
        kind: 'emulator-error',
        method: request.method ?? '',
        path: request.url ?? '',
        message,
      });
    });
  });
  private views: Representations | undefined;
  private url = '';

  constructor(
    private readonly state: RepositoryState,
    private readonly routes: RouteTable,
    private readonly validator: OpenApiValidator,
    private readonly createdAt: string,
  ) {}

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    this.views = new Representations(this.state, this.url, this.createdAt);
    return this.url;
  }

  /** Stops listening and drops every open connection, keep-alive ones included. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
    this.server.closeAllConnections();
    await closed;
  }

  /**
   * Runs before each request a test's code makes (not before internal ones), for example to copy
   * what the code pushed with git into the emulator's repository before the API is asked about it.
   */
  beforeRequest: (() => Promise<void>) | undefined;

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (this.beforeRequest && request.headers[INTERNAL_HEADER] === undefined) await this.beforeRequest();
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? '127.0.0.1'}`);
    const raw = await readBody(request);
    const path = `${url.pathname}${url.search}`;
    const outcome =
      url.pathname === '/graphql' && method === 'POST'
        ? this.answerGraphql(request, raw)
        : this.answerRest(request, method, url, raw);
    const operationId = outcome.operationId ? { operationId: outcome.operationId } : {};
    if (outcome.violation) {
      this.respondViolation(response, { method, path, ...operationId, ...outcome.violation });
    } else {
      if (outcome.graphqlViolation) {
        this.violations.push({
          method,
          path,
          ...operationId,
          kind: 'graphql',
          message: outcome.graphqlViolation,
        });
      }
      this.send(response, { method, path, ...operationId }, outcome.result);
    }
  }

  private answerRest(request: http.IncomingMessage, method: string, url: URL, raw: Buffer): Outcome {
    const match = this.routes.match(method, url.pathname);
    if (match === undefined) {
      const message = `no operation in api.github.com.json matches ${method} ${url.pathname}`;
      return { violation: { kind: 'route', message } };
    }
    const { operation } = match.route;
    const operationId = operation.operationId;
    const docs = operation.externalDocs?.url ?? AUTH_DOCS;
    const violation = (kind: Violation['kind'], message: string): Outcome => ({
      operationId,
      violation: { kind, message: `${operationId}: ${message}` },
    });
    // Every answer, errors included, must be one the description documents for this operation.
    const answer = (result: HandlerResult): Outcome => {
      const problem = this.validator.checkResponse(match.route, result.status, result.body);
      return problem ? violation('response', problem) : { operationId, result };
    };

    const auth = this.authenticate(request, docs);
    if ('status' in auth) return answer(auth);
    if (auth.readOnly && !READ_METHODS.has(method)) {
      // GitHub's wording names the kind of token that lacks the permission.
      const by = auth.kind === 'pat' ? 'personal access token' : 'integration';
      return answer(basicError(403, `Resource not accessible by ${by}`, docs));
    }
    const fault = this.faults.take(operationId, method, match.params);
    if (fault?.status === 403) return answer(fault);
    let body: unknown;
    try {
      body = raw.length > 0 ? JSON.parse(raw.toString('utf8')) : undefined;
    } catch {
      return violation('request', 'the request body is not JSON');
    }
    const query = Object.fromEntries(url.searchParams);
    const checked = this.validator.checkRequest(match.route, { params: match.params, query, body });
    if (!checked.ok) return violation('request', `request ${checked.error}`);
    const { owner, repo } = checked.value.params;
    const sameRepository =
      String(owner).toLowerCase() === this.state.owner.toLowerCase() &&
      String(repo).toLowerCase() === this.state.repo.toLowerCase();
    if (!sameRepository) return answer(notFound(docs));
    if (fault) return answer(fault);
    const handler = HANDLERS[operationId];
    if (handler === undefined) return violation('not-emulated', 'documented but not emulated');
    try {
      return answer(
        handler({
          state: this.state,
          views: this.requireViews(),
          params: checked.value.params,
          query: checked.value.query,
          body: body ?? {},
          actor: TOKEN_ACTORS[auth.kind],
          tokenKind: auth.kind,
          docs,
          requestUrl: url,
          now: timestamp(),
        }),
      );
    } catch (error) {
      if (!(error instanceof NotEmulatedError)) throw error;
      return violation('not-emulated', `${error.message} is not emulated`);
    }
  }

  /** GraphQL is not in the OpenAPI description: the emulator's own type table is its check. */
  private answerGraphql(request: http.IncomingMessage, raw: Buffer): Outcome {
    const operationId = 'graphql';
    const auth = this.authenticate(request, GRAPHQL_DOCS);
    if ('status' in auth) return { operationId, result: auth };
    const fault = this.faults.take(operationId, 'POST', {});
    if (fault) return { operationId, result: fault };
    let graphqlRequest: GraphqlRequest | undefined;
    try {
      graphqlRequest = JSON.parse(raw.toString('utf8')) as GraphqlRequest;
    } catch {
      graphqlRequest = undefined;
    }
    if (typeof graphqlRequest?.query !== 'string' || graphqlRequest.query === '') {
      return {
        operationId,
        violation: { kind: 'graphql', message: 'graphql: the body must be JSON with a "query" string' },
      };
    }
    if (auth.readOnly && /^\s*mutation\b/.test(graphqlRequest.query)) {
      const message = `Resource not accessible by ${auth.kind === 'pat' ? 'personal access token' : 'integration'}`;
      return {
        operationId,
        result: { status: 200, body: { data: null, errors: [{ type: 'FORBIDDEN', message }] } },
      };
    }
    const outcome = executeGraphql(graphqlRequest, {
      state: this.state,
      actor: TOKEN_ACTORS[auth.kind],
      base: this.url,
      now: timestamp(),
    });
    return {
      operationId,
      result: { status: 200, body: outcome.body },
      ...(outcome.violation ? { graphqlViolation: `graphql: ${outcome.violation}` } : {}),
    };
  }

  private authenticate(request: http.IncomingMessage, docs: string): Authenticated | HandlerResult {
    const header = request.headers.authorization ?? '';
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(header)?.[1];
    if (token === undefined) return basicError(401, 'Requires authentication', docs);
    const kind = this.state.tokens.get(token);
    if (kind === undefined) return basicError(401, 'Bad credentials', docs);
    return { kind, readOnly: this.state.readOnlyTokens.has(token) };
  }

  private respondViolation(response: http.ServerResponse, violation: Violation): void {
    this.violations.push(violation);
    this.send(
      response,
      {
        method: violation.method,
        path: violation.path,
        ...(violation.operationId ? { operationId: violation.operationId } : {}),
      },
      {
        status: VIOLATION_STATUS,
        body: { message: `GitHub emulator: ${violation.kind} violation: ${violation.message}`, violation },
      },
    );
  }

  private send(
    response: http.ServerResponse,
    entry: Omit<RequestLogEntry, 'status'>,
    result: HandlerResult,
  ): void {
    this.requests.push({ ...entry, status: result.status });
    const headers: Record<string, string> = {
      'x-github-request-id': randomUUID().toUpperCase(),
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': entry.operationId === 'graphql' ? 'graphql' : 'core',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      ...result.headers,
    };
    if (result.body === undefined) {
      response.writeHead(result.status, headers).end();
      return;
    }
    const text = JSON.stringify(result.body);
    response
      .writeHead(result.status, { ...headers, 'content-type': 'application/json; charset=utf-8' })
      .end(text);
  }

  private requireViews(): Representations {
    if (this.views === undefined) throw new Error('the emulator is not listening yet');
    return this.views;
  }
}

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** GitHub's timestamps: ISO 8601 in UTC, to the second. */
function timestamp(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
