import os from 'node:os';
import { isValuesMap } from '../../flux/helmrelease/merge-maps.js';
import {
  applyOriginLabels,
  applyPostRenderMetadata,
  type CommonMetadata,
  type RenderedObject,
} from '../../flux/helmrelease/post-render-metadata.js';
import type { Kubectl } from '../../tools/kubectl.js';
import type { RenderedChart, RenderedManifest } from './engine.js';
import { classifyHook } from './hooks.js';
import { sortForInstall } from './install-order.js';
import { type KustomizePostRenderer, kustomizePass } from './kustomize-post-renderer.js';
import { loadResourceMap } from './resource-map.js';

/**
 * `spec.postRenderStrategy` (helm-controller 1.6): how Helm 4 hands hooks to the post-renderer.
 * `combined` (the default) post-renders hooks and templates in one stream; `separate` in two;
 * `nohooks` post-renders templates only, as Helm 3 did.
 */
export type PostRenderStrategy = 'combined' | 'separate' | 'nohooks';

/** The HelmRelease fields that decide post-rendering. */
export interface PostRenderSpec {
  /** The HelmRelease itself (its own namespace, not targetNamespace): the origin labels name it. */
  helmRelease: { name: string; namespace: string };
  postRenderers?: readonly { kustomize?: KustomizePostRenderer }[];
  commonMetadata?: CommonMetadata;
  /** Default `combined`, helm-controller 1.6's default (`nohooks` under its UseHelm3Defaults gate). */
  postRenderStrategy?: PostRenderStrategy;
}

/**
 * helm-controller's annotation (Helm's `filenameAnnotation`): Helm 4 stamps each document with
 * its template path before post-rendering and reads it back after, to keep `# Source:`.
 */
const FILENAME_ANNOTATION = 'postrenderer.helm.sh/postrender-filename';

/**
 * What helm-controller's install puts in the cluster, from what the engine rendered:
 *
 * - `crds/` objects are applied by the controller itself (internal/action/crds.go): only
 *   CustomResourceDefinitions (anything else in `crds/` is ignored with a warning), with the origin
 *   labels merged in, and never post-rendered. `install.crds: Skip` already kept them out.
 * - Everything else goes through Helm 4's post-render step (action.go `renderResources`):
 *   one stream per group, sorted by file and annotated with its file; the `spec.postRenderers`
 *   kustomizations in order, then `commonMetadata`, then the origin labels (`BuildPostRenderers`).
 *   `combined` makes one group of hooks and templates; `separate` two; `nohooks` post-renders the
 *   templates and passes hooks through untouched, without even the origin labels.
 * - Helm then sorts the result again: hooks are told apart by their annotations after
 *   post-rendering, and the manifest is written in install order.
 *
 * Hooks stay in the result, marked: they reach the cluster when they run (test hooks only with
 * `spec.test.enable`) and stay unless a delete policy removes them, which is for a diff to weigh.
 */
export async function postRender(
  rendered: RenderedChart,
  spec: PostRenderSpec,
  context: { kubectl: Kubectl; what: string; tempRoot?: string },
): Promise<RenderedChart> {
  const passContext = {
    kubectl: context.kubectl,
    tempRoot: context.tempRoot ?? os.tmpdir(),
    what: context.what,
  };
  const crds = rendered.manifests.filter(
    (manifest) => manifest.crd && isCustomResourceDefinition(manifest.object),
  );
  const others = rendered.manifests.filter((manifest) => !manifest.crd);
  const hooks = others.filter((manifest) => manifest.hook !== undefined);
  const templates = others.filter((manifest) => manifest.hook === undefined);

  const strategy = spec.postRenderStrategy ?? 'combined';
  const groups =
    strategy === 'combined'
      ? [{ name: '', members: others }]
      : [
          { name: 'hooks', members: hooks },
          { name: 'manifests', members: templates },
        ];
  const results: { object: RenderedObject; source: string }[] = [];
  for (const group of groups) {
    if (group.members.length === 0) continue;
    if (strategy === 'nohooks' && group.name === 'hooks') {
      results.push(...group.members);
      continue;
    }
    results.push(...(await postRenderGroup(group.members, group.name, spec, passContext)));
  }

  const manifests: RenderedManifest[] = [];
  const hooked: RenderedManifest[] = [];
  for (const result of results) {
    const hook = classifyHook(result.object);
    if (hook === 'unknown') continue;
    if (hook === undefined) manifests.push({ ...result, crd: false });
    else hooked.push({ ...result, crd: false, hook });
  }
  const labelledCrds = crds.map((crd) => ({ ...crd, object: originLabelled(crd.object, spec) }));
  return { manifests: [...labelledCrds, ...inInstallOrder(manifests), ...inInstallOrder(hooked)] };
}

