import { isValuesMap } from '../../flux/helmrelease/merge-maps.js';
import type { RenderedObject } from '../../flux/helmrelease/post-render-metadata.js';

/**
 * The `.Capabilities.APIVersions` entries a cluster with these CustomResourceDefinitions would
 * report: Helm's discovery (`GetVersionSet`) lists every served `group/version` and every
 * `group/version/Kind`, so charts may test either form. Objects other than CRDs are ignored, and
 * so are versions with `served: false`, which discovery does not list.
 */
export function apiVersionsOfCrds(objects: Iterable<RenderedObject>): string[] {
  const found = new Set<string>();
  for (const object of objects) {
    if (object.kind !== 'CustomResourceDefinition') continue;
    if (typeof object.apiVersion !== 'string' || !object.apiVersion.startsWith('apiextensions.k8s.io/')) {
      continue;
    }
    const spec = isValuesMap(object.spec) ? object.spec : {};
    const names = isValuesMap(spec.names) ? spec.names : {};
    if (typeof spec.group !== 'string' || typeof names.kind !== 'string') continue;
    for (const version of Array.isArray(spec.versions) ? spec.versions : []) {
      if (!isValuesMap(version) || typeof version.name !== 'string' || version.served === false) continue;
      found.add(`${spec.group}/${version.name}`);
      found.add(`${spec.group}/${version.name}/${names.kind}`);
    }
  }
  return [...found].sort();
}
