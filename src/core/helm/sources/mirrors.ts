/**
 * Source URL mirrors (`--mirror FROM=TO`): CI without internet access, or with a pull-through
 * cache, renders the same repository by rewriting where charts are fetched from. The controllers
 * have no such option; the chart, and so the rendered output, must be the same either way.
 *
 * - FROM is a URL prefix (`https://charts.example.com`, `oci://ghcr.io/acme/charts`), matched on
 *   whole path segments; the longest matching FROM wins.
 * - TO is a URL (`https://mirror.internal/charts`, `oci://registry.internal/ghcr`) that replaces
 *   the prefix, or a local directory (`./mirror/charts`, `/srv/charts`, `file:///srv/charts`)
 *   where the rest of the URL becomes a sub-directory.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GitopsError } from '../../errors.js';

export type MirrorTarget =
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'directory'; readonly path: string };

export interface Mirror {
  /** The prefix as written, without trailing slashes. */
  readonly from: string;
  readonly to: MirrorTarget;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
const HINT =
  'Write FROM=TO, e.g. https://charts.example.com=https://mirror.internal/charts or ' +
  'oci://ghcr.io/acme/charts=./mirror/ghcr.io/acme/charts (a directory).';

/** Parses `FROM=TO`; a relative directory is resolved against `baseDir`. */
export function parseMirror(text: string, baseDir: string): Mirror {
  const at = text.indexOf('=');
  const from = (at < 0 ? '' : text.slice(0, at)).trim().replace(/\/+$/, '');
  const to = (at < 0 ? '' : text.slice(at + 1)).trim();
  if (from === '' || to === '') throw new GitopsError(`mirror "${text}" is not FROM=TO`, { hint: HINT });
  const scheme = SCHEME.exec(from)?.[1]?.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https' && scheme !== 'oci') {
    throw new GitopsError(`mirror "${text}": FROM must be an http://, https:// or oci:// URL prefix`, {
      hint: HINT,
    });
  }
  if (/^file:\/\//i.test(to)) return { from, to: { kind: 'directory', path: fileURLToPath(to) } };
  if (SCHEME.test(to)) return { from, to: { kind: 'url', url: to.replace(/\/+$/, '') } };
  return { from, to: { kind: 'directory', path: path.resolve(baseDir, to) } };
}

/** Where a URL is really fetched from. */
export type MirroredLocation =
  | { readonly kind: 'url'; readonly url: string; readonly mirrored: boolean }
  | { readonly kind: 'directory'; readonly path: string };

export class MirrorMap {
  private readonly mirrors: readonly Mirror[];

  constructor(mirrors: readonly Mirror[] = []) {
    // Longest FROM first, so the first match is the most specific.
    this.mirrors = [...mirrors].sort((a, b) => b.from.length - a.from.length);
  }

  static parse(lines: readonly string[], baseDir: string): MirrorMap {
    return new MirrorMap(lines.map((line) => parseMirror(line, baseDir)));
  }

  /** `url` rewritten by the most specific mirror, or unchanged when none matches. */
  map(url: string): MirroredLocation {
    for (const mirror of this.mirrors) {
      const rest = remainder(url, mirror.from);
      if (rest === undefined) continue;
      if (mirror.to.kind === 'url') return { kind: 'url', url: mirror.to.url + rest, mirrored: true };
      return { kind: 'directory', path: joinInside(mirror.to.path, rest, url) };
    }
    return { kind: 'url', url, mirrored: false };
  }
}

/**
 * The part of `url` after `prefix` (`''` or `/…`), or undefined when the prefix does not end on a
 * segment boundary: `https://charts.acme.example` must not capture `https://charts.acme.example.evil`.
 * Scheme and host compare case-insensitively, as URLs do.
 */
function remainder(url: string, prefix: string): string | undefined {
  const head = url.slice(0, prefix.length);
  if (head.toLowerCase() !== prefix.toLowerCase() && head !== prefix) return undefined;
  const rest = url.slice(prefix.length);
  if (rest === '' || rest.startsWith('/')) return rest.replace(/\/+$/, '');
  return undefined;
}

/** A URL path below a mirror directory; `..` would leave the directory and is refused. */
function joinInside(dir: string, rest: string, url: string): string {
  const segments = rest.split('/').filter((segment) => segment !== '');
  const decoded = segments.map((segment) => decodeURIComponent(segment.replace(/[?#].*$/, '')));
  if (decoded.some((segment) => segment === '..' || segment.includes(path.sep) || segment.includes('\0'))) {
    throw new GitopsError(`the URL ${url} cannot be mapped into the mirror directory ${dir}`);
  }
  return path.join(dir, ...decoded);
}
