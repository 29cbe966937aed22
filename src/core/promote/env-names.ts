/**
 * Environment names inside other names. The same thing is often spelled with its environment in
 * it (`guestbook-staging`, `values-production.yaml`, `apps/staging`); comparing across
 * environments means taking exactly that environment's name out, and nothing else: `prod` is not
 * `production`, because guessing is how a promotion edits the wrong file.
 */

/** What stands for the environment in a path or name template. */
export const ENV_TOKEN = '{env}';

const SEPARATOR = '[-_.]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `guestbook-staging` → `guestbook`, `staging-guestbook` → `guestbook`; `staging` stays `staging`. */
export function stripEnvironment(name: string, environment: string): string {
  const env = escapeRegExp(environment);
  const suffix = new RegExp(`^(.+)${SEPARATOR}${env}$`);
  const prefix = new RegExp(`^${env}${SEPARATOR}(.+)$`);
  return suffix.exec(name)?.[1] ?? prefix.exec(name)?.[1] ?? name;
}

/** The environment suffix of a name, when it has one: `values-staging` → `staging`. */
export function environmentSuffix(name: string): { base: string; environment: string } | undefined {
  const match = /^(.+)-([a-z0-9]+)$/.exec(name);
  return match ? { base: match[1] as string, environment: match[2] as string } : undefined;
}

/**
 * A path with every whole segment, or segment part delimited by `-`, `_` or `.`, equal to the
 * environment name replaced by `{env}`: `charts/web/values-staging.yaml` → `charts/web/values-{env}.yaml`.
 */
export function pathTemplate(file: string, environment: string): string {
  const env = escapeRegExp(environment);
  const token = new RegExp(`(^|[-_./])${env}(?=$|[-_./])`, 'g');
  return file.replace(token, `$1${ENV_TOKEN}`);
}

export function fromTemplate(template: string, environment: string): string {
  return template.replaceAll(ENV_TOKEN, environment);
}

/**
 * Conventional promotion order, used only to list detected environments in a readable order;
 * routes always come from the configuration or from explicit inputs.
 */
const CONVENTIONAL_ORDER = [
  'local',
  'dev',
  'development',
  'test',
  'testing',
  'qa',
  'uat',
  'stage',
  'staging',
  'preprod',
  'pre-production',
  'prod',
  'production',
];

export function compareEnvironmentNames(a: string, b: string): number {
  const rank = (name: string): number => {
    const index = CONVENTIONAL_ORDER.indexOf(name);
    return index === -1 ? CONVENTIONAL_ORDER.indexOf('stage') : index;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
