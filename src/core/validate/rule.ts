import type { SourceLocation } from '../errors.js';
import type { ObjectIdentity } from '../manifest/identity.js';
import type { JsonPath } from '../yaml/json-path.js';
import type { KubeValue } from '../yaml/kubernetes-decode.js';
import type { Finding, FindingOwner, RuleMetadata, Severity } from './finding.js';

/**
 * One decoded Kubernetes object as rules see it: what the API server would receive, and where a
 * person edits it. Positions beyond the document's first line cost a parse with positions, so they
 * are computed by `locate` only when a rule has something to say about the object.
 */
export interface RuleObject {
  identity: ObjectIdentity;
  /** Decoded the way the API server decodes it (YAML 1.1 typing, merges applied). Do not mutate. */
  object: Readonly<Record<string, KubeValue>>;
  /** The file and the line where the object's document starts (or its `kind: List` item). */
  location: SourceLocation;
  /** For rendered objects: the HelmRelease or Kustomization that produced it, and the chart template. */
  owner?: FindingOwner;
  /** For rendered objects: the cluster it was rendered for (its folder in the render output). */
  cluster?: string;
  /**
   * The file, line and column of a field, or of its nearest existing parent when the field is
   * absent. For a rendered object this is a place in the rendered file; findings point at the owner.
   */
  locate(path: JsonPath): SourceLocation;
}

/** What every rule receives: all objects of the run, so cross-object rules (references) can be written. */
export interface RuleContext {
  objects: readonly RuleObject[];
  /** The Kubernetes version being checked (`1.35`); rules run once per version of the run. */
  kubernetesVersion: string;
  /**
   * A Finding about `object`, located at `path` (the document start when omitted), with the object,
   * owner and JSON path filled in the way every rule should fill them.
   */
  finding(object: RuleObject, details: FindingDetails): Finding;
  /**
   * The text of an input file the pipeline has already read (repository-relative name), so that a
   * rule needing what decoding drops (comments) does not read thousands of files a second time.
   */
  text?(file: string): string | undefined;
}

export interface FindingDetails {
  ruleId: string;
  severity: Severity;
  message: string;
  path?: JsonPath;
  hint?: string;
}

/**
 * A check over decoded objects. Implementations live in `rules/`; the pipeline in
 * `input/validate-inputs.ts` runs each one per Kubernetes version and merges the findings.
 */
export interface Rule {
  metadata: RuleMetadata;
  check(context: RuleContext): Finding[] | Promise<Finding[]>;
}

/**
 * Builds the Finding for `details`. A rendered object's finding points at its owner, the file a
 * person edits, and keeps the rendered position in the message's reach through `owner.template`.
 */
export function objectFinding(object: RuleObject, details: FindingDetails): Finding {
  const at = details.path === undefined ? object.location : object.locate(details.path);
  const finding: Finding = {
    ruleId: details.ruleId,
    severity: details.severity,
    message: details.message,
    location: object.owner?.location ?? at,
    object: object.identity,
  };
  if (details.path !== undefined) finding.jsonPath = details.path;
  if (object.owner !== undefined) finding.owner = object.owner;
  if (details.hint !== undefined) finding.hint = details.hint;
  return finding;
}
