import { type Edit, EditError } from '../edits/edit.js';
import { scalarEdit } from '../edits/scalar-edit.js';
import { describeBlock } from './block-list.js';
import { driftOf, type SourceHistory } from './drift.js';
import type { AppFields } from './field-index.js';
import { type PromotableField, withImageVersion } from './fields.js';
import type { Drift, PromoteDiagnostic, PromotionChange, Skipped } from './plan-types.js';

export interface AppPlan {
  changes: PromotionChange[];
  edits: Edit[];
  drift: Drift[];
  skipped: Skipped[];
  diagnostics: PromoteDiagnostic[];
}

export interface AppPlanInput {
  app: string;
  sourceEnvironment: string;
  source: AppFields;
  target: AppFields;
  read: (file: string) => string;
  history: SourceHistory | undefined;
}

/**
 * Compares one app's fields across the route. Every target field with a source counterpart gets
 * the source's value, except where that would roll back a newer target; what cannot be paired is
 * said, not dropped. Promotion changes values: it never adds or removes fields.
 */
export function planApp(input: AppPlanInput): AppPlan {
  const plan: AppPlan = { changes: [], edits: [], drift: [], skipped: [], diagnostics: [] };
  const { app, source, target } = input;
  const blockedKeys = new Set([...source.blocked.keys(), ...target.blocked.keys()]);
  for (const key of [...blockedKeys].sort()) {
    const field = target.blocked.get(key)?.[0] ?? source.blocked.get(key)?.[0];
    if (field === undefined) continue;
    plan.skipped.push({
      app,
      reason: 'blocked',
      file: field.file,
      line: field.line,
      path: field.pathText,
      message: describeBlock(field.verdict, field.path),
    });
  }
  for (const [key, targets] of target.fields) {
    const sources = source.fields.get(key);
    const targetField = targets[0] as PromotableField;
    if (sources === undefined) {
      if (blockedKeys.has(key)) continue;
      skip(
        plan,
        app,
        'not-in-source',
        targetField,
        `${input.sourceEnvironment} has no such field to promote from`,
      );
      continue;
    }
    if (targets.length > 1 || sources.length > 1) {
      ambiguous(plan, app, targets.length > 1 ? targets : sources);
      continue;
    }
    compare(plan, input, sources[0] as PromotableField, targetField);
  }
  for (const [key, sources] of source.fields) {
    if (target.fields.has(key) || blockedKeys.has(key)) continue;
    const field = sources[0] as PromotableField;
    skip(
      plan,
      app,
      'missing-in-target',
      field,
      'the target has no such field; add it by hand, promotion only changes values',
    );
  }
  return plan;
}

function compare(plan: AppPlan, input: AppPlanInput, from: PromotableField, to: PromotableField): void {
  const { app } = input;
  if (from.value === to.value) return;
  const history = input.history?.(input.sourceEnvironment, from.file, from.pathText);
  const reason = driftOf({ sourceValue: from.value, targetValue: to.value, history });
  const drift: Drift | undefined =
    reason === undefined
      ? undefined
      : {
          app,
          file: to.file,
          line: to.line,
          path: to.pathText,
          targetValue: to.value,
          sourceValue: from.value,
          reason,
          overwritten: reason !== 'newer-than-source',
        };
  if (drift?.reason === 'newer-than-source') {
    plan.drift.push(drift);
    skip(plan, app, 'target-newer', to, `the target runs ${to.value}, newer than ${from.value}; it is kept`);
    return;
  }
  const next = to.kind === 'image' ? withImageVersion(to.raw, from.value) : from.value;
  let edit: Edit | undefined;
  try {
    edit = scalarEdit(to.file, input.read(to.file), to.node, next);
  } catch (error) {
    if (!(error instanceof EditError)) throw error;
    skip(plan, app, 'not-editable', to, error.message);
    plan.diagnostics.push({
      severity: 'warning',
      code: 'not-editable',
      app,
      message: `${to.pathText}: ${error.message}`,
      location: error.location ?? { file: to.file, line: to.line },
    });
    return;
  }
  if (edit === undefined) return;
  if (drift !== undefined) plan.drift.push(drift);
  plan.edits.push(edit);
  plan.changes.push({
    app,
    file: to.file,
    line: to.line,
    path: to.pathText,
    kind: to.kind,
    from: to.value,
    to: from.value,
    sourceFile: from.file,
    sourceLine: from.line,
  });
}

function skip(
  plan: AppPlan,
  app: string,
  reason: Skipped['reason'],
  field: PromotableField,
  message: string,
) {
  plan.skipped.push({ app, reason, file: field.file, line: field.line, path: field.pathText, message });
}

function ambiguous(plan: AppPlan, app: string, fields: readonly PromotableField[]): void {
  const first = fields[0] as PromotableField;
  const where = fields.map((field) => `${field.file}:${field.line}`).join(', ');
  const message = `${first.pathText} of the same object is set in several places (${where}); it is not promoted`;
  skip(plan, app, 'ambiguous', first, message);
  plan.diagnostics.push({
    severity: 'warning',
    code: 'ambiguous-field',
    app,
    message,
    location: { file: first.file, line: first.line },
  });
}
