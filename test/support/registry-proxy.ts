import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { basicAuthorization, closeServer, listenOnLoopback } from './http.js';

/**
 * A loopback front for the real test registry that adds what Debian's distribution 2.8 lacks and
 * ghcr.io or Docker Hub do: `Link` pagination of tags/list, a bearer token service or basic auth,
 * and faults on demand. Everything else (manifests, digests, 404s) is the real registry's answer.
 */
export interface RegistryProxyOptions {
  /** The real registry, `http://127.0.0.1:<port>`. */
  upstream: string;
  /** The most tags one tags/list page holds, whatever `n` asks: real registries cap it too. */
  maxPageSize?: number;
  auth?: ProxyAuth;
  /** Every tags/list `Link` points at this origin (`http://elsewhere.test:5000`) instead. */
  linkOrigin?: string;
  /** Every tags/list `Link` points back at the page it is on. */
  loopLinks?: boolean;
  /** Each page after the first starts again with the previous page's last tag, as some registries do. */
  repeatBoundaryTag?: boolean;
  /** Manifest answers (HEAD and GET) without `Docker-Content-Digest`. */
  omitDigestHeader?: boolean;
}

export interface ProxyCredentials {
  username: string;
  password: string;
}

/**
 * `bearer`: a token service at `/token` (on `realmHost`, default 127.0.0.1, to play a separate
 * auth host such as auth.docker.io); with `credentials` it requires them, else it is anonymous.
 * `basic`: every /v2/ request must carry `credentials`.
 */
export type ProxyAuth =
  | { scheme: 'bearer'; credentials?: ProxyCredentials; realmHost?: string }
  | { scheme: 'basic'; credentials: ProxyCredentials };

export interface ProxyFault {
  /** Answer with this status (429, 503, …) and a distribution error body instead of forwarding. */
  status?: number;
  retryAfter?: string;
  /** Never answer: the request hangs until the client gives up or the proxy closes. */
  stall?: boolean;
  /** How many matching requests get the fault. Default 1. */
  times?: number;
  /** Only requests whose path (without query) matches. Default: every /v2/ request. */
  path?: RegExp;
}

export interface ProxyRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  authorization: 'basic' | 'bearer' | undefined;
}

export interface TokenRequest {
  service: string | null;
  scope: string | null;
  /** The Basic username sent, if any. */
  username: string | undefined;
}

export interface TestRegistryProxy {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** `127.0.0.1:<port>`: image names through the proxy start with it. */
  readonly host: string;
  readonly requests: readonly ProxyRequest[];
  readonly tokenRequests: readonly TokenRequest[];
  failNext(fault: ProxyFault): void;
  /** Forgets every token issued, so clients holding one get a fresh challenge. */
  revokeTokens(): void;
  close(): Promise<void>;
}

const SERVICE = 'registry-proxy';
const MANIFEST_OR_TAGS = /^\/v2\/(.+?)\/(?:tags\/list|manifests\/[^/]+|blobs\/[^/]+)$/;

