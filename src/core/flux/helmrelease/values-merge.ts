import { formatLocation } from '../../errors.js';
import { parseYamlFile, positionAt } from '../../yaml/documents.js';
import { decodeKubernetes, type KubeValue, YamlDecodeError } from '../../yaml/kubernetes-decode.js';
import { cloneValues, isValuesMap, mergeMaps, newValues, type Values } from './merge-maps.js';
import { StrvalsError } from './strvals.js';
import { replacePathLiteralValue, replacePathValue } from './target-path.js';
import {
  DEFAULT_VALUES_KEY,
  type HelmReleaseRef,
  type KubeObject,
  type ResolveValuesSource,
  referencedData,
  referenceError,
  type ValuesReference,
  validateReference,
} from './values-reference.js';

export interface ComposeValuesInput {
  helmRelease: HelmReleaseRef;
  /** `spec.valuesFrom`, in order. */
  valuesFrom?: readonly ValuesReference[];
  /** `spec.values` as decoded. Anything but a mapping counts as none, as `GetValues()` ignores it. */
  values?: KubeValue;
  resolve: ResolveValuesSource;
}

/**
 * The values helm-controller hands to Helm: fluxcd/pkg `chartutil.ChartValuesFromReferences`
 * over `spec.valuesFrom` and `spec.values`. Inputs are copied, never mutated.
 *
 * These are override values only, never merged with the chart's defaults (its `values.yaml`, or
 * the `chart.spec.valuesFiles` source-controller packages in its place). The controller does not
 * merge those either: Helm coalesces the overrides over the chart's defaults, and in doing so a
 * `null` deletes a default, `global` flows into subcharts and each subchart's section meets its own
 * defaults. A renderer must therefore write this result as the one `--values` file it gives
 * `helm template` for the chart as the controller loads it; re-implementing that coalescing here
 * would disagree with Helm exactly in those cases.
 *
 * Order: each reference in turn, its YAML merged with `MergeMaps` (maps recurse, everything else
 * replaces), then `spec.values` merged last. A targetPath reference first merges `spec.values` into
 * the result and then writes its value in place; since `MergeMaps` shares nested maps and lists
 * instead of copying them, that write lands inside `spec.values` itself whenever the path runs
 * through a map `spec.values` holds, and so survives the final merge. That is why fluxcd/pkg's test
 * "target path precedence over all" sees the target path beat both inline values and a later
 * reference, and why a later reference still wins when the path is not in `spec.values`. The
 * sharing is reproduced exactly rather than replaced by a simpler precedence rule.
 */
export function composeValues(input: ComposeValuesInput): Values {
  const { helmRelease, resolve } = input;
  const references = input.valuesFrom ?? [];
  references.forEach((ref, index) => {
    validateReference(helmRelease, ref, index);
  });
  const inline = isValuesMap(input.values) ? cloneValues(input.values) : undefined;
  // The controller reads each object once, so every reference to it sees the same version.
  const objects = new Map<string, KubeObject | undefined>();

  let result = newValues();
  for (const ref of references) {
    const kind = ref.kind as 'ConfigMap' | 'Secret';
    const cacheKey = `${kind}/${ref.name}`;
    if (!objects.has(cacheKey)) objects.set(cacheKey, resolve(kind, helmRelease.namespace, ref.name));
    const object = objects.get(cacheKey);
    if (object === undefined) {
      if (ref.optional) continue;
      throw referenceError(helmRelease, ref, 'resource not found');
    }
    const data = referencedData(helmRelease, ref, object);
    if (data === undefined) {
      // Unlike the CRD's description of `optional`, the code also tolerates a missing key.
      if (ref.optional) continue;
      throw referenceError(helmRelease, ref, 'key not found');
    }

    if (ref.targetPath) {
      result = mergeMaps(result, inline);
      try {
        // `literal` only matters with a targetPath; without one the data is always YAML.
        if (ref.literal) replacePathLiteralValue(result, ref.targetPath, data);
        else replacePathValue(result, ref.targetPath, data);
      } catch (error) {
        if (!(error instanceof StrvalsError)) throw error;
        throw referenceError(helmRelease, ref, 'failed to merge value', error.message, error);
      }
      continue;
    }
    result = mergeMaps(result, readValues(helmRelease, ref, data));
  }
  return mergeMaps(result, inline);
}

/**
 * Helm's `common.ReadValues`: sigs.k8s.io/yaml reads the first document with YAML 1.1 typing; an
 * empty or `null` document is no values; anything but a mapping is an error.
 */
function readValues(helmRelease: HelmReleaseRef, ref: ValuesReference, text: string): Values {
  const label = `${ref.kind} ${helmRelease.namespace}/${ref.name} key ${ref.valuesKey || DEFAULT_VALUES_KEY}`;
  const fail = (detail: string, cause?: unknown): never => {
    throw referenceError(helmRelease, ref, 'failed to read values data', detail, cause);
  };
  const yamlFile = parseYamlFile(label, text);
  const first = yamlFile.documents[0];
  const syntax = first
    ? first.document.errors[0]
    : yamlFile.diagnostics.find((diagnostic) => diagnostic.severity === 'error');
  if (syntax !== undefined) {
    const line = 'pos' in syntax ? positionAt(yamlFile, syntax.pos[0]).line : syntax.location.line;
    fail(`line ${line}: ${syntax.message}`);
  }
  if (first === undefined) return newValues();
  let decoded: KubeValue;
  try {
    decoded = decodeKubernetes(first.document, (node) => ({
      file: label,
      line: positionAt(yamlFile, node.range?.[0] ?? 0).line,
    }));
  } catch (error) {
    if (!(error instanceof YamlDecodeError)) throw error;
    const where = error.location ? `${formatLocation(error.location)}: ` : '';
    return fail(`${where}${error.message}`, error);
  }
  if (decoded === null) return newValues();
  if (!isValuesMap(decoded)) {
    return fail(
      `the data is ${Array.isArray(decoded) ? 'a list' : 'a scalar'}, not a YAML mapping of values`,
    );
  }
  return decoded;
}
