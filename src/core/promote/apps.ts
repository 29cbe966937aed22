import { readApplications } from './argocd-apps.js';
import { stripEnvironment } from './env-names.js';
import { type Environment, environmentFiles } from './environments.js';
import type { PromoteDiagnostic } from './plan-types.js';
import {
  documentObject,
  isArgoApplication,
  isHelmRelease,
  isUnder,
  isYamlPath,
  type ParsedRepo,
  posix,
} from './repo-files.js';

/** How an app got its name, which is also how it is matched in the other environment. */
export type AppOrigin = 'directory' | 'helmrelease' | 'application' | 'file';

export interface DocumentRef {
  file: string;
  /** 0-based index of the document in its file. */
  document: number;
}

/** One app in one environment: the documents that configure it there. */
export interface App {
  name: string;
  environment: string;
  origin: AppOrigin;
  documents: DocumentRef[];
  files: string[];
  /** HelmRelease and Application names (environment taken out): a renamed directory still shows. */
  releases: string[];
}

export interface AppMatch {
  name: string;
  source: App;
  target: App;
}

export interface AppMatching {
  matched: AppMatch[];
  /** In the source only, and not recognisable as a renamed target app: candidates for adding. */
  newApps: App[];
  /** Source apps whose counterpart exists under another name or cannot be told apart: never guessed. */
  mismatched: { app: App; message: string }[];
  targetOnly: App[];
  diagnostics: PromoteDiagnostic[];
}

/**
 * The apps of an environment. A document belongs to, in this order: the Argo CD Application whose
 * `helm.valueFiles` list its file; the directory directly under the environment path
 * (`apps/<env>/<app>/…`), or `<app>` for `<app>/overlays/<env>`; the HelmRelease or Application
 * it is (or the only one in its file); the directory of a file the environment lists by name
 * (`values-<env>.yaml` beside a chart); otherwise its file's name. Names lose the environment (`guestbook-staging` → `guestbook`).
 */
export function findApps(
  environment: Environment,
  parsed: ParsedRepo,
): { apps: App[]; diagnostics: PromoteDiagnostic[] } {
  const env = environment.name;
  const files = environmentFiles(environment, parsed.repo.files).filter(isYamlPath);
  const diagnostics: PromoteDiagnostic[] = [];
  const claims = claimedValueFiles(files, parsed, env, diagnostics);
  const apps = new Map<string, App>();
  for (const file of files) {
    const yaml = parsed.yaml(file);
    const broken = yaml?.diagnostics.find((d) => d.severity === 'error');
    if (broken !== undefined) {
      diagnostics.push({
        severity: 'warning',
        code: 'yaml-error',
        message: `${file} has a YAML error (${broken.message.split('\n')[0]}); documents the parser could not read are not promoted`,
        location: broken.location,
      });
    }
    const documents = parsed.documents(file);
    const objects = documents.map(documentObject);
    const named = objects.filter((object) => isHelmRelease(object) || isArgoApplication(object));
    for (const [index, doc] of documents.entries()) {
      const object = objects[index] as ReturnType<typeof documentObject>;
      const owner =
        claims.get(file) ??
        directoryApp(file, environment) ??
        objectApp(object, env) ??
        (named.length === 1 ? objectApp(named[0] as typeof object, env) : undefined) ??
        listedFileApp(file, environment) ??
        ({
          name: stripEnvironment(posix.basename(file).replace(/\.ya?ml$/, ''), env),
          origin: 'file',
        } as const);
      const app = apps.get(owner.name) ?? {
        name: owner.name,
        environment: env,
        origin: owner.origin,
        documents: [],
        files: [],
        releases: [],
      };
      app.documents.push({ file, document: doc.index });
      if (!app.files.includes(file)) app.files.push(file);
      const release = objectApp(object, env);
      if (release !== undefined && !app.releases.includes(release.name)) app.releases.push(release.name);
      apps.set(owner.name, app);
    }
  }
  return { apps: [...apps.values()].sort((a, b) => (a.name < b.name ? -1 : 1)), diagnostics };
}

type Owner = { name: string; origin: AppOrigin };

function objectApp(object: ReturnType<typeof documentObject>, env: string): Owner | undefined {
  if (object.name === '') return undefined;
  if (isHelmRelease(object)) return { name: stripEnvironment(object.name, env), origin: 'helmrelease' };
  if (isArgoApplication(object)) return { name: stripEnvironment(object.name, env), origin: 'application' };
  return undefined;
}

