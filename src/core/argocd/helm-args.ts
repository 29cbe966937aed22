import type { HelmUnit } from './render-unit.js';

/** Where the unit's files are on disk for this run. */
export interface HelmUnitPaths {
  /** The chart directory or package. */
  chart: string;
  /** `unit.valueFiles`, resolved to paths (or URLs), in order. */
  valueFiles: string[];
  /** The file holding `unit.values`, when it has any. */
  valuesFile?: string;
  /** `unit.setFile`, resolved. */
  setFiles: [string, string][];
}

export interface ClusterCapabilities {
  /** The destination's Kubernetes version (`q.KubeVersion`), unless the source sets `helm.kubeVersion`. */
  kubeVersion?: string;
  /** The destination's API versions (`q.ApiVersions`), unless the source sets `helm.apiVersions`. */
  apiVersions?: readonly string[];
}

/**
 * util/helm `Cmd.template`: the arguments after `helm template`, in repo-server's order. Helm applies
 * values files, then `--set`, `--set-string` and `--set-file` whatever their order on the command line,
 * so only the order within `--values` carries meaning. CRDs are included unless `skipCrds`: Argo CD
 * applies them as ordinary resources.
 */
export function helmTemplateArgs(
  unit: HelmUnit,
  paths: HelmUnitPaths,
  cluster: ClusterCapabilities,
): string[] {
  const args = [paths.chart, '--name-template', unit.releaseName];
  if (unit.namespace !== '') args.push('--namespace', unit.namespace);
  const kubeVersion = unit.kubeVersion ?? cluster.kubeVersion;
  if (kubeVersion) args.push('--kube-version', kubeVersion);
  for (const [name, value] of unit.set) args.push('--set', `${name}=${cleanSetParameter(value)}`);
  for (const [name, value] of unit.setString)
    args.push('--set-string', `${name}=${cleanSetParameter(value)}`);
  for (const [name, file] of paths.setFiles) args.push('--set-file', `${name}=${cleanSetParameter(file)}`);
  for (const file of paths.valueFiles) args.push('--values', file);
  if (paths.valuesFile !== undefined) args.push('--values', paths.valuesFile);
  for (const version of unit.apiVersions ?? cluster.apiVersions ?? []) args.push('--api-versions', version);
  if (!unit.skipCrds) args.push('--include-crds');
  if (unit.skipSchemaValidation) args.push('--skip-schema-validation');
  if (unit.skipTests) args.push('--skip-tests');
  return args;
}

/**
 * util/helm `cleanSetParameters`: a value in braces is a Helm list and passes as is; elsewhere every
 * `,` not already escaped becomes `\,`, so a comma is part of the value rather than a new `--set` pair.
 */
export function cleanSetParameter(value: string): string {
  if (value.startsWith('{') && value.endsWith('}')) return value;
  let result = '';
  let previous = '';
  for (const char of value) {
    result += char === ',' && previous !== '\\' ? '\\,' : char;
    previous = char;
  }
  return result;
}
