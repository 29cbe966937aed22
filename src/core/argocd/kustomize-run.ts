import { existsSync } from 'node:fs';
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { GitopsError } from '../errors.js';
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import { findKustomizationFile } from '../kustomize/generate.js';
import { OriginResolver, originAnnotation, stripOriginAnnotation } from '../kustomize/provenance.js';
import { ToolError } from '../tools/tool.js';
import type { Tools } from '../tools/tools.js';
import { applyKustomizeEdits } from './kustomize-edit.js';
import { splitManifests } from './manifest-split.js';
import { isObject, listField } from './model.js';
import type { KustomizeUnit } from './render-unit.js';
import type { ArgoWorkspace } from './workspace.js';
import { decodeEmbeddedYaml } from './yaml-value.js';

/** A built object and the repository file (and line) kustomize says it came from. */
export interface KustomizeObject {
  object: KubeObject;
  file: string;
  line?: number;
}

/**
 * util/kustomize `Build`: the Application's `kustomize` edits written into the copy's kustomization,
 * then `kustomize build`. We also ask for `originAnnotations` (and take them off again) to give each
 * object its file and line. The copy's kustomization is put back afterwards, so another source of the
 * same Application reading that directory sees the original, as a fresh checkout would show it.
 */
export async function runKustomizeUnit(
  unit: KustomizeUnit,
  tools: Tools,
  workspace: ArgoWorkspace,
): Promise<KustomizeObject[]> {
  const dir = workspace.resolve(unit.path);
  const file = await findKustomizationFile(dir);
  if (file === undefined) {
    throw new GitopsError(`no kustomization file in ${unit.path || '.'}`, {
      hint: 'A kustomize source needs kustomization.yaml, kustomization.yml or Kustomization in its path.',
    });
  }
  const original = decodeEmbeddedYaml(workspace.display(file), await readFile(file, 'utf8'));
  let kustomization: KubeObject = isObject(original) ? original : {};
  kustomization = applyKustomizeEdits(kustomization, unit.kustomize, (component) =>
    existsSync(path.join(dir, component)),
  );
  const buildMetadata = listField(kustomization, 'buildMetadata');
  const userOrigins = buildMetadata.includes('originAnnotations');
  if (!userOrigins) kustomization.buildMetadata = [...buildMetadata, 'originAnnotations'];

  let output: string;
  // JSON is YAML whose scalars read the same to every parser.
  await workspace.rewrite(file, `${JSON.stringify(kustomization, null, 2)}\n`);
  try {
    output = await (await tools.kubectl()).kustomize(dir);
  } catch (error) {
    if (!(error instanceof ToolError)) throw error;
    throw new GitopsError(
      `kustomize build failed: ${error.message.split(workspace.root).join(workspace.sourceRoot)}`,
      {
        cause: error,
      },
    );
  } finally {
    await copyFile(workspace.originalOf(file), file);
  }

  const origins = new OriginResolver(workspace.root, (copied) => copied);
  const result: KustomizeObject[] = [];
  for (const { object } of splitManifests(`kustomize build of ${unit.path || '.'}`, output)) {
    const origin = await origins.resolve(object, dir);
    if (!userOrigins && originAnnotation(object) !== undefined) stripOriginAnnotation(object);
    result.push({ object, file: origin.file, ...(origin.line === undefined ? {} : { line: origin.line }) });
  }
  return result;
}