function deepestEntry(file: string, environment: Environment): string | undefined {
  return environment.paths.filter((path) => isUnder(file, path)).sort((a, b) => b.length - a.length)[0];
}

/** `values-<env>.yaml` beside a chart, or any file an environment lists by name: its directory. */
function listedFileApp(file: string, environment: Environment): Owner | undefined {
  if (deepestEntry(file, environment) !== file) return undefined;
  const dir = posix.basename(posix.dirname(file));
  return dir === '.' ? undefined : { name: dir, origin: 'directory' };
}

function directoryApp(file: string, environment: Environment): Owner | undefined {
  const entry = deepestEntry(file, environment);
  if (entry === undefined || entry === file) return undefined;
  const rel = file.slice(entry.length + 1).split('/');
  if (rel.length >= 2) return { name: rel[0] as string, origin: 'directory' };
  const parent = posix.dirname(entry);
  if (posix.basename(parent) === 'overlays' && posix.dirname(parent) !== '.') {
    return { name: posix.basename(posix.dirname(parent)), origin: 'directory' };
  }
  return undefined;
}

function claimedValueFiles(
  files: readonly string[],
  parsed: ParsedRepo,
  env: string,
  diagnostics: PromoteDiagnostic[],
): Map<string, Owner> {
  const claims = new Map<string, Owner>();
  const conflicts = new Set<string>();
  const inEnvironment = new Set(files);
  for (const file of files) {
    for (const application of readApplications(parsed, file)) {
      const name = stripEnvironment(application.name, env);
      for (const valueFile of application.valueFiles) {
        if (!inEnvironment.has(valueFile)) continue;
        const previous = claims.get(valueFile);
        if (previous !== undefined && previous.name !== name) conflicts.add(valueFile);
        claims.set(valueFile, { name, origin: 'application' });
      }
    }
  }
  for (const file of conflicts) {
    claims.delete(file);
    diagnostics.push({
      severity: 'warning',
      code: 'app-ambiguous',
      message: `${file} is a values file of several Argo CD Applications in ${env}; it is matched by its directory instead`,
      location: { file },
    });
  }
  return claims;
}

/**
 * Matches apps by name. A source app with no namesake whose HelmRelease or Application does exist
 * in the target under another app is a rename, and one whose releases exist in several target
 * apps is ambiguous: both are reported and left alone, never guessed.
 */
export function matchApps(source: readonly App[], target: readonly App[]): AppMatching {
  const result: AppMatching = { matched: [], newApps: [], mismatched: [], targetOnly: [], diagnostics: [] };
  const byName = new Map(target.map((app) => [app.name, app]));
  const claimed = new Set<App>();
  const holders = (app: App, except?: App) =>
    target.filter((other) => other !== except && other.releases.some((r) => app.releases.includes(r)));
  for (const app of source) {
    const namesake = byName.get(app.name);
    if (namesake !== undefined) {
      claimed.add(namesake);
      const disjoint =
        app.releases.length > 0 &&
        namesake.releases.length > 0 &&
        !app.releases.some((release) => namesake.releases.includes(release));
      if (disjoint) {
        const message = `${app.name} deploys ${app.releases.join(', ')} in ${app.environment} but ${namesake.releases.join(', ')} in ${namesake.environment}`;
        result.mismatched.push({ app, message });
        result.diagnostics.push({
          severity: 'warning',
          code: 'app-identity-mismatch',
          message,
          app: app.name,
        });
        continue;
      }
      for (const other of holders(app, namesake)) {
        result.diagnostics.push({
          severity: 'warning',
          code: 'app-ambiguous',
          app: app.name,
          message: `${other.releases.join(', ')} also appears in ${namesake.environment} as app ${other.name}; ${app.name} is matched by name`,
        });
      }
      result.matched.push({ name: app.name, source: app, target: namesake });
      continue;
    }
    const candidates = holders(app);
    for (const candidate of candidates) claimed.add(candidate);
    if (candidates.length === 0) {
      result.newApps.push(app);
      continue;
    }
    const where = candidates.map((c) => `${c.name} (${c.files.join(', ')})`).join(' and ');
    const code = candidates.length === 1 ? 'app-renamed' : 'app-ambiguous';
    const message =
      `${app.name} (${app.files.join(', ')}) in ${app.environment} deploys ${app.releases.join(', ')}, ` +
      `which ${candidates[0]?.environment} has as ${where}; use one name in both environments`;
    result.mismatched.push({ app, message });
    result.diagnostics.push({ severity: 'warning', code, message, app: app.name });
  }
  result.targetOnly = target.filter((app) => !claimed.has(app));
  return result;
}
