import { describe, expect, it } from 'vitest';
import type { Values } from '../../../../src/core/flux/helmrelease/merge-maps.js';
import {
  MAX_INDEX,
  MAX_NESTED_NAME_LEVEL,
  parseInto,
  parseIntoString,
  StrvalsError,
  setIndex,
} from '../../../../src/core/flux/helmrelease/strvals.js';

const parse = (s: string): Values => {
  const values: Values = {};
  parseInto(s, values);
  return values;
};
const parseString = (s: string): Values => {
  const values: Values = {};
  parseIntoString(s, values);
  return values;
};

// The cases of helm/helm pkg/strvals/parser_test.go (v4.2.1) TestParseSet, as facts.
describe('parseInto: Helm TestParseSet', () => {
  const valid: [string, Values][] = [
    ['name1=null,f=false,t=true', { name1: null, f: false, t: true }],
    ['name1=value1', { name1: 'value1' }],
    ['name1=value1,name2=value2', { name1: 'value1', name2: 'value2' }],
    ['name1=value1,name2=value2,', { name1: 'value1', name2: 'value2' }],
    ['name1=,name2=value2', { name1: '', name2: 'value2' }],
    ['leading_zeros=00009', { leading_zeros: '00009' }],
    ['zero_int=0', { zero_int: 0 }],
    ['long_int=1234567890', { long_int: 1234567890 }],
    ['boolean=true', { boolean: true }],
    ['is_null=null', { is_null: null }],
    ['name1=one\\,two,name2=three\\,four', { name1: 'one,two', name2: 'three,four' }],
    ['name1=one\\=two,name2=three\\=four', { name1: 'one=two', name2: 'three=four' }],
    ['name1=one two three,name2=three two one', { name1: 'one two three', name2: 'three two one' }],
    ['outer.inner=value', { outer: { inner: 'value' } }],
    ['outer.middle.inner=value', { outer: { middle: { inner: 'value' } } }],
    ['outer.inner1=value,outer.inner2=value2', { outer: { inner1: 'value', inner2: 'value2' } }],
    [
      'outer.inner1=value,outer.middle.inner=value',
      { outer: { inner1: 'value', middle: { inner: 'value' } } },
    ],
    ['name1.name2=', { name1: { name2: '' } }],
    ['name1={value1,value2}', { name1: ['value1', 'value2'] }],
    [
      'name1={value1,value2},name2={value1,value2}',
      { name1: ['value1', 'value2'], name2: ['value1', 'value2'] },
    ],
    ['name1={1021,902}', { name1: [1021, 902] }],
    ['name1.name2={value1,value2}', { name1: { name2: ['value1', 'value2'] } }],
    ['list[0]=foo', { list: ['foo'] }],
    ['list[0].foo=bar', { list: [{ foo: 'bar' }] }],
    ['list[0].foo=bar,list[0].hello=world', { list: [{ foo: 'bar', hello: 'world' }] }],
    ['list[0]=foo,list[1]=bar', { list: ['foo', 'bar'] }],
    ['list[0]=foo,list[1]=bar,', { list: ['foo', 'bar'] }],
    ['list[0]=foo,list[3]=bar', { list: ['foo', null, null, 'bar'] }],
    ['noval[0]', { noval: [] }],
    ['noval[0]=', { noval: [''] }],
    ['nested[0][0]=1', { nested: [[1]] }],
    ['nested[1][1]=1', { nested: [null, [null, 1]] }],
    ['name1.name2[0].foo=bar,name1.name2[1].foo=bar', { name1: { name2: [{ foo: 'bar' }, { foo: 'bar' }] } }],
    ['name1.name2[1].foo=bar,name1.name2[0].foo=bar', { name1: { name2: [{ foo: 'bar' }, { foo: 'bar' }] } }],
    ['name1.name2[1].foo=bar', { name1: { name2: [null, { foo: 'bar' }] } }],
  ];
  it.each(valid)('parses %s', (input, expected) => {
    expect(parse(input)).toEqual(expected);
  });

  const invalid = [
    'name1=value1,,,,name2=value2,',
    'name1,name2=',
    'name1,name2=value2',
    'name1,name2=value2\\',
    'name1,name2',
    'name1.name2',
    'name1.name2,name1.name3',
    'name1.=name2',
    'name1.,name2',
    'name1={1021,902',
    'list[0].foo=bar,list[-30].hello=world',
    'list[0]=foo,list[-20]=bar',
    'illegal[0]name.foo=bar',
    ']={}].',
  ];
  it.each(invalid)('refuses %s', (input) => {
    expect(() => parse(input)).toThrow(StrvalsError);
  });
});

describe('parseInto: scalar typing (strvals typedVal)', () => {
  it.each([
    ['TRUE', true],
    ['False', false],
    ['NuLL', null],
    ['fal\u017fe', false],
    ['-12', -12],
    ['+7', 7],
    ['-0', 0],
    ['1.5', '1.5'],
    ['1e3', '1e3'],
    ['007', '007'],
    ['0x10', '0x10'],
    ['9223372036854775808', '9223372036854775808'],
    ['yes', 'yes'],
    [' 1', ' 1'],
  ] as const)('types %j as %j', (text, expected) => {
    expect(parse(`v=${text}`).v).toStrictEqual(expected);
  });

  it('types list items too, and reads {} as a list holding one empty string', () => {
    expect(parse('a={true,1,x},b={}')).toEqual({ a: [true, 1, 'x'], b: [''] });
  });
});

