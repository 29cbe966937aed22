import { describe, expect, it } from 'vitest';
import { GitopsError } from '../../../src/core/errors.js';
import { compileGoRegexp, findSubmatch, matches } from '../../../src/core/images/policy/index.js';

const match = (pattern: string, text: string) => findSubmatch(compileGoRegexp(pattern, 'test'), text)?.[0];

function compileError(pattern: string): GitopsError {
  try {
    compileGoRegexp(pattern, 'spec.filterTags.pattern');
  } catch (error) {
    if (error instanceof GitopsError) return error;
    throw error;
  }
  throw new Error(`${pattern} compiled`);
}

// Every expected match was checked against Go's regexp package.
describe('Go regexp semantics carried into JavaScript', () => {
  it.each([
    // `$` without (?m) is the end of the text, never before a final newline.
    ['a$', 'a\n', undefined],
    ['a$', 'a', 'a'],
    // (?m) lines end at "\n" only, not at "\r".
    ['(?m)a$', 'a\n', 'a'],
    ['(?m)a$', 'a\r\n', undefined],
    ['(?m)^b', 'a\nb', 'b'],
    // `.` excludes only "\n"; JavaScript's would also exclude "\r" and U+2028.
    ['^a.b$', 'a\nb', undefined],
    ['^a.b$', 'a\rb', 'a\rb'],
    ['^a.b$', 'a\u2028b', 'a\u2028b'],
    ['(?s)^a.b$', 'a\nb', 'a\nb'],
    // `\s` is [\t\n\f\r ]: no \v and no Unicode spaces; POSIX [[:space:]] does include \v.
    ['^\\s+$', '\v', undefined],
    ['^\\s+$', '\u00a0', undefined],
    ['^\\s+$', ' \t', ' \t'],
    ['^[[:space:]]+$', '\v', '\v'],
    // `\b` is ASCII: "é" is not a word character.
    ['\\bé', 'aé', 'é'],
    ['\\bé', 'é', undefined],
    // (?i) folds k to the Kelvin sign and s to the long s, as Go's SimpleFold does.
    ['(?i)K', '\u212a', '\u212a'],
    ['(?i)s', '\u017f', '\u017f'],
    ['(?i)main', 'MAIN-1', 'MAIN'],
    ['(?i:a)b', 'AB', undefined],
    ['(?i:a)b', 'Ab', 'Ab'],
    ['a(?i)b|c', 'C', 'C'],
    // (?U) swaps greedy and lazy.
    ['(?U)a+', 'aaa', 'a'],
    ['(?U)a+?', 'aaa', 'aaa'],
    // \Q…\E quotes; a repetition after it binds to the last character.
    ['\\Qa.b\\E', 'axb', undefined],
    ['\\Qa.b\\E', 'a.b', 'a.b'],
    ['^\\Qab\\E+$', 'abbb', 'abbb'],
    // \12 is octal "\n", not a backreference; \x{…} is a code point.
    ['\\12', '\n', '\n'],
    ['\\x{263a}', '\u263a', '\u263a'],
    // A `{` that does not start a valid count is literal.
    ['a{,2}', 'a{,2}', 'a{,2}'],
    ['a{01}', 'a{01}', 'a{01}'],
    // Bracket corner cases and POSIX classes.
    ['^[]a]+$', ']a', ']a'],
    ['^[a-]+$', '-a', '-a'],
    ['^[[:alpha:]]+$', 'abc', 'abc'],
    ['^[[:^digit:]]+$', 'abc', 'abc'],
    ['^[[:word:]]+$', 'a_1', 'a_1'],
    // Unanchored: the first match anywhere.
    ['[0-9]+', 'v12.3', '12'],
    ['', 'anything', ''],
    // The default exclusion list entry.
    ['^.*\\.sig$', 'sha256-abc.sig', 'sha256-abc.sig'],
    ['^.*\\.sig$', 'x.sig.bak', undefined],
  ] as const)('%j on %j matches %j', (pattern, text, expected) => {
    expect(match(pattern, text)).toBe(expected);
  });

  it('numbers named and plain groups together and knows the names', () => {
    const re = compileGoRegexp('^(?P<rv>[0-9]+\\.[0-9]+\\.[0-9]+)-rc\\.(?<num>[0-9]+)$', 'test');
    expect(re.groupCount).toBe(2);
    expect(re.names.get('rv')).toEqual([1]);
    expect(re.names.get('num')).toEqual([2]);
    expect(findSubmatch(re, '1.2.3-rc.4')).toEqual(['1.2.3-rc.4', '1.2.3', '4']);
  });

  it('accepts names JavaScript would not, such as one starting with a digit', () => {
    expect(compileGoRegexp('(?P<1a>x)', 'test').names.get('1a')).toEqual([1]);
  });

  it('marks groups whose captured text the engines can report differently', () => {
    expect([...compileGoRegexp('(a)(?:(b)|c)+', 'test').unreliableGroups]).toEqual([2]);
    expect([...compileGoRegexp('^(x)(?:a*?)?$', 'test').unreliableGroups]).toEqual([0, 1]);
    expect(compileGoRegexp('^v?([0-9]+)((?:\\.[0-9]+)*)$', 'test').unreliableGroups.size).toBe(0);
  });

  it('never sets state between calls', () => {
    const re = compileGoRegexp('a', 'test');
    expect([matches(re, 'a'), matches(re, 'a'), matches(re, 'b')]).toEqual([true, true, false]);
  });
});

