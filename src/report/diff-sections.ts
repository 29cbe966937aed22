/**
 * The summary sections of a diff in Markdown, before the per-object diffs: headline, per-cluster
 * tables, images, risks, render failures and validation. Lists are cut at `limits` in the sticky
 * comment (the full diff has every row) with a line saying how many more there are.
 */
import type { ImageChange, ObjectChange, RenderDiff, Risk, UnitFailure } from '../core/diff/model.js';
import { formatLocation } from '../core/errors.js';
import { describeObject } from '../core/manifest/identity.js';
import { code, escapeMarkdown, raw, table } from './markdown.js';
import { plural } from './text.js';

/** What the lead's validation step found, for a short section of the comment. */
export interface ValidationSummary {
  errors: number;
  warnings: number;
  items: { file: string; line?: number; message: string; rule: string }[];
}

export interface SectionLimits {
  images: number;
  risks: number;
  failures: number;
  validation: number;
}

export const COMMENT_LIMITS: SectionLimits = { images: 50, risks: 50, failures: 30, validation: 20 };
export const NO_LIMITS: SectionLimits = {
  images: Number.POSITIVE_INFINITY,
  risks: Number.POSITIVE_INFINITY,
  failures: Number.POSITIVE_INFINITY,
  validation: Number.POSITIVE_INFINITY,
};

/** Messages from helm or kustomize can run to pages; a comment line needs the first sentence or so. */
const MESSAGE_CHARS = 500;

export function headline(diff: RenderDiff): string {
  const { totals } = diff;
  const clusters = plural(diff.clusters.length, 'cluster');
  const extra: string[] = [];
  if (totals.filtered > 0) extra.push(`${plural(totals.filtered, 'object')} differ only by noise (filtered)`);
  if (totals.masked > 0) extra.push(`${plural(totals.masked, 'field')} masked: changes on every render`);
  const tail = extra.length > 0 ? `\n\n_${extra.join('; ')}._` : '';
  if (!diff.changed && diff.failures.length > 0) {
    // Objects of a unit that did not render are unknown: "no changes" would be a claim we cannot make.
    return `### ⚠️ No changes found, but ${plural(diff.failures.length, 'unit')} did not render\n\nThe objects that rendered on both sides are the same in ${clusters}.${tail}\n\n`;
  }
  if (!diff.changed) {
    return `### ✅ No changes to rendered objects\n\nThe base and the head render the same objects in ${clusters}.${tail}\n\n`;
  }
  const counts = `**${totals.added} added · ${totals.changed} changed · ${totals.removed} removed**`;
  const changedClusters = diff.clusters.filter((c) => c.objects.length > 0).length;
  return `### 🔍 Rendered changes in ${plural(changedClusters, 'cluster')}\n\n${counts} (${clusters} rendered)${tail}\n\n`;
}

export function clusterTables(diff: RenderDiff): string {
  const parts: string[] = [];
  const unchanged = diff.clusters
    .filter((cluster) => cluster.objects.length === 0)
    .map((c) => code(c.cluster));
  for (const cluster of diff.clusters) {
    if (cluster.objects.length === 0) continue;
    parts.push(
      `#### ${code(cluster.cluster)}: ${cluster.added} added · ${cluster.changed} changed · ${cluster.removed} removed\n\n`,
      table(
        ['Kind', 'Added', 'Changed', 'Removed'],
        cluster.kinds.map((k) => [k.kind, k.added, k.changed, k.removed]),
      ),
      '\n',
    );
  }
  if (unchanged.length > 0 && diff.changed) parts.push(`Unchanged: ${unchanged.join(', ')}\n\n`);
  return parts.join('');
}

