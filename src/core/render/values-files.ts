/**
 * `chart.spec.valuesFiles`: source-controller packages the chart with these files merged (in order,
 * `MergeMaps`) as its `values.yaml`, in place of the chart's own, which counts only when listed.
 * For a Git source the paths are relative to the source's root (`builder_local.go`
 * mergeFileValues); for a Helm repository chart they name files inside the chart
 * (`builder_remote.go` mergeChartValues). Render does the same to a private copy of the chart.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GitopsError, type SourceLocation } from '../errors.js';
import { isValuesMap, mergeMaps, newValues, type Values } from '../flux/helmrelease/merge-maps.js';
import { extractChartArchive } from '../helm/chart-archive.js';
import { cleanPath } from '../helm/sources/chart-build.js';
import { parseYamlFile, positionAt } from '../yaml/documents.js';
import { nodeAtPath } from '../yaml/json-path.js';
import { decodeKubernetes } from '../yaml/kubernetes-decode.js';

export interface ValuesFilesRequest {
  files: readonly string[];
  /** The directory the paths are relative to: the source root, or the (unpacked) chart. */
  baseDir: string;
  /** `chart`: the paths name the chart's own files, as for a chart from a Helm repository. */
  within: 'source' | 'chart';
  /** `spec.chart.spec.ignoreMissingValuesFiles`. */
  ignoreMissing: boolean;
  what: string;
  location?: SourceLocation;
}

/** The merged values the packaged chart would hold as its values.yaml. */
export async function mergeValuesFiles(request: ValuesFilesRequest): Promise<Values> {
  let merged = newValues();
  for (const file of request.files) {
    const text =
      request.within === 'chart' ? await readChartFile(request, file) : await readSourceFile(request, file);
    if (text === undefined) continue;
    const yamlFile = parseYamlFile(file, text);
    const first = yamlFile.documents[0];
    const syntax = first?.document.errors[0];
    if (syntax !== undefined) {
      throw fail(request, `${file}:${positionAt(yamlFile, syntax.pos[0]).line}: ${syntax.message}`);
    }
    if (first === undefined) continue;
    const decoded = decodeKubernetes(first.document, (node) => ({
      file,
      line: positionAt(yamlFile, node.range?.[0] ?? 0).line,
    }));
    if (decoded === null) continue;
    if (!isValuesMap(decoded)) throw fail(request, `${file} is not a YAML mapping of values`);
    merged = mergeMaps(merged, decoded);
  }
  return merged;
}

async function readSourceFile(request: ValuesFilesRequest, file: string): Promise<string | undefined> {
  const full = path.resolve(request.baseDir, file);
  if (path.relative(request.baseDir, full).startsWith('..')) {
    throw fail(request, `valuesFiles entry ${file} is outside the source`);
  }
  return readFile(full, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' && request.ignoreMissing) return undefined;
    throw fail(
      request,
      `valuesFiles entry ${file} cannot be read: ${error.code === 'ENOENT' ? 'no such file' : error.message}`,
      'Paths are relative to the GitRepository root for Git charts, and to the chart for repository charts.',
    );
  });
}

/**
 * source-controller's mergeChartValues: `values.yaml` is the chart's defaults (empty when it has
 * none); any other name must be one of the chart's plain files, Helm's `chart.Files`, which leaves
 * out Chart.yaml, Chart.lock, values.schema.json, templates/ and charts/ (but charts/*.prov).
 */
async function readChartFile(request: ValuesFilesRequest, file: string): Promise<string | undefined> {
  const name = cleanPath(file);
  if (name === 'values.yaml') {
    return readFile(path.join(request.baseDir, name), 'utf8').catch(() => '');
  }
  const plain =
    !name.startsWith('/') &&
    name !== '..' &&
    !name.startsWith('../') &&
    !['Chart.yaml', 'Chart.lock', 'values.schema.json'].includes(name) &&
    !name.startsWith('templates/') &&
    (!name.startsWith('charts/') || name.endsWith('.prov'));
  const text = plain
    ? await readFile(path.join(request.baseDir, name), 'utf8').catch(() => undefined)
    : undefined;
  if (text !== undefined || request.ignoreMissing) return text;
  throw fail(
    request,
    `no values file found at path '${file}' in the chart`,
    'For a chart from a Helm repository, valuesFiles name files inside the packaged chart.',
  );
}

export interface ChartChanges {
  /** The new values.yaml, from chart.spec.valuesFiles. */
  readonly values?: Values;
  /** The new Chart.yaml version, with source-controller's build metadata. */
  readonly version?: string;
}

/**
 * The chart as source-controller re-packages it: one private copy under `workDir` (a directory is
 * copied, a `.tgz` unpacked by `extractChartArchive`, or `unpacked` reused when the caller already
 * unpacked it) with `changes` written into it.
 */
export async function packagedChart(
  chart: { path: string; unpacked?: string; shown: string; what: string },
  changes: ChartChanges,
  workDir: string,
): Promise<string> {
  let copy = chart.unpacked;
  if (copy === undefined) {
    const dir = await mkdtemp(path.join(workDir, 'chart-'));
    if (chart.path.endsWith('.tgz')) {
      copy = await extractChartArchive({ file: chart.path, shown: chart.shown, what: chart.what }, dir);
    } else {
      copy = path.join(dir, path.basename(chart.path));
      await cp(chart.path, copy, { recursive: true });
    }
  }
  if (changes.values !== undefined) {
    // JSON is YAML, and quoting every string keeps YAML 1.1 from retyping `yes` or `0755`.
    await writeFile(path.join(copy, 'values.yaml'), `${JSON.stringify(changes.values)}\n`);
  }
  if (changes.version !== undefined)
    await setChartVersion(path.join(copy, 'Chart.yaml'), changes.version, chart.what);
  return copy;
}

/** Replaces only the `version` scalar of Chart.yaml, so nothing else is re-typed or re-quoted. */
async function setChartVersion(file: string, version: string, what: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const document = parseYamlFile(file, text).documents[0]?.document;
  const range = document === undefined ? undefined : nodeAtPath(document, ['version'])?.node.range;
  if (range == null) throw new GitopsError(`${what}: the chart's Chart.yaml has no version`);
  await writeFile(file, `${text.slice(0, range[0])}${JSON.stringify(version)}${text.slice(range[1])}`);
}

function fail(request: ValuesFilesRequest, message: string, hint?: string): GitopsError {
  return new GitopsError(`${request.what}: ${message}`, {
    ...(request.location === undefined ? {} : { location: request.location }),
    ...(hint === undefined ? {} : { hint }),
  });
}
