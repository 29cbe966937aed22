import { describe, expect, it } from 'vitest';
import { envsubst } from '../../../../src/core/flux/substitute/envsubst.js';
import { EnvsubstError } from '../../../../src/core/flux/substitute/envsubst-error.js';

const expand = (text: string, vars: Record<string, string> = {}, strict = false): string =>
  envsubst(text, new Map(Object.entries(vars)), { strict });

const failure = (text: string, vars: Record<string, string> = {}, strict = false): EnvsubstError => {
  try {
    expand(text, vars, strict);
  } catch (error) {
    if (error instanceof EnvsubstError) return error;
    throw error;
  }
  throw new Error(`expected ${text} to fail`);
};

// Inputs and outputs from fluxcd/pkg envsubst/eval_test.go TestExpand (which mapped every name to exists=true).
describe('envsubst: the cases of fluxcd/pkg TestExpand', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['abcdEFGH28ij', {}, 'abcdEFGH28ij'],
    ['${#var01}', { var01: 'abcdEFGH28ij' }, '12'],
    ['${var01^}', { var01: 'abcdEFGH28ij' }, 'AbcdEFGH28ij'],
    ['${var01^^}', { var01: 'abcdEFGH28ij' }, 'ABCDEFGH28IJ'],
    ['${var01,}', { var01: 'ABCDEFGH28IJ' }, 'aBCDEFGH28IJ'],
    ['${var01,,}', { var01: 'ABCDEFGH28IJ' }, 'abcdefgh28ij'],
    ['${path_name:11}', { path_name: '/home/bozo/ideas/thoughts.for.today' }, 'ideas/thoughts.for.today'],
    ['${path_name:11:5}', { path_name: '/home/bozo/ideas/thoughts.for.today' }, 'ideas'],
    ['${var=xyz}', { var: 'abc' }, 'abc'],
    ['${var=xyz}', {}, 'xyz'],
    ['something ${var=${default_var}}', { default_var: 'foo' }, 'something foo'],
    ['foo: ${var=${default_var}-suffix}', { default_var: 'foo1' }, 'foo: foo1-suffix'],
    ['foo: ${var=prefix${default_var}-suffix}', { default_var: 'foo1' }, 'foo: prefixfoo1-suffix'],
    ['${var:=xyz}', {}, 'xyz'],
    ['${stringZ/%abc/XYZ}', { stringZ: 'abcABC123ABCabc' }, 'abcABC123ABCXYZ'],
    ['${stringZ/#abc/XYZ}', { stringZ: 'abcABC123ABCabc' }, 'XYZABC123ABCabc'],
    ['${stringZ//abc/xyz}', { stringZ: 'abcABC123ABCabc' }, 'xyzABC123ABCxyz'],
    ['${stringZ/abc/xyz}', { stringZ: 'abcABC123ABCabc' }, 'xyzABC123ABCabc'],
    ['${filename#*.}', { filename: 'bash.string.txt' }, 'string.txt'],
    ['${filename#*/}', { filename: 'path/to/file' }, 'to/file'],
    ['${filename#*/}', { filename: '/path/to/file' }, 'path/to/file'],
    ['${filename##*.}', { filename: 'bash.string.txt' }, 'txt'],
    ['${filename##*/}', { filename: 'path/to/file' }, 'file'],
    ['${filename##*/}', { filename: '/path/to/file' }, 'file'],
    ['${filename%.*}', { filename: 'bash.string.txt' }, 'bash.string'],
    ['${filename%%.*}', { filename: 'bash.string.txt' }, 'bash'],
    ['${var=${var01^^}}', { var01: 'abcdEFGH28ij' }, 'ABCDEFGH28IJ'],
    ['$${var01}', { var01: 'abcdEFGH28ij' }, '${var01}'],
    [
      'some text ${var01}$${var$${var01}$var01${var01}',
      { var01: 'abcdEFGH28ij' },
      'some text abcdEFGH28ij${var${var01}$var01abcdEFGH28ij',
    ],
    ['something $${var=${default_var}}', { default_var: 'foo' }, 'something ${var=foo}'],
    ['${stringZ/\\//-}', { stringZ: 'foo/bar' }, 'foo-bar'],
    ['${stringZ//\\//-}', { stringZ: 'foo/bar/baz' }, 'foo-bar-baz'],
    ['\\\\something ${var=${default_var}}', { default_var: 'foo' }, '\\\\something foo'],
    ['${stringZ/./}', { stringZ: 'foo.bar' }, 'foobar'],
  ];
  it.each(cases)('expands %s', (text, vars, want) => {
    expect(expand(text, vars)).toBe(want);
  });
});

