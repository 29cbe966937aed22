/**
 * The Flux Operator's ResourceSet and ResourceSetInputProvider (fluxcd.controlplane.io/v1) as
 * render reads them, after the operator's api/v1 resourceset_types.go and
 * resourcesetinputprovider_types.go. Checks the CRD makes with CEL rules (steps exclusive with
 * resources, a provider reference by name or selector) are made here, since a repository file
 * never went through the API server.
 */
import { GitopsError, type SourceLocation } from '../../errors.js';
import { type LabelSelector, readLabelSelector } from '../../manifest/label-selector.js';
import type { KubeValue } from '../../yaml/kubernetes-decode.js';
import type { KubeObject } from '../substitute/substitute-resource.js';

export const OPERATOR_GROUP = 'fluxcd.controlplane.io';
export const RESOURCESET_API_VERSION = `${OPERATOR_GROUP}/v1`;

/** One input set: JSON values, nested maps and lists included, as `GetInputs` unmarshals them. */
export type InputSet = { [key: string]: KubeValue };

export interface ResourceBatch {
  /** `spec.resources`: objects whose strings are templates. */
  resources: KubeObject[];
  /** `spec.resourcesTemplate`: one multi-document template. */
  resourcesTemplate: string;
}

export interface ResourceSetStep extends ResourceBatch {
  name: string;
}

export interface ProviderReference {
  name?: string;
  selector?: LabelSelector;
}

export interface ResourceSet {
  name: string;
  namespace: string;
  location: SourceLocation;
  inputs: InputSet[];
  inputsFrom: ProviderReference[];
  strategy: 'Flatten' | 'Permute';
  includeEmptyProviders: boolean;
  /** Without steps, one anonymous step holds `spec.resources` and `spec.resourcesTemplate`. */
  steps: ResourceSetStep[];
  commonMetadata: { labels: Record<string, string>; annotations: Record<string, string> };
}

export interface InputProvider {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  type: string;
  defaultValues: InputSet;
  location: SourceLocation;
}

export class ResourceSetError extends GitopsError {
  override readonly name = 'ResourceSetError';
}

export function isResourceSet(object: KubeObject): boolean {
  return object.apiVersion === RESOURCESET_API_VERSION && object.kind === 'ResourceSet';
}

export function isInputProvider(object: KubeObject): boolean {
  return object.apiVersion === RESOURCESET_API_VERSION && object.kind === 'ResourceSetInputProvider';
}

export function readResourceSet(object: KubeObject, location: SourceLocation): ResourceSet {
  const metadata = record(object.metadata);
  const name = typeof metadata.name === 'string' ? metadata.name : '';
  const namespace =
    typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : '';
  const fail = (message: string, hint?: string): never => {
    throw new ResourceSetError(`ResourceSet ${namespace}/${name}: ${message}`, {
      location,
      ...(hint ? { hint } : {}),
    });
  };
  if (name === '') fail('metadata.name is not set');
  // The operator's CLI refuses a ResourceSet without a namespace; the cluster would default it
  // from the Kustomization, which has already happened to objects render builds.
  if (namespace === '')
    fail('metadata.namespace is not set', 'Set it, or a targetNamespace on the Kustomization.');
  const spec = record(object.spec);
  const strategy = record(spec.inputStrategy);
  const strategyName = strategy.name ?? 'Flatten';
  if (strategyName !== 'Flatten' && strategyName !== 'Permute') {
    fail(
      `unknown input strategy: '${String(strategyName)}'`,
      'spec.inputStrategy.name is Flatten or Permute.',
    );
  }
  const inputs = list(spec.inputs).map((input, index) => {
    if (!isRecord(input)) fail(`spec.inputs[${index}] is not a map`);
    return input as InputSet;
  });
  const inputsFrom = list(spec.inputsFrom).map((entry, index): ProviderReference => {
    const ref = record(entry);
    const hasName = typeof ref.name === 'string' && ref.name !== '';
    if (hasName === (ref.selector !== undefined && ref.selector !== null)) {
      fail(`spec.inputsFrom[${index}] must set exactly one of name and selector`);
    }
    if (hasName) return { name: ref.name as string };
    try {
      return { selector: readLabelSelector(ref.selector) };
    } catch (error) {
      if (!(error instanceof GitopsError)) throw error;
      return fail(`spec.inputsFrom[${index}].selector: ${error.message}`, error.hint);
    }
  });
  const own = batch(spec);
  const steps = list(spec.steps).map((entry, index): ResourceSetStep => {
    const step = record(entry);
    const stepName = typeof step.name === 'string' ? step.name : `#${index}`;
    const content = batch(step);
    if (content.resources.length === 0 && content.resourcesTemplate === '') {
      fail(`step "${stepName}": at least one of resources or resourcesTemplate must be set`);
    }
    return { name: stepName, ...content };
  });
  const hasOwn = own.resources.length > 0 || own.resourcesTemplate !== '';
  if (steps.length > 0 && hasOwn)
    fail('spec.steps is mutually exclusive with spec.resources and spec.resourcesTemplate');
  if (steps.length === 0 && !hasOwn)
    fail('at least one of steps, resources or resourcesTemplate must be set');
  const common = record(spec.commonMetadata);
  return {
    name,
    namespace,
    location,
    inputs,
    inputsFrom,
    strategy: strategyName as ResourceSet['strategy'],
    includeEmptyProviders: strategyName === 'Permute' && strategy.includeEmptyProviders === true,
    steps: steps.length > 0 ? steps : [{ name: '', ...own }],
    commonMetadata: { labels: strings(common.labels), annotations: strings(common.annotations) },
  };
}

/** A provider in the ResourceSet's namespace, read from the cluster's objects. */
export function readInputProvider(object: KubeObject, location: SourceLocation): InputProvider {
  const metadata = record(object.metadata);
  const spec = record(object.spec);
  return {
    name: typeof metadata.name === 'string' ? metadata.name : '',
    namespace: typeof metadata.namespace === 'string' ? metadata.namespace : '',
    labels: strings(metadata.labels),
    type: typeof spec.type === 'string' ? spec.type : '',
    defaultValues: isRecord(spec.defaultValues) ? (spec.defaultValues as InputSet) : {},
    location,
  };
}

function batch(spec: Record<string, unknown>): ResourceBatch {
  return {
    resources: list(spec.resources).filter(isRecord) as KubeObject[],
    resourcesTemplate: typeof spec.resourcesTemplate === 'string' ? spec.resourcesTemplate : '',
  };
}

function strings(value: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, entry] of Object.entries(record(value))) {
    if (entry !== null && entry !== undefined) result[key] = String(entry);
  }
  return result;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
