import { rm, stat, writeFile } from 'node:fs/promises';
import { GitopsError, type SourceLocation } from '../errors.js';
import {
  type KubeObject,
  SubstitutionError,
  substituteResource,
} from '../flux/substitute/substitute-resource.js';
import type { ObjectIdentity } from '../manifest/identity.js';
import { loadObjects } from '../manifest/load-objects.js';
import { ToolError } from '../tools/tool.js';
import type { Tools } from '../tools/tools.js';
import {
  describeKustomization,
  type FluxKustomization,
  isObject,
  stringField,
} from './flux-kustomization.js';
import { generateKustomization } from './generate.js';
import {
  applyCommonMetadata,
  type PostBuildPlan,
  planPostBuild,
  setOwnerLabels,
  type VariablesResolver,
} from './post-build.js';
import { type ObjectOrigin, OriginResolver, originAnnotation, stripOriginAnnotation } from './provenance.js';
import { SourceWorkspace } from './source-workspace.js';

export interface BuildFluxKustomizationOptions {
  /** The repository root: provenance and messages name files relative to it. */
  repoRoot: string;
  /** The root of the Kustomization's source (the GitRepository's files); `spec.path` is relative to it. */
  sourceRoot: string;
  kustomization: FluxKustomization;
  /** Looks up `postBuild.substituteFrom` objects; without one, every reference counts as missing. */
  resolveVariables?: VariablesResolver;
  /**
   * Strict postBuild substitution: an undefined variable without a default fails the build.
   * kustomize-controller 1.9 defaults to strict; `flux build` does not.
   */
  strict: boolean;
  tools: Tools;
  /** A copy of `sourceRoot` to build in, shared by several builds; a private one otherwise. */
  workspace?: SourceWorkspace;
}

/** One object as kustomize-controller would apply it, and where it came from. */
export interface BuiltObject {
  object: KubeObject;
  identity: ObjectIdentity;
  origin: ObjectOrigin;
}

export interface BuildResult {
  /** The built directory, relative to the repository root. */
  dir: string;
  /** True when the directory had no kustomization file and one was generated. */
  generated: boolean;
  objects: BuiltObject[];
}

/**
 * Builds one Flux Kustomization the way kustomize-controller does: generate or rewrite the
 * kustomization file (in a copy of the source), `kustomize build` with load restrictions off,
 * substitute each object when `spec.postBuild` is set, then the owner labels, then `commonMetadata`.
 * Secret values come back as they are: substituteFrom and valuesFrom need them; the output boundary
 * redacts them (`render/redact.ts`).
 */
export async function buildFluxKustomization(options: BuildFluxKustomizationOptions): Promise<BuildResult> {
  const workspace = options.workspace ?? (await SourceWorkspace.create(options.sourceRoot));
  try {
    return await buildIn(workspace, options);
  } finally {
    if (options.workspace === undefined) await workspace.dispose();
  }
}

