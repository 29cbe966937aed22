/**
 * source-watcher's ArtifactGenerator (source.extensions.fluxcd.io/v1beta1, Flux 2.7): it turns
 * aliased sources into ExternalArtifacts named after `spec.artifacts[].name`, in the generator's
 * namespace. This module reads the spec; `assemble-artifact.ts` performs the copy operations.
 */
import { GitopsError, type SourceLocation } from '../../errors.js';
import { isValuesMap } from '../helmrelease/merge-maps.js';
import type { KubeObject } from '../substitute/substitute-resource.js';

export const ARTIFACT_GENERATOR_GROUP = 'source.extensions.fluxcd.io';

/** `spec.sources[]`: the namespace defaults to the generator's own. */
export interface GeneratorSource {
  alias: string;
  kind: string;
  name: string;
  namespace: string;
}

/** `spec.artifacts[].copy[]`; `strategy` defaults to Overwrite. */
export interface CopyOperation {
  from: string;
  to: string;
  exclude: string[];
  strategy: 'Overwrite' | 'Merge' | 'Extract';
}

/** One ExternalArtifact a generator produces, and what it needs to assemble it. */
export interface GeneratedArtifact {
  /** `namespace/name` of the ExternalArtifact. */
  id: string;
  generator: { namespace: string; name: string; location?: SourceLocation };
  sources: GeneratorSource[];
  copy: CopyOperation[];
}

/** An object applied to the cluster, with where it was written. */
export interface LocatedObject {
  object: KubeObject;
  location?: SourceLocation;
}

export function isArtifactGenerator(object: KubeObject): boolean {
  return (
    object.kind === 'ArtifactGenerator' &&
    typeof object.apiVersion === 'string' &&
    object.apiVersion.startsWith(`${ARTIFACT_GENERATOR_GROUP}/`)
  );
}

/**
 * The generator entry that produces ExternalArtifact `namespace/name`, or undefined when no
 * generator among `objects` does (the last definition wins, as the API server keeps the last
 * applied). A generator render cannot expand (`pathPattern`) throws, naming what is unsupported.
 */
export function findGeneratedArtifact(
  objects: readonly LocatedObject[],
  namespace: string,
  name: string,
): GeneratedArtifact | undefined {
  for (const { object, location } of [...objects].reverse()) {
    if (!isArtifactGenerator(object)) continue;
    const metadata = isValuesMap(object.metadata) ? object.metadata : {};
    const ownNamespace = typeof metadata.namespace === 'string' ? metadata.namespace : 'default';
    if (ownNamespace !== namespace) continue;
    const spec = isValuesMap(object.spec) ? object.spec : {};
    const artifacts = Array.isArray(spec.artifacts) ? spec.artifacts.filter(isValuesMap) : [];
    const generator = {
      namespace: ownNamespace,
      name: String(metadata.name ?? ''),
      ...(location ? { location } : {}),
    };
    const artifact = artifacts.find((candidate) => candidate.name === name);
    // With a pathPattern, names are templates over directory captures ("{app}"): which artifacts
    // exist depends on a walk of the sources that render does not do.
    const patterned = typeof spec.pathPattern === 'string' && spec.pathPattern !== '';
    if (
      patterned &&
      (artifact !== undefined || artifacts.some((entry) => String(entry.name).includes('{')))
    ) {
      throw unsupported(generator, 'spec.pathPattern', `ExternalArtifact ${namespace}/${name}`);
    }
    if (artifact === undefined) continue;
    return {
      id: `${namespace}/${name}`,
      generator,
      sources: sourcesOf(spec.sources, ownNamespace),
      copy: (Array.isArray(artifact.copy) ? artifact.copy : []).filter(isValuesMap).map((operation) => ({
        from: String(operation.from ?? ''),
        to: String(operation.to ?? ''),
        exclude: Array.isArray(operation.exclude) ? operation.exclude.map(String) : [],
        strategy: strategyOf(operation.strategy),
      })),
    };
  }
  return undefined;
}

function sourcesOf(value: unknown, namespace: string): GeneratorSource[] {
  const list = Array.isArray(value) ? value.filter(isValuesMap) : [];
  return list.map((source) => ({
    alias: String(source.alias ?? ''),
    kind: String(source.kind ?? ''),
    name: String(source.name ?? ''),
    namespace: typeof source.namespace === 'string' && source.namespace !== '' ? source.namespace : namespace,
  }));
}

function strategyOf(value: unknown): CopyOperation['strategy'] {
  return value === 'Merge' || value === 'Extract' ? value : 'Overwrite';
}

export function describeGenerator(generator: GeneratedArtifact['generator']): string {
  return `ArtifactGenerator ${generator.namespace}/${generator.name}`;
}

function unsupported(generator: GeneratedArtifact['generator'], field: string, what: string): GitopsError {
  return new GitopsError(
    `${describeGenerator(generator)}: ${field} is not supported by render, so ${what} cannot be assembled`,
    {
      ...(generator.location ? { location: generator.location } : {}),
      hint: 'List the artifacts without pathPattern to render them, or render this cluster without them.',
    },
  );
}
