/**
 * The Sprig functions Flux offers commit-message templates: `sprig.HermeticTxtFuncMap()`, which
 * drops everything that reads the clock, the environment, the network or a random source. Each
 * keeps Sprig's argument order (the string operand last, for pipelines) and Go's parameter types.
 */
import { createHash } from 'node:crypto';
import { FuncError, type FuncSpec, spec } from './functions.js';
import { formatValue, goQuote, strval } from './go-format.js';
import { toJson } from './json.js';
import { goBase, goClean, goDir, goExt } from './path.js';
import { listFunctions, strslice } from './sprig-lists.js';
import { numberFunctions } from './sprig-numbers.js';
import { fromUtf8, typedSlice, utf8 } from './values.js';

/** Go's strings.Title: a letter after a separator (space, punctuation, symbol) is upper-cased. */
function title(s: string): string {
  let prev = ' ';
  let out = '';
  for (const ch of s) {
    const separator = ch.length > 0 && /^[^\p{L}\p{N}_]$/u.test(prev);
    out += separator ? ch.toUpperCase() : ch;
    prev = ch;
  }
  return out;
}

function untitle(s: string): string {
  return s.replace(/(^|\s)(\S)/gu, (_m, space: string, ch: string) => space + ch.toLowerCase());
}

function byteSlice(s: string, start: number, end?: number): string {
  const bytes = utf8(s);
  if (start < 0 || start > bytes.length || (end !== undefined && (end < start || end > bytes.length))) {
    throw new FuncError(`runtime error: slice bounds out of range [${start}:${end ?? bytes.length}]`);
  }
  return fromUtf8(bytes.slice(start, end));
}

function substr(start: number, end: number, s: string): string {
  if (start < 0) return byteSlice(s, 0, end);
  if (end < 0 || end > utf8(s).length) return byteSlice(s, start);
  return byteSlice(s, start, end);
}

function trunc(c: number, s: string): string {
  const length = utf8(s).length;
  if (c < 0 && length + c > 0) return byteSlice(s, length + c);
  if (c >= 0 && length > c) return byteSlice(s, 0, c);
  return s;
}

function trimCutset(s: string, cutset: string): string {
  const chars = new Set(cutset);
  const runes = [...s];
  let a = 0;
  let b = runes.length;
  while (a < b && chars.has(runes[a] as string)) a++;
  while (b > a && chars.has(runes[b - 1] as string)) b--;
  return runes.slice(a, b).join('');
}

/** Go regexp syntax that JavaScript reads the same way, plus a leading `(?i)`-style flag group. */
function goRegExp(pattern: string): RegExp {
  const flags = /^\(\?([ims]+)\)/.exec(pattern);
  try {
    return new RegExp(flags ? pattern.slice(flags[0].length) : pattern, `u${flags?.[1] ?? ''}`);
  } catch (error) {
    throw new FuncError(`error parsing regexp: ${(error as Error).message}`);
  }
}

/** Sprig's base64decode returns the decoder's error text instead of failing. */
function b64dec(s: string): string {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) {
    return 'illegal base64 data at input byte 0';
  }
  return Buffer.from(s, 'base64').toString('utf8');
}

/** Go's Expand syntax (`$1`, `${1}`, `$name`, `${name}`, `$$`) in JavaScript's replacement syntax. */
function goReplacement(repl: string): string {
  return repl.replace(/\$(\$|\{(\w+)\}|(\w+))|\$/g, (match, _all, braced?: string, bare?: string) => {
    if (match === '$$' || match === '$') return '$$';
    const name = braced ?? bare ?? '';
    return /^\d+$/.test(name) ? `$${name}` : `$<${name}>`;
  });
}

function hash(algorithm: 'sha1' | 'sha256', s: string): string {
  return createHash(algorithm).update(s, 'utf8').digest('hex');
}

