import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../../src/core/errors.js';
import { CredentialStore, RegistryClient } from '../../../src/core/images/registry/index.js';
import { putImageTags, startRegistry, type TestRegistry } from '../../support/registry.js';
import { tempDir } from '../../support/temp.js';
import { byteDescending, proxyFor, recordingSleep, registryFailure } from './support.js';

const TAGS = Array.from({ length: 60 }, (_, i) => `2.${i}.0`);
const ROBOT = { username: 'robot', password: 's3cret-Pa55word' };
const WRONG = { username: 'robot', password: 'wrong-Pa55word-xyz' };
const BASE_DELAY_MS = 7;

/** Everything a person or a log could see of an error. */
function visible(error: unknown): string {
  const { message, hint } = describeError(error);
  return `${message}\n${hint ?? ''}\n${String(error)}`;
}

function encoded(credentials: { username: string; password: string }): string {
  return Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
}

describe('RegistryClient authentication and retries against docker-registry', () => {
  let registry: TestRegistry;
  let digests: Map<string, string>;
  beforeAll(async () => {
    registry = await startRegistry();
    digests = await putImageTags(registry.url, 'team/app', TAGS);
  });
  afterAll(async () => {
    await registry?.stop();
  });

  describe('bearer token challenges', () => {
    it('gets one anonymous token for the scope, sends it to every page and reuses it later', async () => {
      const proxy = await proxyFor(registry.url, { maxPageSize: 25, auth: { scheme: 'bearer' } });
      const client = new RegistryClient();

      expect(await client.listTags(`${proxy.host}/team/app`)).toEqual(byteDescending(TAGS));
      expect(await client.digest(`${proxy.host}/team/app`, '2.3.0')).toBe(digests.get('2.3.0'));

      expect(proxy.tokenRequests).toEqual([
        { service: 'registry-proxy', scope: 'repository:team/app:pull', username: undefined },
      ]);
      // The first request meets the challenge; its retry and everything after carry the token.
      expect(proxy.requests.map((request) => request.authorization)).toEqual([
        undefined,
        'bearer',
        'bearer',
        'bearer',
        'bearer',
      ]);
    });

    it('shares one token between concurrent requests that meet the same challenge', async () => {
      const proxy = await proxyFor(registry.url, { auth: { scheme: 'bearer' } });
      const client = new RegistryClient();
      const image = `${proxy.host}/team/app`;

      const [tags, ...found] = await Promise.all([
        client.listTags(image),
        client.digest(image, '2.1.0'),
        client.digest(image, '2.2.0'),
      ]);
      expect(tags).toHaveLength(60);
      expect(found).toEqual([digests.get('2.1.0'), digests.get('2.2.0')]);
      expect(proxy.tokenRequests).toHaveLength(1);
    });

    it('sends configured credentials to the token service, which checks them', async () => {
      const proxy = await proxyFor(registry.url, { auth: { scheme: 'bearer', credentials: ROBOT } });
      const client = new RegistryClient({
        credentials: CredentialStore.fromCredentials(proxy.host, ROBOT, 'inputs'),
      });

      expect(await client.listTags(`${proxy.host}/team/app`)).toHaveLength(60);
      expect(proxy.tokenRequests.map((request) => request.username)).toEqual(['robot']);
    });

    it('reports refused credentials with the token service words and without the password', async () => {
      const proxy = await proxyFor(registry.url, { auth: { scheme: 'bearer', credentials: ROBOT } });
      const client = new RegistryClient({
        credentials: CredentialStore.fromCredentials(proxy.host, WRONG, 'inputs'),
      });
      const error = await registryFailure(client.listTags(`${proxy.host}/team/app`));

      expect(error.status).toBe(401);
      expect(error.message).toContain(
        `asking ${proxy.url}/token for a token (with the credentials for ${proxy.host})`,
      );
      expect(error.message).toContain('UNAUTHORIZED: incorrect username or password');
      expect(visible(error)).not.toContain(WRONG.password);
      expect(visible(error)).not.toContain(encoded(WRONG));
    });

    it('says anonymous access was refused when a token service wants credentials and none are configured', async () => {
      const proxy = await proxyFor(registry.url, { auth: { scheme: 'bearer', credentials: ROBOT } });
      const error = await registryFailure(new RegistryClient().listTags(`${proxy.host}/team/app`));

      expect(error.message).toContain('(with anonymous access): authentication failed (HTTP 401');
    });

    it('follows a realm on another host, as Docker Hub sends clients to auth.docker.io', async () => {
      const proxy = await proxyFor(registry.url, { auth: { scheme: 'bearer', realmHost: 'localhost' } });

      expect(await new RegistryClient().listTags(`${proxy.host}/team/app`)).toHaveLength(60);
      expect(proxy.tokenRequests).toHaveLength(1);
    });

    it('refuses a token service without TLS for a registry reached over HTTPS', async () => {
      const proxy = await proxyFor(registry.url, { auth: { scheme: 'bearer', credentials: ROBOT } });
      // Stands in for DNS: registry.test over HTTPS is the proxy, whose realm is plain http://.
      const route: typeof fetch = (input, init) => {
        const url = new URL(String(input));
        return fetch(`${proxy.url}${url.pathname}${url.search}`, init);
      };
      const credentials = CredentialStore.fromCredentials('registry.test', ROBOT, 'inputs');
      const client = new RegistryClient({ credentials, fetch: route });
      const error = await registryFailure(client.listTags('registry.test/team/app'));

      expect(error.message).toBe(
        `listing the tags of registry.test/team/app: registry.test names a token service without TLS, ${proxy.url}; refused`,
      );
      expect(proxy.tokenRequests).toEqual([]);
    });

    it('replaces a token the registry stops accepting, once', async () => {
      const proxy = await proxyFor(registry.url, { auth: { scheme: 'bearer' } });
      const client = new RegistryClient();
      await client.listTags(`${proxy.host}/team/app`);
      proxy.revokeTokens();

      expect(await client.listTags(`${proxy.host}/team/app`)).toHaveLength(60);
      expect(proxy.tokenRequests).toHaveLength(2);
    });
  });

  describe('basic challenges and docker config.json', () => {
    it('answers Basic with credentials from a config.json, whichever way the entry is written', async () => {
      const proxy = await proxyFor(registry.url, { auth: { scheme: 'basic', credentials: ROBOT } });
      const port = proxy.host.split(':')[1];
      const dir = await tempDir();
      const entries = {
        'URL key, auth field': { [`http://${proxy.host}/v2/`]: { auth: encoded(ROBOT) } },
        'host key, username and password': {
          [proxy.host]: { username: ROBOT.username, password: ROBOT.password },
        },
        'host glob': { [`127.0.0.*:${port}`]: { auth: encoded(ROBOT) }, 'ghcr.io': { auth: encoded(WRONG) } },
      };
      for (const [variant, auths] of Object.entries(entries)) {
        const file = path.join(dir, 'config.json');
        await writeFile(file, JSON.stringify({ auths }));
        const credentials = CredentialStore.fromDockerConfig(await readFile(file, 'utf8'), file);
        const tags = await new RegistryClient({ credentials }).listTags(`${proxy.host}/team/app`);
        expect(tags, variant).toHaveLength(60);
      }
      expect(proxy.requests.filter((request) => request.authorization === 'basic')).toHaveLength(3);
    });

    it('says which registry needs credentials when none are configured', async () => {
      const proxy = await proxyFor(registry.url, { auth: { scheme: 'basic', credentials: ROBOT } });
      const error = await registryFailure(new RegistryClient().listTags(`${proxy.host}/team/app`));

      expect(error.message).toBe(
        `listing the tags of ${proxy.host}/team/app: ${proxy.host} requires credentials and none are configured`,
      );
    });

    it('reports wrong Basic credentials as an authentication failure without the password', async () => {
      const proxy = await proxyFor(registry.url, { auth: { scheme: 'basic', credentials: ROBOT } });
      const config = JSON.stringify({ auths: { [proxy.host]: { auth: encoded(WRONG) } } });
      const client = new RegistryClient({
        credentials: CredentialStore.fromDockerConfig(config, 'config.json'),
      });
      const error = await registryFailure(client.digest(`${proxy.host}/team/app`, '2.0.0'));

      expect(error.message).toMatch(
        /authentication failed \(HTTP 401: UNAUTHORIZED: authentication required\)$/,
      );
      expect(visible(error)).not.toContain(WRONG.password);
      expect(visible(error)).not.toContain(encoded(WRONG));
    });

    it('names the credential helper a config.json delegates the registry to', async () => {
      const proxy = await proxyFor(registry.url, { auth: { scheme: 'basic', credentials: ROBOT } });
      const config = JSON.stringify({ auths: {}, credHelpers: { [proxy.host]: 'pass' } });
      const client = new RegistryClient({
        credentials: CredentialStore.fromDockerConfig(config, 'config.json'),
      });
      const error = await registryFailure(client.listTags(`${proxy.host}/team/app`));

      expect(error.message).toContain(`credentials for ${proxy.host} are kept by docker-credential-pass`);
    });
  });

  describe('retries and timeouts', () => {
    const retry = { retries: 3, baseDelayMs: BASE_DELAY_MS, maxDelayMs: 5_000 };

    it('retries a 429 after the seconds its Retry-After asks for', async () => {
      const proxy = await proxyFor(registry.url);
      proxy.failNext({ status: 429, retryAfter: '2' });
      const { waits, sleep } = recordingSleep();

      expect(await new RegistryClient({ retry, sleep }).listTags(`${proxy.host}/team/app`)).toHaveLength(60);
      expect(waits).toEqual([2000]);
      expect(proxy.requests).toHaveLength(2);
    });

    it('reads a Retry-After HTTP date as the time left until then', async () => {
      const proxy = await proxyFor(registry.url);
      proxy.failNext({ status: 429, retryAfter: new Date(Date.now() + 4_000).toUTCString() });
      const { waits, sleep } = recordingSleep();

      await new RegistryClient({ retry, sleep }).listTags(`${proxy.host}/team/app`);
      // HTTP dates have whole seconds, and the clock moves between sending and reading.
      expect(waits).toHaveLength(1);
      expect(waits[0]).toBeGreaterThan(2_000);
      expect(waits[0]).toBeLessThanOrEqual(4_000);
    });

    it('retries a 503 with exponential backoff, on the manifest HEAD too', async () => {
      const proxy = await proxyFor(registry.url);
      proxy.failNext({ status: 503, times: 2 });
      const { waits, sleep } = recordingSleep();

      expect(await new RegistryClient({ retry, sleep }).digest(`${proxy.host}/team/app`, '2.9.0')).toBe(
        digests.get('2.9.0'),
      );
      expect(waits).toEqual([BASE_DELAY_MS, 2 * BASE_DELAY_MS]);
      expect(proxy.requests.map((request) => request.method)).toEqual(['HEAD', 'HEAD', 'HEAD']);
    });

    it('gives up after the bounded retries, quoting the registry error', async () => {
      const proxy = await proxyFor(registry.url);
      proxy.failNext({ status: 503, times: 10 });
      const { waits, sleep } = recordingSleep();
      const error = await registryFailure(
        new RegistryClient({ retry, sleep }).listTags(`${proxy.host}/team/app`),
      );

      expect(error.status).toBe(503);
      expect(error.message).toBe(
        `listing the tags of ${proxy.host}/team/app: HTTP 503: UNAVAILABLE: injected HTTP 503 (gave up after 4 attempts)`,
      );
      expect(waits).toEqual([BASE_DELAY_MS, 2 * BASE_DELAY_MS, 4 * BASE_DELAY_MS]);
    });

    it('fails at once when Retry-After asks for longer than the client waits', async () => {
      const proxy = await proxyFor(registry.url);
      proxy.failNext({ status: 429, retryAfter: '3600' });
      const { waits, sleep } = recordingSleep();
      const error = await registryFailure(
        new RegistryClient({ retry, sleep }).listTags(`${proxy.host}/team/app`),
      );

      expect(error.message).toContain('HTTP 429: TOOMANYREQUESTS');
      expect(error.message).toContain(
        'asks to retry after 3600 s, longer than the 5000 ms this client waits',
      );
      expect(waits).toEqual([]);
    });

    it('retries a rate-limited page in the middle of a paged listing behind a bearer challenge', async () => {
      const proxy = await proxyFor(registry.url, { maxPageSize: 20, auth: { scheme: 'bearer' } });
      proxy.failNext({ status: 429, retryAfter: '1', path: /tags\/list/ });
      const { waits, sleep } = recordingSleep();

      expect(await new RegistryClient({ retry, sleep }).listTags(`${proxy.host}/team/app`)).toEqual(
        byteDescending(TAGS),
      );
      expect(waits).toEqual([1000]);
    });

    it('gives up on a registry that does not answer within the timeout', async () => {
      const proxy = await proxyFor(registry.url);
      proxy.failNext({ stall: true });
      const error = await registryFailure(
        new RegistryClient({ timeoutMs: 300 }).listTags(`${proxy.host}/team/app`),
      );

      expect(error.message).toBe(
        `listing the tags of ${proxy.host}/team/app: ${proxy.url} did not answer within 300 ms`,
      );
    });
  });
});
