import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import schema from '../../../schema/gitops-actions.schema.json' with { type: 'json' };
import { GitopsError, type SourceLocation } from '../errors.js';
import type { RuleSeverity } from '../validate/rules/types.js';
import { locationOf, parseYamlFile } from '../yaml/documents.js';
import { type JsonPath, locatePath } from '../yaml/json-path.js';
import { decodeKubernetes } from '../yaml/kubernetes-decode.js';

/** The optional `.gitops-actions.yaml` at the repository root; see schema/gitops-actions.schema.json. */
export const CONFIG_FILE = '.gitops-actions.yaml';

export interface GitopsConfig {
  render?: RenderConfig;
  environments?: Record<string, { paths: string[] }>;
  routes?: string[];
  promotion?: {
    fields?: { files: string; path: string }[];
    allowBlocked?: string[];
    branchTemplate?: string;
  };
  validate?: {
    kubernetesVersions?: string[];
    schemaLocations?: string[];
    crds?: string[];
    rules?: Record<string, RuleSeverity>;
    productionEnvironments?: string;
  };
}

/** The `render` section: what `gitops-actions render` and actions/render render besides Flux trees. */
export interface RenderConfig {
  /** Cluster entry directories (relative to the repository root), used when none are given. */
  clusters?: string[];
  /** Plain Helm charts, each rendered once per environment with that environment's values files. */
  charts?: ConfiguredChart[];
}

export interface ConfiguredChart {
  name: string;
  /** The chart directory, relative to the repository root. */
  chart: string;
  namespace?: string;
  releaseName?: string;
  /** Environment → values files relative to the chart directory, in the order helm reads them. */
  environments: Record<string, string[]>;
}

const validateConfig = new Ajv({ allErrors: true, strict: false }).compile<GitopsConfig>(schema);

/** A configuration and where each of its keys is written, for errors about values the schema cannot check. */
export interface LoadedConfig {
  config: GitopsConfig;
  /** The file and line of the value at `path` (or of the deepest part of it that exists). */
  locate(path: JsonPath): SourceLocation;
}

/**
 * Reads the configuration of the repository at `root`: `{}` when there is none. A file that does
 * not parse or does not match the schema is an error at its file and line, never ignored.
 */
export async function loadConfig(root: string): Promise<GitopsConfig> {
  return (await readConfig(root)).config;
}

/** `loadConfig`, keeping the positions: locations name the file as `.gitops-actions.yaml`. */
export async function readConfig(root: string): Promise<LoadedConfig> {
  const empty: LoadedConfig = { config: {}, locate: () => ({ file: CONFIG_FILE }) };
  const file = path.join(root, CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return empty;
    throw error;
  }
  const yaml = parseYamlFile(CONFIG_FILE, text);
  const syntax = yaml.diagnostics.find((d) => d.severity === 'error');
  if (syntax) throw new GitopsError(syntax.message, { location: syntax.location });
  const document = yaml.documents[0];
  if (document === undefined) return empty;
  const value = decodeKubernetes(document.document, (node) => locationOf(yaml, node));
  if (value === null) return empty;
  const locate = (jsonPath: JsonPath) => locatePath(yaml, document, jsonPath).location;
  if (validateConfig(value)) return { config: value, locate };
  const error = validateConfig.errors?.[0] as ErrorObject;
  const jsonPath = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  throw new GitopsError(`${CONFIG_FILE}: ${describe(error)}`, {
    location: locate(jsonPath),
    hint: 'See schema/gitops-actions.schema.json in gitops-actions for every key.',
  });
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the file' : error.instancePath.slice(1).replaceAll('/', '.');
  if (error.keyword === 'additionalProperties') {
    return `${where}: unknown key "${(error.params as { additionalProperty: string }).additionalProperty}"`;
  }
  if (error.keyword === 'enum') {
    return `${where}: must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  }
  return `${where} ${error.message ?? 'is invalid'}`;
}

/** `staging -> production` lines (config or input) as routes; a chain gives one route per hop. */
export function parseRoutes(lines: readonly string[], source: string): { from: string; to: string }[] {
  const routes: { from: string; to: string }[] = [];
  for (const line of lines) {
    const hops = line.split(/\s*(?:->|→)\s*/).map((hop) => hop.trim());
    if (hops.length < 2 || hops.some((hop) => !/^[\w.-]+$/.test(hop))) {
      throw new GitopsError(`${source} has an invalid route "${line}": expected "staging -> production".`);
    }
    for (let i = 1; i < hops.length; i++) routes.push({ from: hops[i - 1] as string, to: hops[i] as string });
  }
  return routes;
}

/** The configuration's environments as the promote planner takes them. */
export function configuredEnvironments(environments: NonNullable<GitopsConfig['environments']>) {
  return Object.entries(environments).map(([name, { paths }]) => ({
    name,
    paths: paths.map((p) => p.replace(/^\.\//, '').replace(/\/+$/, '')),
  }));
}
