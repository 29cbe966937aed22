import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface TestChart {
  name: string;
  version: string;
  appVersion?: string;
  /** values.yaml entries; each becomes a key of the rendered ConfigMap's data. */
  values?: Record<string, string>;
}

/**
 * Writes a minimal valid chart (Chart.yaml apiVersion v2, values.yaml, one ConfigMap template)
 * into `dir`, which is created, and returns `dir`. The ConfigMap is named after the release and
 * carries the chart version, so a rendered manifest shows which chart and values produced it.
 */
export async function writeTestChart(dir: string, chart: TestChart): Promise<string> {
  await mkdir(path.join(dir, 'templates'), { recursive: true });
  const chartYaml = [
    'apiVersion: v2',
    `name: ${chart.name}`,
    `version: ${JSON.stringify(chart.version)}`,
    ...(chart.appVersion === undefined ? [] : [`appVersion: ${JSON.stringify(chart.appVersion)}`]),
    'type: application',
    '',
  ].join('\n');
  const values = Object.entries(chart.values ?? {})
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}\n`)
    .join('');
  const configMap = `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-${chart.name}
data:
  chartVersion: {{ .Chart.Version | quote }}
{{- range $key, $value := .Values }}
  {{ $key }}: {{ $value | quote }}
{{- end }}
`;
  await Promise.all([
    writeFile(path.join(dir, 'Chart.yaml'), chartYaml),
    writeFile(path.join(dir, 'values.yaml'), values),
    writeFile(path.join(dir, 'templates', 'configmap.yaml'), configMap),
  ]);
  return dir;
}
