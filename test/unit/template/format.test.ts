import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GoMap, GoStruct, parseTemplate, typedSlice } from '../../../src/core/template/index.js';

const render = (text: string, data: unknown = {}): string => parseTemplate('msg', text).execute(data);

const pair = new GoStruct('main.Pair', [
  { name: 'Key', value: 'k' },
  { name: 'Count', value: 2 },
]);
const stringer = new GoStruct('types.NamespacedName', [{ name: 'Name', value: 'n' }], {
  String: { params: [], call: () => 'ns/n' },
});

describe('printing values the way fmt does', () => {
  it.each([
    ['a map, keys sorted', { b: 2, a: 1 }, 'map[a:1 b:2]'],
    ['a slice', ['a', 'b'], '[a b]'],
    ['a nested map', { m: { y: [1, 2] } }, 'map[m:map[y:[1 2]]]'],
    ['nil inside a slice', [null, 'x'], '[<nil> x]'],
    ['a struct', pair, '{k 2}'],
    ['a Stringer', stringer, 'ns/n'],
    ['a Stringer inside a struct', new GoStruct('main.W', [{ name: 'S', value: stringer }]), '{ns/n}'],
    ['an empty typed map', new GoMap('map[string]string', 'string', ''), 'map[]'],
    ['booleans', true, 'true'],
    ['a float', 2.5, '2.5'],
  ])('prints %s', (_what, value, expected) => {
    expect(render('{{.}}', value)).toBe(expected);
  });

  it('prints a missing value as <no value> in an action but <nil> through print', () => {
    expect(render('{{.x}}|{{print .x}}', {})).toBe('<no value>|<nil>');
  });

  it('spaces Sprint operands only when neither side is a string', () => {
    expect(render('{{print 1 2 "a" 3 "b" "c"}}|{{println 1 "a"}}')).toBe('1 2a3bc|1 a\n');
  });

  it('prints struct field names with %+v', () => {
    expect(render('{{printf "%+v" .}}', pair)).toBe('{Key:k Count:2}');
  });
});

describe('printf', () => {
  it.each([
    ['%s|%v|%d', ['a', 'b', 42], 'a|b|42'],
    [
      '%5s|%-5s|%05d|%+d|%x|%X|%o|%b',
      ['ab', 'ab', 42, 7, 255, 255, 8, 5],
      '   ab|ab   |00042|+7|ff|FF|10|101',
    ],
    ['%q|%q', ['a"b\n', 65], '"a\\"b\\n"|\'A\''],
    ['%x', ['hi'], '6869'],
    ['%t|%v', [true, false], 'true|false'],
    [
      '%.2f|%8.3f|%e|%g|%.3g',
      [3.14259, 2.5, 123456.789, 0.5, 1234.5678],
      '3.14|   2.500|1.234568e+05|0.5|1.23e+03',
    ],
    ['%.3s|%c|%U', ['abcdef', 0x263a, 0x263a], 'abc|☺|U+263A'],
    ['%s', [stringer], 'ns/n'],
    ['%d', ['x'], '%!d(string=x)'],
    ['%s %s', ['only'], 'only %!s(MISSING)'],
    ['%s', ['a', 'extra', 3], 'a%!(EXTRA string=extra, int=3)'],
    ['%z', [1], '%!z(int=1)'],
    ['100%%', [], '100%'],
    ['%d', [null], '%!d(<nil>)'],
    [
      '%v|%d',
      [
        [1, 2],
        [3, 4],
      ],
      '[1 2]|[3 4]',
    ],
  ])('formats %j with %j', (format, args, expected) => {
    const operands = args.map((_, i) => ` .a${i}`).join('');
    expect(render(`{{printf .f${operands}}}`, { f: format, ...spread(args) })).toBe(expected);
  });

  it('rejects printf features it does not implement, naming them', () => {
    expect(() => render('{{printf "%#v" 1}}')).toThrow(
      'template: msg:1:2: executing "msg" at <printf "%#v" 1>: error calling printf: printf flag \'#\' in "%#v" is not supported',
    );
    expect(() => render('{{printf "%p" 1}}')).toThrow(
      'error calling printf: printf verb %p is not supported',
    );
  });

  it('prints %v of any string unchanged (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(render('{{printf "%v" .}}', s)).toBe(s);
      }),
    );
  });

  it('quotes with %q so that JSON reads back ASCII-only strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '"', '\\', '\n', '\t', ' ', 'z') }), (s) => {
        expect(JSON.parse(render('{{printf "%q" .}}', s))).toBe(s);
      }),
    );
  });
});

/** The operands of the printf cases, as fields .a0, .a1, ... of the data. */
function spread(args: unknown[]): Record<string, unknown> {
  return Object.fromEntries(args.map((a, i) => [`a${i}`, a]));
}

describe('typed values in messages', () => {
  it('names a typed slice in a field error', () => {
    const changes = typedSlice('[]update.Change', [pair]);
    expect(() => render('{{.c.OldValue}}', { c: changes })).toThrow(
      "can't evaluate field OldValue in type []update.Change",
    );
  });
});
