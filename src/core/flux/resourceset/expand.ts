/**
 * A ResourceSet expanded as the Flux Operator's ResourceSet controller reconciles it
 * (internal/controller resourceset_controller.go): inputs from `spec.inputs` and the providers
 * `spec.inputsFrom` selects, combined by the input strategy; objects built from the templates;
 * then the owner labels, `spec.commonMetadata`, and the data `fluxcd.controlplane.io/copyFrom`
 * copies into a ConfigMap or Secret.
 *
 * Offline, only Static providers export inputs (their `defaultValues`); the others call GitHub,
 * GitLab, a registry or another API. With the Flatten strategy such a provider only adds input
 * sets, so the ResourceSet is expanded with the inputs render has and the missing provider is
 * reported: what is rendered is exactly what the cluster gets for those inputs. With Permute every
 * combination includes the provider, so nothing render could build would be applied; the
 * ResourceSet is not expanded, and that is reported.
 */
import type { SourceLocation } from '../../errors.js';
import { matchesLabels } from '../../manifest/label-selector.js';
import type { KubeObject } from '../substitute/substitute-resource.js';
import { buildResourceSet, type Locate } from './build.js';
import { copyFromSource } from './copy-from.js';
import { combineInputs, type ProviderInputs, staticProviderInputs } from './inputs.js';
import {
  type InputProvider,
  OPERATOR_GROUP,
  type ResourceSet,
  ResourceSetError,
  readResourceSet,
} from './resourceset-spec.js';

export interface ExpandContext {
  /** The cluster's ResourceSetInputProviders, as rendered. */
  providers: readonly InputProvider[];
  /** A ConfigMap or Secret as rendered for the cluster, for copyFrom. */
  lookup: (kind: 'ConfigMap' | 'Secret', namespace: string, name: string) => KubeObject | undefined;
  /** Places a template error in the ResourceSet's file; the ResourceSet's own line without it. */
  locate?: Locate;
}

/** Something the cluster would have that render cannot compute: a warning, never silence. */
export interface ExpandGap {
  message: string;
  hint: string;
  location: SourceLocation;
}

export interface ExpandResult {
  rset: ResourceSet;
  /** False when nothing was built because the inputs cannot be known offline. */
  expanded: boolean;
  objects: KubeObject[];
  gaps: ExpandGap[];
}

/** Throws ResourceSetError (with the ResourceSet's file:line) where the controller would fail. */
export function expandResourceSet(
  object: KubeObject,
  location: SourceLocation,
  context: ExpandContext,
): ExpandResult {
  const rset = readResourceSet(object, location);
  const label = `ResourceSet ${rset.namespace}/${rset.name}`;
  const gaps: ExpandGap[] = [];
  const providers: ProviderInputs[] = [];
  for (const provider of selectProviders(rset, context.providers)) {
    if (provider.type === 'Static') {
      providers.push({
        ...provider,
        kind: 'ResourceSetInputProvider',
        inputs: staticProviderInputs(provider),
      });
      continue;
    }
    gaps.push({
      message: `${label} takes inputs from ResourceSetInputProvider ${provider.namespace}/${provider.name} of type ${provider.type || '(none)'}, which render cannot query offline`,
      hint:
        rset.strategy === 'Permute'
          ? 'With the Permute strategy every input set includes this provider, so the ResourceSet is not expanded.'
          : `The output has the objects of the other inputs only; the cluster also gets one set per ${provider.type || 'provider'} result.`,
      location: provider.location,
    });
  }
  if (rset.strategy === 'Permute' && gaps.length > 0) return { rset, expanded: false, objects: [], gaps };
  const inputs = combineInputs(rset, providers);
  // The controller reconciles an empty set (deleting what it applied) when providers export nothing.
  if (rset.inputsFrom.length > 0 && inputs.length === 0) return { rset, expanded: true, objects: [], gaps };
  const locate: Locate = context.locate ?? (() => location);
  const objects = buildResourceSet(rset, inputs, locate);
  for (const built of objects) {
    setMetadata(built, 'labels', {
      [`resourceset.${OPERATOR_GROUP}/name`]: rset.name,
      [`resourceset.${OPERATOR_GROUP}/namespace`]: rset.namespace,
    });
    setMetadata(built, 'labels', rset.commonMetadata.labels);
    setMetadata(built, 'annotations', rset.commonMetadata.annotations);
    const gap = copyFromSource(built, context.lookup, rset);
    if (gap !== undefined) gaps.push(gap);
  }
  return { rset, expanded: true, objects, gaps };
}

/** The providers `spec.inputsFrom` names or selects, in the ResourceSet's namespace; each once. */
function selectProviders(rset: ResourceSet, all: readonly InputProvider[]): InputProvider[] {
  const local = all.filter((provider) => provider.namespace === rset.namespace);
  const selected = new Map<string, InputProvider>();
  for (const ref of rset.inputsFrom) {
    if (ref.name !== undefined) {
      const found = local.findLast((provider) => provider.name === ref.name);
      if (found === undefined) {
        throw new ResourceSetError(
          `ResourceSet ${rset.namespace}/${rset.name}: failed to get provider ${rset.namespace}/${ref.name}: not found in this cluster's objects`,
          {
            location: rset.location,
            hint: 'The operator waits until the ResourceSetInputProvider exists; render looks for it among the objects this cluster applies.',
          },
        );
      }
      selected.set(found.name, found);
      continue;
    }
    for (const provider of local) {
      if (ref.selector !== undefined && matchesLabels(ref.selector, provider.labels)) {
        selected.set(provider.name, provider);
      }
    }
  }
  return [...selected.values()];
}

/** ssa's SetCommonMetadata: each key overrides one the object already has. */
function setMetadata(
  object: KubeObject,
  field: 'labels' | 'annotations',
  values: Record<string, string>,
): void {
  if (Object.keys(values).length === 0) return;
  if (typeof object.metadata !== 'object' || object.metadata === null) object.metadata = {};
  const metadata = object.metadata as KubeObject;
  const current = metadata[field];
  metadata[field] = {
    ...(typeof current === 'object' && current !== null && !Array.isArray(current) ? current : {}),
    ...values,
  };
}
