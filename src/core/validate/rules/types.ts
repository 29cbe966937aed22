/**
 * What the GitOps rules of this folder take and give. The input is deliberately smaller than the
 * pipeline's `RuleContext` (`../rule.ts`): decoded objects with a way to locate a field, the raw
 * text of the files (for `$imagepolicy` comments, which decoding drops), and the cluster each
 * belongs to. References resolve within one cluster, because that is the set of objects one Flux
 * installation sees; the same base file applied to two clusters is two objects here.
 */
import type { SourceLocation } from '../../errors.js';
import type { ObjectIdentity } from '../../manifest/identity.js';
import type { JsonPath } from '../../yaml/json-path.js';
import type { KubeValue } from '../../yaml/kubernetes-decode.js';
import type { Finding, FindingOwner, RuleMetadata, Severity } from '../finding.js';

export interface RuleObject {
  identity: ObjectIdentity;
  /** Decoded the way the API server decodes it. Rules never mutate it. */
  object: Readonly<Record<string, KubeValue>>;
  /** Where the object is, for findings about the whole object. */
  location: SourceLocation;
  /** The field at `path`, or its nearest existing parent when the field is absent. */
  locate(path: JsonPath): SourceLocation;
  /** For rendered objects: what produced it. A finding then points at the owner, the file a person edits. */
  owner?: FindingOwner;
  /** The cluster whose Flux applies this object (`clusters/<name>`); objects without one form one set. */
  cluster?: string;
  /** The environment, when it differs from the cluster name; rules fall back to `cluster`. */
  environment?: string;
}

/** A YAML file as written, for what only the text carries (comments). */
export interface RuleFile {
  file: string;
  text: string;
  cluster?: string;
  environment?: string;
}

export interface RuleInput {
  objects: readonly RuleObject[];
  /** Every YAML file of each cluster, including kustomize patches, which are not objects. */
  files?: readonly RuleFile[];
}

export type RuleSeverity = Severity | 'off';

export interface RuleSettings {
  /** The Kubernetes release checked against, `1.35` or `1.35.0`. */
  kubernetesVersion: string;
  /** A severity, or `off`, per rule id; rules not named keep their default severity. */
  severities?: Readonly<Record<string, RuleSeverity>>;
  /** Environments whose HelmReleases must pin exact chart versions. Default: names containing `prod`. */
  productionEnvironments?: RegExp;
}

export interface GitopsRule {
  metadata: RuleMetadata;
  /** Findings at the rule's default severity; `runRules` applies the settings' severities. */
  check(input: RuleInput, settings: RuleSettings): Finding[];
}

/**
 * A finding about `object`, at `path` when given. A rendered object's finding points at its owner,
 * as `objectFinding` in `../rule.ts` does, so both kinds of rules land on the same line.
 */
export function objectFinding(
  rule: RuleMetadata,
  object: RuleObject,
  message: string,
  options: { path?: JsonPath; hint?: string } = {},
): Finding {
  const at = options.path === undefined ? object.location : object.locate(options.path);
  const finding: Finding = {
    ruleId: rule.id,
    severity: rule.defaultSeverity,
    message,
    location: object.owner?.location ?? at,
    object: object.identity,
  };
  if (options.path !== undefined) finding.jsonPath = options.path;
  if (object.owner !== undefined) finding.owner = object.owner;
  if (options.hint !== undefined) finding.hint = options.hint;
  return finding;
}
