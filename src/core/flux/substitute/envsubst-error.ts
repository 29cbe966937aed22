import { GitopsError } from '../../errors.js';

/**
 * Why fluxcd/pkg/envsubst refused a text:
 * - `syntax`: the parser rejected an expression (`parse/parse.go` errors such as "bad substitution");
 * - `unset-variable`: strict mode met a variable that is not defined and has no default;
 * - `panic`: the Go library would crash with a runtime panic (a negative `${var:n:len}` length).
 */
export type EnvsubstFailure = 'syntax' | 'unset-variable' | 'panic';

/**
 * An expansion failure. The message is the library's own wording, so it matches what `flux build`
 * and kustomize-controller print and can be searched for.
 */
export class EnvsubstError extends GitopsError {
  override readonly name = 'EnvsubstError';
  readonly failure: EnvsubstFailure;
  /** The variable the failure concerns, when there is one. */
  readonly variable: string | undefined;

  constructor(message: string, failure: EnvsubstFailure, options: { variable?: string; hint?: string } = {}) {
    super(message, options.hint === undefined ? {} : { hint: options.hint });
    this.failure = failure;
    this.variable = options.variable;
  }
}

/** The parse errors of fluxcd/pkg `envsubst/parse/parse.go`, word for word. */
export const PARSE_ERRORS = {
  badSubstitution: 'bad substitution',
  missingClosingBrace: 'missing closing brace',
  variableName: 'unable to parse variable name',
  funcSubstitution: 'unable to parse substitution within function',
  defaultFunction: 'unable to parse default function',
} as const;

export function syntaxError(message: string): EnvsubstError {
  return new EnvsubstError(message, 'syntax', {
    hint:
      'Flux substitutes every `${` in the object, including ones meant for other tools; write `$${` for a ' +
      'literal `${`, or opt the object out with the label or annotation ' +
      '`kustomize.toolkit.fluxcd.io/substitute: disabled`.',
  });
}
