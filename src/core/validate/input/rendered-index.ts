import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type SourceLocation, UsageError } from '../../errors.js';
import { type ObjectIdentity, objectKey } from '../../manifest/identity.js';
import type { FindingOwner } from '../finding.js';

/**
 * What a render output directory says about its objects, in `index.json` (written by
 * `gitops-actions render`, see src/core/render/output.ts): which HelmRelease or Kustomization
 * produced each object, from which chart template or hand-written file, into which file.
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
  /** Where a hand-written object is written, for a Kustomization's output. */
  location?: SourceLocation;
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
  if (!Array.isArray(units) || !units.every(isIndexUnit)) {
    throw new UsageError(`${file} is not a render index: expected {"units": [{"kind": …, "objects": […]}]}`, {
      hint: 'Validate a directory written by `gitops-actions render`.',
    });
  }
  return { units: units.filter((unit) => unit.file !== undefined).map(renderedUnit) };
}

/** One unit of render's index.json, as much of it as validation reads. */
interface IndexUnit {
  kind: string;
  name: string;
  namespace: string;
  owner?: SourceLocation;
  /** Absent when the unit produced nothing. */
  file?: string;
  objects: (ObjectIdentity & { source?: string })[];
}

function renderedUnit(unit: IndexUnit): RenderedUnit {
  const file = unit.file as string;
  return {
    owner: {
      kind: unit.kind,
      name: unit.name,
      namespace: unit.namespace,
      ...(unit.owner ? { location: unit.owner } : {}),
    },
    objects: unit.objects.map(({ source, ...identity }) => {
      // Kustomization and ResourceSet output names the hand-written `file:line`; Helm output names the template.
      const handWritten = unit.kind === 'Kustomization' || unit.kind === 'ResourceSet';
      const location = handWritten && source ? sourceLocation(source) : undefined;
      return {
        identity,
        file,
        ...(location ? { location } : source ? { template: source } : {}),
      };
    }),
  };
}

function sourceLocation(source: string): SourceLocation {
  const match = /^(.*):(\d+)$/.exec(source);
  return match ? { file: match[1] as string, line: Number(match[2]) } : { file: source };
}

/** Owners by rendered file and object, for attaching to each decoded object. */
export function ownersOf(index: RenderedIndex): Map<string, FindingOwner> {
  const owners = new Map<string, FindingOwner>();
  for (const unit of index.units) {
    for (const entry of unit.objects) {
      const owner: FindingOwner = { ...unit.owner };
      if (entry.template !== undefined) owner.template = entry.template;
      // A hand-written object is fixed where it is written, not at the Kustomization that applies it.
      if (entry.location !== undefined) owner.location = entry.location;
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

function isIndexUnit(unit: unknown): unit is IndexUnit {
  const candidate = unit as Partial<IndexUnit> | null;
  return (
    typeof candidate?.kind === 'string' &&
    typeof candidate.name === 'string' &&
    typeof candidate.namespace === 'string' &&
    (candidate.file === undefined || typeof candidate.file === 'string') &&
    Array.isArray(candidate.objects) &&
    candidate.objects.every((entry) => typeof entry?.kind === 'string' && typeof entry.name === 'string')
  );
}
