import { describe, expect, it } from 'vitest';
import { Inputs, parseGoDuration } from '../../../src/actions/shared/inputs.js';
import { UsageError } from '../../../src/core/errors.js';

function inputsOf(values: Record<string, string>, masked: string[] = []): Inputs {
  return new Inputs(
    (name) => values[name] ?? '',
    (value) => masked.push(value),
  );
}

function errorOf(read: () => unknown): UsageError {
  try {
    read();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('Inputs', () => {
  it('trims values and treats an empty input as absent', () => {
    const inputs = inputsOf({ path: '  clusters/prod \n', empty: '   ' });
    expect(inputs.required('path')).toBe('clusters/prod');
    expect(inputs.optional('empty')).toBeUndefined();
  });

  it('names a missing required input', () => {
    expect(errorOf(() => inputsOf({}).required('token')).message).toBe(
      'Input required and not supplied: token',
    );
  });

  it('accepts the YAML 1.2 core booleans the runner accepts, and rejects YAML 1.1 ones', () => {
    const inputs = inputsOf({ a: 'True', b: 'FALSE', c: 'yes' });
    expect(inputs.boolean('a', false)).toBe(true);
    expect(inputs.boolean('b', true)).toBe(false);
    expect(inputs.boolean('missing', true)).toBe(true);
    expect(errorOf(() => inputs.boolean('c', false)).message).toBe(
      'Input "c" has an invalid value "yes": expected true or false.',
    );
  });

  it('lists the allowed values when a choice is invalid', () => {
    const inputs = inputsOf({ 'fail-on': 'errors' });
    expect(errorOf(() => inputs.choice('fail-on', ['error', 'warning', 'never'], 'error')).message).toBe(
      'Input "fail-on" has an invalid value "errors": expected one of error, warning, never.',
    );
    expect(inputsOf({}).choice('fail-on', ['error', 'warning', 'never'], 'error')).toBe('error');
  });

  it('bounds integers and rejects fractions', () => {
    const inputs = inputsOf({ ok: '8', low: '0', frac: '1.5' });
    expect(inputs.integer('ok', 1, { min: 1 })).toBe(8);
    expect(errorOf(() => inputs.integer('low', 1, { min: 1, max: 64 })).message).toBe(
      'Input "low" has an invalid value "0": expected a whole number from 1 to 64.',
    );
    expect(() => inputs.integer('frac', 1)).toThrow(UsageError);
  });

  it('splits lists on lines (and commas when asked), skipping blanks and comments', () => {
    const inputs = inputsOf({ mirrors: 'a=b\n\n  # comment\nc=d\r\n', apps: 'shop, cart,\nsearch' });
    expect(inputs.list('mirrors')).toEqual(['a=b', 'c=d']);
    expect(inputs.list('apps', { commas: true })).toEqual(['shop', 'cart', 'search']);
  });

  it('parses Go durations and names the input on a bad one', () => {
    const inputs = inputsOf({ timeout: '1h30m', bad: '5 minutes' });
    expect(inputs.duration('timeout', 0)).toBe(90 * 60_000);
    expect(errorOf(() => inputs.duration('bad', 0)).message).toBe(
      'Input "bad" has an invalid value "5 minutes": expected a duration such as 90s, 5m or 1h30m.',
    );
  });

  it('masks secret inputs before returning them', () => {
    const masked: string[] = [];
    const inputs = inputsOf({ token: 'ghp_abc123' }, masked);
    expect(inputs.secret('token')).toBe('ghp_abc123');
    expect(inputs.secret('absent')).toBeUndefined();
    expect(masked).toEqual(['ghp_abc123']);
  });
});

describe('parseGoDuration', () => {
  it.each([
    ['0', 0],
    ['300ms', 300],
    ['1.5s', 1500],
    ['2h45m', 2 * 3_600_000 + 45 * 60_000],
    ['-1m', -60_000],
    ['1000us', 1],
  ])('%s is %d ms', (text, ms) => {
    expect(parseGoDuration(text)).toBe(ms);
  });

  it.each(['', '5', '1d', 'm', '1h 30m', '1.2.3s'])('rejects %j', (text) => {
    expect(parseGoDuration(text)).toBeUndefined();
  });
});
