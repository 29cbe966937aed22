import { describe, expect, it } from 'vitest';
import { CredentialStore, matchesHost, parseHostPattern } from '../../../src/core/images/registry/index.js';

const auth = (username: string, password: string) =>
  Buffer.from(`${username}:${password}`).toString('base64');
const store = (config: unknown) => CredentialStore.fromDockerConfig(JSON.stringify(config), 'config.json');

describe('CredentialStore.fromDockerConfig', () => {
  it('decodes "auth" and splits at the first colon, so passwords may hold colons', () => {
    const credentials = store({ auths: { 'ghcr.io': { auth: auth('bot', 'pa:ss') } } });
    expect(credentials.credentialsFor('ghcr.io')).toEqual({ username: 'bot', password: 'pa:ss' });
  });

  it('prefers "auth" over separate username and password, as the docker CLI does', () => {
    const credentials = store({
      auths: { 'ghcr.io': { auth: auth('a', 'b'), username: 'c', password: 'd' } },
    });
    expect(credentials.credentialsFor('ghcr.io')).toEqual({ username: 'a', password: 'b' });
  });

  it('matches the key docker login writes for Docker Hub to docker.io images', () => {
    const credentials = store({ auths: { 'https://index.docker.io/v1/': { auth: auth('hub', 'pw') } } });
    expect(credentials.credentialsFor('docker.io')).toEqual({ username: 'hub', password: 'pw' });
  });

  it('gives undefined (anonymous) for a registry it has no entry for', () => {
    expect(
      store({ auths: { 'ghcr.io': { auth: auth('a', 'b') } } }).credentialsFor('quay.io'),
    ).toBeUndefined();
    expect(store({}).credentialsFor('ghcr.io')).toBeUndefined();
  });

  it('prefers an exact key over a glob, and the longer of two globs', () => {
    const credentials = store({
      auths: {
        '*.example.com': { auth: auth('glob', 'x') },
        'registry.example.com': { auth: auth('exact', 'x') },
        '*.eu.example.com': { auth: auth('longer', 'x') },
      },
    });
    expect(credentials.credentialsFor('registry.example.com')?.username).toBe('exact');
    expect(credentials.credentialsFor('other.example.com')?.username).toBe('glob');
    expect(credentials.credentialsFor('reg.eu.example.com')?.username).toBe('longer');
  });

  it('names the credHelpers helper that holds a registry credentials', () => {
    const credentials = store({ credHelpers: { '*.dkr.ecr.eu-west-1.amazonaws.com': 'ecr-login' } });
    expect(() => credentials.credentialsFor('123.dkr.ecr.eu-west-1.amazonaws.com')).toThrow(
      'the credentials for 123.dkr.ecr.eu-west-1.amazonaws.com are kept by docker-credential-ecr-login',
    );
  });

  it('names the credsStore helper behind the empty entry docker login leaves', () => {
    const credentials = store({ auths: { 'ghcr.io': {} }, credsStore: 'desktop' });
    expect(() => credentials.credentialsFor('ghcr.io')).toThrow(
      'kept by docker-credential-desktop (credsStore)',
    );
  });

  it('refuses an entry with no credentials when no helper is configured', () => {
    expect(() => store({ auths: { 'ghcr.io': {} } }).credentialsFor('ghcr.io')).toThrow(
      'auths["ghcr.io"] has neither "auth" nor "username" and "password"',
    );
  });

  it('does not quote the file when it is not JSON: it holds passwords', () => {
    const text = '{"auths": {"ghcr.io": {"auth": "c2VjcmV0LXBhc3N3b3Jk"}}';
    expect(() => CredentialStore.fromDockerConfig(text, '/home/me/.docker/config.json')).toThrow(
      /^\/home\/me\/\.docker\/config\.json is not valid JSON$/,
    );
  });

  it('refuses an "auth" that is not base64 of username:password, without quoting it', () => {
    const credentials = () => store({ auths: { 'ghcr.io': { auth: 'bm9jb2xvbg==' } } });
    expect(credentials).toThrow(
      /^config\.json: auths\["ghcr\.io"\]\.auth is not the base64 of "username:password"$/,
    );
  });

  it('lists passwords and encoded auths as secrets to scrub', () => {
    const credentials = CredentialStore.fromCredentials(
      'ghcr.io',
      { username: 'u', password: 'p4ss' },
      'inputs',
    );
    expect(credentials.secrets()).toEqual(['p4ss', auth('u', 'p4ss')]);
  });
});

describe('host patterns', () => {
  it.each([
    ['https://ghcr.io', 'ghcr.io', true],
    ['ghcr.io/v2/', 'GHCR.IO', true],
    ['http://127.0.0.1:5000', '127.0.0.1:5000', true],
    ['127.0.0.1:5000', '127.0.0.1:5001', false],
    ['docker.io', 'index.docker.io', true],
    ['*.example.com', 'registry.example.com', true],
    ['*.example.com', 'example.com', false],
    ['*.example.com', 'a.b.example.com', false],
    ['*.example.com', 'registry.example.com:5000', false],
    ['*.example.com:5000', 'registry.example.com:5000', true],
    ['reg*.example.com', 'registry.example.com', true],
    ['reg*.example.com', 'mirror.example.com', false],
    ['registry.*', 'registry.io', true],
  ])('%s matches %s: %s', (key, registry, matches) => {
    expect(matchesHost(parseHostPattern(key), registry)).toBe(matches);
  });
});
