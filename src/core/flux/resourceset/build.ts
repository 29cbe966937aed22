/**
 * Builds a ResourceSet's objects from its templates and input sets, after the operator's
 * internal/builder resourceset.go. Each entry of `resources` is serialised to YAML (as
 * sigs.k8s.io/yaml's JSONToYAML does) and that text is the template, so `replicas: "<< x >>"` and
 * `replicas: << x >>` both read back as whatever the output says; `resourcesTemplate` is one
 * multi-document template. Both run once per input set, or once with no inputs at all.
 */
import type { SourceLocation } from '../../errors.js';
import { objectKey } from '../../manifest/identity.js';
import { loadManifests } from '../../manifest/load-manifests.js';
import { parseTemplate, TemplateError } from '../../template/index.js';
import type { KubeObject } from '../substitute/substitute-resource.js';
import type { InputSet, ResourceBatch, ResourceSet } from './resourceset-spec.js';
import { ResourceSetError } from './resourceset-spec.js';
import { resourceSetFunctions, toYaml } from './template-functions.js';

/** `fluxcd.controlplane.io/reconcile: disabled` leaves an object out of the set. */
const RECONCILE_ANNOTATION = 'fluxcd.controlplane.io/reconcile';

/** Where a template sits in the ResourceSet's file, for error messages. */
export type TemplatePath = ['resources', number] | ['resourcesTemplate'];

/**
 * Finds a template's place in the source: the step index (undefined for the ResourceSet's own
 * resources) and the path inside it. The tree reads the file; without it, errors point at the
 * ResourceSet's first line.
 */
export type Locate = (step: number | undefined, path: TemplatePath, templateLine?: number) => SourceLocation;

const DELIMS = { left: '<<', right: '>>' } as const;

/** The objects of all steps, in step order. A resource in two steps is an error, as in the operator. */
export function buildResourceSet(
  rset: ResourceSet,
  inputs: readonly InputSet[],
  locate: Locate,
): KubeObject[] {
  const stepOf = new Map<string, string>();
  const objects: KubeObject[] = [];
  rset.steps.forEach((step, index) => {
    const stepIndex = step.name === '' ? undefined : index;
    for (const object of buildBatch(rset, step, inputs, (path, line) => locate(stepIndex, path, line))) {
      const key = keyOf(object);
      const previous = stepOf.get(key);
      if (previous !== undefined && previous !== step.name) {
        throw new ResourceSetError(
          `ResourceSet ${rset.namespace}/${rset.name}: duplicate resource ${describe(object)} in step "${step.name}", already defined in step "${previous}"`,
          { location: rset.location },
        );
      }
      stepOf.set(key, step.name);
      objects.push(object);
    }
  });
  return objects;
}

/**
 * BuildResourceSet: `resources` first, then `resourcesTemplate`; a later object with the same
 * group, kind, namespace and name is dropped, so `resources` wins. With no input sets, the
 * operator renders `resources` once without de-duplicating them or reading the reconcile
 * annotation, and the template once with both; that quirk is kept.
 */
function buildBatch(
  rset: ResourceSet,
  batch: ResourceBatch,
  inputs: readonly InputSet[],
  locate: (path: TemplatePath, line?: number) => SourceLocation,
): KubeObject[] {
  const objects: KubeObject[] = [];
  const seen = new Set<string>();
  const add = (object: KubeObject, filter: boolean) => {
    const key = keyOf(object);
    if (filter && (isDisabled(object) || seen.has(key))) return;
    seen.add(key);
    objects.push(object);
  };
  const sets: (InputSet | undefined)[] = inputs.length === 0 ? [undefined] : [...inputs];
  batch.resources.forEach((resource, index) => {
    const text = toYaml(resource);
    for (const input of sets) {
      const built = render(rset, text, input, (line) => locate(['resources', index], line));
      if (built.length !== 1) {
        throw new ResourceSetError(
          `ResourceSet ${rset.namespace}/${rset.name}: resources[${index}] renders ${built.length} objects, not one`,
          { location: locate(['resources', index]), hint: 'Each entry of spec.resources is one object.' },
        );
      }
      add(built[0] as KubeObject, input !== undefined);
    }
  });
  if (batch.resourcesTemplate !== '') {
    for (const input of sets) {
      const built = render(rset, batch.resourcesTemplate, input, (line) =>
        locate(['resourcesTemplate'], line),
      );
      for (const object of built) add(object, true);
    }
  }
  return objects;
}

/** Executes one template with `missingkey=error` and reads the YAML it prints. */
function render(
  rset: ResourceSet,
  text: string,
  input: InputSet | undefined,
  locate: (templateLine?: number) => SourceLocation,
): KubeObject[] {
  const name = `ResourceSet ${rset.namespace}/${rset.name}`;
  let output: string;
  try {
    output = parseTemplate('resourceset', text, {
      delims: DELIMS,
      functions: resourceSetFunctions(input),
      missingKeyError: true,
    }).execute(null);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    const line = /^template: resourceset:(\d+):/.exec(error.message)?.[1];
    throw new ResourceSetError(`${name}: ${error.message}`, {
      location: locate(line === undefined ? undefined : Number(line)),
      ...(error.hint ? { hint: error.hint } : {}),
    });
  }
  const loaded = loadManifests('resourceset-output.yaml', output);
  // ssa's ReadObjects fails on YAML it cannot decode and skips documents that are not objects.
  const broken = loaded.diagnostics.find((diagnostic) => diagnostic.code !== 'NOT_AN_OBJECT');
  if (broken !== undefined) {
    throw new ResourceSetError(
      `${name}: the template output is not valid YAML: ${broken.message} (output line ${broken.location.line ?? 1})`,
      {
        location: locate(),
        // The output is not quoted: a template may put Secret data in it.
        hint: `See the output with: flux-operator build resourceset -f ${rset.location.file}`,
      },
    );
  }
  return loaded.manifests.map((manifest) => manifest.object as KubeObject);
}

function isDisabled(object: KubeObject): boolean {
  const annotations = (object.metadata as { annotations?: Record<string, unknown> } | undefined)?.annotations;
  return annotations?.[RECONCILE_ANNOTATION] === 'disabled';
}

function keyOf(object: KubeObject): string {
  const metadata = (object.metadata ?? {}) as { name?: unknown; namespace?: unknown };
  return objectKey({
    apiVersion: String(object.apiVersion),
    kind: String(object.kind),
    name: typeof metadata.name === 'string' ? metadata.name : '',
    ...(typeof metadata.namespace === 'string' && metadata.namespace !== ''
      ? { namespace: metadata.namespace }
      : {}),
  });
}

function describe(object: KubeObject): string {
  const metadata = (object.metadata ?? {}) as { name?: unknown; namespace?: unknown };
  const ns = typeof metadata.namespace === 'string' ? `${metadata.namespace}/` : '';
  return `${String(object.kind)}/${ns}${String(metadata.name ?? '')}`;
}
