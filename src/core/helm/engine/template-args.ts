import { type ChartRef, DEFAULT_KUBE_VERSION, type RenderOptions } from './engine.js';

/**
 * The `helm template` arguments that reproduce helm-controller's install action
 * (internal/action/install.go `newInstall`) for one chart, values file and set of options:
 *
 * - the release name and `--namespace` are the controller's `ShortenName(GetReleaseName())` and
 *   `GetReleaseNamespace()`, which the caller computes from the HelmRelease;
 * - the override values go in as one `--values -` document on standard input, as the controller
 *   hands Helm one map;
 * - `--dry-run=client` (already `helm template`'s default, pinned here) keeps Helm away from any
 *   cluster a KUBECONFIG might name, so `lookup` always returns an empty result and a render
 *   depends on its inputs only. The controller's `lookup` sees the live cluster: a chart that
 *   branches on it renders here as on an empty cluster;
 * - `--kube-version` and `--api-versions` stand in for the discovery the controller does
 *   (`getCapabilities`): Helm adds the given API versions to its built-in Kubernetes ones;
 * - `--skip-crds` because the controller always sets `install.SkipCRDs` and applies `crds/` itself
 *   (internal/action/crds.go); `--include-crds` only to have Helm print them (with subcharts
 *   disabled by conditions or tags already left out) when the policy installs them;
 * - `--no-hooks` for `install.disableHooks`: `helm template` then omits the hooks, which never run;
 * - `--skip-schema-validation` for `install.disableSchemaValidation`.
 *
 * Not passed: `--is-upgrade` (the install action renders `.Release.IsInstall`), `--validate` and
 * `--dry-run=server` (no cluster), `--disable-openapi-validation` (a client-side render validates
 * nothing against the API server anyway), `--create-namespace` (Helm creates that Namespace
 * through the API, outside the manifest), `--post-renderer` (post-rendering is `post-render.ts`).
 */
export function templateArgs(chart: ChartRef, options: RenderOptions): string[] {
  const args = [
    options.releaseName,
    chart.path,
    '--namespace',
    options.namespace,
    '--values',
    '-',
    '--dry-run=client',
    '--kube-version',
    options.kubeVersion ?? DEFAULT_KUBE_VERSION,
    '--skip-crds',
  ];
  for (const apiVersion of new Set(options.apiVersions ?? [])) args.push('--api-versions', apiVersion);
  if ((options.crds ?? 'Create') !== 'Skip') args.push('--include-crds');
  if (options.disableHooks) args.push('--no-hooks');
  if (options.disableSchemaValidation) args.push('--skip-schema-validation');
  return args;
}
