/**
 * Who an object is, as the API server sees it: the group (not the version: `apps/v1` and
 * `apps/v1beta2` Deployments named `web` are the same object served two ways), the kind, the
 * namespace and the name.
 */
export interface ObjectIdentity {
  apiVersion: string;
  kind: string;
  /** Absent for cluster-scoped objects and for namespaced ones that take the namespace on apply. */
  namespace?: string;
  name: string;
}

/** `apps/v1` → `{group: 'apps', version: 'v1'}`; the core group `v1` → `{group: '', version: 'v1'}`. */
export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.lastIndexOf('/');
  if (slash === -1) return { group: '', version: apiVersion };
  return { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

export function apiGroup(apiVersion: string): string {
  // Rules ask this of every object many times: no intermediate object.
  const slash = apiVersion.lastIndexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

/**
 * A stable string naming the object: `group/Kind/namespace/name`, with empty segments for the
 * core group and for no namespace (`/Service/default/web`, `apps/Deployment/prod/api`,
 * `/Namespace//prod`). The version is left out, as above. Kubernetes names cannot contain `/`,
 * but a malformed manifest can, so `%` and `/` are percent-encoded to keep keys unambiguous.
 */
export function objectKey(identity: ObjectIdentity): string {
  return [apiGroup(identity.apiVersion), identity.kind, identity.namespace ?? '', identity.name]
    .map((segment) => segment.replaceAll('%', '%25').replaceAll('/', '%2F'))
    .join('/');
}

/** `Deployment prod/api` (`Namespace prod`): how messages name an object. */
export function describeObject(identity: ObjectIdentity): string {
  const where = identity.namespace ? `${identity.namespace}/${identity.name}` : identity.name;
  return `${identity.kind} ${where}`;
}
