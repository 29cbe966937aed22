/**
 * A cluster's Argo CD Applications as render units. The roots are the Applications and
 * ApplicationSets among the cluster's objects (what its Flux Kustomizations, or the entry directory
 * of a pure Argo CD repository, apply); ApplicationSets are expanded to Applications first. An
 * Application that renders Applications (an app of apps) leads to them, level by level, so the
 * first definition of an Application is the same whichever unit finishes first.
 */
import { expandApplicationSet } from '../argocd/index.js';
import type { Application } from '../argocd/model.js';
import { formatLocation } from '../errors.js';
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import type { ObjectIdentity } from '../manifest/identity.js';
import {
  type ArgoObject,
  type ArgoUnitContext,
  type ArgoUnitResult,
  gitUrlsOf,
  renderArgoUnit,
  thisRepositoryUrl,
} from './argo-application-unit.js';
import { canonicalJson } from './digest.js';
import type { RenderDiagnostic, RenderUnit } from './model.js';
import { unitId } from './model.js';
import type { TaskPool } from './pool.js';
import { inShard, type Shard } from './shard.js';
import { errorOf } from './unit-run.js';

export interface ArgoRunContext extends ArgoUnitContext {
  pool: TaskPool;
  shard: Shard | undefined;
  plan: boolean;
}

/** An Argo CD object and the chain that led to it. */
export interface ArgoRoot extends ArgoObject {
  chain: string[];
}

/**
 * How deep an app of apps is followed. Argo CD has no limit, but a chart that renders Applications
 * with ever new names would never end; a real hierarchy is a few levels deep.
 */
export const MAX_APP_DEPTH = 8;

/** The Applications and ApplicationSets among a cluster's objects, in the order they are applied. */
export function argoRoots(
  objects: readonly {
    object: KubeObject;
    identity: ObjectIdentity;
    origin: { file: string; line?: number };
    chain: string[];
  }[],
): ArgoRoot[] {
  return objects.flatMap(({ object, identity, origin, chain }): ArgoRoot[] => {
    if (!identity.apiVersion.startsWith('argoproj.io/')) return [];
    if (identity.kind !== 'Application' && identity.kind !== 'ApplicationSet') return [];
    return [
      {
        kind: identity.kind,
        name: identity.name,
        namespace: identity.namespace ?? 'default',
        object,
        location: { file: origin.file, ...(origin.line === undefined ? {} : { line: origin.line }) },
        chain,
      },
    ];
  });
}

/**
 * The URLs of the repository being rendered, for telling its sources from other repositories':
 * those given, then the bootstrap GitRepository's (`flux-system/flux-system`, how Flux reaches the
 * repository). A pure Argo CD repository has none; its root Applications, applied by hand from the
 * entry directory, are taken to sync this repository, so their Git URLs are its URLs.
 */
export function knownRepositoryUrls(
  given: readonly string[],
  objects: readonly { object: KubeObject; identity: ObjectIdentity }[],
  roots: readonly ArgoRoot[],
): string[] {
  const bootstrap = objects.find(
    ({ identity }) =>
      identity.kind === 'GitRepository' &&
      identity.apiVersion.startsWith('source.toolkit.fluxcd.io/') &&
      identity.namespace === 'flux-system' &&
      identity.name === 'flux-system',
  );
  const url = (bootstrap?.object.spec as { url?: unknown } | undefined)?.url;
  if (typeof url === 'string') return [...given, url];
  return [...given, ...roots.flatMap((root) => gitUrlsOf(root.object))];
}

