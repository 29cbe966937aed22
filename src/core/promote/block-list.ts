import { formatPath, matchesPath, type PathPattern, type PathToken } from './field-path.js';

/**
 * What differs between environments on purpose. Promotion tools agree on the list (Telefonistka's
 * block lists, Kargo's per-stage values): a staging replica count or hostname copied to production
 * is an outage, not a promotion. So these never move, whatever a rule or marker says, unless an
 * `allowBlocked` entry names the path.
 */
export type BlockCategory = 'replicas' | 'resources' | 'hostnames' | 'ingress' | 'secrets';

const KEY_RULES: readonly { category: BlockCategory; test: (key: string) => boolean }[] = [
  // replicas, replicaCount, minReplicas, maxReplicas.
  { category: 'replicas', test: (key) => /replica/i.test(key) },
  { category: 'resources', test: (key) => key === 'resources' },
  {
    category: 'hostnames',
    test: (key) =>
      /^(host|hosts|hostname|hostnames)$/i.test(key) ||
      /[a-z0-9](Host|Hosts|Hostname|Hostnames)$/.test(key) ||
      /[-_](host|hosts|hostname|hostnames)$/i.test(key),
  },
  { category: 'ingress', test: (key) => /ingress|gateway|httproute/i.test(key) },
  { category: 'secrets', test: (key) => /secret|password|credential/i.test(key) },
];

export interface BlockVerdict {
  category: BlockCategory;
  /** The key or kind that triggered it, for the message. */
  because: string;
}

/**
 * Why a field is never promoted, or undefined. Any key on the path counts (`ingress.tls.secretName`
 * is blocked twice over), and every field of a Secret-like object is.
 */
export function blockedBecause(kind: string, path: readonly PathToken[]): BlockVerdict | undefined {
  if (/secret/i.test(kind)) return { category: 'secrets', because: `kind ${kind}` };
  for (const token of path) {
    if (!('key' in token)) continue;
    const rule = KEY_RULES.find((candidate) => candidate.test(token.key));
    if (rule !== undefined) return { category: rule.category, because: `key ${token.key}` };
  }
  return undefined;
}

/** Whether an explicit override names this path. */
export function isAllowed(allowBlocked: readonly PathPattern[], path: readonly PathToken[]): boolean {
  return allowBlocked.some((pattern) => matchesPath(pattern, path));
}

export function describeBlock(verdict: BlockVerdict, path: readonly PathToken[]): string {
  return `${formatPath(path)} is never promoted (${verdict.category}: ${verdict.because}); name it in allowBlocked to promote it anyway`;
}
