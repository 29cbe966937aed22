/**
 * The two questions image-bump asks a registry, answered as image-reflector-controller does: which
 * tags an image has (the ImageRepository scan) and which manifest digest a tag points at
 * (`digestReflectionPolicy`). Speaks the OCI distribution API over `fetch`; knows nothing of
 * GitHub, so the CLI and the actions share it.
 */
import { createHash } from 'node:crypto';
import { compareGoStrings } from '../policy/index.js';
import type { CredentialStore } from './credential-store.js';
import { nextLink } from './http-headers.js';
import {
  DEFAULT_RETRY_POLICY,
  DEFAULT_TIMEOUT_MS,
  HttpTransport,
  type RequestSpec,
  type RetryPolicy,
} from './http-transport.js';
import { isLoopbackHost, parseImageName, type RegistryImage } from './image-name.js';
import { RegistryAuthorizer } from './registry-auth.js';
import { Redactor, RegistryError, responseError } from './registry-error.js';

export interface RegistryClientOptions {
  /** Where credentials come from. Without it, every registry is asked anonymously. */
  credentials?: CredentialStore;
  /**
   * Plain HTTP for every registry, as an ImageRepository's `spec.insecure: true`. Loopback
   * registries (`localhost`, `127.0.0.0/8`, `[::1]`) always get plain HTTP, as Docker gives them.
   */
  insecure?: boolean;
  /** Per request attempt, body included. Default 30 s. */
  timeoutMs?: number;
  /** Retries of 429 and 5xx answers; tests shorten the waits. Default 4 retries from 500 ms, at most 30 s. */
  retry?: Partial<RetryPolicy>;
  /** The most `tags/list` pages one listing follows before it is taken for a loop. Default 100. */
  maxTagPages?: number;
  /** Replaces the global `fetch`, e.g. to route through a proxy agent. */
  fetch?: typeof fetch;
  /** Replaces the wait between retries, so tests can see the delays without waiting them out. */
  sleep?: (ms: number) => Promise<void>;
}

/** The page size asked for; registries may send fewer (Docker Hub caps it at 100) and a `Link` for more. */
const PAGE_SIZE = 1000;
const DEFAULT_MAX_TAG_PAGES = 100;
/** Any of these is what a tag can point at; a registry sends whichever it stores, unconverted. */
const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[A-Za-z0-9=_-]+$/;

export class RegistryClient {
  private readonly transport: HttpTransport;
  private readonly authorizer: RegistryAuthorizer;
  private readonly redactor = new Redactor();
  private readonly insecure: boolean;
  private readonly maxTagPages: number;

  constructor(options: RegistryClientOptions = {}) {
    this.transport = new HttpTransport({
      fetch: options.fetch ?? fetch,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    });
    this.authorizer = new RegistryAuthorizer(this.transport, options.credentials, this.redactor);
    this.redactor.add(...(options.credentials?.secrets() ?? []));
    this.insecure = options.insecure ?? false;
    this.maxTagPages = options.maxTagPages ?? DEFAULT_MAX_TAG_PAGES;
  }

  /**
   * Every tag of `image`, de-duplicated, in descending byte order as the controller stores them.
   * Flux's exclusion list and policy are the caller's to apply.
   */
  async listTags(image: string): Promise<string[]> {
    return this.guard(async () => {
      const ref = parseImageName(image);
      const what = `listing the tags of ${image}`;
      let url = new URL(`${this.baseUrl(ref)}/v2/${ref.repository}/tags/list?n=${PAGE_SIZE}`);
      const visited = new Set<string>();
      const tags = new Set<string>();
      for (;;) {
        if (visited.size === this.maxTagPages) {
          throw new RegistryError(`${what}: the registry still had more after ${this.maxTagPages} pages`, {
            hint: 'A registry that pages forever is broken; raise maxTagPages only if the image really has that many tags.',
          });
        }
        visited.add(url.href);
        const spec: RequestSpec = { method: 'GET', url, headers: { accept: 'application/json' }, what };
        const response = await this.authorizer.send(ref, spec);
        if (response.status !== 200) throw await responseError(response, what);
        for (const tag of parseTagList(await this.transport.text(response, spec), what)) tags.add(tag);
        const next = nextLink(response.headers.get('link'));
        if (next === undefined) break;
        url = this.followLink(url, next, what, visited);
      }
      return [...tags].sort((a, b) => compareGoStrings(b, a));
    });
  }

  /**
   * The manifest digest `image:tag` points at, from a `HEAD` as the controller asks it. A
   * registry that leaves out `Docker-Content-Digest`, or a HEAD that fails (HEAD answers carry no
   * error body to quote), gets a GET: its header, else the sha256 of the exact bytes served.
   */
  async digest(image: string, tag: string): Promise<string> {
    return this.guard(async () => {
      const ref = parseImageName(image);
      if (!TAG.test(tag)) throw new RegistryError(`"${tag}" is not a valid tag for ${image}`);
      const what = `resolving the digest of ${image}:${tag}`;
      const url = new URL(`${this.baseUrl(ref)}/v2/${ref.repository}/manifests/${tag}`);
      const spec: RequestSpec = { method: 'HEAD', url, headers: { accept: MANIFEST_TYPES }, what };
      const head = await this.authorizer.send(ref, spec);
      await head.body?.cancel();
      const reported = head.headers.get('docker-content-digest');
      if (head.ok && reported !== null && DIGEST.test(reported)) return reported;

      const get = { ...spec, method: 'GET' as const };
      const response = await this.authorizer.send(ref, get);
      if (response.status !== 200) throw await responseError(response, what);
      const body = await this.transport.bytes(response, get);
      const header = response.headers.get('docker-content-digest');
      if (header !== null && DIGEST.test(header)) return header;
      return `sha256:${createHash('sha256').update(body).digest('hex')}`;
    });
  }

  private baseUrl(ref: RegistryImage): string {
    const scheme = this.insecure || isLoopbackHost(ref.apiHost) ? 'http' : 'https';
    return `${scheme}://${ref.apiHost}`;
  }

  /**
   * The next page's URL. The registry's own origin only: a Link elsewhere would carry the
   * registry's credentials or token to a host nobody configured.
   */
  private followLink(current: URL, link: string, what: string, visited: Set<string>): URL {
    const next = URL.parse(link, current.href);
    if (next === null) throw new RegistryError(`${what}: the registry sent an unreadable Link "${link}"`);
    if (next.origin !== current.origin) {
      throw new RegistryError(
        `${what}: the registry's next page is on another host, ${next.origin}; refused (only ${current.origin} is followed)`,
      );
    }
    if (visited.has(next.href)) {
      throw new RegistryError(
        `${what}: the registry's Link leads back to a page already read (${next.pathname}${next.search})`,
      );
    }
    return next;
  }

  /** Scrubs every message: a registry may echo what it was sent, tokens included. */
  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw this.redactor.scrubError(error);
    }
  }
}

/** `{"name": …, "tags": [...]}`; distribution sends `"tags": null` for a repository without tags. */
function parseTagList(body: string, what: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new RegistryError(`${what}: the registry's answer is not JSON`);
  }
  const tags = (parsed as { tags?: unknown } | null)?.tags ?? [];
  if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string')) {
    throw new RegistryError(`${what}: the registry's answer has no list of tags`);
  }
  return tags as string[];
}
