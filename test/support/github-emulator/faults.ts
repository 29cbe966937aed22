import type { HandlerResult } from './api-errors.js';

/** Which requests an armed fault applies to. */
export interface FaultMatch {
  /** An OpenAPI operation id such as `pulls/create`, or `graphql`. */
  operationId?: string;
  method?: string;
}

interface ArmedFault {
  remaining: number;
  applies: (operationId: string, method: string) => boolean;
  respond: (operationId: string, params: Record<string, unknown>) => HandlerResult | undefined;
}

/** Faults a test arms ahead of time; each answers the next matching requests, then disarms. */
export class Faults {
  private readonly armed: ArmedFault[] = [];

  arm(count: number, match: FaultMatch, respond: ArmedFault['respond']): void {
    this.armed.push({
      remaining: count,
      applies: (operationId, method) =>
        (match.operationId === undefined || match.operationId === operationId) &&
        (match.method === undefined || match.method.toUpperCase() === method),
      respond,
    });
  }

  /** The first armed fault that matches and produces an answer; it is consumed. */
  take(operationId: string, method: string, params: Record<string, unknown>): HandlerResult | undefined {
    for (const fault of this.armed) {
      if (fault.remaining <= 0 || !fault.applies(operationId, method)) continue;
      const result = fault.respond(operationId, params);
      if (result === undefined) continue;
      fault.remaining -= 1;
      return result;
    }
    return undefined;
  }
}

/** GitHub's answer when a client exceeds a secondary rate limit. */
export function secondaryRateLimit(retryAfterSeconds: number): HandlerResult {
  return {
    status: 403,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
        'If you reach out to GitHub Support for help, please include the request ID EMULATOR:0000:0000.',
      documentation_url:
        'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: '403',
    },
  };
}
