import { describe, expect, it } from 'vitest';
import { goFormatFloat32 } from '../../../src/core/yaml/go-number.js';
import { isYaml11NonString, resolvePlainScalar } from '../../../src/core/yaml/yaml11.js';

// Sources of truth, cited per row:
//  [map]   go-yaml v2 resolve.go resolveMapList (bool/null/.inf/.nan words), as used by
//          sigs.k8s.io/yaml (go.yaml.in/yaml/v2 v2.4.2) and by kyaml's IsValueNonString (gopkg.in/yaml.v2).
//  [int]   go-yaml v2 resolve.go: underscores removed, then strconv.ParseInt(s, 0, 64) / ParseUint.
//  [go]    Go strconv base-0 prefixes: 0x, 0o, 0b (Go 1.13+) and a leading 0 for octal.
//  [float] go-yaml v2 yamlStyleFloat ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$ then ParseFloat.
//  [ts]    go-yaml v2 decode.go: a timestamp decoded into interface{} stays its string.
//  [b60]   go-yaml v2 resolve.go: "Base 60 floats ... are purposefully unsupported here."
//  [kyaml] kustomize kyaml/yaml/compatibility.go IsValueNonString: "" and "\n" → false; the whole
//          value is unmarshalled, so maps, sequences and empty documents are non-strings; errors → false.
const table: Array<[string, boolean, string]> = [
  ['1.10', true, '[float] a float, the classic image-tag trap'],
  ['20231010', true, '[int]'],
  ['yes', true, '[map]'],
  ['Yes', true, '[map]'],
  ['YES', true, '[map]'],
  ['yEs', false, '[map] only three spellings per word'],
  ['y', true, '[map] single letters are bools in go-yaml v2'],
  ['N', true, '[map]'],
  ['on', true, '[map]'],
  ['Off', true, '[map]'],
  ['true', true, '[map]'],
  ['~', true, '[map] null'],
  ['null', true, '[map]'],
  ['NULL', true, '[map]'],
  ['nUll', false, '[map]'],
  ['0x1F', true, '[int] [go]'],
  ['0X1F', true, '[go] the prefix letter is case-insensitive'],
  ['0777', true, '[int] YAML 1.1 octal'],
  ['0o17', true, '[go] not YAML 1.1, but Go >= 1.13 base-0 parsing accepts it'],
  ['0b101', true, '[go]'],
  ['0888', true, '[float] not octal, but yamlStyleFloat matches and ParseFloat reads 888'],
  ['1_000', true, '[int] underscores are stripped first'],
  ['_1', false, '[int] a leading underscore is not in the resolve table'],
  ['1e3', true, '[float]'],
  ['1E-3', true, '[float]'],
  ['1e400', false, '[float] ParseFloat reports a range error, so go-yaml keeps the string'],
  ['1.', true, '[float]'],
  ['.5', true, '[float] the "." branch calls ParseFloat directly'],
  ['.', false, '[float]'],
  ['.inf', true, '[map]'],
  ['-.Inf', true, '[map]'],
  ['.NaN', true, '[map]'],
  ['NaN', false, '[map] only the dotted spellings'],
  ['+12', true, '[int]'],
  ['-0b11', true, '[go]'],
  ['99999999999999999999', true, '[float] beyond uint64, still a float'],
  ['1:20', false, '[b60] sexagesimal is a string in go-yaml'],
  ['190:20:30', false, '[b60]'],
  ['2001-12-14', false, '[ts]'],
  ['2001-12-14T21:59:43.10-05:00', false, '[ts]'],
  ['', false, '[kyaml] empty is special-cased to false (Flux writes "" for other reasons)'],
  ['a\nb', false, '[kyaml] multi-line values are special-cased to false'],
  ['a: b', true, '[kyaml] unmarshals to a map'],
  ['- a', true, '[kyaml] unmarshals to a sequence'],
  ['-', true, '[kyaml] a sequence with one null item'],
  ['[1]', true, '[kyaml] a flow sequence'],
  ['# note', true, '[kyaml] a comment only: the result is nil, not a string'],
  ['   ', true, '[kyaml] whitespace only: nil'],
  ['{a', false, '[kyaml] an unmarshal error'],
  ['*ref', false, '[kyaml] an unknown anchor is an unmarshal error'],
  ['v1.2.3', false, '[map] a leading "v" is not in the resolve table'],
  ['1.2.3', false, '[float] not a float'],
  ['sha256:abc', false, 'a plain string'],
  ['registry:5000/app', false, 'a plain string'],
  ['<<', false, '[map] the merge key decodes to the string "<<"'],
  ['!!str 1', false, '[kyaml] an explicit !!str tag'],
  ['!!int 1', true, '[kyaml] an explicit !!int tag'],
  ['foo # x', false, '[kyaml] the comment is dropped, "foo" remains'],
  ['yes # x', true, '[kyaml] the comment is dropped, yes remains'],
];

describe('isYaml11NonString mirrors kyaml IsValueNonString over go-yaml v2', () => {
  it.each(table)('%j → %s (%s)', (value, expected) => {
    expect(isYaml11NonString(value)).toBe(expected);
  });
});

describe('resolvePlainScalar types values the way Kubernetes does', () => {
  it('reads YAML 1.1 booleans, octal, hex and floats', () => {
    expect(resolvePlainScalar('on')).toEqual({ kind: 'bool', value: true });
    expect(resolvePlainScalar('n')).toEqual({ kind: 'bool', value: false });
    expect(resolvePlainScalar('0777')).toEqual({ kind: 'int', value: 511n });
    expect(resolvePlainScalar('0x1F')).toEqual({ kind: 'int', value: 31n });
    expect(resolvePlainScalar('-1_000')).toEqual({ kind: 'int', value: -1000n });
    expect(resolvePlainScalar('18446744073709551615')).toEqual({ kind: 'int', value: 2n ** 64n - 1n });
    expect(resolvePlainScalar('1.10')).toEqual({ kind: 'float', value: 1.1 });
    expect(resolvePlainScalar('')).toEqual({ kind: 'null' });
  });
});

describe('goFormatFloat32 matches strconv.FormatFloat(f, g, -1, 32)', () => {
  it.each([
    [1.5, '1.5'],
    [0.1, '0.1'],
    [100, '100'],
    [1e6, '1e+06'],
    [123456, '123456'],
    [1234567, '1.234567e+06'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [-2.5, '-2.5'],
    [1.23456789, '1.2345679'],
  ])('%d → %s', (value, expected) => {
    expect(goFormatFloat32(value)).toBe(expected);
  });
});
