import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/config.js';
import { type GitopsError, UsageError } from '../errors.js';
import { parseKubernetesVersion } from '../schema/kubernetes-version.js';
import { schemaReader } from '../schema/schema-reader.js';
import { type DownloadOptions, ensureUpstreamOpenApi } from '../schema/upstream.js';
import type { ValidationReport } from './finding.js';
import { gitopsRules } from './gitops-rules.js';
import { validateInputs } from './input/validate-inputs.js';
import type { RuleSeverity } from './rules/types.js';

const HTTP_URL = /^https?:\/\//i;

/** The newest Kubernetes release the suite knows: the default target. */
export const DEFAULT_KUBERNETES_VERSION = '1.35';

export interface ValidationSettings {
  repoRoot: string;
  /** Files, directories and globs relative to repoRoot; default `.` unless `rendered` is given. */
  paths: string[];
  /** A render output directory with index.json. */
  rendered?: string;
  kubernetesVersions: string[];
  /**
   * Directories laid out as `v<major>.<minor>/swagger.json`, or kubeconform-style locations, in
   * order: a local template (anything with `{{`), an `http(s)://` URL (a base URL gets kubeconform's
   * layout appended), or `default`, kubeconform's default catalog. Schemas read over HTTP
   * are kept in `cacheDir/locations`.
   */
  schemaLocations: string[];
  strict: boolean;
  /** Downloaded OpenAPI files, converted schemas and schemas read over HTTP are kept here between runs. */
  cacheDir: string;
  severities: Record<string, RuleSeverity>;
  /** CRD files or directories used only as schemas (Flux's, vendors'), relative to repoRoot. */
  crdPaths?: string[];
  /** How to fetch upstream OpenAPI files a local location lacks; false: offline. */
  download: DownloadOptions | false;
  productionEnvironments?: RegExp;
  concurrency?: number;
}

export interface ValidationRun {
  report: ValidationReport;
  /** Things a person should know about how the run was done (a download that failed, offline). */
  notes: string[];
}

/**
 * Fills what the caller left empty from the `validate` section of .gitops-actions.yaml; rule
 * severities merge, the caller's winning per rule.
 */
export async function withConfigDefaults(settings: ValidationSettings): Promise<ValidationSettings> {
  const config = (await loadConfig(settings.repoRoot)).validate ?? {};
  const production = settings.productionEnvironments ?? config.productionEnvironments;
  return {
    ...settings,
    kubernetesVersions:
      settings.kubernetesVersions.length > 0
        ? settings.kubernetesVersions
        : (config.kubernetesVersions ?? []),
    schemaLocations:
      settings.schemaLocations.length > 0 ? settings.schemaLocations : (config.schemaLocations ?? []),
    crdPaths: settings.crdPaths && settings.crdPaths.length > 0 ? settings.crdPaths : (config.crds ?? []),
    severities: { ...(config.rules ?? {}), ...settings.severities },
    ...(production === undefined
      ? {}
      : { productionEnvironments: production instanceof RegExp ? production : new RegExp(production) }),
  };
}