export async function startRegistryProxy(options: RegistryProxyOptions): Promise<TestRegistryProxy> {
  const requests: ProxyRequest[] = [];
  const tokenRequests: TokenRequest[] = [];
  const faults: (ProxyFault & { left: number })[] = [];
  const tokens = new Map<string, string>();
  let realm = '';

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'application/json' });
      response.end(errorBody('PROXY', error instanceof Error ? error.message : String(error)));
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://proxy.invalid');
    if (url.pathname === '/token') return issueToken(request, url, response);
    const authorization = request.headers.authorization?.split(' ')[0]?.toLowerCase();
    requests.push({
      method: request.method ?? 'GET',
      url: request.url ?? '/',
      authorization: authorization === 'basic' || authorization === 'bearer' ? authorization : undefined,
    });
    const fault = faults.find(
      (candidate) => candidate.left > 0 && (candidate.path ?? /^\/v2\//).test(url.pathname),
    );
    if (fault) {
      fault.left--;
      if (fault.stall) return;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter;
      const code = fault.status === 429 ? 'TOOMANYREQUESTS' : 'UNAVAILABLE';
      response.writeHead(fault.status ?? 503, headers).end(errorBody(code, `injected HTTP ${fault.status}`));
      return;
    }
    const name = MANIFEST_OR_TAGS.exec(url.pathname)?.[1];
    if (!authorized(request, name)) {
      const challenge =
        options.auth?.scheme === 'basic'
          ? `Basic realm="${SERVICE}"`
          : `Bearer realm="${realm}",service="${SERVICE}"${name ? `,scope="repository:${name}:pull"` : ''}`;
      response
        .writeHead(401, { 'content-type': 'application/json', 'www-authenticate': challenge })
        .end(errorBody('UNAUTHORIZED', 'authentication required'));
      return;
    }
    if (request.method === 'GET' && name !== undefined && url.pathname.endsWith('/tags/list')) {
      return listTagsPage(name, url, response);
    }
    return forward(request, response);
  }

  function authorized(request: IncomingMessage, name: string | undefined): boolean {
    const auth = options.auth;
    const header = request.headers.authorization;
    if (auth === undefined) return true;
    if (auth.scheme === 'basic')
      return header === basicAuthorization(auth.credentials.username, auth.credentials.password);
    const scope = header?.startsWith('Bearer ') ? tokens.get(header.slice('Bearer '.length)) : undefined;
    return scope !== undefined && (name === undefined || scope === `repository:${name}:pull`);
  }

  /** Like ghcr.io's: checks the credentials if it wants any and grants exactly the scope asked for. */
  function issueToken(request: IncomingMessage, url: URL, response: ServerResponse): void {
    const header = request.headers.authorization;
    const decoded = header?.startsWith('Basic ')
      ? Buffer.from(header.slice('Basic '.length), 'base64').toString('utf8')
      : undefined;
    tokenRequests.push({
      service: url.searchParams.get('service'),
      scope: url.searchParams.get('scope'),
      username: decoded?.slice(0, decoded.indexOf(':')),
    });
    const required = options.auth?.scheme === 'bearer' ? options.auth.credentials : undefined;
    if (required && header !== basicAuthorization(required.username, required.password)) {
      response
        .writeHead(401, { 'content-type': 'application/json' })
        .end(errorBody('UNAUTHORIZED', 'incorrect username or password'));
      return;
    }
    const token = randomBytes(24).toString('hex');
    tokens.set(token, url.searchParams.get('scope') ?? '');
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ token, access_token: token, expires_in: 300 }));
  }

  /** The distribution spec's pagination, computed over the real registry's whole (unpaged) list. */
  async function listTagsPage(name: string, url: URL, response: ServerResponse): Promise<void> {
    const upstream = await fetch(`${options.upstream}/v2/${name}/tags/list`);
    if (upstream.status !== 200) {
      response.writeHead(upstream.status, { 'content-type': 'application/json' }).end(await upstream.text());
      return;
    }
    const all = (((await upstream.json()) as { tags: string[] | null }).tags ?? []).sort();
    const last = url.searchParams.get('last');
    const n = Number(url.searchParams.get('n') ?? Number.POSITIVE_INFINITY);
    const size = Math.min(
      n > 0 ? n : Number.POSITIVE_INFINITY,
      options.maxPageSize ?? Number.POSITIVE_INFINITY,
    );
    const after = last === null ? all : all.filter((tag) => tag > last);
    const fresh = after.slice(0, size);
    const page = options.repeatBoundaryTag && last !== null && all.includes(last) ? [last, ...fresh] : fresh;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const lastOnPage = fresh.at(-1);
    if (after.length > size && lastOnPage !== undefined) {
      const target = options.loopLinks
        ? `${url.pathname}${url.search}`
        : `/v2/${name}/tags/list?n=${url.searchParams.get('n') ?? size}&last=${encodeURIComponent(lastOnPage)}`;
      headers.link = `<${options.linkOrigin ?? ''}${target}>; rel="next"`;
    }
    response.writeHead(200, headers).end(JSON.stringify({ name, tags: page }));
  }

  async function forward(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const upstream = await fetch(`${options.upstream}${request.url}`, {
      method: request.method ?? 'GET',
      headers: request.headers.accept ? { accept: request.headers.accept } : {},
    });
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'docker-content-digest', 'docker-distribution-api-version', 'etag']) {
      const value = upstream.headers.get(name);
      if (value !== null && !(name === 'docker-content-digest' && options.omitDigestHeader))
        headers[name] = value;
    }
    if (request.method === 'HEAD') {
      const length = upstream.headers.get('content-length');
      if (length !== null) headers['content-length'] = length;
      response.writeHead(upstream.status, headers).end();
      return;
    }
    const body = Buffer.from(await upstream.arrayBuffer());
    response.writeHead(upstream.status, { ...headers, 'content-length': String(body.length) }).end(body);
  }

  const port = await listenOnLoopback(server);
  const url = `http://127.0.0.1:${port}`;
  realm = `http://${options.auth?.scheme === 'bearer' ? (options.auth.realmHost ?? '127.0.0.1') : '127.0.0.1'}:${port}/token`;
  return {
    url,
    host: `127.0.0.1:${port}`,
    requests,
    tokenRequests,
    failNext: (fault) => faults.push({ ...fault, left: fault.times ?? 1 }),
    revokeTokens: () => tokens.clear(),
    close: () => closeServer(server),
  };
}

function errorBody(code: string, message: string): string {
  return JSON.stringify({ errors: [{ code, message, detail: null }] });
}
