import { GitopsError } from '../errors.js';
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import type { KubeValue } from '../yaml/kubernetes-decode.js';
import { isObject, objectField } from './model.js';
import { decodeEmbeddedYaml } from './yaml-value.js';

/**
 * controllers/template `applyTemplatePatch`: the rendered `templatePatch` YAML applied to the generated
 * Application as a strategic merge patch, then `spec.project` restored (a patch may not move an
 * Application to another project).
 *
 * The Application type declares no patch merge keys (only `helm.values` has `patchStrategy: replace`),
 * so a strategic merge patch on it merges objects key by key, replaces lists whole and deletes keys set
 * to null: JSON merge patch. The one difference is the `$patch`-style directives, which we refuse
 * rather than misapply.
 */
export function applyTemplatePatch(application: KubeObject, patchText: string): KubeObject {
  const patch = decodeEmbeddedYaml('templatePatch', patchText);
  if (patch === null) return application;
  if (!isObject(patch)) throw new GitopsError('templatePatch must render to a YAML object');
  const directive = findDirective(patch);
  if (directive !== undefined) {
    throw new GitopsError(
      `templatePatch uses the strategic merge directive ${directive}, which is not supported`,
    );
  }
  const patched = mergePatch(application, patch) as KubeObject;
  const project = objectField(application, 'spec')?.project;
  const spec = objectField(patched, 'spec') ?? {};
  if (project === undefined) delete spec.project;
  else spec.project = project;
  patched.spec = spec;
  return patched;
}

function mergePatch(target: KubeValue | undefined, patch: KubeValue): KubeValue {
  if (!isObject(patch)) return patch;
  const result: KubeObject = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

function findDirective(value: KubeValue): string | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findDirective(item);
      if (found) return found;
    }
    return undefined;
  }
  if (!isObject(value)) return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (key.startsWith('$')) return key;
    const found = findDirective(item);
    if (found) return found;
  }
  return undefined;
}