/** Everything `gitops-actions validate` and actions/validate do before they report. */
export async function runValidation(requested: ValidationSettings): Promise<ValidationRun> {
  const settings = await withConfigDefaults(requested);
  const versions =
    settings.kubernetesVersions.length > 0 ? settings.kubernetesVersions : [DEFAULT_KUBERNETES_VERSION];
  for (const version of versions) parseKubernetesVersion(version);
  const directories: string[] = [];
  const templates: string[] = [];
  for (const location of settings.schemaLocations) {
    // A local template is relative to the repository, like every other path of the run.
    if (location === 'default' || HTTP_URL.test(location)) templates.push(location);
    else if (location.includes('{{')) templates.push(path.resolve(settings.repoRoot, location));
    else {
      const dir = path.resolve(settings.repoRoot, location);
      if (!existsSync(dir) || !statSync(dir).isDirectory()) {
        throw new UsageError(
          `schema location ${location} is neither a directory, an http(s) URL nor a template with {{…}}`,
        );
      }
      directories.push(dir);
    }
  }
  const notes: string[] = [];
  if (settings.download === false && templates.some((template) => HTTP_URL.test(template))) {
    notes.push('offline: HTTP schema locations are read from the cache only');
  }
  const missing = versions.filter((version) => !directories.some((dir) => hasVersion(dir, version)));
  if (missing.length > 0) {
    if (settings.download === false) {
      notes.push(`offline: no OpenAPI for Kubernetes ${missing.join(', ')}, so built-in kinds are skipped`);
    } else {
      const upstream = path.join(settings.cacheDir, CACHE.openApi);
      for (const version of missing) {
        try {
          await ensureUpstreamOpenApi(version, upstream, settings.download);
          if (!directories.includes(upstream)) directories.push(upstream);
        } catch (error) {
          notes.push(`${(error as GitopsError).message}; built-in kinds of ${version} are skipped`);
        }
      }
    }
  }
  const stillMissing = versions.filter((version) => !directories.some((dir) => hasVersion(dir, version)));
  if (stillMissing.length > 0 && stillMissing.length < versions.length) {
    throw new UsageError(
      `no OpenAPI for Kubernetes ${stillMissing.join(', ')} while others have one; results would not be comparable`,
      { hint: 'Give a schema location holding every version, or validate those versions separately.' },
    );
  }
  const report = await validateInputs({
    paths: settings.paths.length > 0 || settings.rendered !== undefined ? settings.paths : ['.'],
    ...(settings.rendered === undefined ? {} : { rendered: settings.rendered }),
    repoRoot: settings.repoRoot,
    kubernetesVersions: versions,
    schema: {
      openApiDirectories: stillMissing.length === 0 ? directories : [],
      locations: templates,
      strict: settings.strict,
      cacheDirectory: path.join(settings.cacheDir, CACHE.schemas),
      reader: schemaReader({
        cacheDirectory: path.join(settings.cacheDir, CACHE.locations),
        ...(settings.download === false ? { offline: true } : settings.download),
      }),
    },
    rules: gitopsRules({
      repoRoot: settings.repoRoot,
      severities: settings.severities,
      ...(settings.productionEnvironments ? { productionEnvironments: settings.productionEnvironments } : {}),
    }),
    ...(settings.concurrency === undefined ? {} : { concurrency: settings.concurrency }),
    ...(settings.crdPaths && settings.crdPaths.length > 0 ? { crdPaths: settings.crdPaths } : {}),
  });
  return { report, notes };
}

/**
 * What a run keeps in `cacheDir`: downloaded OpenAPI files, converted schemas, and schemas read
 * over HTTP. An action caching them between workflow runs caches exactly these.
 */
export function validationCacheDirectories(cacheDir: string): string[] {
  return [CACHE.openApi, CACHE.schemas, CACHE.locations].map((name) => path.join(cacheDir, name));
}

const CACHE = { openApi: 'openapi', schemas: 'schemas', locations: 'locations' } as const;

function hasVersion(dir: string, version: string): boolean {
  const { major, minor } = parseKubernetesVersion(version);
  return existsSync(path.join(dir, `v${major}.${minor}`, 'swagger.json'));
}

/** `rule-id=severity` lines (inputs, flags) to a severities map, naming a bad line. */
export function parseSeverities(lines: readonly string[]): Record<string, RuleSeverity> {
  const result: Record<string, RuleSeverity> = {};
  for (const line of lines) {
    const match = /^([a-z0-9./-]+)\s*=\s*(error|warning|notice|off)$/.exec(line.trim());
    if (!match)
      throw new UsageError(`invalid rule setting "${line}": expected rule-id=error|warning|notice|off`);
    result[match[1] as string] = match[2] as RuleSeverity;
  }
  return result;
}
