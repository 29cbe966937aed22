import { apiGroup } from '../manifest/identity.js';
import type { App } from './apps.js';
import { ENV_TOKEN, pathTemplate, stripEnvironment } from './env-names.js';
import type { Environment } from './environments.js';
import {
  type BlockedField,
  type CompiledFieldOptions,
  extractFields,
  type PromotableField,
} from './fields.js';
import { isUnder, type ParsedRepo } from './repo-files.js';

/** The promotable and blocked fields of one app in one environment, by environment-neutral key. */
export interface AppFields {
  fields: Map<string, PromotableField[]>;
  blocked: Map<string, BlockedField[]>;
}

/** Extracts each file's fields once, however many apps and environments look at it. */
export class FieldCache {
  private readonly cache = new Map<string, ReturnType<typeof extractFields>>();

  constructor(
    private readonly parsed: ParsedRepo,
    private readonly options: CompiledFieldOptions,
  ) {}

  of(file: string): ReturnType<typeof extractFields> {
    let found = this.cache.get(file);
    if (found === undefined) {
      const yaml = this.parsed.yaml(file);
      found = yaml === undefined ? { fields: [], blocked: [] } : extractFields(yaml, this.options);
      this.cache.set(file, found);
    }
    return found;
  }

  forApp(app: App, environment: Environment): AppFields {
    const result: AppFields = { fields: new Map(), blocked: new Map() };
    const add = <T>(map: Map<string, T[]>, key: string, value: T) =>
      map.set(key, [...(map.get(key) ?? []), value]);
    for (const file of app.files) {
      const documents = new Set(app.documents.filter((d) => d.file === file).map((d) => d.document));
      const { fields, blocked } = this.of(file);
      for (const field of fields) {
        if (documents.has(field.document)) add(result.fields, fieldKey(field, environment), field);
      }
      for (const field of blocked) {
        if (documents.has(field.document)) add(result.blocked, fieldKey(field, environment), field);
      }
    }
    return result;
  }
}

/**
 * Pairs a field with its counterpart in the other environment. A named object is the same object
 * when its group, kind and name agree with the environment taken out of the name (HelmRelease
 * `shop` in both overlays, Application `guestbook-staging` and `guestbook-production`); the
 * namespace is left out, since environments often differ there. A document without a name (a
 * values file) is the same when its path agrees with the environment taken out of the path.
 */
export function fieldKey(field: PromotableField | BlockedField, environment: Environment): string {
  const { apiVersion, kind, name } = field.object;
  const document =
    kind !== '' && name !== ''
      ? `${apiGroup(apiVersion)}/${kind}/${stripEnvironment(name, environment.name)}`
      : `file:${fileKey(field.file, environment)}#${field.document}`;
  return `${document}|${field.pathText}`;
}

function fileKey(file: string, environment: Environment): string {
  const entry = environment.paths
    .filter((path) => isUnder(file, path))
    .sort((a, b) => b.length - a.length)[0];
  if (entry === undefined || entry === file) return pathTemplate(file, environment.name);
  const root = pathTemplate(entry, environment.name);
  const rel = pathTemplate(file.slice(entry.length + 1), environment.name);
  // An environment path without its own name in it (`deploy/prd`) still pairs by what lies below.
  return `${root.includes(ENV_TOKEN) ? root : '{root}'}/${rel}`;
}
