/**
 * Credentials for Helm HTTP repositories and OCI registries, from action inputs or the
 * environment, never from the rendered repository (its HelmRepository `secretRef`s name Secrets
 * that live only in the cluster). Keyed by URL prefix, and looked up by the URL actually
 * contacted (after mirroring): a password for the upstream never travels to a mirror, and one
 * for a repository never travels to another host its index links to, as Helm only passes
 * credentials to the repository's own host unless told otherwise (`--pass-credentials`).
 */
import { GitopsError } from '../../errors.js';

export interface BasicCredentials {
  readonly username: string;
  readonly password: string;
}

export interface CredentialEntry extends BasicCredentials {
  /** `https://charts.example.com/private`, `oci://ghcr.io/acme`. */
  readonly url: string;
}

export class ChartCredentials {
  private readonly entries: readonly CredentialEntry[];

  constructor(entries: readonly CredentialEntry[] = []) {
    for (const entry of entries) {
      if (!/^(https?|oci):\/\/[^/]/i.test(entry.url)) {
        throw new GitopsError(`chart credentials for "${entry.url}": expected an http(s):// or oci:// URL`);
      }
    }
    this.entries = entries
      .map((entry) => ({ ...entry, url: entry.url.replace(/\/+$/, '') }))
      .sort((a, b) => b.url.length - a.url.length);
  }

  /** The credentials of the longest URL prefix (on whole path segments) that `url` starts with. */
  forUrl(url: string): BasicCredentials | undefined {
    const lower = url.toLowerCase();
    const entry = this.entries.find((candidate) => {
      const prefix = candidate.url.toLowerCase();
      if (!lower.startsWith(prefix)) return false;
      const next = lower.charAt(prefix.length);
      return next === '' || next === '/' || next === '?';
    });
    return entry && { username: entry.username, password: entry.password };
  }

  /** Every password and its basic-auth encoding, for scrubbing messages. */
  secrets(): string[] {
    return this.entries.flatMap((entry) => [
      entry.password,
      Buffer.from(`${entry.username}:${entry.password}`).toString('base64'),
    ]);
  }
}
