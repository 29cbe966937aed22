/**
 * One Argo CD Application as a render unit: plan its sources, resolve remote charts, digest every
 * input, and render (repo-server's helm, kustomize or directory read, then the controller's tracking
 * and namespacing) only when the unit cache has no entry for that digest. The Applications and
 * ApplicationSets it renders are returned as children, so an app of apps can be followed.
 */
import type { ArgoProvenance, RemoteChartRequest } from '../argocd/index.js';
import { type Application, planApplication, renderApplication } from '../argocd/index.js';
import { GitopsError, type SourceLocation } from '../errors.js';
import { normalizeGitUrl } from '../flux/kustomization-source.js';
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import type { ChartResolver } from '../helm/sources/index.js';
import type { Tools } from '../tools/tools.js';
import { chartInfoOf, resolveRemoteCharts } from './argo-charts.js';
import { argoInputs, type DirectoryFacts, remoteKey } from './argo-inputs.js';
import { digestOf } from './digest.js';
import type { OutputObject, RenderDiagnostic, RenderUnit } from './model.js';
import type { UnitCache } from './unit-cache.js';
import { outputObjects, runUnit, workspacePath } from './unit-run.js';

export interface ArgoUnitContext {
  /** Locations in units are relative to it. */
  repoRoot: string;
  /** The repository the Applications' Git sources read (repo-server's checkout). */
  sourceRoot: string;
  tools: Tools;
  resolver: ChartResolver;
  cache: UnitCache;
  redactionKey: Buffer | undefined;
  kubeVersion: string;
  /** The cluster's extra API versions (its CRDs), as the destination would report them to Helm. */
  apiVersions: readonly string[];
  toolVersions: Readonly<Record<string, string>>;
  facts: DirectoryFacts;
  /** URLs of the repository being rendered; empty means every Git source is this repository. */
  repositoryUrls: readonly string[];
}

/**
 * - `render`: the unit is this run's (or this shard's) to write;
 * - `plan`: inputs only, but an Application that may deploy Applications is still rendered (or read
 *   from the cache) to find them, as `--plan` builds Flux Kustomizations to find HelmReleases;
 * - `discover`: another shard's unit, rendered only when it may deploy Applications.
 */
export type ArgoMode = 'render' | 'plan' | 'discover';

/** An Application or ApplicationSet found in a cluster's objects or rendered by an Application. */
export interface ArgoObject {
  kind: 'Application' | 'ApplicationSet';
  name: string;
  namespace: string;
  object: KubeObject;
  location: SourceLocation;
}

type Note = Omit<RenderDiagnostic, 'cluster' | 'unit'>;

interface RenderedRecord {
  objects: OutputObject[];
  children: ArgoObject[];
  notes: Note[];
}

export interface ArgoUnitResult {
  unit: RenderUnit;
  diagnostics: RenderDiagnostic[];
  children: ArgoObject[];
}

/** Bump when the rendered form of an Application unit changes, so old cache entries are not reused. */
const UNIT_FORMAT = 1;

export async function renderArgoUnit(
  app: Application,
  unit: RenderUnit,
  mode: ArgoMode,
  context: ArgoUnitContext,
): Promise<ArgoUnitResult> {
  let record: RenderedRecord | undefined;
  let planNotes: Note[] = [];
  const done = await runUnit(unit, async (known) => {
    const repoURL = thisRepositoryUrl(gitUrlsOf(app.object), context.repositoryUrls);
    const plan = await planApplication(app, {
      repoRoot: context.sourceRoot,
      ...(repoURL === undefined ? {} : { repoURL }),
    });
    planNotes = plan.unsupported.map((entry) => unsupportedNote(entry, app, context));
    if (plan.units.length === 0) return { status: 'unsupported' };
    const remote = await resolveRemoteCharts(plan, app, context);
    const inputs = await argoInputs(plan, context.sourceRoot, context.facts, remote);
    const chart = await chartInfoOf(plan, remote, context);
    const inputsDigest = digestOf({
      unit: 'Application',
      format: UNIT_FORMAT,
      application: { name: app.name, namespace: app.namespace, spec: app.object.spec ?? null },
      repoURL: repoURL ?? null,
      files: inputs.filesDigest,
      kubeVersion: context.kubeVersion,
      apiVersions: context.apiVersions,
      tools: context.toolVersions,
    });
    const described = {
      ...(chart === undefined ? {} : { chart }),
      ...(inputs.valuesDigest === undefined ? {} : { valuesDigest: inputs.valuesDigest }),
      inputsDigest,
    };
    Object.assign(known, described);
    if (mode !== 'render' && !inputs.mayDeployApplications) return { ...described, status: 'planned' };
    const hit = await context.cache.get<RenderedRecord>(inputsDigest);
    record = hit ?? (await renderFresh(app, repoURL, remote, context));
    if (hit === undefined) await context.cache.put(inputsDigest, record);
    if (mode !== 'render') return { ...described, status: 'planned' };
    return { ...described, status: hit === undefined ? 'rendered' : 'cached', objects: record.objects };
  });
  // Notes of a render replace the plan's: renderApplication reports the plan's own as well.
  const notes = record?.notes ?? planNotes;
  return {
    unit: done,
    diagnostics: notes.map((note) => ({ ...note, cluster: unit.cluster, unit: unit.id })),
    children: done.status === 'failed' ? [] : (record?.children ?? []),
  };
}

