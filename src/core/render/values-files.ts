/**
 * `chart.spec.valuesFiles`: source-controller packages the chart with these files merged (in order,
 * `MergeMaps`) as its `values.yaml`, in place of the chart's own, which counts only when listed.
 * For a Git source the paths are relative to the source's root; for a repository chart, to the chart.
 * Render does the same to a private copy of the chart directory.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GitopsError, type SourceLocation } from '../errors.js';
import { isValuesMap, mergeMaps, newValues, type Values } from '../flux/helmrelease/merge-maps.js';
import { parseYamlFile, positionAt } from '../yaml/documents.js';
import { decodeKubernetes } from '../yaml/kubernetes-decode.js';

export interface ValuesFilesRequest {
  files: readonly string[];
  /** The directory the paths are relative to. */
  baseDir: string;
  /** `spec.chart.spec.ignoreMissingValuesFiles`. */
  ignoreMissing: boolean;
  what: string;
  location?: SourceLocation;
}

/** The merged values the packaged chart would hold as its values.yaml. */
export async function mergeValuesFiles(request: ValuesFilesRequest): Promise<Values> {
  let merged = newValues();
  for (const file of request.files) {
    const full = path.resolve(request.baseDir, file);
    if (path.relative(request.baseDir, full).startsWith('..')) {
      throw fail(request, `valuesFiles entry ${file} is outside the source`);
    }
    const text = await readFile(full, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' && request.ignoreMissing) return undefined;
      throw fail(
        request,
        `valuesFiles entry ${file} cannot be read: ${error.code === 'ENOENT' ? 'no such file' : error.message}`,
        'Paths are relative to the GitRepository root for Git charts, and to the chart for repository charts.',
      );
    });
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

/** A copy of the chart directory under `workDir` whose values.yaml is `values`. */
export async function chartWithValues(chartDir: string, values: Values, workDir: string): Promise<string> {
  const dir = await mkdtemp(path.join(workDir, 'chart-values-'));
  const copy = path.join(dir, path.basename(chartDir));
  await cp(chartDir, copy, { recursive: true });
  // JSON is YAML, and quoting every string keeps YAML 1.1 from retyping `yes` or `0755`.
  await writeFile(path.join(copy, 'values.yaml'), `${JSON.stringify(values)}\n`);
  return copy;
}

function fail(request: ValuesFilesRequest, message: string, hint?: string): GitopsError {
  return new GitopsError(`${request.what}: ${message}`, {
    ...(request.location === undefined ? {} : { location: request.location }),
    ...(hint === undefined ? {} : { hint }),
  });
}
