import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goParseFloat } from '../../../src/core/images/policy/index.js';

// Each row was checked against Go's strconv.ParseFloat(s, 64).
describe("Go's strconv.ParseFloat", () => {
  it.each([
    ['1e3', 1000],
    ['20231010', 20231010],
    ['0x1p-2', 0.25],
    ['0x1.8p1', 3],
    ['0x_1p4', 16],
    ['1_000.5', 1000.5],
    ['1e1_0', 1e10],
    ['.5', 0.5],
    ['5.', 5],
    ['+7', 7],
    ['1e-400', 0],
    ['Inf', Infinity],
    ['+inf', Infinity],
    ['-Infinity', -Infinity],
    ['0x1p-1074', 5e-324],
    ['0x1.fffffffffffff7p1023', Number.MAX_VALUE],
  ])('reads %j as %d', (text, value) => {
    expect(goParseFloat(text)).toEqual({ ok: true, value });
  });

  it('reads NaN in any case, but never with a sign', () => {
    expect(goParseFloat('NaN')).toEqual({ ok: true, value: Number.NaN });
    expect(goParseFloat('nan').ok).toBe(true);
    expect(goParseFloat('-nan').ok).toBe(false);
  });

  it('keeps the sign of zero', () => {
    const parsed = goParseFloat('-0');
    expect(parsed.ok && Object.is(parsed.value, -0)).toBe(true);
  });

  it.each([
    '',
    ' 1',
    '1 ',
    'v1',
    '1.0.0',
    '0x1',
    '0x',
    '1e',
    '1e+',
    '.',
    '_1',
    '1_',
    '1__0',
    '1_.5',
    '1e309',
    '0x1p1024',
    'infin',
    '1.5-rc',
    'latest',
  ])('refuses %j', (text) => {
    expect(goParseFloat(text).ok).toBe(false);
  });

  it('agrees with Number() on plain decimal strings', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        // String(-0) is "0", so spell the negative zero out.
        const text = Object.is(x, -0) ? '-0' : String(x);
        expect(goParseFloat(text)).toEqual({ ok: true, value: x });
      }),
    );
  });
});
