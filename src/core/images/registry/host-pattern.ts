/**
 * Registry keys of a docker `config.json` (`auths`, `credHelpers`): exact hosts, URLs such as
 * `https://index.docker.io/v1/`, or host globs such as `*.example.com`.
 */
import { normaliseRegistry } from './image-name.js';

export interface HostPattern {
  /** The key as written, for messages. */
  readonly key: string;
  /** Lowercased `host[:port]`, Docker Hub aliases folded into `docker.io`. */
  readonly host: string;
  readonly glob: boolean;
}

/**
 * Keeps only the host of a key, as image-reflector-controller's `getURLHost` does: people write
 * `https://ghcr.io`, `ghcr.io/v2/` or `http://docker.io/v1/` and all mean the host.
 */
export function parseHostPattern(key: string): HostPattern {
  const host = normaliseRegistry(key.replace(/^https?:\/\//i, '').split('/')[0] ?? '');
  return { key, host, glob: host.includes('*') };
}

/**
 * Kubelet's image-pull-secret glob rules, which Flux follows for host globs: the same number of
 * dot-separated labels, each `*` matching within one label only (so `*.example.com` matches
 * `registry.example.com` but neither `example.com` nor `a.b.example.com`). Ports must be equal,
 * a stricter reading than kubelet's: credentials never go to a service on another port.
 */
export function matchesHost(pattern: HostPattern, registry: string): boolean {
  const target = normaliseRegistry(registry);
  if (!pattern.glob) return pattern.host === target;
  const [patternName, patternPort] = splitPort(pattern.host);
  const [targetName, targetPort] = splitPort(target);
  if (patternPort !== targetPort) return false;
  const patternLabels = patternName.split('.');
  const targetLabels = targetName.split('.');
  if (patternLabels.length !== targetLabels.length) return false;
  return patternLabels.every((label, i) => globLabel(label).test(targetLabels[i] ?? ''));
}

/** The best of several matching patterns: an exact key, else the longest glob, else the first. */
export function bestMatch<T extends { pattern: HostPattern }>(
  candidates: readonly T[],
  registry: string,
): T | undefined {
  const matching = candidates.filter((candidate) => matchesHost(candidate.pattern, registry));
  const exact = matching.find((candidate) => !candidate.pattern.glob);
  if (exact) return exact;
  return matching.reduce<T | undefined>(
    (best, candidate) =>
      best && best.pattern.host.length >= candidate.pattern.host.length ? best : candidate,
    undefined,
  );
}

function splitPort(host: string): [string, string] {
  const match = /^(.*?)(?::(\d+))?$/.exec(host) as RegExpExecArray;
  return [match[1] ?? '', match[2] ?? ''];
}

function globLabel(label: string): RegExp {
  const source = label
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^.]*');
  return new RegExp(`^${source}$`);
}
