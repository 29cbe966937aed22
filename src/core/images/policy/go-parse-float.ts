/**
 * Go's `strconv.ParseFloat(s, 64)`, which Flux's numerical policy applies to every tag.
 * Accepted: an optional sign; decimal digits with an optional `.` and `e` exponent; hexadecimal
 * `0x` mantissas, which must carry a `p` exponent; `_` between digits (or after `0x`), as
 * Go literals allow; `inf`, `infinity` (with a sign) and `nan` (without), in any case.
 * A value beyond the float64 range is an error (Go's ErrRange), not Infinity; a value too
 * small underflows quietly to zero. Nothing else is trimmed or tolerated.
 */

export type FloatParse = { ok: true; value: number } | { ok: false };

const DECIMAL = /^([+-]?)([0-9_]*)(?:\.([0-9_]*))?(?:[eE]([+-]?[0-9][0-9_]*))?$/;
const HEX = /^([+-]?)0[xX]([0-9a-fA-F_]*)(?:\.([0-9a-fA-F_]*))?[pP]([+-]?[0-9][0-9_]*)$/;
const SPECIAL = /^(?:([+-]?)(inf|infinity)|nan)$/i;

export function goParseFloat(s: string): FloatParse {
  const special = SPECIAL.exec(s);
  if (special) {
    if (special[2] === undefined) return { ok: true, value: Number.NaN };
    return { ok: true, value: special[1] === '-' ? -Infinity : Infinity };
  }
  // Go only reads a `0x` prefix when at least one character follows it.
  const hex = /^[+-]?0[xX]./.test(s) ? HEX.exec(s) : null;
  const m = hex ?? DECIMAL.exec(s);
  if (!m) return { ok: false };
  const [, sign = '', intPart = '', fracPart = '', expPart = '0'] = m;
  if (!/[0-9a-fA-F]/.test(intPart + fracPart)) return { ok: false };
  if (s.includes('_') && !underscoresOk(s, hex !== null)) return { ok: false };
  const clean = (t: string) => t.replaceAll('_', '');
  const value = hex
    ? hexValue(clean(intPart), clean(fracPart), Number(clean(expPart)))
    : Number(`${clean(intPart) || '0'}.${clean(fracPart) || '0'}e${clean(expPart)}`);
  if (!Number.isFinite(value)) return { ok: false };
  return { ok: true, value: sign === '-' ? -value : value };
}

/**
 * Go's `underscoreOK` over the whole literal: each `_` must sit between two digits, or
 * between the `0x` prefix and a digit. The exponent counts too, so `1e1_0` parses as 1e10.
 */
function underscoresOk(text: string, hex: boolean): boolean {
  let s = text.replace(/^[+-]/, '');
  let saw: 'start' | 'digit' | 'underscore' | 'other' = 'start';
  if (/^0[xXbBoO]/.test(s)) {
    s = s.slice(2);
    saw = 'digit';
  }
  for (const c of s) {
    if (/[0-9]/.test(c) || (hex && /[a-fA-F]/.test(c))) saw = 'digit';
    else if (c === '_') {
      if (saw !== 'digit') return false;
      saw = 'underscore';
    } else {
      if (saw === 'underscore') return false;
      saw = 'other';
    }
  }
  return saw !== 'underscore';
}

/**
 * mantissa × 2^exponent, rounded once to nearest-even like Go's `atof64exact`/`eiselLemire`
 * fallbacks: the mantissa is kept exact as a BigInt, then cut to the 53 bits (or fewer, for
 * subnormals) a float64 holds.
 */
function hexValue(intDigits: string, fracDigits: string, exponent: number): number {
  let mantissa = BigInt(`0x0${intDigits}${fracDigits}`);
  if (mantissa === 0n) return 0;
  // Go caps the exponent it reads at 10000; anything beyond is out of range either way.
  let exp = Math.max(-20000, Math.min(20000, exponent)) - 4 * fracDigits.length;
  const bits = mantissa.toString(2).length;
  const drop = Math.max(bits - 53, -1074 - exp);
  if (drop > 0) {
    const shift = BigInt(drop);
    const half = 1n << (shift - 1n);
    const rest = mantissa & ((1n << shift) - 1n);
    mantissa >>= shift;
    if (rest > half || (rest === half && (mantissa & 1n) === 1n)) mantissa += 1n;
    exp += drop;
  }
  if (exp > 1023) return Infinity;
  return Number(mantissa) * 2 ** exp;
}