async function postRenderGroup(
  group: readonly RenderedManifest[],
  groupName: string,
  spec: PostRenderSpec,
  context: { kubectl: Kubectl; tempRoot: string; what: string },
): Promise<{ object: RenderedObject; source: string }[]> {
  // annotateAndMerge: files in name order, each file's documents in order.
  let objects = sortBySource(group).map((manifest) => withFilename(manifest.object, manifest.source));
  const renderers = (spec.postRenderers ?? []).flatMap((renderer) =>
    renderer.kustomize ? [renderer.kustomize] : [],
  );
  for (const renderer of renderers) objects = await kustomizePass(objects, renderer, context);
  // CommonRenderer and OriginLabels load the stream into a kustomize ResMap whether or not a
  // kustomize post-renderer ran; after one, its output already passed that check.
  if (renderers.length === 0) objects = loadResourceMap(objects, context.what);
  objects = applyPostRenderMetadata(objects, { ...spec.helmRelease, commonMetadata: spec.commonMetadata });
  // splitAndDeannotate: a document that lost its file annotation gets a generated name.
  const prefix = groupName === '' ? 'generated-by-postrender-' : `generated-by-postrender-${groupName}-`;
  return objects.map((object, index) => takeFilename(object, `${prefix}${index}.yaml`));
}

function originLabelled(object: RenderedObject, spec: PostRenderSpec): RenderedObject {
  const [labelled] = applyOriginLabels([object], spec.helmRelease);
  return labelled ?? object;
}

function isCustomResourceDefinition(object: RenderedObject): boolean {
  const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '';
  return object.kind === 'CustomResourceDefinition' && apiVersion.startsWith('apiextensions.k8s.io/');
}

function sortBySource(group: readonly RenderedManifest[]): RenderedManifest[] {
  return [...group].sort((a, b) => Buffer.compare(Buffer.from(a.source), Buffer.from(b.source)));
}

function inInstallOrder(manifests: readonly RenderedManifest[]): RenderedManifest[] {
  const keyed = manifests.map((manifest) => ({ ...manifest, kind: String(manifest.object.kind) }));
  return sortForInstall(keyed).map(({ kind: _kind, ...manifest }) => manifest);
}

function withFilename(object: RenderedObject, source: string): RenderedObject {
  const metadata = isValuesMap(object.metadata) ? object.metadata : {};
  const annotations = isValuesMap(metadata.annotations) ? metadata.annotations : {};
  return {
    ...object,
    metadata: { ...metadata, annotations: { ...annotations, [FILENAME_ANNOTATION]: source } },
  };
}

/**
 * Reads and removes the file annotation. kyaml's `ClearAnnotation` leaves `annotations: {}` behind
 * in the release manifest; the API server stores an empty map as no annotations, so it goes too.
 */
function takeFilename(object: RenderedObject, fallback: string): { object: RenderedObject; source: string } {
  const metadata = isValuesMap(object.metadata) ? object.metadata : {};
  const { [FILENAME_ANNOTATION]: file, ...annotations } = isValuesMap(metadata.annotations)
    ? metadata.annotations
    : {};
  const { annotations: _dropped, ...rest } = metadata;
  const newMetadata = Object.keys(annotations).length === 0 ? rest : { ...rest, annotations };
  return { object: { ...object, metadata: newMetadata }, source: typeof file === 'string' ? file : fallback };
}
