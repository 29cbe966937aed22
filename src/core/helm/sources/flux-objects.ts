/**
 * The few fields of Flux objects that chart resolution reads, taken from plain decoded manifests.
 * Everything is `unknown` until checked: a HelmRelease is whatever the repository says it is.
 */

/** A decoded Kubernetes object (HelmRelease, HelmRepository, OCIRepository, GitRepository, HelmChart). */
export type ManifestObject = Readonly<Record<string, unknown>>;

/** `kind`, `namespace` and `name` of an object, the way Flux cross-references name their targets. */
export interface ObjectRef {
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
}

export function isMap(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A string field, or undefined when it is absent, empty or not a string. */
export function stringField(object: unknown, key: string): string | undefined {
  if (!isMap(object)) return undefined;
  const value = object[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function mapField(object: unknown, key: string): Readonly<Record<string, unknown>> | undefined {
  if (!isMap(object)) return undefined;
  const value = object[key];
  return isMap(value) ? value : undefined;
}

/** The object's kind, namespace and name; objects without a namespace are in `default`, as on apply. */
export function refOf(object: ManifestObject): ObjectRef {
  const metadata = mapField(object, 'metadata');
  return {
    kind: stringField(object, 'kind') ?? '',
    namespace: stringField(metadata, 'namespace') ?? 'default',
    name: stringField(metadata, 'name') ?? '',
  };
}

/** `HelmRelease apps/web`: how messages name an object. */
export function describeRef(ref: ObjectRef): string {
  return `${ref.kind} ${ref.namespace}/${ref.name}`;
}

/** Source objects by kind, namespace and name; a later duplicate wins, as a later apply would. */
export class SourceCatalog {
  private readonly byKey = new Map<string, ManifestObject>();

  constructor(objects: Iterable<ManifestObject>) {
    for (const object of objects) this.byKey.set(keyOf(refOf(object)), object);
  }

  get(ref: ObjectRef): ManifestObject | undefined {
    return this.byKey.get(keyOf(ref));
  }
}

function keyOf(ref: ObjectRef): string {
  return `${ref.kind}\0${ref.namespace}\0${ref.name}`;
}