// The facts below were checked against fluxcd/pkg envsubst built from source (Go), case by case.
describe('envsubst: operators beyond the upstream tests', () => {
  it.each([
    ['${v:-fallback}', {}, 'fallback'],
    ['${v:-fallback}', { v: '' }, 'fallback'],
    ['${v=fallback}', { v: '' }, 'fallback'], // `=` also replaces an empty value, unlike bash
    ['${v:-}', {}, ''],
    ['${v:-a${w}b${w}}', { w: '-' }, 'a-b-'],
    ['${v:-$${w}}', { w: 'W' }, '$W'], // `$$` is no escape inside a default
    ['${v:-\\/}', {}, '\\/'], // nor is `\/`
    ['${v:-2}', { v: 'abcdef' }, 'abcdef'], // `:-` is a default, never an offset
    ['${v:-2:1}', {}, '2:1'],
    ['${v:1:2:3}', { v: 'abcdef' }, 'abcdef'], // an unparsable length leaves the value
    ['${v: 1}', { v: 'abcdef' }, 'abcdef'],
    ['${v:+1}', { v: 'abcdef' }, 'abcdef'], // `:+` behaves like `:-`
    ['${v:-3:2}', { v: 'abcdef' }, 'abcdef'],
    ['${v:${n}}', { v: 'abcdef', n: '2' }, 'cdef'],
    ['${v:99}', { v: 'abcdef' }, ''],
    ['${v:2:99}', { v: 'abcdef' }, 'cdef'],
    ['${v:-300}', { v: 'abc' }, 'abc'],
    ['${v#*}', { v: 'abc' }, 'bc'], // the shortest non-empty prefix: one byte
    ['${v##*}', { v: 'abc' }, ''],
    ['${v%*}', { v: 'abc' }, 'ab'],
    ['${v#[a-b]}', { v: 'abc' }, 'bc'],
    ['${v#[^b]?}', { v: 'abc' }, 'c'],
    ['${v#[}', { v: 'abc' }, 'abc'], // a malformed pattern changes nothing
    ['${v%[a-c]}', { v: 'xbc' }, 'xbc'], // `%` reverses the pattern: `]c-a[` is malformed
    ['${v/a*/X}', { v: 'a*b' }, 'Xb'], // replacement patterns are literal, not globs
    ['${v/a/}', { v: 'banana' }, 'bnana'],
    ['${v//a/}', { v: 'banana' }, 'bnn'],
    ['${v/#x/}', { v: 'xa' }, 'xa'], // prefix replacement needs a replacement operand
    ['${v/a//c}', { v: 'abc' }, 'cbc'], // `//` after the pattern is one delimiter
    ['${v/${e}/X}', { v: 'ab', e: '' }, 'Xab'],
    ['${v//${e}/X}', { v: 'ab', e: '' }, 'XaXbX'],
    ['${v/\\\\/|}', { v: 'a\\b' }, 'a|b'],
    ['${v/$$/D}', { v: 'a$b' }, 'aDb'],
    ['${v,^}', { v: 'Ab' }, 'Ab'], // mixed casing operators fall back to the value
    ['${#v}', { v: 'héllo' }, '6'], // bytes, as Go's len
    ['${v:1:2}', { v: 'héllo' }, 'é'],
    ['${v^^}', { v: 'ßa' }, 'ßA'], // simple case mapping: ß has no single-letter uppercase
    ['${v,,}', { v: 'İA' }, 'ia'],
    ['${ünï}', { ünï: 'u' }, 'u'], // Go's IsLetter admits any letter in a name
    ['$$$${x}', { x: '1' }, '$${x}'],
    ['$$x $ ${x}$', { x: '1' }, '$x $ 1$'],
    ['a\u0000${x}', { x: '1' }, 'a'], // NUL is the Go scanner's end-of-input marker
  ] as [string, Record<string, string>, string][])('expands %s', (text, vars, want) => {
    expect(expand(text, vars)).toBe(want);
  });

  it('does not substitute a bare $var', () => {
    expect(expand('$var and ${var}', { var: 'x' })).toBe('$var and x');
  });

  it('never assigns: ${v:=x} leaves v undefined for later expressions', () => {
    expect(expand('${v:=x}|${v}', {})).toBe('x|');
    expect(failure('${v:=x}|${v}', {}, true).variable).toBe('v');
  });

  it('fails like Go on a negative substring length, which panics there', () => {
    const error = failure('${v:4:-2}', { v: 'abcdef' });
    expect(error.failure).toBe('panic');
    expect(error.message).toBe('runtime error: slice bounds out of range [4:2]');
    expect(failure('${v:0:-1}', { v: 'abc' }).message).toBe('runtime error: slice bounds out of range [:-1]');
  });
});

