/**
 * Which units a change touches. Every input of a unit (its chart, composed values — so a values
 * ConfigMap read by valuesFrom too —, post-render patches, the cluster's CRDs, the tool versions) is
 * in its inputs digest, so a unit whose digest is the same on both sides renders the same objects on
 * both, and leaves nothing to compare. Those are never rendered; the rest are, on both sides.
 */
import type { RenderRun, RenderUnit } from './model.js';

/**
 * Ids of the units to render on both sides: present on one side only, a different inputs digest,
 * or no digest at all (a unit that failed before its inputs were known, so it is tried and its error
 * reported). Kustomization and ResourceSet units are built with their cluster's tree anyway and are
 * not listed.
 */
export function affectedUnits(base: Pick<RenderRun, 'units'>, head: Pick<RenderRun, 'units'>): Set<string> {
  const baseById = new Map(base.units.map((unit) => [unit.id, unit]));
  const headById = new Map(head.units.map((unit) => [unit.id, unit]));
  const affected = new Set<string>();
  for (const id of new Set([...baseById.keys(), ...headById.keys()])) {
    const before = baseById.get(id);
    const after = headById.get(id);
    if (isTreeUnit(before) || isTreeUnit(after)) continue;
    if (!sameInputs(before, after)) affected.add(id);
  }
  return affected;
}

function isTreeUnit(unit: RenderUnit | undefined): boolean {
  return unit?.kind === 'Kustomization' || unit?.kind === 'ResourceSet';
}

function sameInputs(before: RenderUnit | undefined, after: RenderUnit | undefined): boolean {
  if (before === undefined || after === undefined) return false;
  if (before.inputsDigest === undefined || after.inputsDigest === undefined) return false;
  if (before.status === 'failed' || after.status === 'failed') return false;
  return before.inputsDigest === after.inputsDigest;
}
