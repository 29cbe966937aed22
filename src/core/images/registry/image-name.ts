/**
 * Image names as an ImageRepository's `spec.image` holds them: a repository, no tag, no digest.
 * The registry is found the way Docker (and go-containerregistry, which Flux uses) finds it.
 */
import { GitopsError } from '../../errors.js';

export interface RegistryImage {
  /** As the caller wrote it, for messages. */
  readonly name: string;
  /** `docker.io`, `ghcr.io`, `127.0.0.1:5000`: what credentials are looked up by. */
  readonly registry: string;
  /** Where the distribution API answers: `registry-1.docker.io` for Docker Hub, else `registry`. */
  readonly apiHost: string;
  /** `library/nginx`, `org/app`. */
  readonly repository: string;
}

export const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_API = 'registry-1.docker.io';
/** Names people and tools use for Docker Hub; `docker login` itself writes `https://index.docker.io/v1/`. */
const DOCKER_HUB_ALIASES = new Set([DOCKER_HUB, 'index.docker.io', DOCKER_HUB_API]);

// The distribution spec's grammar for one path component of a repository name.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const HOST = new RegExp(`^(?:\\[[0-9A-Fa-f:.]+\\]|${LABEL}(?:\\.${LABEL})*)(?::[0-9]+)?$`);

/** Resolves `nginx`, `org/app`, `ghcr.io/org/app` or `127.0.0.1:5000/team/app`. */
export function parseImageName(name: string): RegistryImage {
  const fail = (problem: string) =>
    new GitopsError(`image "${name}" ${problem}`, {
      hint: 'Write the repository without tag or digest, e.g. ghcr.io/org/app or nginx.',
    });
  if (name.includes('@')) throw fail('includes a digest');
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  // Docker's rule: the first component names a registry only if it looks like a host.
  const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
  const registry = hasRegistry ? normaliseRegistry(first) : DOCKER_HUB;
  let repository = hasRegistry ? name.slice(slash + 1) : name;
  if (!HOST.test(registry)) throw fail(`has an invalid registry host "${first}"`);
  const components = repository.split('/');
  if ((components.at(-1) ?? '').includes(':')) throw fail('includes a tag');
  const bad = components.find((component) => !PATH_COMPONENT.test(component));
  if (bad !== undefined) {
    throw fail(`has an invalid path component "${bad}" (lowercase letters, digits and . _ - only)`);
  }
  // Official images live under library/, which `docker pull nginx` leaves out.
  if (registry === DOCKER_HUB && components.length === 1) repository = `library/${repository}`;
  return { name, registry, apiHost: registry === DOCKER_HUB ? DOCKER_HUB_API : registry, repository };
}

/** Lowercases a registry host and folds Docker Hub's aliases into `docker.io`. */
export function normaliseRegistry(host: string): string {
  const lower = host.toLowerCase();
  return DOCKER_HUB_ALIASES.has(lower) ? DOCKER_HUB : lower;
}

/**
 * `localhost`, `127.0.0.0/8` and `[::1]`, with or without a port. Docker treats these as
 * insecure registries without being told to; so does this client.
 */
export function isLoopbackHost(host: string): boolean {
  const hostname = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
  return (
    hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}
