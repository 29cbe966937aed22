/**
 * The two glob dialects Argo CD matches paths with. They differ in what `*` may cross, so each is its
 * own function: a directory source's include/exclude use gobwas/glob without separators (`*` matches
 * `/` too), the git directory generator uses Go's `path.Match` (`*` stops at `/`).
 */

const escapeRegExp = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/**
 * util/glob `Match(pattern, text)` with no separators, as repo-server calls it for
 * `directory.include`/`exclude`: `*` and `**` match any run of characters, `/` included; `?` one
 * character; `[abc]`, `[a-z]`, `[!abc]`; `{a,b}` alternatives (nestable); `\` escapes. A pattern that
 * does not compile matches nothing, as Argo CD logs and moves on.
 */
export function gobwasMatch(pattern: string, text: string): boolean {
  const source = gobwasSource(pattern);
  if (source === undefined) return false;
  return new RegExp(`^${source}$`, 's').test(text);
}

function gobwasSource(pattern: string): string | undefined {
  let out = '';
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    if (char === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) return undefined;
      out += escapeRegExp(next);
      i++;
    } else if (char === '*') {
      while (pattern[i + 1] === '*') i++;
      out += '.*';
    } else if (char === '?') {
      out += '.';
    } else if (char === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close === -1) return undefined;
      let body = pattern.slice(i + 1, close);
      const negate = body.startsWith('!');
      if (negate) body = body.slice(1);
      if (body === '') return undefined;
      out += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else if (char === '{') {
      depth++;
      out += '(?:';
    } else if (char === '}' && depth > 0) {
      depth--;
      out += ')';
    } else if (char === ',' && depth > 0) {
      out += '|';
    } else {
      out += escapeRegExp(char);
    }
  }
  return depth === 0 ? out : undefined;
}

/**
 * Go's `path.Match`, as the git directory generator applies `directories[].path` to every directory
 * of the repository: `*` is any run of non-`/` characters, `?` one non-`/` character, `[...]` a class
 * (`[^...]` negated), `\` escapes. A malformed pattern is Go's ErrBadPattern: Argo CD logs it and
 * treats the directory as not matching, and so do we.
 */
export function goPathMatch(pattern: string, name: string): boolean {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    if (char === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) return false;
      out += escapeRegExp(next);
      i++;
    } else if (char === '*') {
      out += '[^/]*';
    } else if (char === '?') {
      out += '[^/]';
    } else if (char === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) return false;
      let body = pattern.slice(i + 1, close);
      const negate = body.startsWith('^');
      if (negate) body = body.slice(1);
      if (body === '') return false;
      // A negated class never matches the separator in path.Match.
      out += negate ? `(?!/)[^${body.replace(/[\\\]^]/g, '\\$&')}]` : `[${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else {
      out += escapeRegExp(char);
    }
  }
  return new RegExp(`^${out}$`, 's').test(name);
}
