/**
 * A ResourceSet found among a cluster's objects, expanded against the rest of them: the
 * ResourceSetInputProviders and the ConfigMaps and Secrets (copyFrom) the cluster's Kustomizations
 * apply. What it produces joins the cluster's objects with the ResourceSet's file:line as origin;
 * a failure is one diagnostic naming that line, and the rest of the cluster still renders.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isScalar, Scalar } from 'yaml';
import { describeError, GitopsError, type SourceLocation } from '../../errors.js';
import type { BuiltObject } from '../../kustomize/build.js';
import { identityOf, loadManifests, type Manifest } from '../../manifest/load-manifests.js';
import { locationOf, type YamlFile } from '../../yaml/documents.js';
import { nodeAtPath } from '../../yaml/json-path.js';
import type { KubeValue } from '../../yaml/kubernetes-decode.js';
import type { Locate } from './build.js';
import { type ExpandGap, expandResourceSet } from './expand.js';
import { isInputProvider, readInputProvider } from './resourceset-spec.js';

export interface ResourceSetExpansion {
  name: string;
  namespace: string;
  location: SourceLocation;
  /** `expanded`: its objects are known; `failed`: the controller would fail it too; `unsupported`: its inputs need the network. */
  status: 'expanded' | 'failed' | 'unsupported';
  objects: BuiltObject[];
  gaps: ExpandGap[];
  error?: { message: string; hint?: string; location: SourceLocation };
}

/**
 * Expands `found` (a ResourceSet built by a Kustomization) with `cluster` as the objects rendered
 * so far. `repoRoot` lets template errors point at the template's own line in the file.
 */
export async function expandInCluster(
  found: BuiltObject,
  cluster: readonly BuiltObject[],
  repoRoot: string,
): Promise<ResourceSetExpansion> {
  const location: SourceLocation = {
    file: found.origin.file,
    ...(found.origin.line ? { line: found.origin.line } : {}),
  };
  const metadata = (found.object.metadata ?? {}) as { name?: unknown; namespace?: unknown };
  const name = typeof metadata.name === 'string' ? metadata.name : '';
  const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : '';
  const providers = cluster
    .filter(({ object }) => isInputProvider(object))
    .map((built) => readInputProvider(built.object, locationOfBuilt(built)));
  const lookup = (kind: 'ConfigMap' | 'Secret', ns: string, objectName: string) =>
    cluster.findLast(
      ({ identity }) =>
        identity.apiVersion === 'v1' &&
        identity.kind === kind &&
        identity.name === objectName &&
        identity.namespace === ns,
    )?.object;
  const source = await sourceManifest(repoRoot, location, name);
  try {
    const result = expandResourceSet(found.object, location, {
      providers,
      lookup,
      ...(source ? { locate: templateLocator(source, location) } : {}),
    });
    const objects = result.objects.flatMap((object): BuiltObject[] => {
      const identity = identityOf(object as { [key: string]: KubeValue });
      return identity === undefined
        ? []
        : [{ object, identity, origin: { ...found.origin, generatedBy: 'ResourceSet' } }];
    });
    return {
      name,
      namespace,
      location,
      status: result.expanded ? 'expanded' : 'unsupported',
      objects,
      gaps: result.gaps,
    };
  } catch (error) {
    if (!(error instanceof GitopsError)) throw error;
    const { hint } = describeError(error);
    return {
      name,
      namespace,
      location,
      status: 'failed',
      objects: [],
      gaps: [],
      error: { message: error.message, ...(hint ? { hint } : {}), location: error.location ?? location },
    };
  }
}

function locationOfBuilt(built: BuiltObject): SourceLocation {
  return { file: built.origin.file, ...(built.origin.line ? { line: built.origin.line } : {}) };
}

/** The ResourceSet's document in the file it was written in, when that file is in the repository. */
async function sourceManifest(
  repoRoot: string,
  location: SourceLocation,
  name: string,
): Promise<{ manifest: Manifest; yaml: YamlFile } | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(repoRoot, location.file), 'utf8');
  } catch {
    return undefined;
  }
  const { manifests, yaml } = loadManifests(location.file, text);
  const manifest = manifests.find(
    (candidate) =>
      candidate.identity.kind === 'ResourceSet' &&
      candidate.identity.name === name &&
      (location.line === undefined || candidate.provenance.line === location.line),
  );
  return manifest === undefined ? undefined : { manifest, yaml };
}

/**
 * The line of a template in the file. A `resourcesTemplate` written as a block scalar (`|`) starts
 * on the line after its indicator, so its template line N is that line plus N; a `resources` entry
 * is serialised before templating, so errors point at the entry.
 */
function templateLocator(source: { manifest: Manifest; yaml: YamlFile }, fallback: SourceLocation): Locate {
  return (step, templatePath, templateLine) => {
    const prefix = step === undefined ? ['spec'] : ['spec', 'steps', step];
    const match = nodeAtPath(source.manifest.document.document, [...prefix, ...templatePath]);
    if (match === undefined) return fallback;
    const { column: _column, ...at } = locationOf(source.yaml, match.node);
    if (templatePath[0] !== 'resourcesTemplate' || templateLine === undefined || at.line === undefined)
      return at;
    const block =
      isScalar(match.node) &&
      (match.node.type === Scalar.BLOCK_LITERAL || match.node.type === Scalar.BLOCK_FOLDED);
    return { file: at.file, line: at.line + templateLine - (block ? 0 : 1) };
  };
}
