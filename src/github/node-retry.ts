import { isApiError } from './api-errors.js';

/** How calls that race GitHub's replication are retried. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** The wait before the second try; each later wait grows by as much again. */
  delayMs: number;
}

export const DEFAULT_NODE_RETRY: RetryPolicy = { attempts: 5, delayMs: 1000 };

/**
 * Runs `call`, retrying while GitHub answers 422 "Could not resolve to a node": right after a pull
 * request is created, label, assignee and reviewer calls can reach a replica that has not seen it
 * yet (peter-evans/create-pull-request retries the same way). Any other failure is thrown at once,
 * and the last one is thrown when the tries run out.
 */
export async function retryUnresolvedNode<T>(call: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= policy.attempts || !isApiError(error, 422, 'Could not resolve to a node')) throw error;
      await new Promise((resolve) => setTimeout(resolve, policy.delayMs * attempt));
    }
  }
}
