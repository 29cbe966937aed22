import { GitopsError } from '../../errors.js';

/**
 * One `spec.postBuild.substituteFrom` entry with the object it names, looked up by the caller in the
 * Kustomization's namespace.
 */
export interface SubstituteFromSource {
  /** The CRD allows `ConfigMap` and `Secret`. */
  kind: string;
  name: string;
  /** Tolerate a missing object, as if it existed with no data. */
  optional?: boolean;
  /**
   * The object's `data`, or undefined when the object does not exist (give `{}` for an object with no
   * data). Secret values are base64, as in the manifest.
   */
  data?: Readonly<Record<string, string>>;
  /** A Secret manifest's `stringData`; the API server merges it over `data`, so it wins. */
  stringData?: Readonly<Record<string, string>>;
}

export interface PostBuildVariables {
  substituteFrom?: readonly SubstituteFromSource[];
  /** `spec.postBuild.substitute`: inline values, which override every substituteFrom value. */
  substitute?: Readonly<Record<string, string>>;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const decoder = new TextDecoder();

/**
 * Every value loses its `\n` characters (only those: a `\r` stays), as kustomize-controller's
 * `strings.ReplaceAll(v, "\n", "")` does, so a substituted value can never start a new YAML line.
 */
const stripNewlines = (value: string): string => value.replaceAll('\n', '');

/**
 * The variables kustomize-controller substitutes (fluxcd/pkg `kustomize/kustomize_varsub.go`,
 * `LoadVariables` then `SubstituteVariables`): substituteFrom objects in list order, a later key
 * replacing an earlier one, then the inline `substitute` map on top. A ConfigMap's `binaryData` is not
 * read. The map keeps first-definition order; names are validated later, by `substituteResource`,
 * because the controller only checks them for objects it substitutes.
 */
export function buildVariables(input: PostBuildVariables): Map<string, string> {
  const variables = new Map<string, string>();
  for (const source of input.substituteFrom ?? []) {
    for (const [key, value] of sourceEntries(source)) variables.set(key, stripNewlines(value));
  }
  for (const [key, value] of Object.entries(input.substitute ?? {})) variables.set(key, stripNewlines(value));
  return variables;
}

function sourceEntries(source: SubstituteFromSource): [string, string][] {
  const ref = `${source.kind}/${source.name}`;
  if (source.kind !== 'ConfigMap' && source.kind !== 'Secret') {
    throw new GitopsError(`substituteFrom '${ref}': kind must be ConfigMap or Secret`, {
      hint: 'The Kustomization CRD only accepts these two kinds; the API server rejects any other.',
    });
  }
  if (source.data === undefined && source.stringData === undefined) {
    if (source.optional === true) return [];
    // kustomize-controller wraps the API's NotFound error in these words.
    const resource = source.kind === 'ConfigMap' ? 'configmaps' : 'secrets';
    throw new GitopsError(`substitute from '${ref}' error: ${resource} "${source.name}" not found`, {
      hint: `Add the ${source.kind} to the Kustomization's namespace, or mark the reference \`optional: true\`.`,
    });
  }
  if (source.kind === 'ConfigMap') return Object.entries(source.data ?? {});
  const entries = Object.entries(source.data ?? {}).map(([key, value]): [string, string] => {
    if (!BASE64.test(value)) {
      throw new GitopsError(`substituteFrom '${ref}': data.${key} is not valid base64`, {
        hint: 'Secret data must be base64; put plain text under stringData instead.',
      });
    }
    return [key, decoder.decode(Buffer.from(value, 'base64'))];
  });
  return [...entries, ...Object.entries(source.stringData ?? {})];
}
