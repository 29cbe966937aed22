/**
 * The plan both modes produce: edits to apply, the changes for people (PR body, job summary), and
 * the same changes in image-automation-controller's `update.Result` shape for the commit message.
 */
import { type Edit, EditError } from '../../edits/edit.js';
import { scalarEdit } from '../../edits/scalar-edit.js';
import type { ObjectIdentity } from '../../manifest/identity.js';
import type { ImageDiagnostic, PolicyRef } from '../diagnostics.js';
import type { SetterField } from '../markers/marker-comment.js';
import type { FluxObjectId } from '../markers/marker-parse.js';
import type { ScannedFile } from '../markers/marker-scan.js';
import type { SetterBinding } from './resolve-setters.js';

export interface PlannedChange {
  /** Repository-relative path. */
  file: string;
  line: number;
  column: number;
  /** The marker's setter name, as written. */
  setter: string;
  field: SetterField;
  old: string;
  new: string;
  object: ObjectIdentity | undefined;
  policy: PolicyRef;
}

/** Flux's `update.Change`. */
export interface FluxChange {
  OldValue: string;
  NewValue: string;
  Setter: string;
}

/**
 * Flux's `update.Result.FileChanges` (file → object → changes) as ordered lists: files in scan
 * order, objects and changes in document order. `file` is relative to the scanned path (Flux:
 * relative to `spec.update.path`).
 */
export interface UpdateResult {
  files: { file: string; objects: { id: FluxObjectId; changes: FluxChange[] }[] }[];
}

export interface ImageBumpPlan {
  edits: Edit[];
  changes: PlannedChange[];
  result: UpdateResult;
  diagnostics: ImageDiagnostic[];
}

/** A value a setter should hold. */
export interface SetterUpdate {
  binding: SetterBinding;
  value: string;
}

/**
 * Turns desired values into a plan. A setter whose value is already the desired text yields
 * nothing: Flux compares text, so a plain `1.10` that should be the string "1.10" is left alone
 * (quoting it would change the type, not the text, and Flux records no change there).
 */
export function assemblePlan(
  updates: readonly SetterUpdate[],
  files: readonly ScannedFile[],
  diagnostics: ImageDiagnostic[],
): ImageBumpPlan {
  const byFile = new Map(files.map((f) => [f.file, f]));
  const textOf = (file: string) => byFile.get(file)?.text ?? '';
  const resultPathOf = (file: string) => byFile.get(file)?.resultPath ?? file;
  const plan: ImageBumpPlan = { edits: [], changes: [], result: { files: [] }, diagnostics };
  const record = recorder(plan.result);
  for (const { binding, value } of updates) {
    const { setter } = binding;
    if (setter.current === value) continue;
    let edit: Edit | undefined;
    try {
      edit = scalarEdit(setter.file, textOf(setter.file), setter.node, value);
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
      diagnostics.push({
        severity: 'error',
        code: 'not-editable',
        location: { file: setter.file, line: setter.line, column: setter.column },
        reason: `cannot write ${JSON.stringify(value)} here: ${error.message}`,
        policy: setter.policy,
      });
      continue;
    }
    if (edit === undefined) continue;
    plan.edits.push(edit);
    plan.changes.push({
      file: setter.file,
      line: setter.line,
      column: setter.column,
      setter: setter.setter,
      field: setter.field,
      old: setter.current,
      new: value,
      object: setter.object,
      policy: setter.policy,
    });
    record(resultPathOf(setter.file), setter.objectId, {
      OldValue: setter.current,
      NewValue: value,
      Setter: setter.setter,
    });
  }
  return plan;
}

type ResultFile = UpdateResult['files'][number];
type ResultObject = ResultFile['objects'][number];

/** Appends to `result` in recording order; the maps find an entry without searching the lists. */
function recorder(result: UpdateResult) {
  const files = new Map<string, { entry: ResultFile; objects: Map<string, ResultObject> }>();
  return (file: string, id: FluxObjectId, change: FluxChange): void => {
    let found = files.get(file);
    if (found === undefined) {
      found = { entry: { file, objects: [] }, objects: new Map() };
      files.set(file, found);
      result.files.push(found.entry);
    }
    // Flux keys objects by their whole identifier: equal fields are the same object.
    const key = JSON.stringify([id.apiVersion, id.kind, id.namespace, id.name]);
    let object = found.objects.get(key);
    if (object === undefined) {
      object = { id, changes: [] };
      found.objects.set(key, object);
      found.entry.objects.push(object);
    }
    object.changes.push(change);
  };
}

/**
 * The changes in recording order, one per value written, with the file as Flux keys it: the input
 * a commit-message template renders (`.Changed`).
 */
export function recordedChanges(
  result: UpdateResult,
): { file: string; objectId: FluxObjectId; oldValue: string; newValue: string; setter: string }[] {
  return result.files.flatMap(({ file, objects }) =>
    objects.flatMap(({ id, changes }) =>
      changes.map((c) => ({
        file,
        objectId: id,
        oldValue: c.OldValue,
        newValue: c.NewValue,
        setter: c.Setter,
      })),
    ),
  );
}