const stringFns: [string, FuncSpec][] = [
  ['trim', spec(['string'], (s: string) => s.replace(/^[\s\u0085]+|[\s\u0085]+$/gu, ''))],
  ['trimAll', spec(['string', 'string'], (cutset: string, s: string) => trimCutset(s, cutset))],
  ['trimall', spec(['string', 'string'], (cutset: string, s: string) => trimCutset(s, cutset))],
  [
    'trimPrefix',
    spec(['string', 'string'], (p: string, s: string) => (p && s.startsWith(p) ? s.slice(p.length) : s)),
  ],
  [
    'trimSuffix',
    spec(['string', 'string'], (x: string, s: string) => (x && s.endsWith(x) ? s.slice(0, -x.length) : s)),
  ],
  ['upper', spec(['string'], (s: string) => s.toUpperCase())],
  ['lower', spec(['string'], (s: string) => s.toLowerCase())],
  ['title', spec(['string'], title)],
  ['untitle', spec(['string'], untitle)],
  ['nospace', spec(['string'], (s: string) => s.replace(/\s/gu, ''))],
  [
    'repeat',
    spec(['int', 'string'], (n: number, s: string) => {
      if (n < 0) throw new FuncError('strings: negative Repeat count');
      return s.repeat(n);
    }),
  ],
  ['substr', spec(['int', 'int', 'string'], substr)],
  ['trunc', spec(['int', 'string'], trunc)],
  ['contains', spec(['string', 'string'], (sub: string, s: string) => s.includes(sub))],
  ['hasPrefix', spec(['string', 'string'], (p: string, s: string) => s.startsWith(p))],
  ['hasSuffix', spec(['string', 'string'], (x: string, s: string) => s.endsWith(x))],
  ['replace', spec(['string', 'string', 'string'], (o: string, n: string, s: string) => s.replaceAll(o, n))],
  [
    'quote',
    spec(
      [],
      (...v: unknown[]) =>
        v
          .filter((x) => x !== null)
          .map((x) => goQuote(strval(x)))
          .join(' '),
      'any',
    ),
  ],
  [
    'squote',
    spec(
      [],
      (...v: unknown[]) =>
        v
          .filter((x) => x !== null)
          .map((x) => `'${formatValue(x)}'`)
          .join(' '),
      'any',
    ),
  ],
  [
    'cat',
    spec(
      [],
      (...v: unknown[]) =>
        v
          .filter((x) => x !== null)
          .map((x) => formatValue(x))
          .join(' '),
      'any',
    ),
  ],
  [
    'indent',
    spec(
      ['int', 'string'],
      (n: number, s: string) => ' '.repeat(n) + s.replaceAll('\n', `\n${' '.repeat(n)}`),
    ),
  ],
  [
    'nindent',
    spec(
      ['int', 'string'],
      (n: number, s: string) => `\n${' '.repeat(n)}${s.replaceAll('\n', `\n${' '.repeat(n)}`)}`,
    ),
  ],
  [
    'plural',
    spec(['string', 'string', 'int'], (one: string, many: string, n: number) => (n === 1 ? one : many)),
  ],
  ['toString', spec(['any'], strval)],
  ['toStrings', spec(['any'], (v: unknown) => typedSlice('[]string', strslice(v)))],
  ['toJson', spec(['any'], (v: unknown) => toJson(v, { escapeHtml: true }) ?? '')],
  ['toPrettyJson', spec(['any'], (v: unknown) => toJson(v, { escapeHtml: true, indent: '  ' }) ?? '')],
  ['toRawJson', spec(['any'], (v: unknown) => toJson(v, {}) ?? '')],
  ['b64enc', spec(['string'], (s: string) => Buffer.from(s, 'utf8').toString('base64'))],
  ['b64dec', spec(['string'], b64dec)],
  [
    'regexReplaceAll',
    spec(['string', 'string', 'string'], (re: string, s: string, repl: string) => {
      const pattern = goRegExp(re);
      return s.replace(new RegExp(pattern.source, `g${pattern.flags}`), goReplacement(repl));
    }),
  ],
  [
    'fail',
    spec(['string'], (message: string) => {
      throw new FuncError(message);
    }),
  ],
  ['sha1sum', spec(['string'], (s: string) => hash('sha1', s))],
  ['sha256sum', spec(['string'], (s: string) => hash('sha256', s))],
  ['regexMatch', spec(['string', 'string'], (re: string, s: string) => goRegExp(re).test(s))],
  ['regexFind', spec(['string', 'string'], (re: string, s: string) => goRegExp(re).exec(s)?.[0] ?? '')],
  ['base', spec(['string'], goBase)],
  ['dir', spec(['string'], goDir)],
  ['ext', spec(['string'], goExt)],
  ['clean', spec(['string'], goClean)],
];

