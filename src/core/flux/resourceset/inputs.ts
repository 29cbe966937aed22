/**
 * A ResourceSet's input sets, after the operator's internal/inputs: the ResourceSet's own
 * `spec.inputs` come first, then each provider's exported inputs, providers sorted by
 * (kind, namespace, name); every set gets a `provider` map naming where it came from. `Flatten`
 * concatenates; `Permute` scopes each provider's sets under its normalised name and takes the
 * Cartesian product, giving each combination an `id`.
 */
import type { KubeValue } from '../../yaml/kubernetes-decode.js';
import {
  type InputProvider,
  type InputSet,
  RESOURCESET_API_VERSION,
  type ResourceSet,
  ResourceSetError,
} from './resourceset-spec.js';

/** The operator refuses a permutation larger than this (permuter.go `maxPermutations`). */
const MAX_PERMUTATIONS = 10000;

export interface ProviderInputs {
  kind: 'ResourceSet' | 'ResourceSetInputProvider';
  name: string;
  namespace: string;
  inputs: InputSet[];
}

/** hash/adler32 of the UTF-8 bytes, printed in decimal: the operator's opaque input set `id`. */
export function inputId(text: string): string {
  let a = 1;
  let b = 0;
  for (const byte of Buffer.from(text, 'utf8')) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return String(((b << 16) | a) >>> 0);
}

/**
 * NormalizeKeyForTemplate: lower case, spaces and punctuation become `_`, other characters outside
 * [a-z0-9] are dropped, and runs of `_` collapse, so `my-rset` is read as `inputs.my_rset`.
 */
export function normalizeKey(key: string): string {
  const mapped = [...key.toLowerCase()]
    .map((c) => (/^[\s\p{P}]$/u.test(c) ? '_' : /^[a-z0-9]$/.test(c) ? c : ''))
    .join('');
  return mapped
    .split('_')
    .filter((word) => word !== '')
    .join('_');
}

/**
 * What a Static provider exports: its `defaultValues` plus an `id`. In a cluster the id is the
 * adler32 of the object's UID, which a repository does not have; like `flux-operator build rset
 * --inputs-from-provider`, render uses the provider's name instead.
 */
export function staticProviderInputs(provider: InputProvider): InputSet[] {
  return [{ ...provider.defaultValues, id: inputId(provider.name) }];
}

/** Every provider's sets, in the operator's order, each with its `provider` map (getFromProvider). */
export function withProviders(rset: ResourceSet, providers: readonly ProviderInputs[]): ProviderInputs[] {
  const sorted = [...providers].sort((a, b) => compare(a.namespace, b.namespace) || compare(a.name, b.name));
  const own: ProviderInputs = {
    kind: 'ResourceSet',
    name: rset.name,
    namespace: rset.namespace,
    inputs: rset.inputs,
  };
  return [own, ...sorted].map((provider) => ({
    ...provider,
    inputs: provider.inputs.map((input) => ({
      ...input,
      provider: {
        apiVersion: RESOURCESET_API_VERSION,
        kind: provider.kind,
        name: provider.name,
        namespace: provider.namespace,
      },
    })),
  }));
}

/** The combined input sets by the ResourceSet's strategy. */
export function combineInputs(rset: ResourceSet, providers: readonly ProviderInputs[]): InputSet[] {
  const all = withProviders(rset, providers);
  if (rset.strategy === 'Flatten') return all.flatMap((provider) => provider.inputs);
  return permute(rset, all);
}

function permute(rset: ResourceSet, providers: readonly ProviderInputs[]): InputSet[] {
  // Providers exporting nothing are skipped unless includeEmptyProviders asks for the strict product.
  const kept = rset.includeEmptyProviders ? providers : providers.filter((p) => p.inputs.length > 0);
  let expected = 0;
  const scoped = kept.map((provider, index) => {
    expected = index === 0 ? provider.inputs.length : expected * provider.inputs.length;
    if (expected > MAX_PERMUTATIONS) {
      throw new ResourceSetError(
        `ResourceSet ${rset.namespace}/${rset.name}: adding provider '${provider.name}' with ${provider.inputs.length} inputs would exceed the maximum allowed permutations. max: ${MAX_PERMUTATIONS}, got: ${expected}`,
        { location: rset.location, hint: 'Filter the providers to export fewer inputs.' },
      );
    }
    const key = normalizeKey(provider.name);
    if (key === '') {
      throw new ResourceSetError(
        `ResourceSet ${rset.namespace}/${rset.name}: normalized provider name is empty: '${provider.name}'`,
        { location: rset.location },
      );
    }
    return { key, inputs: provider.inputs };
  });
  if (scoped.length === 0 || scoped.some(({ inputs }) => inputs.length === 0)) return [];
  const result: InputSet[] = [];
  const walk = (depth: number, chosen: number[]): void => {
    if (depth === scoped.length) {
      const combination: InputSet = {};
      const idParts: string[] = [];
      chosen.forEach((choice, i) => {
        const { key, inputs } = scoped[i] as (typeof scoped)[number];
        combination[key] = inputs[choice] as KubeValue;
        idParts.push(`${key}=${choice}`);
      });
      combination.id = inputId(idParts.join('/'));
      result.push(combination);
      return;
    }
    const { inputs } = scoped[depth] as (typeof scoped)[number];
    for (let choice = 0; choice < inputs.length; choice++) walk(depth + 1, [...chosen, choice]);
  };
  walk(0, []);
  return result;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
