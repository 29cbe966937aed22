import { GitopsError, type SourceLocation } from '../errors.js';
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import type { ObjectIdentity } from '../manifest/identity.js';
import { identityOf } from '../manifest/load-manifests.js';
import type { Tools } from '../tools/tools.js';
import { isCrd, scopeLookup } from './cluster-scope.js';
import { readDirectorySource } from './directory-source.js';
import type { ClusterCapabilities } from './helm-args.js';
import { type ResolveRemoteChart, runHelmUnit } from './helm-run.js';
import { runKustomizeUnit } from './kustomize-run.js';
import {
  type Application,
  describeApplication,
  objectField,
  stringField,
  type Unsupported,
} from './model.js';
import { planApplication } from './plan-application.js';
import type { RemoteChartRequest, RenderUnit } from './render-unit.js';
import { type TrackingOptions, trackObjects } from './tracking.js';
import { ArgoWorkspace } from './workspace.js';

export interface RenderApplicationOptions extends ClusterCapabilities {
  /** The repository the Application's Git sources point at, checked out here. */
  repoRoot: string;
  tools: Tools;
  /** Fetches `chart` sources; without it they are reported unsupported and listed in `chartRequests`. */
  resolveRemoteChart?: ResolveRemoteChart;
  /** This repository's URL; omitted, every Git source is taken to be this repository. */
  repoURL?: string;
  /** How Argo CD marks the objects it manages; Argo CD 3.x's default is the tracking-id annotation. */
  tracking?: TrackingOptions;
}

/** Where a rendered object came from: the Application, its source, and the file or chart template. */
export interface ArgoProvenance {
  /** The Application's file and line (for a generated one, its ApplicationSet's). */
  application: SourceLocation;
  applicationName: string;
  sourceIndex: number;
  sourceType: RenderUnit['type'];
  /** Helm: the chart template, from `# Source:`, e.g. `guestbook/templates/deployment.yaml`. */
  template?: string;
  /** Kustomize and directory sources: the repository file (and line) that defines the object. */
  file?: string;
  line?: number;
}

export interface ArgoRenderedObject {
  object: KubeObject;
  identity: ObjectIdentity;
  provenance: ArgoProvenance;
}

export interface RenderedApplication {
  application: Application;
  /** What Argo CD would apply, tracked and namespaced, in source order. */
  objects: ArgoRenderedObject[];
  unsupported: Unsupported[];
  /** Remote charts that were not rendered because no `resolveRemoteChart` was given. */
  chartRequests: RemoteChartRequest[];
  /** Argo CD's `RepeatedResourceWarning`s: objects rendered more than once (the last one is kept). */
  warnings: string[];
}

/**
 * Renders one Application the way Argo CD's repo-server and application controller would: each source
 * with the real helm or kustomize in a private copy of the repository, then the tracking annotation
 * (or label) and the destination namespace. A source we cannot render is reported, not guessed at.
 */
export async function renderApplication(
  app: Application,
  options: RenderApplicationOptions,
): Promise<RenderedApplication> {
  const plan = await planApplication(app, options);
  const result: RenderedApplication = {
    application: app,
    objects: [],
    unsupported: [...plan.unsupported],
    chartRequests: [],
    warnings: [],
  };
  const rendered: { object: KubeObject; provenance: ArgoProvenance }[] = [];
  const workspace = await ArgoWorkspace.create(options.repoRoot);
  try {
    for (const unit of plan.units) {
      const base = {
        application: app.location,
        applicationName: app.name,
        sourceIndex: unit.sourceIndex,
        sourceType: unit.type,
      };
      try {
        if (unit.type === 'helm') {
          if (unit.chart.kind === 'remote' && options.resolveRemoteChart === undefined) {
            const { request } = unit.chart;
            result.chartRequests.push(request);
            result.unsupported.push({
              feature: 'source:remote-chart',
              message: `${describeApplication(app)}: source ${unit.sourceIndex} needs chart ${request.chart} ${request.version} from ${request.repoURL}, and no chart resolver was given`,
              location: app.location,
            });
            continue;
          }
          const objects = await runHelmUnit(unit, {
            tools: options.tools,
            workspace,
            cluster: options,
            resolveRemoteChart: options.resolveRemoteChart,
          });
          for (const { object, template } of objects) {
            rendered.push({
              object,
              provenance: { ...base, ...(template === undefined ? {} : { template }) },
            });
          }
        } else if (unit.type === 'kustomize') {
          for (const { object, file, line } of await runKustomizeUnit(unit, options.tools, workspace)) {
            rendered.push({ object, provenance: { ...base, file, ...(line === undefined ? {} : { line }) } });
          }
        } else {
          const directory = await readDirectorySource(options.repoRoot, unit);
          for (const file of directory.jsonnetFiles) {
            result.unsupported.push({
              feature: 'directory:jsonnet',
              message: `${describeApplication(app)}: source ${unit.sourceIndex} has Jsonnet file ${file}, which is not evaluated`,
              location: { file },
            });
          }
          for (const { object, file, line } of directory.objects) {
            rendered.push({ object, provenance: { ...base, file, line } });
          }
        }
      } catch (error) {
        if (!(error instanceof GitopsError)) throw error;
        throw new GitopsError(
          `${describeApplication(app)}: source ${unit.sourceIndex} (${unit.type}): ${error.message}`,
          {
            location: error.location ?? app.location,
            ...(error.hint === undefined ? {} : { hint: error.hint }),
            cause: error,
          },
        );
      }
    }
  } finally {
    await workspace.dispose();
  }

  const provenanceOf = new Map(rendered.map((entry) => [entry.object, entry.provenance]));
  const objects = rendered.map((entry) => entry.object);
  const destination = objectField(objectField(app.object, 'spec'), 'destination');
  const tracked = trackObjects(
    objects,
    app,
    stringField(destination, 'namespace') ?? '',
    scopeLookup(objects.filter(isCrd)),
    options.tracking,
  );
  result.warnings = tracked.repeated.map(
    (key) =>
      `${describeApplication(app)}: Resource ${key} appeared more than once among application resources`,
  );
  result.objects = tracked.objects.map((object) => ({
    object,
    identity: identityOf(object) ?? { apiVersion: '', kind: '', name: '' },
    provenance: provenanceOf.get(object) as ArgoProvenance,
  }));
  return result;
}
