/** What a handler answers: a status, a JSON body (none for 204) and extra headers. */
export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ValidationErrorItem {
  resource?: string;
  code: string;
  field?: string;
  message?: string;
}

/** The error bodies GitHub sends: a message, the operation's documentation link and the status as text. */
export function basicError(status: number, message: string, documentationUrl: string): HandlerResult {
  return { status, body: { message, documentation_url: documentationUrl, status: String(status) } };
}

export function notFound(documentationUrl: string): HandlerResult {
  return basicError(404, 'Not Found', documentationUrl);
}

/** GitHub's 422: "Validation Failed" with the reasons in `errors[]`, or a single message. */
export function validationFailed(
  documentationUrl: string,
  errors: ValidationErrorItem[],
  message = 'Validation Failed',
): HandlerResult {
  return {
    status: 422,
    body: {
      message,
      errors: errors.length > 0 ? errors : undefined,
      documentation_url: documentationUrl,
      status: '422',
    },
  };
}

/** A 422 whose message says what failed, as the Git Data API answers ("Reference already exists"). */
export function unprocessable(message: string, documentationUrl: string): HandlerResult {
  return basicError(422, message, documentationUrl);
}

/** Page of a list, with a `Link` header like GitHub's when more pages exist. */
export function paginate<T>(
  items: T[],
  query: Record<string, unknown>,
  requestUrl: URL,
): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Number(query.per_page ?? 30), 100);
  const page = Number(query.page ?? 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (target: number, rel: string) => {
    const url = new URL(requestUrl);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(target));
    return `<${url.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}
