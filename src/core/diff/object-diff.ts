/**
 * One object, base against head: which fields changed once noise is set aside, and the unified
 * diff of its YAML a reviewer reads. Everything here sees the object after `conceal`, so no secret
 * value reaches a hunk or the text.
 */
import { stringify } from 'yaml';
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import type { ObjectIdentity } from '../manifest/identity.js';
import { conceal, isSensitive } from './conceal.js';
import { digestSchemas, isCrd, isSchemaPath, schemaSummary } from './crd-schema.js';
import { fieldDiff, type RawHunk } from './field-diff.js';
import { formatPath, setAt } from './field-path.js';
import { unifiedDiff, wholeText } from './line-diff.js';
import type { FieldHunk, NoiseOptions } from './model.js';
import { classifyHunks } from './noise.js';

export interface ObjectComparison {
  /** `unchanged`: no field differs; `filtered`: only noise or masked fields differ. */
  outcome: 'unchanged' | 'filtered' | 'changed';
  hunks: FieldHunk[];
  masked: string[];
  filteredFields: number;
  text: string;
  sensitive: boolean;
  /** The concealed objects, for the signals computed from them (images, risks). */
  base: KubeObject;
  head: KubeObject;
}

export function compareObjects(
  identity: ObjectIdentity,
  baseObject: KubeObject,
  headObject: KubeObject,
  noise: NoiseOptions,
  masks: readonly string[],
): ObjectComparison {
  const base = conceal(baseObject);
  const head = conceal(headObject);
  const sensitive = base !== baseObject || head !== headObject;
  const raw = fieldDiff(base, head);
  const result = { hunks: [], masked: [], filteredFields: 0, text: '', sensitive, base, head };
  if (raw.length === 0) return { outcome: 'unchanged', ...result };
  const paths = raw.map((hunk) => formatPath(hunk.path));
  const verdicts = classifyHunks(raw, paths, noise, masks);
  const masked = paths.filter((_, index) => verdicts[index] === 'masked');
  const filteredFields = verdicts.filter((verdict) => verdict === 'noise').length;
  const real = raw.filter((_, index) => verdicts[index] === 'real');
  if (real.length === 0) return { outcome: 'filtered', ...result, masked, filteredFields };

  // The text shows the head with its noise put back to the base's values, so the lines a reviewer
  // reads are the same changes the hunks list.
  const shown = structuredClone(head);
  for (const [index, hunk] of raw.entries()) {
    if (verdicts[index] !== 'real') setAt(shown, hunk.path, hunk.old);
  }
  const crd = isCrd(identity);
  const text = unifiedDiff(
    objectYaml(crd ? digestSchemas(base) : base),
    objectYaml(crd ? digestSchemas(shown) : shown),
  );
  return { outcome: 'changed', ...result, masked, filteredFields, text, hunks: fieldHunks(real, crd) };
}

/** The text of an object present on one side only: every line added or removed. */
export function wholeObject(
  identity: ObjectIdentity,
  object: KubeObject,
  kind: '+' | '-',
): { text: string; sensitive: boolean; object: KubeObject } {
  const concealed = conceal(object);
  const shown = isCrd(identity) ? digestSchemas(concealed) : concealed;
  return { text: wholeText(objectYaml(shown), kind), sensitive: isSensitive(object), object: concealed };
}

function fieldHunks(real: readonly RawHunk[], crd: boolean): FieldHunk[] {
  const schema = crd ? real.filter((hunk) => isSchemaPath(hunk.path)) : [];
  const hunks: FieldHunk[] = real
    .filter((hunk) => !crd || !isSchemaPath(hunk.path))
    .map((hunk) => ({
      path: formatPath(hunk.path),
      change: hunk.change,
      ...(hunk.old === undefined ? {} : { old: hunk.old }),
      ...(hunk.new === undefined ? {} : { new: hunk.new }),
    }));
  if (schema.length > 0) hunks.push(schemaSummary(schema));
  return hunks;
}

/** As the render writes objects: YAML 1.1 quoting, since Kubernetes reads `yes` and `on` as booleans. */
function objectYaml(object: KubeObject): string {
  return stringify(object, { version: '1.1', lineWidth: 0 });
}