describe('envsubst: strict mode (fluxcd/pkg TestExpandStrict)', () => {
  it('expands defined variables, including empty ones', () => {
    expect(expand('${foo}', { foo: 'bar' }, true)).toBe('bar');
    expect(expand('${foo}', { foo: '' }, true)).toBe('');
    expect(expand('abcdEFGH28ij', {}, true)).toBe('abcdEFGH28ij');
  });

  it.each([
    '${missing}',
    '${#missing}',
    '${missing^}',
    '${missing^^}',
    '${missing,}',
    '${missing,,}',
    '${missing:0}',
    '${missing:0:10}',
    '${missing/pattern/replacement}',
    '${missing//pattern/replacement}',
    '${missing/#pattern/replacement}',
    '${missing/%pattern/replacement}',
    '${missing#pattern}',
    '${missing##pattern}',
    '${missing%pattern}',
    '${missing%%pattern}',
  ])('fails on %s with the library message naming the variable', (text) => {
    const error = failure(text, { foo: 'bar' }, true);
    expect(error.message).toBe('variable not set (strict mode): "missing"');
    expect(error.failure).toBe('unset-variable');
    expect(error.variable).toBe('missing');
  });

  it.each([
    ['${missing:-fallback}', 'fallback'],
    ['${missing:=assigned}', 'assigned'],
    ['${missing=assigned}', 'assigned'],
    ['${missing:?x}', 'x'],
    ['${missing:+x}', 'x'],
  ])('lets %s supply its default', (text, want) => {
    expect(expand(text, {}, true)).toBe(want);
  });

  it('expands defaults eagerly, so an unused default can still fail', () => {
    expect(failure('${set:-${unset}}', { set: '1' }, true).variable).toBe('unset');
  });

  it('expands a missing variable to the empty string when not strict', () => {
    expect(expand('a${missing}b${#missing}', {})).toBe('ab0');
  });
});

describe('envsubst: unsupported forms and syntax errors', () => {
  it.each([
    ['${var-default}', 'missing closing brace'], // listed as supported upstream, but the parser lacks it
    ['${var+x}', 'missing closing brace'],
    ['${var', 'missing closing brace'],
    ['${var x}', 'missing closing brace'],
    ['${', 'unable to parse variable name'],
    ['${}', 'unable to parse variable name'],
    ['${-x}', 'unable to parse variable name'],
    ['${var:}', 'unable to parse substitution within function'],
    ['${var#}', 'unable to parse substitution within function'],
    ['${var:-abc', 'unable to parse substitution within function'],
    ['${v/x}', 'bad substitution'],
    ['${v#a${b}}', 'bad substitution'],
    ['${v^^^}', 'bad substitution'],
    ['${#}', 'bad substitution'],
  ])('rejects %s with "%s"', (text, message) => {
    const error = failure(text, { var: 'v', v: 'v' });
    expect(error.message).toBe(message);
    expect(error.failure).toBe('syntax');
  });

  it('fails the whole text on one bad expression, even after good ones', () => {
    expect(failure('${var} then ${bad').message).toBe('missing closing brace');
  });
});
