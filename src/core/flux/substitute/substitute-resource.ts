import { GitopsError } from '../../errors.js';
import type { KubeValue } from '../../yaml/kubernetes-decode.js';
import { envsubst } from './envsubst.js';
import { EnvsubstError } from './envsubst-error.js';
import { fromGoYamlText, toGoYamlText } from './go-yaml-text.js';

export type KubeObject = { [key: string]: KubeValue };

/** `spec.postBuild.substituteStrategy` (kustomize-controller 1.9); the CRD default is `WithVariables`. */
export type SubstituteStrategy = 'WithVariables' | 'Always';

export interface SubstituteOptions {
  /**
   * Fail on an undefined variable that has no default. kustomize-controller 1.9 defaults to strict (the
   * `StrictPostBuildSubstitutions` feature gate); `flux build`/`flux diff` default to lenient
   * (`--strict-substitute=false`), where an undefined variable becomes `''`.
   */
  strict: boolean;
  /**
   * `WithVariables` (default) leaves objects alone when no variable is defined at all; `Always`
   * substitutes anyway, so defaults such as `${v:=x}` apply with no variables.
   */
  strategy?: SubstituteStrategy;
}

/** A postBuild substitution that failed for one object. */
export class SubstitutionError extends GitopsError {
  override readonly name = 'SubstitutionError';
  /** `Kind/namespace/name`, or `Kind/name` without a namespace. */
  readonly object: string;
  readonly variable: string | undefined;

  constructor(
    object: string,
    message: string,
    options: { variable?: string; hint?: string; cause?: unknown },
  ) {
    super(message, options);
    this.object = object;
    this.variable = options.variable;
  }
}

export const SUBSTITUTE_KEY = 'kustomize.toolkit.fluxcd.io/substitute';

/** kustomize-controller's `varsubRegex`; POSIX classes in Go's RE2 are ASCII-only. */
export const VARIABLE_NAME_PATTERN = '^[_[:alpha:]][_[:alpha:][:digit:]]*$';
const VARIABLE_NAME = /^[_A-Za-z][_A-Za-z0-9]*$/;

const stringMap = (value: KubeValue | undefined): Record<string, KubeValue> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};

/** The opt-out: label *or* annotation `kustomize.toolkit.fluxcd.io/substitute: disabled`, exactly. */
export function isSubstitutionDisabled(object: KubeObject): boolean {
  const metadata = stringMap(object.metadata);
  return (
    stringMap(metadata.labels)[SUBSTITUTE_KEY] === 'disabled' ||
    stringMap(metadata.annotations)[SUBSTITUTE_KEY] === 'disabled'
  );
}

/** `Kind/namespace/name` for messages. */
export function objectReference(object: KubeObject): string {
  const metadata = stringMap(object.metadata);
  const parts = [object.kind, metadata.namespace, metadata.name].filter((part) => typeof part === 'string');
  return parts.join('/');
}

/**
 * Substitutes one object as kustomize-controller does after `kustomize build` (fluxcd/pkg
 * `kustomize/kustomize_varsub.go` `SubstituteVariables`, called per resource when `spec.postBuild` is
 * set). Returns the object itself when it opted out or the strategy skips it, else a new object read
 * back from the substituted YAML text: types and structure may change (`replicas: ${n}` with `n=3`
 * gives the integer 3, `on` gives `true`), and keys come back in Go's sorted order.
 *
 * Errors carry the controller's wording, prefixed with the object, for example
 * `Deployment/apps/web: var substitution failed for 'web': envsubst error: variable substitution
 * failed: variable not set (strict mode): "tag"`.
 */
export function substituteResource(
  object: KubeObject,
  variables: ReadonlyMap<string, string>,
  options: SubstituteOptions,
): KubeObject {
  if (isSubstitutionDisabled(object)) return object;
  if (variables.size === 0 && options.strategy !== 'Always') return object;
  const reference = objectReference(object);
  const name = stringMap(object.metadata).name;
  const fail = (detail: string, extra: { variable?: string; hint?: string; cause?: unknown } = {}): never => {
    throw new SubstitutionError(
      reference,
      `${reference}: var substitution failed for '${typeof name === 'string' ? name : ''}': envsubst error: ${detail}`,
      extra,
    );
  };
  // The controller validates every name, used or not, for each object it substitutes (Go map order;
  // we report the first in definition order).
  for (const variable of variables.keys()) {
    if (!VARIABLE_NAME.test(variable)) {
      fail(`'${variable}' var name is invalid, must match '${VARIABLE_NAME_PATTERN}'`, {
        variable,
        hint: 'Every key of postBuild.substitute and of substituteFrom ConfigMaps/Secrets must be a valid variable name.',
      });
    }
  }
  let text: string;
  try {
    text = envsubst(toGoYamlText(object), variables, { strict: options.strict });
  } catch (error) {
    if (!(error instanceof EnvsubstError)) throw error;
    return fail(`variable substitution failed: ${error.message}`, {
      ...(error.variable === undefined ? {} : { variable: error.variable }),
      ...(error.hint === undefined ? {} : { hint: error.hint }),
      cause: error,
    });
  }
  let result: KubeValue;
  try {
    result = fromGoYamlText(text);
  } catch (error) {
    return fail(`YAMLToJSON: ${error instanceof Error ? error.message : String(error)}`, {
      hint: 'A substituted value changed the YAML structure; quote the expression in the manifest.',
      cause: error,
    });
  }
  if (result === null || typeof result !== 'object' || Array.isArray(result)) {
    return fail('UnmarshalJSON: the substituted document is no longer an object');
  }
  return result;
}
