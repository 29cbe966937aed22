import { UsageError } from '../errors.js';

/**
 * A step into a YAML document. List items that are mappings with a `name` are addressed by that
 * name (`containers[name=web]`), not by position: reordering containers in one environment must
 * not pair one container's image with another's.
 */
export type PathToken = { key: string } | { index: number; name?: string };

/** `spec.values.image.tag`, `spec.template.spec.containers[name=web].image`, `a["dotted.key"]`. */
export function formatPath(tokens: readonly PathToken[]): string {
  let text = '';
  for (const token of tokens) {
    if ('key' in token) {
      const plain = /^[^.[\]"*]+$/.test(token.key);
      text += plain ? `${text === '' ? '' : '.'}${token.key}` : `[${JSON.stringify(token.key)}]`;
    } else {
      text += token.name === undefined ? `[${token.index}]` : `[name=${token.name}]`;
    }
  }
  return text;
}

type PatternToken =
  | { kind: 'key'; key: string }
  | { kind: 'item'; name?: string; index?: number }
  | { kind: 'one' }
  | { kind: 'deep' };

/** A compiled field pattern: the path syntax above plus `*` (one step), `**` (any steps), `[*]`. */
export interface PathPattern {
  source: string;
  tokens: PatternToken[];
}

export function parsePathPattern(source: string): PathPattern {
  const fail = (why: string): never => {
    throw new UsageError(`invalid field path ${JSON.stringify(source)}: ${why}`, {
      hint: 'Write a YAML path such as spec.values.image.tag, containers[name=web].image or **.image.tag.',
    });
  };
  const tokens: PatternToken[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (char === '.') {
      if (i === 0 || i === source.length - 1 || source[i + 1] === '.') fail('an empty step');
      i++;
      continue;
    }
    if (char === '[') {
      const close = source.startsWith('["', i) ? quotedEnd(source, i + 2) : source.indexOf(']', i);
      if (close <= i) fail('an unclosed [');
      const inner = source.slice(i + 1, close);
      i = close + 1;
      if (inner.startsWith('"')) tokens.push({ kind: 'key', key: parseQuoted(inner, fail) });
      else if (inner === '*') tokens.push({ kind: 'item' });
      else if (/^[0-9]+$/.test(inner)) tokens.push({ kind: 'item', index: Number(inner) });
      else if (inner.startsWith('name=') && inner.length > 5)
        tokens.push({ kind: 'item', name: inner.slice(5) });
      else fail(`[${inner}] is not [n], [name=x], [*] or ["key"]`);
      continue;
    }
    let end = i;
    while (end < source.length && source[end] !== '.' && source[end] !== '[') end++;
    const word = source.slice(i, end);
    i = end;
    if (word === '**') tokens.push({ kind: 'deep' });
    else if (word === '*') tokens.push({ kind: 'one' });
    else if (word.includes('*')) fail(`"${word}": * stands for a whole step only`);
    else tokens.push({ kind: 'key', key: word });
  }
  if (tokens.length === 0) fail('it is empty');
  return { source, tokens };
}

function parseQuoted(text: string, fail: (why: string) => never): string {
  try {
    return JSON.parse(text) as string;
  } catch {
    return fail(`${text} is not a JSON string`);
  }
}

/** The `]` after the closing quote of a JSON string starting at `from`, or -1. */
function quotedEnd(source: string, from: number): number {
  for (let i = from; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '"') return source[i + 1] === ']' ? i + 1 : -1;
  }
  return -1;
}

export function matchesPath(pattern: PathPattern, path: readonly PathToken[]): boolean {
  return matchFrom(pattern.tokens, 0, path, 0);
}

function matchFrom(pattern: PatternToken[], p: number, path: readonly PathToken[], t: number): boolean {
  if (p === pattern.length) return t === path.length;
  const want = pattern[p] as PatternToken;
  if (want.kind === 'deep') {
    for (let skip = t; skip <= path.length; skip++) if (matchFrom(pattern, p + 1, path, skip)) return true;
    return false;
  }
  const token = path[t];
  if (token === undefined) return false;
  if (!stepMatches(want, token)) return false;
  return matchFrom(pattern, p + 1, path, t + 1);
}

function stepMatches(want: PatternToken, token: PathToken): boolean {
  switch (want.kind) {
    case 'one':
      return true;
    case 'key':
      return 'key' in token && token.key === want.key;
    case 'item':
      if ('key' in token) return false;
      if (want.index !== undefined) return token.index === want.index;
      if (want.name !== undefined) return token.name === want.name;
      return true;
    default:
      return false;
  }
}

/**
 * A file glob for field rules: `**` crosses directories, `*` and `?` stay within one, `{a,b}`
 * picks alternatives. Matched against repository-relative paths with `/`.
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] as string;
    if (char === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (char === '*') out += '[^/]*';
    else if (char === '?') out += '[^/]';
    else if (char === '{') {
      braces++;
      out += '(?:';
    } else if (char === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (char === ',' && braces > 0) out += '|';
    else out += char.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}