/** One row per distinct old → new, naming the workloads (a bump usually hits several). */
export function imagesSection(images: readonly ImageChange[], limit: number): string {
  if (images.length === 0) return '';
  const rows = new Map<string, { old?: string; new?: string; where: string[] }>();
  for (const image of images) {
    const key = `${image.old ?? ''}\0${image.new ?? ''}`;
    const row = rows.get(key) ?? { ...pick(image), where: [] };
    row.where.push(
      `${image.cluster}: ${describeObject(image.identity)} (${image.init ? 'init ' : ''}${image.container})`,
    );
    rows.set(key, row);
  }
  const all = [...rows.values()];
  const shown = all.slice(0, limit);
  const body = table(
    ['Old', 'New', 'Where'],
    shown.map((row) => [
      raw(row.old === undefined ? '—' : code(row.old)),
      raw(row.new === undefined ? '—' : code(row.new)),
      raw(listCell(row.where)),
    ]),
  );
  return `#### 📦 Images\n\n${body}${more(all.length - shown.length, 'image change')}\n`;
}

export function risksSection(risks: readonly Risk[], limit: number): string {
  if (risks.length === 0) return '';
  const lines = risks.slice(0, limit).map((risk) => {
    const icon = risk.level === 'error' ? '⛔' : '⚠️';
    const paths = risk.paths?.length ? `: ${risk.paths.slice(0, 5).map(code).join(', ')}` : '';
    const owner = risk.owner ? ` (${code(formatLocation(risk.owner))})` : '';
    return `- ${icon} ${code(risk.cluster)} ${escapeMarkdown(risk.message)}${paths}${owner}`;
  });
  return `#### Risks\n\n${lines.join('\n')}\n${more(risks.length - lines.length, 'risk')}\n`;
}

export function failuresSection(failures: readonly UnitFailure[], limit: number): string {
  if (failures.length === 0) return '';
  const lines = failures.slice(0, limit).map((failure) => {
    const side = failure.side === 'both' ? 'base and head' : failure.side;
    const owner = failure.owner ? ` (${code(formatLocation(failure.owner))})` : '';
    const hint = failure.hint ? ` ${escapeMarkdown(shorten(failure.hint))}` : '';
    return `- ❌ ${code(failure.unit)}${owner} on the ${side}: ${escapeMarkdown(shorten(failure.message))}${hint}`;
  });
  return (
    `#### Render failures\n\nWhat these units render is unknown on that side, so their objects are not listed as added or removed.\n\n` +
    `${lines.join('\n')}\n${more(failures.length - lines.length, 'failure')}\n`
  );
}

export function validationSection(validation: ValidationSummary | undefined, limit: number): string {
  if (validation === undefined) return '';
  const status = validation.errors > 0 ? '❌' : validation.warnings > 0 ? '⚠️' : '✅';
  const head = `#### ${status} Validation: ${plural(validation.errors, 'error')}, ${plural(validation.warnings, 'warning')}\n\n`;
  const lines = validation.items.slice(0, limit).map((item) => {
    const where = item.line === undefined ? item.file : `${item.file}:${item.line}`;
    return `- ${code(where)} ${code(item.rule)} ${escapeMarkdown(shorten(item.message))}`;
  });
  if (lines.length === 0) return head;
  return `${head}${lines.join('\n')}\n${more(validation.items.length - lines.length, 'finding')}\n`;
}

/** `± Deployment shop/web` with the cluster: the line an object is known by. */
export function objectTitle(object: ObjectChange): string {
  const sign = object.change === 'added' ? '+' : object.change === 'removed' ? '−' : '±';
  return `${sign} ${object.cluster} · ${describeObject(object.identity)}`;
}

function pick(image: ImageChange): { old?: string; new?: string } {
  return {
    ...(image.old === undefined ? {} : { old: image.old }),
    ...(image.new === undefined ? {} : { new: image.new }),
  };
}

function listCell(items: readonly string[]): string {
  const shown = items.slice(0, 5).map(escapeMarkdown);
  if (items.length > shown.length) shown.push(`and ${items.length - shown.length} more`);
  return shown.join('<br>');
}

function more(count: number, noun: string): string {
  return count > 0 ? `\n_… and ${count} more ${count === 1 ? noun : `${noun}s`} in the full diff._\n` : '';
}

function shorten(text: string): string {
  return text.length <= MESSAGE_CHARS ? text : `${text.slice(0, MESSAGE_CHARS - 1)}…`;
}