async function buildIn(
  workspace: SourceWorkspace,
  options: BuildFluxKustomizationOptions,
): Promise<BuildResult> {
  const ks = options.kustomization;
  const where = ks.location ? { location: ks.location } : {};
  const fail = (message: string, extra: { location?: SourceLocation; hint?: string; cause?: unknown } = {}) =>
    new GitopsError(`${describeKustomization(ks)}: ${message}`, { ...where, ...extra });
  const origins = new OriginResolver(options.repoRoot, (copied) => workspace.provenanceOf(copied));
  const specPath = stringField(ks.spec, 'path') ?? '';

  let dir: string;
  try {
    dir = workspace.resolve(specPath);
  } catch (error) {
    throw fail(error instanceof Error ? error.message : String(error), {
      hint: 'spec.path is relative to the root of the source the Kustomization names.',
    });
  }
  if (!(await stat(dir).catch(() => undefined))?.isDirectory()) {
    throw fail(`kustomization path not found: ${origins.display(dir)} (spec.path '${specPath}')`, {
      hint: 'spec.path is relative to the root of the source, not to the file that defines the Kustomization.',
    });
  }

  const generated = await generateKustomization(
    dir,
    ks,
    (file) => origins.display(file),
    (file, manifests) => origins.remember(file, manifests),
  ).catch((error) => {
    throw error instanceof GitopsError
      ? fail(error.message, {
          ...(error.location ? { location: error.location } : {}),
          ...(error.hint ? { hint: error.hint } : {}),
        })
      : error;
  });
  // Origin annotations give every object its file; we ask for them unless the user already did, and
  // take them off again so the output is what the controller applies.
  const metadata = generated.kustomization.buildMetadata;
  const userOrigins = Array.isArray(metadata) && metadata.includes('originAnnotations');
  const kustomization = userOrigins
    ? generated.kustomization
    : {
        ...generated.kustomization,
        buildMetadata: [...(Array.isArray(metadata) ? metadata : []), 'originAnnotations'],
      };

  let output: string;
  // JSON is YAML whose scalars mean the same to every parser: no `yes`/`on` surprises on the way back.
  await writeFile(generated.file, `${JSON.stringify(kustomization, null, 2)}\n`);
  try {
    output = await (await options.tools.kubectl()).kustomize(dir);
  } catch (error) {
    if (!(error instanceof ToolError)) throw error;
    throw fail(`kustomize build failed: ${error.message.split(workspace.root).join(workspace.sourceRoot)}`, {
      cause: error,
    });
  } finally {
    await restore(workspace, generated.file, generated.action);
  }

  const loaded = loadObjects(`kustomize build of ${origins.display(dir)}`, output);
  const problem = loaded.diagnostics.find((diagnostic) => diagnostic.severity === 'error');
  if (problem) throw fail(`kustomize printed YAML that cannot be read: ${problem.message}`);

  const plan = planPostBuild(ks, options.resolveVariables);
  const objects: BuiltObject[] = [];
  for (const manifest of loaded.objects) {
    let object = manifest.object;
    const origin = await origins.resolve(object, dir);
    if (!userOrigins && originAnnotation(object) !== undefined) stripOriginAnnotation(object);
    if (manifest.identity.name === '') {
      // kustomize-controller refuses these before applying anything.
      throw fail(`failed to decode Kubernetes apiVersion, kind and name from a ${manifest.identity.kind}`, {
        location: { file: origin.file, ...(origin.line ? { line: origin.line } : {}) },
      });
    }
    if (plan) object = substitute(object, plan, options.strict, origin, fail);
    setOwnerLabels(object, ks);
    applyCommonMetadata(object, ks.spec);
    objects.push({ object, identity: identityOf(object, manifest.identity), origin });
  }
  return { dir: origins.display(dir), generated: generated.action === 'created', objects };
}

function substitute(
  object: KubeObject,
  plan: PostBuildPlan,
  strict: boolean,
  origin: ObjectOrigin,
  fail: (
    message: string,
    extra?: { location?: SourceLocation; hint?: string; cause?: unknown },
  ) => GitopsError,
): KubeObject {
  try {
    return substituteResource(object, plan.variables, { strict, strategy: plan.strategy });
  } catch (error) {
    if (!(error instanceof SubstitutionError)) throw error;
    throw fail(`post build failed: ${error.message}`, {
      location: { file: origin.file, ...(origin.line ? { line: origin.line } : {}) },
      ...(error.hint ? { hint: error.hint } : {}),
      cause: error,
    });
  }
}

/** Substitution may change a name or namespace; the identity follows the final object. */
function identityOf(object: KubeObject, built: ObjectIdentity): ObjectIdentity {
  const metadata = isObject(object.metadata) ? object.metadata : {};
  const name = typeof metadata.name === 'string' ? metadata.name : built.name;
  const namespace =
    typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : undefined;
  return { apiVersion: built.apiVersion, kind: built.kind, name, ...(namespace ? { namespace } : {}) };
}

/** fluxcd/pkg `CleanDirectory`: the copy gets its original kustomization back for the next build. */
async function restore(
  workspace: SourceWorkspace,
  file: string,
  action: 'created' | 'unchanged',
): Promise<void> {
  if (action === 'created') {
    await rm(file, { force: true });
    return;
  }
  await workspace.restoreFile(file);
}
