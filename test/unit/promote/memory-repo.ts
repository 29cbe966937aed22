import { applyEdits, type Edit } from '../../../src/core/edits/edit.js';
import type { PromotionPlan } from '../../../src/core/promote/plan-types.js';
import type { RepoFiles } from '../../../src/core/promote/repo-files.js';

/** A repository held in memory: path → text. Tests build small layouts without touching disk. */
export function memoryRepo(files: Record<string, string>): RepoFiles {
  return {
    files: Object.keys(files).sort(),
    read: (file) => {
      const text = files[file];
      if (text === undefined) throw new Error(`no file ${file}`);
      return text;
    },
  };
}

/** The files after the plan: edits applied file by file, new files created. */
export function applyPlan(files: Record<string, string>, plan: PromotionPlan): Record<string, string> {
  const next = { ...files };
  const byFile = new Map<string, Edit[]>();
  for (const edit of plan.edits) byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), edit]);
  for (const [file, edits] of byFile) next[file] = applyEdits(next[file] as string, edits);
  for (const added of plan.newFiles) next[added.file] = added.content;
  return next;
}

/** Tagged template that strips the common indentation, so YAML can be written inline. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce(
    (text, part, i) => text + part + (i < values.length ? String(values[i]) : ''),
    '',
  );
  const lines = raw.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0));
  return lines.map((l) => l.slice(indent)).join('\n');
}
