import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';

/** `--shard I/N`: this job renders the units whose id hashes to I of N (1-based). */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

export function parseShard(text: string, what = '--shard'): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || count < 1 || index < 1 || index > count) {
    throw new UsageError(`${what} "${text}" is not I/N with 1 ≤ I ≤ N`, {
      hint: 'For a matrix of three jobs pass 1/3, 2/3 and 3/3.',
    });
  }
  return { index, count };
}

/**
 * Whether a unit belongs to this shard. The share depends on the unit's id alone, not on the order
 * or number of other units, so adding a release to the fleet moves no other release between jobs.
 */
export function inShard(unitId: string, shard: Shard | undefined): boolean {
  if (shard === undefined || shard.count === 1) return true;
  const bucket = createHash('sha256').update(unitId).digest().readUInt32BE(0) % shard.count;
  return bucket === shard.index - 1;
}
