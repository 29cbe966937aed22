/**
 * Function descriptions shared by the builtins, Sprig and struct methods: parameter kinds are
 * what text/template checks arguments against before the call, so `{{ 3 | lower }}` fails as in Go.
 */
import type { ParamType } from './values.js';

export interface FuncSpec {
  readonly params: readonly ParamType[];
  /** The element kind of a trailing `...` parameter. */
  readonly variadic?: ParamType;
  readonly call: (...args: never[]) => unknown;
  /** `and` and `or` evaluate their arguments lazily and return one of them. */
  readonly shortCircuit?: 'and' | 'or';
}

/** An error a function reports; execution wraps it as `error calling NAME: MESSAGE`. */
export class FuncError extends Error {}

export function spec<A extends unknown[]>(
  params: readonly ParamType[],
  call: (...args: A) => unknown,
  variadic?: ParamType,
): FuncSpec {
  return variadic === undefined
    ? { params, call: call as (...args: never[]) => unknown }
    : { params, variadic, call: call as (...args: never[]) => unknown };
}
