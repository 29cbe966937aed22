import { describe, expect, it } from 'vitest';
import { GoMap, GoStruct, parseTemplate } from '../../../src/core/template/index.js';

const render = (text: string, data: unknown = {}): string => parseTemplate('msg', text).execute(data);

describe('builtin functions', () => {
  it('returns the deciding operand from and/or, without evaluating the rest', () => {
    expect(render('{{and 1 0 2}}|{{and 1 2}}|{{or 0 "" "x"}}|{{or 0 ""}}|{{not 0}}')).toBe('0|2|x||true');
    expect(render('{{or .a (index .missing 1)}}', { a: 'short' })).toBe('short');
  });

  it('measures len in bytes for strings, and fails for numbers', () => {
    expect(render('{{len "é"}} {{len .l}} {{len .m}}', { l: [1, 2], m: { a: 1 } })).toBe('2 2 1');
    expect(() => render('{{len 3}}')).toThrow('error calling len: len of type int');
  });

  it('indexes slices, maps and strings, with Go errors', () => {
    expect(
      render('{{index .l 1}} {{index .m "k"}} {{index "ab" 0}} {{index .n 0 1}}', {
        l: ['a', 'b'],
        m: { k: 'v' },
        n: [[1, 2]],
      }),
    ).toBe('b v 97 2');
    expect(() => render('{{index .l 5}}', { l: [] })).toThrow(
      'template: msg:1:2: executing "msg" at <index .l 5>: error calling index: index out of range: 5',
    );
    expect(() => render('{{index nil 1}}')).toThrow('error calling index: index of untyped nil');
  });

  it('returns the element zero value from index for a missing key of a typed map', () => {
    const values = new GoMap('map[string]string', 'string', '').set('a', 'x');
    expect(render('[{{index . "b"}}]|[{{.b}}]', values)).toBe('[]|[<no value>]');
  });

  it('compares with eq against any of several operands, and lt/le/gt/ge on ordered kinds', () => {
    expect(
      render('{{eq 1 2 3 1}} {{eq "a" "b"}} {{ne 1 2}} {{lt 1 2}} {{le 2 2}} {{gt "b" "a"}} {{ge 1 2}}'),
    ).toBe('true false true true true true false');
    expect(render('{{eq .missing "x"}}', {})).toBe('false');
  });

  it('refuses comparisons Go refuses', () => {
    expect(() => render('{{eq 1 "1"}}')).toThrow('error calling eq: incompatible types for comparison');
    expect(() => render('{{lt true false}}')).toThrow('error calling lt: invalid type for comparison');
    expect(() => render('{{eq .l .l}}', { l: [1] })).toThrow(
      'error calling eq: non-comparable type [1]: []interface {}',
    );
    expect(() => render('{{eq 1}}')).toThrow('error calling eq: missing argument for comparison');
  });

  it('compares structs field by field', () => {
    const a = new GoStruct('main.P', [{ name: 'X', value: 1 }]);
    const b = new GoStruct('main.P', [{ name: 'X', value: 1 }]);
    expect(render('{{eq .a .b}}', { a, b })).toBe('true');
  });

  it('escapes for html, js and urlquery', () => {
    expect(render(`{{html "<a href='x'>&\\""}}`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&#34;');
    expect(render(`{{js "it's <b>\\n"}}`)).toBe("it\\'s \\u003Cb\\u003E\\u000A");
    expect(render('{{urlquery "a b&c/é"}}')).toBe('a+b%26c%2F%C3%A9');
  });

  it('fails call, since template data holds no functions', () => {
    expect(() => render('{{call .f}}', { f: 'x' })).toThrow(
      'error calling call: non-function .f of type string',
    );
  });

  it('checks argument types before calling, as Go does', () => {
    expect(() => render('{{lower 3}}')).toThrow(
      'template: msg:1:8: executing "msg" at <3>: expected string; found 3',
    );
    expect(() => render('{{.n | lower}}', { n: 3 })).toThrow(
      'wrong type for value; expected string; got int',
    );
    expect(() => render('{{trunc "x" "abc"}}')).toThrow('expected integer; found "x"');
    expect(() => render('{{upper}}')).toThrow('wrong number of args for upper: want 1 got 0');
    expect(() => render('{{lower .missing}}', {})).toThrow('invalid value; expected string');
  });
});

describe('sprig string functions', () => {
  it.each([
    ['{{trim "  a b \\n"}}', 'a b'],
    ['{{trimAll "$" "$$5.00$"}}', '5.00'],
    ['{{"v1.2.3" | trimPrefix "v"}}|{{trimSuffix ".yaml" "a.yaml"}}', '1.2.3|a'],
    [
      '{{upper "abc"}} {{lower "ÀB"}} {{title "hello wide-world"}} {{untitle "Hello World"}}',
      'ABC àb Hello Wide-World hello world',
    ],
    ['{{repeat 3 "ab"}}', 'ababab'],
    ['{{substr 1 3 "abcdef"}}|{{substr -1 2 "abc"}}|{{substr 1 -1 "abc"}}', 'bc|ab|bc'],
    ['{{trunc 3 "abcdef"}}|{{trunc -2 "abcdef"}}|{{trunc 10 "ab"}}', 'abc|ef|ab'],
    [
      '{{contains "5.0.3" "img:5.0.3"}} {{hasPrefix "img" "img:1"}} {{hasSuffix ":1" "img:1"}}',
      'true true true',
    ],
    ['{{replace "." "-" "1.2.3"}}', '1-2-3'],
    ['{{quote "a" 1 nil}}|{{squote "a"}}|{{cat "a" 1 nil "b"}}', '"a" "1"|\'a\'|a 1 b'],
    ['{{indent 2 "a\\nb"}}|{{nindent 2 "a"}}', '  a\n  b|\n  a'],
    ['{{nospace " a b\\t"}} {{plural "file" "files" 2}}', 'ab files'],
    [
      '{{b64enc "hi"}} {{sha256sum "abc" | trunc 12}} {{sha1sum "abc" | trunc 8}}',
      'aGk= ba7816bf8f01 a9993e36',
    ],
    [
      '{{base "a/b.yaml"}} {{dir "a/b/c.yaml"}} {{ext "a/b.yaml"}} {{clean "a//b/../c"}} {{base ""}}',
      'b.yaml a/b .yaml a/c .',
    ],
    ['{{regexMatch "^v[0-9]+" "v12"}} {{regexFind "[0-9]+" "ab12cd"}}', 'true 12'],
    ['{{toString 12}}|{{atoi "42"}}|{{atoi "4x"}}', '12|42|0'],
  ])('%s renders %j', (text, expected) => {
    expect(render(text)).toBe(expected);
  });
});

describe('sprig lists, dicts and defaults', () => {
  it.each([
    ['{{splitList "," "a,b"}}|{{join "-" (list 1 "b" nil)}}', '[a b]|1-b'],
    ['{{$p := split "/" "a/b"}}{{$p._0}}{{$p._1}}', 'ab'],
    ['{{list "b" "a" "c" | sortAlpha}}|{{list 1 1 2 1 | uniq}}', '[a b c]|[1 2]'],
    [
      '{{first (list 1 2)}} {{last (list 1 2)}} {{rest (list 1 2 3)}} {{initial (list 1 2 3)}}',
      '1 2 [2 3] [1 2]',
    ],
    [
      '{{reverse (list 1 2)}} {{compact (list 1 "" 0 2)}} {{has 2 (list 1 2)}} {{concat (list 1) (list 2)}}',
      '[2 1] [1 2] true [1 2]',
    ],
    ['{{append (list 1) 2}} {{prepend (list 1) 0}}', '[1 2] [0 1]'],
    [
      '{{$d := dict "b" 2 "a" 1}}{{$d}} {{get $d "a"}} {{hasKey $d "c"}} {{keys $d | sortAlpha}}',
      'map[a:1 b:2] 1 false [a b]',
    ],
    [
      '{{default "d" ""}} {{default "d" "x"}} {{"" | default "piped"}} {{empty 0}} {{empty (list)}}',
      'd x piped true true',
    ],
    ['{{coalesce "" 0 "first" "second"}} {{ternary "y" "n" true}}', 'first y'],
    ['{{toJson (dict "b" (list 1 "<x>") "a" nil)}}', '{"a":null,"b":[1,"\\u003cx\\u003e"]}'],
    [
      '{{toRawJson (dict "a" "<")}}|{{toPrettyJson (dict "a" (list 1))}}',
      '{"a":"<"}|{\n  "a": [\n    1\n  ]\n}',
    ],
  ])('%s renders %j', (text, expected) => {
    expect(render(text)).toBe(expected);
  });

  it('uses Sprig slice, which shadows the builtin and takes only lists', () => {
    expect(render('{{slice (list 1 2 3) 1}}|{{slice (list 1 2 3) 0 2}}')).toBe('[2 3]|[1 2]');
    expect(() => render('{{slice "abc" 1}}')).toThrow(
      'error calling slice: list should be type of slice or array but string',
    );
  });

  it('reports Sprig list functions on non-lists as Go reports their panics', () => {
    expect(() => render('{{first "x"}}')).toThrow('error calling first: Cannot find first on type string');
  });

  it('passes only map[string]interface {} to keys, as its Go signature demands', () => {
    const values = new GoMap('map[string]string', 'string', '').set('a', 'x');
    expect(() => render('{{keys .}}', values)).toThrow(
      'wrong type for value; expected map[string]interface {}; got map[string]string',
    );
  });
});
