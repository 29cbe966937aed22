import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GitopsError } from '../../errors.js';
import type { RenderedObject } from '../../flux/helmrelease/post-render-metadata.js';
import type { Kubectl } from '../../tools/kubectl.js';
import { ToolError } from '../../tools/tool.js';
import { parseStream } from './parse-output.js';

/** fluxcd/pkg `kustomize.Selector`: which objects a patch applies to. */
export interface KustomizeSelector {
  group?: string;
  version?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  labelSelector?: string;
  annotationSelector?: string;
}

/** fluxcd/pkg `kustomize.Patch`: a strategic-merge or JSON 6902 patch, as YAML or JSON text. */
export interface KustomizePatch {
  patch: string;
  target?: KustomizeSelector;
}

/** fluxcd/pkg `kustomize.Image`. */
export interface KustomizeImage {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

/** `spec.postRenderers[].kustomize`. */
export interface KustomizePostRenderer {
  patches?: readonly KustomizePatch[];
  images?: readonly KustomizeImage[];
}

/**
 * One kustomize pass over a post-render stream, as helm-controller's `Kustomize.Run`
 * (internal/postrender/kustomize.go) does it with krusty: the stream is the only resource
 * (`helm-output.yaml`), the patches and images go into a generated kustomization, load restrictions
 * are off and plugins disabled (what `Kubectl.kustomize` does). The controller's krusty options
 * leave `Reorder` empty, which is neither `legacy` nor `unspecified`, so kustomize keeps the input
 * order; `kubectl kustomize` would sort by kind unless told otherwise, hence `sortOptions: fifo`.
 * Loading the stream, kustomize also rejects two objects with the same identity and flattens
 * `kind: List` documents, as `resource-map.ts` does where no kustomize post-renderer runs.
 */
export async function kustomizePass(
  objects: readonly RenderedObject[],
  renderer: KustomizePostRenderer,
  context: { kubectl: Kubectl; tempRoot: string; what: string },
): Promise<RenderedObject[]> {
  const dir = await mkdtemp(path.join(context.tempRoot, 'gitops-actions-post-render-'));
  try {
    // JSON is YAML: each object goes in exactly as decoded, with no second round of typing.
    const stream = objects.map((object) => `---\n${JSON.stringify(object)}\n`).join('');
    await writeFile(path.join(dir, 'helm-output.yaml'), stream);
    await writeFile(path.join(dir, 'kustomization.yaml'), `${JSON.stringify(kustomization(renderer))}\n`);
    const output = await context.kubectl.kustomize(dir).catch((error: unknown) => {
      if (!(error instanceof ToolError)) throw error;
      throw new GitopsError(`${context.what}: the post-renderer failed: ${error.message}`, {
        cause: error,
        hint: /already registered id/.test(error.message)
          ? 'A hook and a template render the same object: helm-controller fails the same way with ' +
            'postRenderStrategy combined. Use postRenderStrategy: separate, or fix the chart.'
          : 'Check spec.postRenderers: every patch must parse and its target must exist.',
      });
    });
    return parseStream(output, `${context.what} (post-rendered)`).map((document) => document.object);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The kustomization helm-controller marshals, in kustomize's own field names. */
function kustomization(renderer: KustomizePostRenderer): Record<string, unknown> {
  const result: Record<string, unknown> = {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    resources: ['helm-output.yaml'],
    sortOptions: { order: 'fifo' },
  };
  const images = renderer.images ?? [];
  if (images.length > 0) {
    result.images = images.map((image) =>
      dropEmpty({ name: image.name, newName: image.newName, newTag: image.newTag, digest: image.digest }),
    );
  }
  const patches = renderer.patches ?? [];
  if (patches.length > 0) {
    result.patches = patches.map((patch) =>
      patch.target === undefined
        ? { patch: patch.patch }
        : { patch: patch.patch, target: dropEmpty({ ...patch.target }) },
    );
  }
  return result;
}

/** Go's `omitempty`: unset and empty strings are left out, as `json.Marshal` of the Go types does. */
function dropEmpty(fields: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '',
    ),
  );
}
