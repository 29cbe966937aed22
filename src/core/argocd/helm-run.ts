import { stat } from 'node:fs/promises';
import path from 'node:path';
import { GitopsError } from '../errors.js';
import { ToolError } from '../tools/tool.js';
import type { Tools } from '../tools/tools.js';
import { type ClusterCapabilities, helmTemplateArgs } from './helm-args.js';
import { type SplitObject, splitManifests } from './manifest-split.js';
import type { FileRef, HelmUnit, RemoteChartRequest } from './render-unit.js';
import type { ArgoWorkspace } from './workspace.js';

/**
 * Turns a remote chart request into a chart on disk: a chart directory, or a packaged `.tgz`. The chart
 * sources module implements it (Helm HTTP repositories, OCI, a cache); tests point it at a mirror.
 */
export type ResolveRemoteChart = (request: RemoteChartRequest) => Promise<string>;

export interface HelmRunContext {
  tools: Tools;
  workspace: ArgoWorkspace;
  cluster: ClusterCapabilities;
  resolveRemoteChart: ResolveRemoteChart | undefined;
}

/** helm's complaint when a chart's `dependencies` are not in its `charts/` directory. */
const MISSING_DEPENDENCY = /found in Chart\.yaml, but missing in charts\/ directory/;

/**
 * reposerver `helmTemplate` + util/helm `Cmd.template`: `helm template` with repo-server's flags, in the
 * chart's directory of the workspace copy. When helm reports missing dependencies, repo-server runs
 * `helm dependency build` and tries again; so do we (in the copy, never in the repository).
 */
export async function runHelmUnit(unit: HelmUnit, context: HelmRunContext): Promise<SplitObject[]> {
  const { workspace } = context;
  const chart =
    unit.chart.kind === 'repository' ? workspace.resolve(unit.chart.path) : await remoteChart(unit, context);
  const chartIsDir = (await stat(chart).catch(() => undefined))?.isDirectory() === true;
  const resolve = (ref: FileRef): string => {
    if (ref.kind === 'url') return ref.url;
    if (ref.kind === 'repository') return workspace.resolve(ref.path);
    if (!chartIsDir) {
      throw new GitopsError(
        `value file ${ref.path} is relative to the chart, but the chart is a package (${chart})`,
        {
          hint: 'Let resolveRemoteChart return the unpacked chart directory when the Application reads files from it.',
        },
      );
    }
    return path.join(chart, ref.path);
  };
  const args = helmTemplateArgs(
    unit,
    {
      chart: chartIsDir ? '.' : chart,
      valueFiles: unit.valueFiles.map(resolve),
      ...(unit.values === undefined
        ? {}
        : { valuesFile: await workspace.writeScratch('values.yaml', unit.values) }),
      setFiles: unit.setFile.map(([name, ref]) => [name, resolve(ref)]),
    },
    context.cluster,
  );
  const helm = await context.tools.helm();
  const cwd = chartIsDir ? chart : workspace.root;
  let output: string;
  try {
    output = await helm.template(args, { cwd });
  } catch (error) {
    if (!(error instanceof ToolError) || !chartIsDir || !MISSING_DEPENDENCY.test(error.message)) {
      throw helmFailure(error, workspace);
    }
    try {
      await helm.dependencyBuild(chart);
      output = await helm.template(args, { cwd });
    } catch (retryError) {
      throw helmFailure(retryError, workspace);
    }
  }
  return splitManifests(`helm template of ${describeChart(unit)}`, output);
}

async function remoteChart(unit: HelmUnit, context: HelmRunContext): Promise<string> {
  if (unit.chart.kind !== 'remote' || context.resolveRemoteChart === undefined) {
    throw new GitopsError(`chart ${describeChart(unit)} needs a chart resolver`);
  }
  return path.resolve(await context.resolveRemoteChart(unit.chart.request));
}

function describeChart(unit: HelmUnit): string {
  return unit.chart.kind === 'repository'
    ? unit.chart.path || '.'
    : `${unit.chart.request.chart} ${unit.chart.request.version} from ${unit.chart.request.repoURL}`;
}

function helmFailure(error: unknown, workspace: ArgoWorkspace): unknown {
  if (!(error instanceof ToolError)) return error;
  // repo-server redacts its checkout's random path to `.`; we name the user's repository instead.
  const message = error.message.split(workspace.root).join(workspace.sourceRoot);
  return new GitopsError(message, { cause: error });
}
