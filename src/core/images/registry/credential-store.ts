/**
 * Registry credentials: the `auths` of a docker `config.json` (what `docker login` writes and
 * what a `kubernetes.io/dockerconfigjson` secret holds), or a username and password given
 * explicitly for one registry.
 */
import { GitopsError } from '../../errors.js';
import { bestMatch, type HostPattern, parseHostPattern } from './host-pattern.js';

export interface RegistryCredentials {
  readonly username: string;
  readonly password: string;
}

interface AuthEntry {
  readonly pattern: HostPattern;
  /** Undefined for the `{}` placeholders `docker login` leaves when a credential helper holds them. */
  readonly credentials: RegistryCredentials | undefined;
}

interface HelperEntry {
  readonly pattern: HostPattern;
  readonly helper: string;
}

export class CredentialStore {
  private constructor(
    /** Where the entries came from (a file name, an input name), for messages. */
    private readonly source: string,
    private readonly auths: readonly AuthEntry[],
    private readonly helpers: readonly HelperEntry[],
    private readonly credsStore: string | undefined,
  ) {}

  /** Credentials for one registry host or host glob, e.g. from action inputs. */
  static fromCredentials(
    registry: string,
    credentials: RegistryCredentials,
    source: string,
  ): CredentialStore {
    return new CredentialStore(source, [{ pattern: parseHostPattern(registry), credentials }], [], undefined);
  }

  /**
   * Parses a docker `config.json`. Messages never quote the file: it holds passwords, and
   * `JSON.parse`'s own message would show a slice of it.
   */
  static fromDockerConfig(text: string, source: string): CredentialStore {
    let config: unknown;
    try {
      config = JSON.parse(text);
    } catch {
      throw new GitopsError(`${source} is not valid JSON`, { hint: 'Expected a docker config.json.' });
    }
    if (!isObject(config)) throw new GitopsError(`${source} is not a JSON object`);
    const auths = config.auths ?? {};
    const credHelpers = config.credHelpers ?? {};
    if (!isObject(auths)) throw new GitopsError(`${source}: "auths" is not an object`);
    if (!isObject(credHelpers)) throw new GitopsError(`${source}: "credHelpers" is not an object`);
    if (config.credsStore !== undefined && typeof config.credsStore !== 'string') {
      throw new GitopsError(`${source}: "credsStore" is not a string`);
    }
    const entries = Object.entries(auths).map(([key, entry]) => ({
      pattern: parseHostPattern(key),
      credentials: readAuthEntry(source, key, entry),
    }));
    const helpers = Object.entries(credHelpers).map(([key, helper]) => {
      if (typeof helper !== 'string')
        throw new GitopsError(`${source}: credHelpers["${key}"] is not a string`);
      return { pattern: parseHostPattern(key), helper };
    });
    return new CredentialStore(source, entries, helpers, config.credsStore || undefined);
  }

  /**
   * The credentials for `registry` (`ghcr.io`, `docker.io`, `127.0.0.1:5000`), or undefined for
   * anonymous access. Credential helpers are programs this library does not run, so a registry
   * that is theirs is an error rather than a silent anonymous request that fails later.
   */
  credentialsFor(registry: string): RegistryCredentials | undefined {
    const helper = bestMatch(this.helpers, registry);
    if (helper)
      throw helperError(this.source, registry, helper.helper, `credHelpers["${helper.pattern.key}"]`);
    const entry = bestMatch(this.auths, registry);
    if (entry === undefined || entry.credentials !== undefined) return entry?.credentials;
    if (this.credsStore !== undefined)
      throw helperError(this.source, registry, this.credsStore, 'credsStore');
    throw new GitopsError(
      `${this.source}: auths["${entry.pattern.key}"] has neither "auth" nor "username" and "password"`,
    );
  }

  /** Every password and encoded `auth`, so messages can be scrubbed of them. */
  secrets(): string[] {
    return this.auths.flatMap(({ credentials }) =>
      credentials === undefined
        ? []
        : [
            credentials.password,
            Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64'),
          ],
    );
  }
}

/** `auth` (base64 of `username:password`) wins over separate fields, as in the docker CLI. */
function readAuthEntry(source: string, key: string, entry: unknown): RegistryCredentials | undefined {
  const where = `${source}: auths["${key}"]`;
  if (!isObject(entry)) throw new GitopsError(`${where} is not an object`);
  if (typeof entry.auth === 'string' && entry.auth !== '') {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0) throw new GitopsError(`${where}.auth is not the base64 of "username:password"`);
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  const { username, password } = entry;
  if (typeof username === 'string' && username !== '' && typeof password === 'string') {
    return { username, password };
  }
  return undefined;
}

function helperError(source: string, registry: string, helper: string, setting: string): GitopsError {
  return new GitopsError(
    `${source}: the credentials for ${registry} are kept by docker-credential-${helper} (${setting}), which is not supported`,
    {
      hint: `Put the credentials for ${registry} in "auths" (an "auth" or "username" and "password"), or pass them explicitly.`,
    },
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