describe('parseIntoString: Helm TestParseSet string cases and TestParseIntoString', () => {
  it.each([
    ['long_int_string=1234567890', { long_int_string: '1234567890' }],
    ['boolean=true', { boolean: 'true' }],
    ['is_null=null', { is_null: 'null' }],
    ['zero=0', { zero: '0' }],
  ] as const)('keeps %s a string', (input, expected) => {
    expect(parseString(input)).toEqual(expected);
  });

  it('overwrites and adds keys in an existing map, as strings', () => {
    const got: Values = { outer: { inner1: 'overwrite', inner2: 'value2' } };
    parseIntoString('outer.inner1=1,outer.inner3=3', got);
    expect(got).toEqual({ outer: { inner1: '1', inner2: 'value2', inner3: '3' } });
  });
});

describe('parseInto into existing values: Helm TestParseInto', () => {
  it('overwrites and adds keys in an existing map, typed', () => {
    const got: Values = { outer: { inner1: 'overwrite', inner2: 'value2' } };
    parseInto('outer.inner1=value1,outer.inner3=value3,outer.inner4=4', got);
    expect(got).toEqual({ outer: { inner1: 'value1', inner2: 'value2', inner3: 'value3', inner4: 4 } });
  });

  it('merges two assignments into one map inside nested lists', () => {
    const got: Values = {};
    parseInto('listOuter[0][0].type=listValue', got);
    parseInto('listOuter[0][0].status=alive', got);
    expect(got).toEqual({ listOuter: [[{ type: 'listValue', status: 'alive' }]] });
  });

  it('grows nested lists on demand', () => {
    const got: Values = {};
    parseInto('listOuter[0][0].type=listValue', got);
    parseInto('listOuter[1][0].status=alive', got);
    expect(got).toEqual({ listOuter: [[{ type: 'listValue' }], [{ status: 'alive' }]] });
  });

  it('writes into three levels of existing lists', () => {
    const got: Values = { listOuter: [[[{ exited: 'old' }]]] };
    parseInto('listOuter[0][1][0].type=listValue', got);
    parseInto('listOuter[0][0][1].status=alive', got);
    expect(got).toEqual({ listOuter: [[[{ exited: 'old' }, { status: 'alive' }], [{ type: 'listValue' }]]] });
  });

  it('writes a list item in place but replaces a list it has to grow', () => {
    const shared = ['a', 'b'];
    const got: Values = { list: shared };
    parseInto('list[1]=B', got);
    expect(got.list).toBe(shared);
    expect(shared).toEqual(['a', 'B']);
    parseInto('list[3]=D', got);
    expect(got.list).not.toBe(shared);
    expect(got.list).toEqual(['a', 'B', null, 'D']);
    expect(shared).toEqual(['a', 'B']);
  });

  it('replaces a non-map list item when a path continues through it', () => {
    const got: Values = { list: ['scalar'] };
    parseInto('list[0].key=value', got);
    expect(got).toEqual({ list: [{ key: 'value' }] });
  });

  it('fails when a path continues through a scalar, with the message Helm recovers from its panic', () => {
    expect(() => parseInto('a.b=1', { a: 'text' })).toThrow(
      'unable to parse key: interface conversion: interface {} is string, not map[string]interface {}',
    );
    expect(() => parseInto('a[0]=1', { a: null })).toThrow(/interface {} is nil, not \[\]interface {}/);
  });

  it('keeps a key named __proto__ as data', () => {
    const got = parse('__proto__.polluted=yes');
    expect(Object.keys(got)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('limits', () => {
  it('accepts index 65536 and refuses 65537 (Helm TestSetIndex "large")', () => {
    expect(parse(`a[${MAX_INDEX}]=x`).a).toHaveLength(MAX_INDEX + 1);
    expect(() => parse(`a[${MAX_INDEX + 1}]=x`)).toThrow(
      'index of 65537 is greater than maximum supported index of 65536',
    );
  });

  it('refuses negative and non-numeric indices', () => {
    expect(() => parse('a[-1]=x')).toThrow('negative -1 index not allowed');
    expect(() => parse('a[x]=1')).toThrow('error parsing index: strconv.Atoi: parsing "x": invalid syntax');
    expect(() => parse('a[1')).toThrow('error parsing index: EOF');
  });

  it('setIndex writes within bounds, pads with nulls beyond them (Helm TestSetIndex)', () => {
    expect(setIndex([0, 1], 2, 2)).toEqual([0, 1, 2]);
    expect(setIndex([0, 1], 1, 2)).toEqual([0, 2]);
    expect(setIndex([0, 1, 2, 3, 4, 5], 3, 4)).toEqual([0, 1, 2, 4, 4, 5]);
    expect(() => setIndex([0], -1, 4)).toThrow(StrvalsError);
  });

  it('allows 30 nested names and refuses 31 (Helm TestParseSetNestedLevels)', () => {
    const path = (levels: number): string => Array.from({ length: levels + 1 }, (_, i) => `n${i}`).join('.');
    expect(() => parse(`${path(MAX_NESTED_NAME_LEVEL)}=v`)).not.toThrow();
    expect(() => parse(`${path(MAX_NESTED_NAME_LEVEL + 1)}=v`)).toThrow(
      'value name nested level is greater than maximum supported nested level of 30',
    );
  });
});
