/** Plain-text lines about a render, shared by the CLI and the action's log. */
import { formatLocation } from '../errors.js';
import type { RenderDiagnostic, RenderUnit } from './model.js';
import type { IndexCluster } from './output.js';

/** `HelmRelease shop/shop (apps/base/shop/release.yaml:3)`. */
export function describeUnit(unit: Pick<RenderUnit, 'kind' | 'namespace' | 'name' | 'owner'>): string {
  const where = unit.owner ? ` (${formatLocation(unit.owner)})` : '';
  return `${unit.kind} ${unit.namespace}/${unit.name}${where}`;
}

/** A failed unit: what, where, the Kustomizations that led to it, the tool's message and a hint. */
export function failureText(unit: RenderUnit): string {
  const lines = [`${unit.cluster}: ${describeUnit(unit)} failed: ${unit.error?.message ?? 'unknown error'}`];
  if (unit.chain.length > 0) lines.push(`  applied by: ${unit.chain.join(' → ')}`);
  if (unit.error?.hint) lines.push(`  hint: ${unit.error.hint}`);
  return lines.join('\n');
}

export function diagnosticText(diagnostic: RenderDiagnostic): string {
  const where = diagnostic.location ? `${formatLocation(diagnostic.location)}: ` : '';
  const hint = diagnostic.hint ? `\n  hint: ${diagnostic.hint}` : '';
  return `${diagnostic.cluster}: ${diagnostic.severity}: ${where}${diagnostic.message}${hint}`;
}

export function clusterLine(cluster: IndexCluster, cached: number): string {
  return `${cluster.name}: ${cluster.units} units (${cached} cached), ${cluster.objects} objects, ${cluster.failed} failed`;
}
