/**
 * The parts of Go's `strconv` that go-yaml v2 calls to resolve plain scalars. Kubernetes reads
 * manifests through sigs.k8s.io/yaml, which calls go.yaml.in/yaml/v2 (the continuation of
 * gopkg.in/yaml.v2, v2.4.x), whose `resolve` hands the scalar text to `strconv.ParseInt(s, 0, 64)`,
 * `strconv.ParseUint(s, 0, 64)` and `strconv.ParseFloat(s, 64)`. What those accept decides whether
 * a value is a number, so they are mirrored here rather than approximated with `Number()`.
 */

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

const DIGITS: Record<number, RegExp> = {
  2: /^[01]+$/,
  8: /^[0-7]+$/,
  10: /^[0-9]+$/,
  16: /^[0-9a-fA-F]+$/,
};

/** Splits an unsigned literal into base and digits the way `strconv` does for base 0. */
function splitBase(text: string): { base: number; digits: string; prefix: string } {
  if (text.length >= 2 && text[0] === '0') {
    const marker = text[1]?.toLowerCase();
    // Go 1.13 added `0o` and `0b` to base-0 parsing, so go-yaml v2 built with any current Go
    // reads `0o17` as 15 even though YAML 1.1 never defined that spelling.
    if (marker === 'x') return { base: 16, digits: text.slice(2), prefix: '0x' };
    if (marker === 'b') return { base: 2, digits: text.slice(2), prefix: '0b' };
    if (marker === 'o') return { base: 8, digits: text.slice(2), prefix: '0o' };
    // A leading zero means octal (YAML 1.1's `0777`); the zero itself is a valid octal digit.
    return { base: 8, digits: text, prefix: '' };
  }
  return { base: 10, digits: text, prefix: '' };
}

function parseUnsigned(text: string): bigint | undefined {
  const { base, digits, prefix } = splitBase(text);
  const pattern = DIGITS[base];
  if (digits === '' || pattern === undefined || !pattern.test(digits)) return undefined;
  if (base === 8 && prefix === '') return BigInt(`0o${digits}`);
  return BigInt(base === 10 ? digits : `${prefix}${digits}`);
}

/** `strconv.ParseInt(text, 0, 64)`; undefined for a syntax or range error. Underscores must already be gone. */
export function goParseInt(text: string): bigint | undefined {
  let sign = 1n;
  let body = text;
  if (body.startsWith('+') || body.startsWith('-')) {
    if (body[0] === '-') sign = -1n;
    body = body.slice(1);
  }
  const magnitude = parseUnsigned(body);
  if (magnitude === undefined) return undefined;
  const value = sign * magnitude;
  return value < INT64_MIN || value > INT64_MAX ? undefined : value;
}

/** `strconv.ParseUint(text, 0, 64)`: no sign allowed. */
export function goParseUint(text: string): bigint | undefined {
  if (text.startsWith('+') || text.startsWith('-')) return undefined;
  const value = parseUnsigned(text);
  return value === undefined || value > UINT64_MAX ? undefined : value;
}

/**
 * `strconv.ParseFloat(text, 64)` for decimal literals, the only kind go-yaml v2 reaches it with
 * (its callers first check for a leading `.` or match `yamlStyleFloat`). Go allows `_` between
 * digits here, and reports an overflow to ±Inf as an error, which go-yaml treats as "not a float".
 */
export function goParseDecimalFloat(text: string): number | undefined {
  if (
    !/^[-+]?(?:[0-9](?:_?[0-9])*)?(?:\.(?:[0-9](?:_?[0-9])*)?)?(?:[eE][-+]?[0-9](?:_?[0-9])*)?$/.test(text)
  ) {
    return undefined;
  }
  const mantissa = text.replace(/[eE].*$/, '');
  if (!/[0-9]/.test(mantissa)) return undefined;
  // Go accepts `_` only between digits; `1_.5` and `._5` fail underscoreOK.
  if (/(^|[^0-9])_|_($|[^0-9])/.test(text)) return undefined;
  const value = Number(text.replaceAll('_', ''));
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Go's `strconv.FormatFloat(value, 'g', -1, 32)`, which sigs.k8s.io/yaml uses to turn a float map
 * key into a JSON object key: the shortest digits that round-trip through float32, in exponent
 * form (`1e+06`) when the decimal exponent is below -4 or at least 6 (Go fixes `%g`'s threshold at
 * 6 for the shortest precision).
 */
export function goFormatFloat32(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '+Inf';
  if (value === Number.NEGATIVE_INFINITY) return '-Inf';
  const target = Math.fround(value);
  if (target === 0) return Object.is(target, -0) ? '-0' : '0';
  let digits = '';
  let exponent = 0;
  for (let precision = 1; precision <= 9; precision++) {
    const candidate = Math.abs(target).toExponential(precision - 1);
    if (Math.fround(Number(candidate)) === Math.abs(target)) {
      const [mantissa = '', exp = '0'] = candidate.split('e');
      digits = mantissa.replace('.', '');
      exponent = Number(exp);
      break;
    }
  }
  const sign = target < 0 ? '-' : '';
  if (exponent < -4 || exponent >= 6) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const expSign = exponent < 0 ? '-' : '+';
    return `${sign}${mantissa}e${expSign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  if (digits.length <= exponent + 1) return `${sign}${digits}${'0'.repeat(exponent + 1 - digits.length)}`;
  return `${sign}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
}
