import type { KubeObject } from './substitute/substitute-resource.js';

/**
 * Flux objects whose effect on a cluster render cannot compute yet. They stay in the output (they are
 * applied like any object); what they would produce is missing, and a render must say so rather than
 * look complete.
 */
// ArtifactGenerator is not listed: the Kustomizations built from its artifacts are rendered (see
// artifact-generator.ts). An ExternalArtifact written by hand points at storage render cannot read.
const UNSUPPORTED: readonly { group: string; kind: string; effect: string }[] = [
  {
    group: 'source.toolkit.fluxcd.io',
    kind: 'ExternalArtifact',
    effect: 'the files it points at, so Kustomizations and HelmReleases using it as a source',
  },
  {
    group: 'fluxcd.controlplane.io',
    kind: 'ResourceSet',
    effect: 'the objects its templates produce',
  },
];

/** A warning's message and hint for an object render cannot expand, or undefined for any other. */
export function unsupportedObjectDiagnostic(
  object: KubeObject,
): { message: string; hint: string } | undefined {
  const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '';
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : '';
  const entry = UNSUPPORTED.find((candidate) => candidate.group === group && candidate.kind === object.kind);
  if (entry === undefined) return undefined;
  const metadata = object.metadata as { name?: unknown; namespace?: unknown } | undefined;
  const name = [metadata?.namespace, metadata?.name].filter((part) => typeof part === 'string').join('/');
  return {
    message: `${entry.kind} ${name} is rendered as an object, but not expanded: the output lacks ${entry.effect}`,
    hint: `Rendering ${entry.kind} is not implemented yet.`,
  };
}