export const sprigFunctions: ReadonlyMap<string, FuncSpec> = new Map([
  ...stringFns,
  ...listFunctions,
  ...numberFunctions,
]);

/** In Sprig's map but removed by HermeticTxtFuncMap: Flux reports them as not defined. */
const nonHermetic = new Set([
  'date',
  'date_in_zone',
  'date_modify',
  'now',
  'htmlDate',
  'htmlDateInZone',
  'dateInZone',
  'dateModify',
  'randAlphaNum',
  'randAlpha',
  'randAscii',
  'randNumeric',
  'randBytes',
  'uuidv4',
  'env',
  'expandenv',
  'getHostByName',
]);

/** Hermetic Sprig functions Flux has and this renderer does not: an error, never a silent difference. */
const notImplemented = new Set([
  'hello',
  'ago',
  'duration',
  'durationRound',
  'must_date_modify',
  'mustDateModify',
  'mustToDate',
  'toDate',
  'unixEpoch',
  'abbrev',
  'abbrevboth',
  'initials',
  'randSeededNumeric',
  'swapcase',
  'shuffle',
  'snakecase',
  'camelcase',
  'kebabcase',
  'wrap',
  'wrapWith',
  'adler32sum',
  'seq',
  'toDecimal',
  'splitn',
  'until',
  'untilStep',
  'randInt',
  'add1f',
  'addf',
  'subf',
  'divf',
  'mulf',
  'biggest',
  'maxf',
  'minf',
  'ceil',
  'floor',
  'round',
  'all',
  'any',
  'mustCompact',
  'fromJson',
  'mustFromJson',
  'mustToJson',
  'mustToPrettyJson',
  'mustToRawJson',
  'deepCopy',
  'mustDeepCopy',
  'typeOf',
  'typeIs',
  'typeIsLike',
  'kindOf',
  'kindIs',
  'deepEqual',
  'isAbs',
  'osBase',
  'osClean',
  'osDir',
  'osExt',
  'osIsAbs',
  'b32enc',
  'b32dec',
  'tuple',
  'set',
  'unset',
  'pluck',
  'pick',
  'omit',
  'merge',
  'mergeOverwrite',
  'mustMerge',
  'mustMergeOverwrite',
  'values',
  'push',
  'mustAppend',
  'mustPush',
  'mustPrepend',
  'mustFirst',
  'mustRest',
  'mustLast',
  'mustInitial',
  'mustReverse',
  'mustUniq',
  'without',
  'mustWithout',
  'mustHas',
  'mustSlice',
  'dig',
  'chunk',
  'mustChunk',
  'bcrypt',
  'htpasswd',
  'encryptAES',
  'decryptAES',
  'semver',
  'semverCompare',
  'mustRegexMatch',
  'regexFindAll',
  'mustRegexFindAll',
  'mustRegexFind',
  'mustRegexReplaceAll',
  'regexReplaceAllLiteral',
  'mustRegexReplaceAllLiteral',
  'regexSplit',
  'mustRegexSplit',
  'regexQuoteMeta',
  'urlParse',
  'urlJoin',
  'genPrivateKey',
  'derivePassword',
  'buildCustomCert',
  'genCA',
  'genCAWithKey',
  'genSelfSignedCert',
  'genSelfSignedCertWithKey',
  'genSignedCert',
  'genSignedCertWithKey',
]);

/** Why a function name is not callable, when there is more to say than Go's "not defined". */
export function explainMissingFunction(name: string): { message: string; hint?: string } | undefined {
  if (nonHermetic.has(name)) {
    return {
      message: `function ${goQuote(name)} not defined`,
      hint: 'Flux offers only hermetic Sprig functions: nothing that reads the clock, environment, network or randomness.',
    };
  }
  if (notImplemented.has(name)) {
    return {
      message: `function ${goQuote(name)} is a Sprig function Flux offers but gitops-actions does not implement`,
      hint: 'Rewrite the template without it, or ask for it to be added to src/core/template/sprig.ts.',
    };
  }
  return undefined;
}
