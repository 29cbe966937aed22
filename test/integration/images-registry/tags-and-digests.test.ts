import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient } from '../../../src/core/images/registry/index.js';
import { putImageTag, putImageTags, startRegistry, type TestRegistry } from '../../support/registry.js';
import { byteDescending, proxyFor, registryFailure } from './support.js';

// 160 tags: semver-ish ones that sort differently as bytes and as versions, plus the odd shapes
// registries hold (a cosign signature, an uppercase tag, `latest`).
const TAGS = [
  ...Array.from({ length: 150 }, (_, i) => `1.0.${i}`),
  ...[
    'v2.0.0',
    'v2.0.0-rc.1',
    'latest',
    'Z',
    'main-7f3a',
    'sha256-abc.sig',
    '0.9',
    '10.0.0',
    'a_b',
    '1.0.100-alpha',
  ],
];

describe('RegistryClient tags and digests against docker-registry', () => {
  let registry: TestRegistry;
  let digests: Map<string, string>;
  beforeAll(async () => {
    registry = await startRegistry();
    digests = await putImageTags(registry.url, 'team/app', TAGS);
  });
  afterAll(async () => {
    await registry?.stop();
  });

  it('follows every Link page and returns each of the 160 tags once, in descending byte order', async () => {
    const proxy = await proxyFor(registry.url, { maxPageSize: 50 });
    const tags = await new RegistryClient().listTags(`${proxy.host}/team/app`);

    expect(tags).toEqual(byteDescending(TAGS));
    const pages = proxy.requests.map((request) => request.url);
    expect(pages).toHaveLength(4);
    expect(pages[0]).toBe('/v2/team/app/tags/list?n=1000');
    expect(pages.slice(1).every((page) => page.includes('&last='))).toBe(true);
  });

  it('drops the tags a registry repeats across page boundaries', async () => {
    const proxy = await proxyFor(registry.url, { maxPageSize: 50, repeatBoundaryTag: true });
    const first = (await (await fetch(`${proxy.url}/v2/team/app/tags/list?n=50`)).json()) as {
      tags: string[];
    };
    const second = (await (
      await fetch(
        `${proxy.url}/v2/team/app/tags/list?n=50&last=${encodeURIComponent(first.tags.at(-1) ?? '')}`,
      )
    ).json()) as { tags: string[] };
    expect(second.tags[0]).toBe(first.tags.at(-1));

    expect(await new RegistryClient().listTags(`${proxy.host}/team/app`)).toEqual(byteDescending(TAGS));
  });

  it('refuses a Link to another host and names that host', async () => {
    const proxy = await proxyFor(registry.url, { maxPageSize: 50, linkOrigin: 'http://elsewhere.test:5000' });
    const error = await registryFailure(new RegistryClient().listTags(`${proxy.host}/team/app`));

    expect(error.message).toContain('http://elsewhere.test:5000');
    expect(error.message).toContain(`only ${proxy.url} is followed`);
    expect(proxy.requests).toHaveLength(1);
  });

  it('stops when a Link leads back to a page already read', async () => {
    const proxy = await proxyFor(registry.url, { maxPageSize: 50, loopLinks: true });
    const error = await registryFailure(new RegistryClient().listTags(`${proxy.host}/team/app`));

    expect(error.message).toMatch(/Link leads back to a page already read/);
    expect(proxy.requests).toHaveLength(1);
  });

  it('gives up after maxTagPages pages', async () => {
    const proxy = await proxyFor(registry.url, { maxPageSize: 10 });
    const client = new RegistryClient({ maxTagPages: 3 });
    const error = await registryFailure(client.listTags(`${proxy.host}/team/app`));

    expect(error.message).toContain('still had more after 3 pages');
    expect(proxy.requests).toHaveLength(3);
  });

  it('speaks plain HTTP to a loopback registry without being told: the real registry, one page', async () => {
    expect(await new RegistryClient().listTags(`${registry.host}/team/app`)).toEqual(byteDescending(TAGS));
  });

  it('resolves a digest with one manifest HEAD, equal to the digest the push produced', async () => {
    const proxy = await proxyFor(registry.url);
    const client = new RegistryClient();
    for (const tag of ['1.0.42', 'v2.0.0', 'latest']) {
      expect(await client.digest(`${proxy.host}/team/app`, tag)).toBe(digests.get(tag));
    }
    expect(proxy.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      'HEAD /v2/team/app/manifests/1.0.42',
      'HEAD /v2/team/app/manifests/v2.0.0',
      'HEAD /v2/team/app/manifests/latest',
    ]);
  });

  it('falls back to GET and the sha256 of the manifest bytes when Docker-Content-Digest is missing', async () => {
    const proxy = await proxyFor(registry.url, { omitDigestHeader: true });
    expect(await new RegistryClient().digest(`${proxy.host}/team/app`, '1.0.7')).toBe(digests.get('1.0.7'));
    expect(proxy.requests.map((request) => request.method)).toEqual(['HEAD', 'GET']);
  });

  it('reports a missing repository as not found, quoting the registry', async () => {
    const proxy = await proxyFor(registry.url);
    const error = await registryFailure(new RegistryClient().listTags(`${proxy.host}/team/missing`));

    expect(error.status).toBe(404);
    expect(error.codes).toEqual(['NAME_UNKNOWN']);
    expect(error.message).toBe(
      `listing the tags of ${proxy.host}/team/missing: not found (HTTP 404: NAME_UNKNOWN: repository name not known to registry)`,
    );
  });

  it('reports a missing tag as not found, quoting MANIFEST_UNKNOWN from the GET after the bodiless HEAD', async () => {
    const proxy = await proxyFor(registry.url);
    const error = await registryFailure(new RegistryClient().digest(`${proxy.host}/team/app`, '9.9.9'));

    expect(error.status).toBe(404);
    expect(error.message).toMatch(
      /^resolving the digest of .*\/team\/app:9\.9\.9: not found \(HTTP 404: MANIFEST_UNKNOWN/,
    );
    expect(proxy.requests.map((request) => request.method)).toEqual(['HEAD', 'GET']);
  });

  it('sends Docker Hub names to registry-1.docker.io over HTTPS with the library/ prefix', async () => {
    const digest = await putImageTag(registry.url, 'library/nginx', '1.27.0');
    const proxy = await proxyFor(registry.url);
    const asked: string[] = [];
    // Stands in for DNS: records the URL the client built, then lets the real registry answer.
    const route: typeof fetch = (input, init) => {
      const url = new URL(String(input));
      asked.push(url.href);
      return fetch(`${proxy.url}${url.pathname}${url.search}`, init);
    };
    const client = new RegistryClient({ fetch: route });

    expect(await client.listTags('nginx')).toEqual(['1.27.0']);
    expect(await client.digest('docker.io/nginx', '1.27.0')).toBe(digest);
    expect(asked).toEqual([
      'https://registry-1.docker.io/v2/library/nginx/tags/list?n=1000',
      'https://registry-1.docker.io/v2/library/nginx/manifests/1.27.0',
    ]);
  });

  it('uses plain HTTP for any host when insecure is set, like an ImageRepository with spec.insecure', async () => {
    const proxy = await proxyFor(registry.url);
    const asked: string[] = [];
    const route: typeof fetch = (input, init) => {
      const url = new URL(String(input));
      asked.push(url.origin);
      return fetch(`${proxy.url}${url.pathname}${url.search}`, init);
    };

    expect(
      await new RegistryClient({ insecure: true, fetch: route }).listTags('registry.internal:5000/team/app'),
    ).toEqual(byteDescending(TAGS));
    await registryFailure(
      new RegistryClient({ fetch: route }).listTags('registry.internal:5000/team/missing'),
    );
    expect(asked).toEqual(['http://registry.internal:5000', 'https://registry.internal:5000']);
  });
});