export async function renderArgoApplications(
  cluster: string,
  roots: readonly ArgoRoot[],
  context: ArgoRunContext,
): Promise<{ units: RenderUnit[]; diagnostics: RenderDiagnostic[] }> {
  const units: RenderUnit[] = [];
  const diagnostics: RenderDiagnostic[] = [];
  const first = new Map<string, { app: Application; id: string }>();
  let level: ArgoRoot[] = [...roots];
  for (let depth = 0; level.length > 0; depth++) {
    const apps = await expandLevel(cluster, level, context, diagnostics);
    if (depth > MAX_APP_DEPTH) {
      for (const { app, chain } of apps) {
        diagnostics.push({
          cluster,
          severity: 'error',
          code: 'application-depth',
          message: `Application ${app.namespace}/${app.name} is ${depth} Applications deep (${chain.join(' → ')}); render follows an app of apps ${MAX_APP_DEPTH} levels deep`,
          hint: 'Check for Applications that render ever new Applications.',
          location: app.location,
        });
      }
      break;
    }
    const fresh: { app: Application; chain: string[]; unit: RenderUnit }[] = [];
    for (const { app, chain } of apps) {
      const id = unitId(cluster, 'Application', app.namespace, app.name);
      const earlier = first.get(id);
      if (earlier === undefined) {
        first.set(id, { app, id });
        fresh.push({ app, chain, unit: baseUnit(cluster, id, app, chain) });
      } else if (canonicalJson(earlier.app.object.spec) !== canonicalJson(app.object.spec)) {
        // An Application that manages itself (a root in the directory it syncs) renders its own
        // definition again: the same spec, nothing to report.
        diagnostics.push({
          cluster,
          severity: 'warning',
          code: 'duplicate-application',
          message: `Application ${app.namespace}/${app.name} is defined again with another spec; the first definition (${formatLocation(earlier.app.location)}) is rendered`,
          location: app.location,
          unit: id,
        });
      }
    }
    const results = await Promise.all(
      fresh.map(async ({ app, chain, unit }) => {
        const emit = inShard(unit.id, context.shard);
        const mode = !emit ? 'discover' : context.plan ? 'plan' : 'render';
        const result: ArgoUnitResult = await context.pool.run(() => renderArgoUnit(app, unit, mode, context));
        if (emit) {
          units.push(result.unit);
          diagnostics.push(...result.diagnostics);
        }
        const childChain = [...chain, `Application/${app.namespace}/${app.name}`];
        return result.children.map((child): ArgoRoot => ({ ...child, chain: childChain }));
      }),
    );
    level = results.flat();
  }
  return { units, diagnostics };
}

/** The level's Applications, each ApplicationSet replaced by what it generates, in order. */
async function expandLevel(
  cluster: string,
  level: readonly ArgoRoot[],
  context: ArgoRunContext,
  diagnostics: RenderDiagnostic[],
): Promise<{ app: Application; chain: string[] }[]> {
  const expanded = await Promise.all(
    level.map(async (entry) => {
      const own = {
        name: entry.name,
        namespace: entry.namespace,
        object: entry.object,
        location: entry.location,
      };
      if (entry.kind === 'Application') return [{ app: own, chain: entry.chain }];
      const repoURL = thisRepositoryUrl(gitUrlsOf(entry.object), context.repositoryUrls);
      try {
        const expansion = await expandApplicationSet(own, {
          repoRoot: context.sourceRoot,
          ...(repoURL === undefined ? {} : { repoURL }),
        });
        for (const unsupported of expansion.unsupported) {
          diagnostics.push({
            cluster,
            severity: 'warning',
            code: 'unsupported-object',
            message: `${unsupported.message} [${unsupported.feature}]`,
            hint: 'The Applications this generator would generate are missing from the output.',
            location: unsupported.location,
          });
        }
        return expansion.applications.map((app) => ({ app, chain: entry.chain }));
      } catch (error) {
        const { message, hint } = errorOf(error);
        diagnostics.push({
          cluster,
          severity: 'error',
          code: 'applicationset-failed',
          message,
          ...(hint === undefined ? {} : { hint }),
          location: entry.location,
        });
        return [];
      }
    }),
  );
  return expanded.flat();
}

function baseUnit(cluster: string, id: string, app: Application, chain: string[]): RenderUnit {
  return {
    id,
    cluster,
    kind: 'Application',
    namespace: app.namespace,
    name: app.name,
    owner: app.location,
    chain,
    dependsOn: [],
    status: 'planned',
    durationMs: 0,
    objects: [],
  };
}
