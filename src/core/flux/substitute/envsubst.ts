import { EnvsubstError } from './envsubst-error.js';
import { expansionFunction, isDefaultOperator } from './expansion-functions.js';
import { type FuncNode, parseTemplate, type TemplateNode } from './template-parser.js';

export interface EnvsubstOptions {
  /**
   * Fail on a variable that is not defined, unless its expression supplies a default (`${v:-x}`,
   * `${v:=x}`, `${v=x}`). Off, an undefined variable expands to `''`. kustomize-controller 1.9 turns
   * this on by default (the `StrictPostBuildSubstitutions` feature gate); `flux build` and
   * `flux envsubst` leave it off unless given `--strict-substitute` / `--strict`.
   */
  strict: boolean;
}

/**
 * Expands `${…}` expressions in a text exactly as fluxcd/pkg `envsubst.Eval` does: the whole text is
 * parsed first (a syntax error anywhere fails it all), then each expression is evaluated left to
 * right. A bare `$var` is text; `$$` outside an expression is a literal `$`, so `$${v}` gives `${v}`.
 * Defaults never assign: `${v:=x}` does not define `v` for later expressions.
 */
export function envsubst(
  text: string,
  variables: ReadonlyMap<string, string>,
  options: EnvsubstOptions,
): string {
  const nodes = parseTemplate(text);
  return nodes.map((node) => evaluate(node, variables, options.strict)).join('');
}

function evaluate(node: TemplateNode, variables: ReadonlyMap<string, string>, strict: boolean): string {
  return node.kind === 'text' ? node.value : evaluateFunc(node, variables, strict);
}

function evaluateFunc(node: FuncNode, variables: ReadonlyMap<string, string>, strict: boolean): string {
  // Operands are expanded before the variable is looked at, even when they end up unused, so in strict
  // mode `${set:-${unset}}` fails on `unset`.
  const args = node.args.map((arg) => evaluate(arg, variables, strict));
  const value = variables.get(node.param);
  if (value === undefined && strict && !isDefaultOperator(node.name)) {
    throw new EnvsubstError(`variable not set (strict mode): ${goQuote(node.param)}`, 'unset-variable', {
      variable: node.param,
      hint:
        `Define \`${node.param}\` in spec.postBuild.substitute or a substituteFrom ConfigMap or Secret, ` +
        `give it a default (\`\${${node.param}:=value}\`), or turn strict substitution off.`,
    });
  }
  return expansionFunction(node.name, args.length)(value ?? '', args);
}

/** Go's `%q` for a parameter name (letters, digits and `_` only, so no escapes arise). */
function goQuote(name: string): string {
  return `"${name}"`;
}