async function renderFresh(
  app: Application,
  repoURL: string | undefined,
  remote: ReadonlyMap<string, { path: string }>,
  context: ArgoUnitContext,
): Promise<RenderedRecord> {
  const result = await renderApplication(app, {
    repoRoot: context.sourceRoot,
    tools: context.tools,
    ...(repoURL === undefined ? {} : { repoURL }),
    resolveRemoteChart: async (request: RemoteChartRequest) => {
      const found = remote.get(remoteKey(request));
      if (found === undefined) throw new GitopsError(`chart ${request.chart} was not resolved`);
      return found.path;
    },
    kubeVersion: context.kubeVersion,
    apiVersions: context.apiVersions,
  });
  const objects = outputObjects(
    result.objects.map(({ object, provenance }) => ({ object, source: sourceOf(provenance, context) })),
    context.redactionKey,
  );
  const children = result.objects.flatMap(({ object, identity, provenance }): ArgoObject[] => {
    if (!identity.apiVersion.startsWith('argoproj.io/')) return [];
    if (identity.kind !== 'Application' && identity.kind !== 'ApplicationSet') return [];
    return [
      {
        kind: identity.kind,
        name: identity.name,
        namespace: identity.namespace ?? app.namespace,
        object,
        // A chart template is no file of the repository; the parent Application is the place to look.
        location:
          provenance.file === undefined
            ? app.location
            : {
                file: workspacePath(provenance.file, context),
                ...(provenance.line === undefined ? {} : { line: provenance.line }),
              },
      },
    ];
  });
  const notes: Note[] = [
    ...result.unsupported.map((entry) => unsupportedNote(entry, app, context)),
    ...result.warnings.map(
      (message): Note => ({
        severity: 'warning',
        code: 'repeated-resource',
        message,
        hint: 'Argo CD applies the last of the repeated objects; remove the others.',
        location: app.location,
      }),
    ),
  ];
  return { objects, children, notes };
}

function unsupportedNote(
  entry: { feature: string; message: string; location: SourceLocation },
  app: Application,
  context: ArgoUnitContext,
): Note {
  // Application-level features carry the Application's location (already the workspace's); a
  // file inside a source (a Jsonnet file) is named relative to the repository.
  const location =
    entry.location === app.location
      ? entry.location
      : { ...entry.location, file: workspacePath(entry.location.file, context) };
  return {
    severity: 'warning',
    code: 'unsupported-object',
    message: `${entry.message} [${entry.feature}]`,
    hint: 'What this part of the Application deploys is missing from the output.',
    location,
  };
}

/** The Git repoURLs an Application or ApplicationSet reads (sources without `chart`, git generators). */
export function gitUrlsOf(object: KubeObject): string[] {
  const spec = (object.spec ?? {}) as { source?: unknown; sources?: unknown; generators?: unknown };
  const sources = [spec.source, ...(Array.isArray(spec.sources) ? spec.sources : [])];
  const generators = Array.isArray(spec.generators) ? spec.generators : [];
  const urls = [
    ...sources.filter((source) => (source as { chart?: unknown } | undefined)?.chart === undefined),
    ...generators.map((generator) => (generator as { git?: unknown } | undefined)?.git),
  ].map((entry) => (entry as { repoURL?: unknown } | undefined)?.repoURL);
  return urls.filter((url): url is string => typeof url === 'string' && url !== '');
}

/**
 * The URL under which the Argo CD core should treat sources as this repository. It compares URLs
 * in one spelling only; this picks the spelling the Application itself uses when it is one of the
 * repository's URLs (`git@github.com:acme/x` and `https://github.com/acme/x.git` are the same).
 * With no known URL, every Git source is taken to be this repository.
 */
export function thisRepositoryUrl(urls: readonly string[], known: readonly string[]): string | undefined {
  const normalized = new Set(known.map(normalizeGitUrl));
  return urls.find((url) => normalized.has(normalizeGitUrl(url))) ?? known[0];
}

function sourceOf(provenance: ArgoProvenance, context: ArgoUnitContext): string | undefined {
  if (provenance.template !== undefined) return provenance.template;
  if (provenance.file === undefined) return undefined;
  const file = workspacePath(provenance.file, context);
  return provenance.line === undefined ? file : `${file}:${provenance.line}`;
}
