import { GitopsError } from '../errors.js';
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import type { KubeValue } from '../yaml/kubernetes-decode.js';
import { type Params, renderTemplateValue, replaceTemplate, type TemplateMode } from './appset-template.js';
import {
  GENERATOR_KINDS,
  type GeneratorContext,
  gitDirectoryParams,
  listGeneratorParams,
  UnsupportedGenerator,
} from './generators.js';
import {
  type Application,
  type ApplicationSet,
  ARGOCD_API_VERSION,
  isObject,
  objectField,
  stringField,
  type Unsupported,
} from './model.js';
import { applyTemplatePatch } from './template-patch.js';

export interface ExpandOptions {
  repoRoot: string;
  /** This repository's URL, for the git generator; omitted, every Git URL is taken to be this repository. */
  repoURL?: string;
}

export interface Expansion {
  applications: Application[];
  /** Generators (or parts of the ApplicationSet) not expanded: their Applications are missing above. */
  unsupported: Unsupported[];
}

/** The finalizer the ApplicationSet controller adds unless told to preserve resources on deletion. */
export const RESOURCES_FINALIZER = 'resources-finalizer.argocd.argoproj.io';

/**
 * applicationset/controllers/template `GenerateApplications`: each generator's parameters, each set
 * rendered into the template (the generator's own `template` filling in over the ApplicationSet's),
 * then `templatePatch`, then the namespace forced to the ApplicationSet's. A generator we cannot
 * expand is reported in `unsupported`; the others still expand.
 */
export async function expandApplicationSet(
  appSet: ApplicationSet,
  options: ExpandOptions,
): Promise<Expansion> {
  const spec = objectField(appSet.object, 'spec') ?? {};
  const mode: TemplateMode = {
    goTemplate: spec.goTemplate === true,
    goTemplateOptions: Array.isArray(spec.goTemplateOptions)
      ? spec.goTemplateOptions.filter((option): option is string => typeof option === 'string')
      : [],
  };
  const context: GeneratorContext = { mode, repoRoot: options.repoRoot, repoURL: options.repoURL };
  const result: Expansion = { applications: [], unsupported: [] };
  const report = (feature: string, message: string) =>
    result.unsupported.push({
      feature,
      message: `ApplicationSet ${appSet.namespace}/${appSet.name}: ${message}`,
      location: appSet.location,
    });
  const fail = (message: string, cause?: unknown) =>
    new GitopsError(`ApplicationSet ${appSet.namespace}/${appSet.name}: ${message}`, {
      location: appSet.location,
      ...(cause === undefined ? {} : { cause }),
    });

  const baseTemplate = objectField(spec, 'template') ?? {};
  const generators = Array.isArray(spec.generators) ? spec.generators : [];
  for (const [index, generator] of generators.entries()) {
    if (!isObject(generator)) continue;
    const unknown = Object.keys(generator).filter(
      (key) => key !== 'selector' && !(GENERATOR_KINDS as readonly string[]).includes(key),
    );
    if (unknown.length > 0) {
      report(
        'generator:unrecognized',
        `generator ${index} has unrecognized generators: ${unknown.join(', ')}`,
      );
      continue;
    }
    if (generator.selector !== undefined && generator.selector !== null) {
      report('generator:selector', `generator ${index}: a generator's selector is not supported`);
      continue;
    }
    for (const kind of GENERATOR_KINDS) {
      const body = generator[kind];
      if (!isObject(body)) continue;
      let paramSets: Params[];
      try {
        if (kind === 'list') paramSets = listGeneratorParams(body, mode);
        else if (kind === 'git') paramSets = await gitDirectoryParams(body, context);
        else throw new UnsupportedGenerator(`generator:${kind}`, `the ${kind} generator is not supported`);
      } catch (error) {
        if (error instanceof UnsupportedGenerator) {
          report(error.feature, `generator ${index}: ${error.message}`);
          continue;
        }
        throw fail(
          `generator ${index} (${kind}): ${error instanceof Error ? error.message : String(error)}`,
          error,
        );
      }
      const template = mergeGeneratorTemplate(objectField(body, 'template'), baseTemplate);
      for (const params of paramSets) {
        try {
          result.applications.push(renderApplication(appSet, template, params, mode));
        } catch (error) {
          if (!(error instanceof GitopsError)) throw error;
          throw fail(error.message, error);
        }
      }
    }
  }
  return result;
}

function renderApplication(
  appSet: ApplicationSet,
  template: KubeObject,
  params: Params,
  mode: TemplateMode,
): Application {
  const spec = objectField(appSet.object, 'spec') ?? {};
  const empty = Object.keys(params).length === 0;
  // RenderTemplateParams returns the template untouched (no finalizer either) for empty parameters.
  const rendered = (empty ? template : renderTemplateValue(template, params, mode)) as KubeObject;
  const metadata = objectField(rendered, 'metadata') ?? {};
  const finalizers = Array.isArray(metadata.finalizers) ? metadata.finalizers : [];
  const preserve = objectField(spec, 'syncPolicy')?.preserveResourcesOnDeletion === true;
  let object: KubeObject = {
    apiVersion: ARGOCD_API_VERSION,
    kind: 'Application',
    metadata: {
      ...metadata,
      ...(!empty && !preserve && finalizers.length === 0 ? { finalizers: [RESOURCES_FINALIZER] } : {}),
    },
    spec: objectField(rendered, 'spec') ?? {},
  };
  const patch = stringField(spec, 'templatePatch');
  if (patch !== undefined && patch !== '') {
    object = applyTemplatePatch(object, replaceTemplate(patch, params, mode));
  }
  // The Application's namespace is always the ApplicationSet's: the appsets-in-any-namespace boundary.
  const finalMetadata = objectField(object, 'metadata') ?? {};
  finalMetadata.namespace = appSet.namespace;
  object.metadata = finalMetadata;
  return {
    name: stringField(finalMetadata, 'name') ?? '',
    namespace: appSet.namespace,
    object,
    location: appSet.location,
    generatedBy: { applicationSet: appSet.name, location: appSet.location },
  };
}

/**
 * generators `mergeGeneratorTemplate`: `mergo.Merge(generatorTemplate, appSetTemplate)`. A field the
 * generator's template leaves at Go's zero value (absent, `""`, `false`, `0`, an empty list) takes the
 * ApplicationSet's; objects merge key by key.
 */
export function mergeGeneratorTemplate(own: KubeObject | undefined, base: KubeObject): KubeObject {
  if (own === undefined) return base;
  return fillZero(own, base) as KubeObject;
}

function fillZero(own: KubeValue | undefined, base: KubeValue | undefined): KubeValue | undefined {
  if (isObject(own) && isObject(base)) {
    const result: KubeObject = { ...own };
    for (const [key, value] of Object.entries(base)) result[key] = fillZero(own[key], value) ?? null;
    return result;
  }
  return isZero(own) ? base : own;
}

function isZero(value: KubeValue | undefined): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    value === false ||
    value === 0 ||
    (Array.isArray(value) && value.length === 0)
  );
}
