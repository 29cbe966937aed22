import { isValuesMap } from './helmrelease/merge-maps.js';
import type { KubeObject } from './substitute/substitute-resource.js';

/**
 * Flux objects whose effect on a cluster render cannot compute yet. They stay in the output (they are
 * applied like any object); what they would produce is missing, and a render must say so rather than
 * look complete.
 */
const UNSUPPORTED: readonly { group: string; kind: string; effect: string }[] = [
  {
    group: 'source.toolkit.fluxcd.io',
    kind: 'ExternalArtifact',
    effect: 'the files it points at, so Kustomizations and HelmReleases using it as a source',
  },
];

/** A warning's message and hint for an object render cannot expand, or undefined for any other. */
export function unsupportedObjectDiagnostic(
  object: KubeObject,
): { message: string; hint: string } | undefined {
  const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '';
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : '';
  const metadata = object.metadata as { name?: unknown; namespace?: unknown } | undefined;
  const name = [metadata?.namespace, metadata?.name].filter((part) => typeof part === 'string').join('/');
  if (group === 'source.extensions.fluxcd.io' && object.kind === 'ArtifactGenerator') {
    const gaps = artifactGeneratorGaps(object);
    if (gaps.length === 0) return undefined;
    return {
      message: `ArtifactGenerator ${name} is rendered as an object, but render cannot assemble its ExternalArtifacts: it uses ${gaps.join(', ')}`,
      hint: 'Kustomizations and HelmReleases that use these artifacts are reported as not rendered.',
    };
  }
  const entry = UNSUPPORTED.find((candidate) => candidate.group === group && candidate.kind === object.kind);
  if (entry === undefined) return undefined;
  return {
    message: `${entry.kind} ${name} is rendered as an object, but not expanded: the output lacks ${entry.effect}`,
    hint: `Rendering ${entry.kind} is not implemented yet.`,
  };
}

/**
 * What render cannot do for a generator (see flux/artifacts): `pathPattern`, the Extract strategy,
 * and sources other than GitRepository (this repository) and generated ExternalArtifacts.
 */
function artifactGeneratorGaps(object: KubeObject): string[] {
  const spec = isValuesMap(object.spec) ? object.spec : {};
  const gaps: string[] = [];
  if (typeof spec.pathPattern === 'string' && spec.pathPattern !== '') gaps.push('spec.pathPattern');
  for (const source of Array.isArray(spec.sources) ? spec.sources.filter(isValuesMap) : []) {
    if (source.kind !== 'GitRepository' && source.kind !== 'ExternalArtifact') {
      gaps.push(`a ${String(source.kind)} source (@${String(source.alias)})`);
    }
  }
  const artifacts = Array.isArray(spec.artifacts) ? spec.artifacts.filter(isValuesMap) : [];
  const copies = artifacts.flatMap((artifact) => (Array.isArray(artifact.copy) ? artifact.copy : []));
  if (copies.some((copy) => isValuesMap(copy) && copy.strategy === 'Extract')) gaps.push('strategy Extract');
  return gaps;
}
