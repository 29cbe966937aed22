import * as core from '@actions/core';
import { UsageError } from '../../core/errors.js';

/** Reads one raw input by its name as written in action.yml. */
export type InputSource = (name: string) => string;

/** The runner's source: `INPUT_<NAME>` with spaces as underscores and hyphens kept. */
export const runnerInputs: InputSource = (name) => core.getInput(name);

/**
 * Typed readers over an input source. Each fails loudly: the error names the input, the bad value
 * and what is allowed. Every action builds its settings once from these, in its `getInputs()`.
 */
export class Inputs {
  constructor(
    private readonly source: InputSource = runnerInputs,
    /** Registers a value with the runner's log masking. */
    private readonly mask: (value: string) => void = core.setSecret,
  ) {}

  private raw(name: string): string {
    return this.source(name).trim();
  }

  /** A value that must be present. */
  required(name: string): string {
    const value = this.raw(name);
    if (value === '') throw new UsageError(`Input required and not supplied: ${name}`);
    return value;
  }

  /** A value, or undefined when empty. */
  optional(name: string): string | undefined {
    const value = this.raw(name);
    return value === '' ? undefined : value;
  }

  /** A token or password: masked in every later log line before anything else can print it. */
  secret(name: string, options: { required?: boolean } = {}): string | undefined {
    const value = options.required ? this.required(name) : this.optional(name);
    if (value !== undefined) this.mask(value);
    return value;
  }

  /** YAML 1.2 core booleans, as the runner's own getBooleanInput accepts them. */
  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name);
    if (value === '') return fallback;
    if (['true', 'True', 'TRUE'].includes(value)) return true;
    if (['false', 'False', 'FALSE'].includes(value)) return false;
    throw invalid(name, value, 'true or false');
  }

  /** One of a fixed set of words. */
  choice<const T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === '') return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw invalid(name, value, `one of ${allowed.join(', ')}`);
  }

  /** A whole number, optionally bounded. */
  integer(name: string, fallback: number, bounds: { min?: number; max?: number } = {}): number {
    const value = this.raw(name);
    if (value === '') return fallback;
    const min = bounds.min ?? Number.MIN_SAFE_INTEGER;
    const max = bounds.max ?? Number.MAX_SAFE_INTEGER;
    const allowed = `a whole number${bounds.min === undefined ? '' : ` from ${min}`}${bounds.max === undefined ? '' : ` to ${max}`}`;
    if (!/^-?\d+$/.test(value)) throw invalid(name, value, allowed);
    const number = Number(value);
    if (number < min || number > max) throw invalid(name, value, allowed);
    return number;
  }

  /**
   * A list: one item per line; with `commas`, also comma-separated. Blank lines and lines starting
   * with `#` are ignored, so a YAML block scalar can carry comments.
   */
  list(name: string, options: { commas?: boolean } = {}): string[] {
    return this.source(name)
      .split(/\r?\n/)
      .flatMap((line) => (options.commas ? line.split(',') : [line]))
      .map((item) => item.trim())
      .filter((item) => item !== '' && !item.startsWith('#'));
  }

  /** A Go duration (`90s`, `5m`, `1h30m`, `250ms`), as Flux writes intervals and timeouts. Milliseconds. */
  duration(name: string, fallback: number): number {
    const value = this.raw(name);
    if (value === '') return fallback;
    const parsed = parseGoDuration(value);
    if (parsed === undefined) throw invalid(name, value, 'a duration such as 90s, 5m or 1h30m');
    return parsed;
  }
}

function invalid(name: string, value: string, allowed: string): UsageError {
  return new UsageError(`Input "${name}" has an invalid value "${value}": expected ${allowed}.`);
}

const DURATION_UNITS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Go's time.ParseDuration, in milliseconds; undefined when the text is not a duration. */
export function parseGoDuration(text: string): number | undefined {
  if (text === '0') return 0;
  const match = /^([+-]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(text);
  if (!match) return undefined;
  let total = 0;
  for (const part of text.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) {
    total += Number(part[1]) * (DURATION_UNITS[part[2] as string] as number);
  }
  return match[1] === '-' ? -total : total;
}