describe('patterns Go rejects are rejected with a clear error', () => {
  it.each([
    ['(a)\\1', 'backreferences are not supported'],
    ['a(?=b)', 'lookahead'],
    ['a(?!b)', 'lookahead'],
    ['(?<=a)b', 'lookbehind'],
    ['(?<!a)b', 'lookbehind'],
    ['a*+', 'invalid nested repetition operator: `+`'],
    ['a++', 'invalid nested repetition operator'],
    ['a**', 'invalid nested repetition operator'],
    ['a{2}{3}', 'invalid nested repetition operator'],
    ['*a', 'missing argument to repetition operator'],
    ['a|*', 'missing argument to repetition operator'],
    ['a\\Z', '`\\Z` is not supported by Go'],
    ['a\\C', '`\\C` (any byte) is not supported'],
    ['\\u0041', '`\\u` is not Go syntax'],
    ['(?<n>a)\\k<n>', 'named backreferences'],
    ['a{1001}', 'invalid repeat count: `{1001}`'],
    ['a{2,1}', 'invalid repeat count'],
    ['(a{20}){60}', 'invalid repeat count: `{60}`'],
    ['[[:foo:]]', 'invalid character class range: `[:foo:]`'],
    ['[z-a]', 'invalid character class range: `z-a`'],
    ['[a', 'missing closing ]'],
    ['(a', 'missing closing )'],
    ['a)', 'unexpected )'],
    ['(?P=n)', 'invalid named capture'],
    ['(?P<a-b>x)', 'invalid named capture'],
    ['(?#comment)', 'invalid or unsupported Perl syntax'],
    ['(?>atomic)', 'invalid or unsupported Perl syntax'],
    ['(?i-)a', 'invalid or unsupported Perl syntax'],
    ['a\\', 'trailing backslash'],
    ['\\8', 'invalid escape sequence'],
    ['\\q', 'invalid escape sequence'],
    ['[\\b]', 'invalid escape sequence'],
  ])('%j: %s', (pattern, detail) => {
    const error = compileError(pattern);
    expect(error.message).toContain(`spec.filterTags.pattern ${JSON.stringify(pattern)}`);
    expect(error.message).toContain('not a valid Go regular expression');
    expect(error.message).toContain(detail);
  });
});

describe('valid Go patterns whose JavaScript translation could differ are refused', () => {
  it.each([
    ['\\pN', 'Unicode class'],
    ['\\p{Greek}', 'Unicode class'],
    ['[\\PL]', 'Unicode class'],
    ['(?i)é', 'U+00E9'],
    ['(?i)[à-ÿ]', 'U+00E0'],
  ])('%j: %s', (pattern, detail) => {
    const error = compileError(pattern);
    expect(error.message).toContain(detail);
    expect(error.message).not.toContain('not a valid Go regular expression');
    expect(error.hint).toContain('refuses');
  });

  it('still accepts non-ASCII text outside (?i) and caseless characters inside it', () => {
    expect(match('é+', 'ééa')).toBe('éé');
    expect(match('(?i)€', '€')).toBe('€');
  });
});
