/**
 * Differences that do not change what runs, and would otherwise bury the ones that do. Each filter
 * is on by default and can be switched off; what they drop is counted, never silently lost.
 */
import type { RawHunk } from './field-diff.js';
import { type FieldPath, isUnder } from './field-path.js';
import type { NoiseOptions } from './model.js';

export const DEFAULT_NOISE: NoiseOptions = { chartLabels: true, checksumAnnotations: true, volatile: true };

const CHART_LABEL = 'helm.sh/chart';
const VERSION_LABEL = 'app.kubernetes.io/version';

/** `real`: shown; `noise`: dropped and counted; `masked`: listed as changing on every render. */
export type Verdict = 'real' | 'noise' | 'masked';

/**
 * The verdict on each hunk of one object. `paths` are the hunks' formatted paths, `masks` the
 * object's volatile paths.
 */
export function classifyHunks(
  hunks: readonly RawHunk[],
  paths: readonly string[],
  options: NoiseOptions,
  masks: readonly string[],
): Verdict[] {
  // Helm's recommended labels put the chart version in `helm.sh/chart` and the app version in
  // `app.kubernetes.io/version`; a chart release moves both on every object it renders. The app
  // version alone moving is not filtered: it can mean a different app, whose images show anyway.
  const chartMoved = options.chartLabels && hunks.some((hunk) => isLabel(hunk.path, CHART_LABEL));
  return hunks.map((hunk, index) => {
    const path = paths[index] as string;
    if (options.volatile && masks.some((mask) => isUnder(path, mask))) return 'masked';
    if (options.chartLabels && isLabel(hunk.path, CHART_LABEL)) return 'noise';
    if (chartMoved && isLabel(hunk.path, VERSION_LABEL)) return 'noise';
    // Charts hash their ConfigMaps into `checksum/config` pod annotations to roll pods when the
    // config changes; the config change itself is in the diff, so the hash adds nothing.
    if (options.checksumAnnotations && isChecksumAnnotation(hunk.path)) return 'noise';
    return 'real';
  });
}

/** A key of any `labels` map: the object's own, a pod template's, a volume claim template's. */
function isLabel(path: FieldPath, key: string): boolean {
  return path.length >= 2 && path.at(-2) === 'labels' && path.at(-1) === key;
}

function isChecksumAnnotation(path: FieldPath): boolean {
  const last = path.at(-1);
  return (
    path.length >= 2 &&
    path.at(-2) === 'annotations' &&
    typeof last === 'string' &&
    last.startsWith('checksum/')
  );
}
