import type { Edit } from '../edits/edit.js';
import type { SourceLocation } from '../errors.js';
import type { Route } from './environments.js';
import type { FieldKind } from './fields.js';

/** Something a person should know about the plan; errors mean part of it could not be planned. */
export interface PromoteDiagnostic {
  severity: 'error' | 'warning' | 'info';
  code:
    | 'overlapping-environments'
    | 'mixed-environment-file'
    | 'app-renamed'
    | 'app-ambiguous'
    | 'app-identity-mismatch'
    | 'unknown-app-filter'
    | 'target-only-app'
    | 'ambiguous-field'
    | 'not-editable'
    | 'yaml-error'
    | 'new-app-not-listed';
  message: string;
  app?: string;
  location?: SourceLocation;
}

/** One value to change in the target: `from` and `to` are promoted values (a tag, `tag@digest`, a version). */
export interface PromotionChange {
  app: string;
  file: string;
  line: number;
  /** The field's YAML path: `spec.values.image.tag`, `spec.template.spec.containers[name=web].image`. */
  path: string;
  kind: FieldKind;
  from: string;
  to: string;
  sourceFile: string;
  sourceLine: number;
}

export type DriftReason = 'never-in-source-history' | 'newer-than-source';

/** A target value that did not come from the source. Always said out loud, never silently replaced. */
export interface Drift {
  app: string;
  file: string;
  line: number;
  path: string;
  targetValue: string;
  sourceValue: string;
  reason: DriftReason;
  /** True when the plan still replaces the value (it is in `changes`); false when it keeps it. */
  overwritten: boolean;
}

export type SkipReason =
  | 'not-selected'
  | 'excluded'
  | 'new-app'
  | 'app-mismatch'
  | 'blocked'
  | 'missing-in-target'
  | 'not-in-source'
  | 'target-newer'
  | 'unversioned'
  | 'ambiguous'
  | 'not-editable';

/** Something the plan looked at and chose not to change, with the reason a reviewer needs. */
export interface Skipped {
  app: string;
  reason: SkipReason;
  message: string;
  file?: string;
  line?: number;
  path?: string;
}

/** A file to create in the target for a new app (`includeNewApps`): a copy of the source's file. */
export interface NewFile {
  app: string;
  file: string;
  sourceFile: string;
  content: string;
}

/** An app the source has and the target does not. */
export interface NewApp {
  app: string;
  sourceFiles: string[];
  /** True when `newFiles` holds its files; false when it was only reported. */
  included: boolean;
  /** Why it was not included, when it was not. */
  reason?: string;
}

export interface PromotionPlan {
  route: Route;
  changes: PromotionChange[];
  /** The changes as byte-exact scalar edits of the target's files, for `writeEdits`. */
  edits: Edit[];
  newApps: NewApp[];
  newFiles: NewFile[];
  skipped: Skipped[];
  drift: Drift[];
  diagnostics: PromoteDiagnostic[];
}
