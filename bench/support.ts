/**
 * Shared by every benchmark: time a step, and print it as a ratio to a baseline measured in the
 * same run on the same machine, which is the only comparison that means anything across machines.
 */

export interface Timing {
  /** Median wall time in milliseconds. */
  ms: number;
  runs: number[];
}

/** Runs `step` `runs` times (after `warmup` unmeasured runs) and returns the median wall time. */
export async function measure(step: () => Promise<unknown> | unknown, runs = 3, warmup = 0): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await step();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await step();
    samples.push(performance.now() - started);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { ms: sorted[Math.floor(sorted.length / 2)] as number, runs: samples };
}

/** `label: 0.42x (12.3 ms / 29.1 ms), target < 0.6x: met` */
export function ratioLine(
  label: string,
  value: Timing,
  baseline: Timing,
  target?: { below: number },
): string {
  const ratio = value.ms / baseline.ms;
  const verdict =
    target === undefined ? '' : `, target < ${target.below}x: ${ratio < target.below ? 'met' : 'NOT met'}`;
  return `${label}: ${ratio.toFixed(3)}x (${formatMs(value.ms)} / ${formatMs(baseline.ms)})${verdict}`;
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

/** Peak resident memory of this process so far, in MiB. */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function report(lines: string[]): void {
  process.stdout.write(`${lines.join('\n')}\n`);
}
