/** The response headers a registry client reads: challenges, pagination links, retry hints. */

export interface Challenge {
  /** Lowercased: `bearer`, `basic`. */
  readonly scheme: string;
  /** Parameter names lowercased, quoted values unescaped. */
  readonly params: Readonly<Record<string, string>>;
}

const TOKEN = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;
const QUOTED = /"((?:[^"\\]|\\.)*)"/y;
// RFC 9110 allows only a token unquoted; servers that send a bare URL are read leniently.
const BARE = /[^\s,]+/y;

/**
 * Parses `WWW-Authenticate` (RFC 9110 §11.6.1), which may hold several challenges, e.g.
 * `Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:org/app:pull"`.
 * Commas inside quoted values do not split parameters.
 */
export function parseChallenges(header: string): Challenge[] {
  const challenges: { scheme: string; params: Record<string, string> }[] = [];
  let i = 0;
  const skip = (chars: RegExp) => {
    while (i < header.length && chars.test(header[i] as string)) i++;
  };
  const read = (pattern: RegExp): RegExpExecArray | null => {
    pattern.lastIndex = i;
    const match = pattern.exec(header);
    if (match) i = pattern.lastIndex;
    return match;
  };
  while (i < header.length) {
    skip(/[\s,]/);
    const token = read(TOKEN);
    if (token === null) {
      i++; // a stray character (token68 padding, say): not something a registry challenge uses
      continue;
    }
    skip(/\s/);
    if (header[i] !== '=') {
      challenges.push({ scheme: token[0].toLowerCase(), params: {} });
      continue;
    }
    i++;
    skip(/\s/);
    const quoted = read(QUOTED);
    const value = quoted ? (quoted[1] ?? '').replace(/\\(.)/g, '$1') : (read(BARE)?.[0] ?? '');
    const current = challenges.at(-1);
    if (current) current.params[token[0].toLowerCase()] = value;
  }
  return challenges;
}

/**
 * The target of the `rel="next"` link in a `Link` header (RFC 8288), as the distribution spec
 * pages `tags/list`: `</v2/org/app/tags/list?n=1000&last=v1.2>; rel="next"`. Not yet resolved
 * against the request URL.
 */
export function nextLink(header: string | null): string | undefined {
  if (header === null) return undefined;
  for (const match of header.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]*)*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(match[2] ?? '');
    const relations = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/);
    if (relations.includes('next')) return match[1];
  }
  return undefined;
}

/**
 * `Retry-After` in milliseconds from `now`: delay-seconds or an HTTP date (RFC 9110 §10.2.3).
 * A date in the past means "now"; anything unreadable is undefined, so backoff applies instead.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
