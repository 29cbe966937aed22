import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { GitopsError, UsageError } from '../errors.js';
import { type CrdConversion, convertCrd, customResourceRoot } from './crd.js';
import { type KubernetesVersion, minorDirectory, parseKubernetesVersion } from './kubernetes-version.js';
import { expandLocation, parseLocationTemplate } from './location-template.js';
import { convertSwagger } from './openapi.js';
import { SchemaCache, sha256 } from './schema-cache.js';
import { readLocalFile, type SchemaReader } from './schema-reader.js';
import {
  apiVersionOf,
  type GroupVersionKind,
  gvkKey,
  type NotEvaluatedRule,
  type SchemaBundle,
} from './types.js';

export type { SchemaReader } from './schema-reader.js';

export interface SchemaRegistryOptions {
  /** `1.35` or `1.35.0`. */
  kubernetesVersion: string;
  /** Directories laid out as `DIR/v<major>.<minor>/swagger.json`; the first holding the version wins. */
  openApiDirectories?: string[];
  /** kubeconform `-schema-location` templates, tried in order after the built-in and CRD schemas. */
  locations?: string[];
  /** Unknown fields are errors (kubeconform `-strict`). Default true. */
  strict?: boolean;
  /** Where converted swagger bundles are kept between runs; no cache when absent. */
  cacheDirectory?: string;
  /** How locations are read; default: local files only. `schemaReader()` adds HTTP with a cache. */
  reader?: SchemaReader;
}

/** What a lookup found: the bundle and the definition in it, or why there is none. */
export type SchemaLookup =
  | {
      status: 'found';
      gvk: GroupVersionKind;
      bundle: SchemaBundle;
      definition: string;
      notEvaluated: NotEvaluatedRule[];
    }
  /** A CRD lists the version with `served: false`: the API server refuses such objects. */
  | { status: 'not-served'; reason: string }
  | { status: 'missing'; reason: string };

const BUNDLE_BASE = 'https://gitops-actions.invalid/schemas';
const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';

/**
 * Schemas by (group, version, kind), from the Kubernetes release's swagger.json, then the CRDs
 * added to the registry, then kubeconform-style locations. The layer knows nothing of ajv: it
 * hands out converted bundles, and the validator compiles them.
 */
export class SchemaRegistry {
  private readonly kinds = new Map<string, SchemaLookup>();
  private readonly crdKinds = new Map<string, SchemaLookup>();
  private readonly located = new Map<string, Promise<SchemaLookup | undefined>>();
  private crdCount = 0;

  private constructor(
    readonly version: KubernetesVersion,
    readonly strict: boolean,
    private readonly builtIn: SchemaBundle | undefined,
    private readonly templates: string[],
    private readonly reader: SchemaReader,
  ) {
    if (builtIn) for (const kind of builtIn.kinds) this.kinds.set(gvkKey(kind.gvk), found(builtIn, kind));
  }

  static async create(options: SchemaRegistryOptions): Promise<SchemaRegistry> {
    const version = parseKubernetesVersion(options.kubernetesVersion);
    const strict = options.strict ?? true;
    const templates = (options.locations ?? []).map(parseLocationTemplate);
    const reader = options.reader ?? readLocalFile;
    const cache = options.cacheDirectory ? new SchemaCache(options.cacheDirectory) : undefined;
    const builtIn = await loadBuiltIn(options.openApiDirectories ?? [], version, strict, reader, cache);
    return new SchemaRegistry(version, strict, builtIn, templates, reader);
  }

  /** Where the built-in schemas came from, for reports; undefined when no swagger.json was configured. */
  get builtInSource(): string | undefined {
    return this.builtIn?.source;
  }

  /**
   * Adds the schemas of CustomResourceDefinitions found in the repository, in charts' `crds/` or in
   * rendered output. A later CRD for the same group and kind replaces an earlier one, as applying
   * it would. Returns each conversion so that the caller can report problems on the CRD.
   */
  addCrds(crds: Record<string, unknown>[]): CrdConversion[] {
    const objectMetaRef =
      this.builtIn?.definitions[OBJECT_META] === undefined
        ? undefined
        : `${this.builtIn.id}#/definitions/${OBJECT_META}`;
    return crds.map((crd) => {
      const id = `${BUNDLE_BASE}/crd/${sha256(JSON.stringify(crd)).slice(0, 24)}.json`;
      const conversion = convertCrd(crd, {
        id,
        strict: this.strict,
        ...(objectMetaRef ? { objectMetaRef } : {}),
      });
      if (conversion.bundle === undefined) return conversion;
      if (objectMetaRef !== undefined && this.builtIn !== undefined) conversion.bundle.uses = [this.builtIn];
      this.crdCount++;
      for (const gvk of conversion.notServed) {
        const served = conversion.bundle.kinds.map((kind) => kind.gvk.version).join(', ') || 'none';
        this.crdKinds.set(gvkKey(gvk), {
          status: 'not-served',
          reason: `${conversion.name} does not serve ${apiVersionOf(gvk)} (served: ${served}); the API server refuses ${gvk.kind} objects of that version`,
        });
      }
      for (const kind of conversion.bundle.kinds)
        this.crdKinds.set(gvkKey(kind.gvk), found(conversion.bundle, kind));
      return conversion;
    });
  }

