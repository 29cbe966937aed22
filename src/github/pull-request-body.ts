/** GitHub refuses a pull-request body over 65,536 characters ("body is too long"). */
export const BODY_LIMIT = 65_536;

export const TRUNCATION_NOTE =
  "\n\n---\n_This description was cut to fit GitHub's 65,536-character limit; the rest is in the run's log._\n";

/**
 * The body as it can be sent: unchanged when it fits, otherwise cut and ended with a note saying
 * so, in `limit` characters at most. JavaScript counts UTF-16 code units, never fewer than the
 * characters GitHub counts, so the result always fits; the cut never splits a surrogate pair.
 */
export function fitBody(body: string, limit = BODY_LIMIT): string {
  if (body.length <= limit) return body;
  let end = limit - TRUNCATION_NOTE.length;
  const last = body.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return body.slice(0, end) + TRUNCATION_NOTE;
}
