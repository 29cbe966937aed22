import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type SourceLocation, UsageError } from '../../errors.js';
import { type ObjectIdentity, objectKey } from '../../manifest/identity.js';
import type { FindingOwner } from '../finding.js';

/**
 * What a render output directory says about its objects, in `index.json`: which HelmRelease or
 * Kustomization produced each object, from which chart template, into which file. The render side
 * has not fixed its format yet; this is the small interface validation needs, and `readRenderedIndex`
 * is the one place to adapt when it is fixed.
 */
export interface RenderedIndex {
  units: RenderedUnit[];
}

export interface RenderedUnit {
  owner: { kind: string; name: string; namespace?: string; location?: SourceLocation };
  objects: RenderedEntry[];
}

export interface RenderedEntry {
  identity: ObjectIdentity;
  /** The rendered file holding the object, relative to the render output directory. */
  file: string;
  /** The chart template (`# Source:`), for Helm output. */
  template?: string;
}

export const RENDERED_INDEX = 'index.json';

export async function readRenderedIndex(directory: string): Promise<RenderedIndex> {
  const file = path.join(directory, RENDERED_INDEX);
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read the render index ${file}`, {
      cause: error,
      hint: 'Validate a directory written by `gitops-actions render`, or pass the manifests as paths.',
    });
  }
  const units = (value as { units?: unknown } | null)?.units;
  if (!Array.isArray(units) || !units.every(isUnit)) {
    throw new UsageError(`${file} is not a render index: expected {"units": [{"owner": …, "objects": […]}]}`);
  }
  return { units };
}

/** Owners by rendered file and object, for attaching to each decoded object. */
export function ownersOf(index: RenderedIndex): Map<string, FindingOwner> {
  const owners = new Map<string, FindingOwner>();
  for (const unit of index.units) {
    for (const entry of unit.objects) {
      const owner: FindingOwner = { ...unit.owner };
      if (entry.template !== undefined) owner.template = entry.template;
      owners.set(ownerKey(entry.file, entry.identity), owner);
    }
  }
  return owners;
}

/** Rendered files named by the index, relative to its directory, in first-seen order. */
export function renderedFiles(index: RenderedIndex): string[] {
  return [...new Set(index.units.flatMap((unit) => unit.objects.map((entry) => entry.file)))];
}

export function ownerKey(file: string, identity: ObjectIdentity): string {
  return `${file}\n${objectKey(identity)}`;
}

function isUnit(unit: unknown): unit is RenderedUnit {
  const candidate = unit as Partial<RenderedUnit> | null;
  return (
    typeof candidate?.owner?.kind === 'string' &&
    typeof candidate.owner.name === 'string' &&
    Array.isArray(candidate.objects) &&
    candidate.objects.every(
      (entry) => typeof entry?.file === 'string' && typeof entry.identity?.kind === 'string',
    )
  );
}