  async lookup(gvk: GroupVersionKind): Promise<SchemaLookup> {
    const key = gvkKey(gvk);
    const known = this.kinds.get(key) ?? this.crdKinds.get(key);
    if (known !== undefined) return known;
    let pending = this.located.get(key);
    if (pending === undefined) {
      pending = this.fromLocations(gvk);
      this.located.set(key, pending);
    }
    return (await pending) ?? { status: 'missing', reason: this.missingReason(gvk) };
  }

  private async fromLocations(gvk: GroupVersionKind): Promise<SchemaLookup | undefined> {
    for (const template of this.templates) {
      const location = expandLocation(template, gvk, this.version, this.strict);
      let bytes: Uint8Array | undefined;
      try {
        bytes = await this.reader(location);
      } catch (error) {
        // kubeconform fails the resource when a location errors (a 429, a timeout) rather than
        // trying the next one, which could hold an older schema: the object is skipped, saying why.
        if (!(error instanceof GitopsError)) throw error;
        return {
          status: 'missing',
          reason: `no schema for ${gvk.kind} ${apiVersionOf(gvk)}: ${error.message}`,
        };
      }
      if (bytes === undefined) continue;
      let schema: unknown;
      try {
        schema = JSON.parse(Buffer.from(bytes).toString('utf8'));
      } catch (error) {
        throw new GitopsError(`schema ${location} is not valid JSON`, { cause: error });
      }
      const notEvaluated: NotEvaluatedRule[] = [];
      const bundle: SchemaBundle = {
        id: `${BUNDLE_BASE}/location/${sha256(bytes).slice(0, 24)}.json`,
        source: location,
        definitions: { root: customResourceRoot(schema, { strict: this.strict }, notEvaluated) },
        kinds: [{ gvk, definition: 'root', notEvaluated }],
      };
      return { status: 'found', gvk, bundle, definition: 'root', notEvaluated };
    }
    return undefined;
  }

  private missingReason(gvk: GroupVersionKind): string {
    const tried = [
      this.builtIn ? `Kubernetes ${minorDirectory(this.version)} (${this.builtIn.source})` : undefined,
      `${this.crdCount} CRD${this.crdCount === 1 ? '' : 's'}`,
      ...this.templates.map((template) => `location ${template}`),
    ].filter((entry) => entry !== undefined);
    return `no schema for ${gvk.kind} ${apiVersionOf(gvk)} in ${tried.join(', ')}`;
  }
}

function found(bundle: SchemaBundle, kind: SchemaBundle['kinds'][number]): SchemaLookup {
  return {
    status: 'found',
    gvk: kind.gvk,
    bundle,
    definition: kind.definition,
    notEvaluated: kind.notEvaluated,
  };
}

async function loadBuiltIn(
  directories: string[],
  version: KubernetesVersion,
  strict: boolean,
  reader: SchemaReader,
  cache: SchemaCache | undefined,
): Promise<SchemaBundle | undefined> {
  if (directories.length === 0) return undefined;
  for (const directory of directories) {
    const file = path.join(directory, minorDirectory(version), 'swagger.json');
    const bytes = await reader(file);
    if (bytes === undefined) continue;
    const digest = sha256(bytes);
    const key = cache?.key(digest, strict ? 'swagger-strict' : 'swagger');
    const cached = key === undefined ? undefined : await cache?.read(key);
    // The cache is keyed by content, so the same bytes may sit elsewhere now: name this path.
    if (cached !== undefined) return { ...cached, source: file };
    let swagger: unknown;
    try {
      swagger = JSON.parse(Buffer.from(bytes).toString('utf8'));
    } catch (error) {
      throw new GitopsError(`${file} is not valid JSON`, { cause: error });
    }
    const bundle = convertSwagger(swagger, {
      id: `${BUNDLE_BASE}/openapi/${digest.slice(0, 24)}.json`,
      source: file,
      strict,
    });
    if (cache !== undefined && key !== undefined) await cache.write(key, bundle);
    return bundle;
  }
  const available = (await Promise.all(directories.map(listVersions))).flat();
  throw new UsageError(
    `no swagger.json for Kubernetes ${minorDirectory(version)} in ${directories.join(', ')}`,
    {
      hint: available.length
        ? `Available: ${[...new Set(available)].sort().join(', ')}.`
        : 'Expected DIR/v<major>.<minor>/swagger.json, as Kubernetes publishes api/openapi-spec/swagger.json.',
    },
  );
}

async function listVersions(directory: string): Promise<string[]> {
  try {
    return (await readdir(directory)).filter((name) => /^v\d+\.\d+$/.test(name));
  } catch {
    return [];
  }
}
