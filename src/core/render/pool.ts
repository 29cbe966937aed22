/**
 * Runs tasks with at most `limit` in flight. Tasks may be added while others run (a cluster's
 * HelmReleases are queued once its Kustomizations are built), and a task's failure is its own: it
 * rejects the promise `run` returned for it and nothing else.
 */
export class TaskPool {
  private running = 0;
  private readonly queue: (() => void)[] = [];

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`concurrency must be ≥ 1, not ${limit}`);
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.queue.push(resolve));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.queue.shift()?.();
    }
  }
}
