/**
 * Answers registry authentication challenges the way docker and Flux (go-containerregistry) do:
 * a 401 names a scheme; Basic gets the credentials directly, Bearer sends them (or nothing, for
 * anonymous pulls from ghcr.io and Docker Hub) to a token service and retries with its token.
 */
import type { CredentialStore, RegistryCredentials } from './credential-store.js';
import { type Challenge, parseChallenges } from './http-headers.js';
import type { HttpTransport, RequestSpec } from './http-transport.js';
import type { RegistryImage } from './image-name.js';
import { type Redactor, RegistryError, responseError } from './registry-error.js';

export class RegistryAuthorizer {
  /** The `Authorization` that last worked per repository, sent up front to save a 401 per request. */
  private readonly authorizations = new Map<string, string>();
  /** Bearer tokens per realm, service and scope; a promise, so concurrent requests share one. */
  private readonly tokens = new Map<string, Promise<string>>();

  constructor(
    private readonly transport: HttpTransport,
    private readonly credentials: CredentialStore | undefined,
    private readonly redactor: Redactor,
  ) {}

  /**
   * Sends a request for `image`, answering at most one challenge: a second 401 means the
   * credentials or token are refused, and the caller reports it with the registry's words.
   */
  async send(image: RegistryImage, spec: RequestSpec): Promise<Response> {
    const key = `${image.apiHost}/${image.repository}`;
    const known = this.authorizations.get(key);
    const first = await this.transport.send(withAuthorization(spec, known));
    const header = first.headers.get('www-authenticate');
    if (first.status !== 401 || header === null) return first;
    await first.body?.cancel();
    const authorization = await this.answer(image, parseChallenges(header), spec, known);
    this.authorizations.set(key, authorization);
    const second = await this.transport.send(withAuthorization(spec, authorization));
    if (second.status === 401) this.authorizations.delete(key);
    return second;
  }

  private async answer(
    image: RegistryImage,
    challenges: Challenge[],
    spec: RequestSpec,
    rejected: string | undefined,
  ): Promise<string> {
    const bearer = challenges.find((challenge) => challenge.scheme === 'bearer');
    const credentials = this.credentials?.credentialsFor(image.registry);
    if (bearer) return `Bearer ${await this.token(image, bearer, spec, credentials, rejected)}`;
    if (challenges.some((challenge) => challenge.scheme === 'basic')) {
      if (credentials === undefined) {
        throw new RegistryError(
          `${spec.what}: ${image.registry} requires credentials and none are configured`,
          {
            status: 401,
            hint: `Add credentials for ${image.registry} to the docker config, or pass them explicitly.`,
          },
        );
      }
      return basic(credentials);
    }
    const schemes = challenges.map((challenge) => challenge.scheme).join(', ') || 'an unreadable scheme';
    throw new RegistryError(
      `${spec.what}: ${image.registry} asks for ${schemes} authentication, which is not supported`,
      { status: 401 },
    );
  }

  /** A token from the cache unless it is the one just refused, else a fresh one. */
  private async token(
    image: RegistryImage,
    challenge: Challenge,
    spec: RequestSpec,
    credentials: RegistryCredentials | undefined,
    rejected: string | undefined,
  ): Promise<string> {
    const { realm, service } = challenge.params;
    // Registries name the scope they want; distribution's own default is a pull of this repository.
    const scope = challenge.params.scope ?? `repository:${image.repository}:pull`;
    const key = `${realm}\n${service}\n${scope}`;
    const cached = this.tokens.get(key);
    if (cached && `Bearer ${await cached.catch(() => '')}` !== rejected) return cached;
    const pending = this.requestToken(image, { realm, service, scope }, spec, credentials);
    this.tokens.set(key, pending);
    pending.catch(() => {
      if (this.tokens.get(key) === pending) this.tokens.delete(key);
    });
    return pending;
  }

  private async requestToken(
    image: RegistryImage,
    params: { realm: string | undefined; service: string | undefined; scope: string },
    spec: RequestSpec,
    credentials: RegistryCredentials | undefined,
  ): Promise<string> {
    const url = URL.parse(params.realm ?? '');
    if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      throw new RegistryError(
        `${spec.what}: ${image.registry} names no usable token service (realm "${params.realm ?? ''}")`,
      );
    }
    // A registry reached over TLS must not send credentials to a token service without it.
    if (url.protocol === 'http:' && spec.url.protocol === 'https:') {
      throw new RegistryError(
        `${spec.what}: ${image.registry} names a token service without TLS, ${url.origin}; refused`,
      );
    }
    if (params.service !== undefined) url.searchParams.set('service', params.service);
    url.searchParams.set('scope', params.scope);
    const service = `${url.origin}${url.pathname}`;
    const tokenSpec: RequestSpec = {
      method: 'GET',
      url,
      headers: { accept: 'application/json', ...(credentials ? { authorization: basic(credentials) } : {}) },
      what: `${spec.what}: asking ${service} for a token`,
    };
    const response = await this.transport.send(tokenSpec);
    if (!response.ok) {
      const who = credentials ? `the credentials for ${image.registry}` : 'anonymous access';
      throw await responseError(response, `${tokenSpec.what} (with ${who})`);
    }
    const body = await this.transport.text(response, tokenSpec);
    let token: unknown;
    try {
      const parsed = JSON.parse(body) as { token?: unknown; access_token?: unknown };
      token = parsed.token ?? parsed.access_token;
    } catch {
      token = undefined;
    }
    if (typeof token !== 'string' || token === '') {
      throw new RegistryError(`${tokenSpec.what}: the answer holds no "token"`);
    }
    this.redactor.add(token);
    return token;
  }
}

function withAuthorization(spec: RequestSpec, authorization: string | undefined): RequestSpec {
  return authorization === undefined ? spec : { ...spec, headers: { ...spec.headers, authorization } };
}

function basic(credentials: RegistryCredentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}
