/**
 * Reading what GitHub said when a request failed. Octokit throws a RequestError carrying `status`
 * and the response body; GitHub puts the reason either in `message` or, for 422 "Validation
 * Failed", in `errors[].message`. Matching on those texts is how every pull-request tool tells
 * "already exists" from "no commits between": GitHub offers no error codes for them.
 */

interface ErrorBody {
  message?: unknown;
  errors?: unknown;
}

/** The HTTP status of a failed Octokit request, or undefined for anything else thrown. */
export function errorStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  return typeof error.status === 'number' ? error.status : undefined;
}

/** Every reason GitHub gave: the body's `message` and each of `errors[]` (objects or plain strings). */
export function errorMessages(error: unknown): string[] {
  if (typeof error !== 'object' || error === null) return [];
  const messages: string[] = [];
  const response = 'response' in error ? (error.response as { data?: unknown } | undefined) : undefined;
  const data = response?.data;
  if (typeof data === 'object' && data !== null) {
    const body = data as ErrorBody;
    if (typeof body.message === 'string') messages.push(body.message);
    for (const item of Array.isArray(body.errors) ? body.errors : []) {
      if (typeof item === 'string') messages.push(item);
      else if (typeof item === 'object' && item !== null && typeof item.message === 'string')
        messages.push(item.message);
    }
  }
  // GraphQL errors arrive on the thrown error itself (GraphqlResponseError.errors).
  if ('errors' in error && Array.isArray(error.errors)) {
    for (const item of error.errors) {
      if (typeof item === 'object' && item !== null && typeof item.message === 'string')
        messages.push(item.message);
    }
  }
  if (messages.length === 0 && error instanceof Error) messages.push(error.message);
  return messages;
}

/** True when the request failed with `status` and one of GitHub's reasons contains `text`. */
export function isApiError(error: unknown, status: number, text: string): boolean {
  return errorStatus(error) === status && errorMessages(error).some((message) => message.includes(text));
}
