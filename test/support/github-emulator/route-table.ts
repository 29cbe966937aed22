import type { OpenApiDocument, OpenApiOperation, OpenApiParameter } from './openapi-document.js';
import { resolveReference } from './openapi-document.js';

export interface Route {
  method: string;
  template: string;
  operation: OpenApiOperation;
  parameters: OpenApiParameter[];
}

export interface RouteMatch {
  route: Route;
  /** Path parameters, percent-decoded, still strings: the validator coerces them to their schema types. */
  params: Record<string, string>;
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

interface CompiledRoute extends Route {
  segments: string[];
  /** The last segment is a parameter documented with `x-multi-segment` (git refs such as `heads/a/b`). */
  multiSegmentTail: boolean;
  literalCount: number;
}

/** Every documented operation, matched by method and path template. */
export class RouteTable {
  private readonly routes: CompiledRoute[] = [];

  constructor(document: OpenApiDocument) {
    for (const [template, pathItem] of Object.entries(document.paths)) {
      const shared = (pathItem.parameters ?? []) as OpenApiParameter[];
      for (const [method, value] of Object.entries(pathItem)) {
        if (!HTTP_METHODS.has(method)) continue;
        const operation = value as OpenApiOperation;
        const parameters = [...shared, ...(operation.parameters ?? [])].map((parameter) =>
          resolveReference<OpenApiParameter>(document, parameter),
        );
        const segments = template.split('/').slice(1);
        const last = segments.at(-1) ?? '';
        const tailName = /^\{(.+)\}$/.exec(last)?.[1];
        this.routes.push({
          method: method.toUpperCase(),
          template,
          operation,
          parameters,
          segments,
          multiSegmentTail:
            tailName !== undefined &&
            parameters.some((p) => p.in === 'path' && p.name === tailName && p['x-multi-segment'] === true),
          literalCount: segments.filter((segment) => !segment.startsWith('{')).length,
        });
      }
    }
  }

  /**
   * The operation for a request, or undefined when none is documented. When several templates fit
   * (`pulls/comments` and `pulls/{pull_number}`), the one with more literal segments wins, as GitHub
   * routes them.
   */
  match(method: string, pathname: string): RouteMatch | undefined {
    const actual = pathname.split('/').slice(1);
    let best: RouteMatch | undefined;
    let bestLiterals = -1;
    for (const route of this.routes) {
      if (route.method !== method || route.literalCount <= bestLiterals) continue;
      const params = matchSegments(route, actual);
      if (params === undefined) continue;
      best = { route, params };
      bestLiterals = route.literalCount;
    }
    return best;
  }
}

function matchSegments(route: CompiledRoute, actual: string[]): Record<string, string> | undefined {
  const { segments } = route;
  const lengthFits = route.multiSegmentTail
    ? actual.length >= segments.length
    : actual.length === segments.length;
  if (!lengthFits) return undefined;
  const params: Record<string, string> = {};
  for (const [index, segment] of segments.entries()) {
    const isTail = index === segments.length - 1;
    const value = isTail ? actual.slice(index).join('/') : (actual[index] ?? '');
    const name = /^\{(.+)\}$/.exec(segment)?.[1];
    if (name === undefined) {
      if (segment !== value) return undefined;
      continue;
    }
    if (value === '') return undefined;
    try {
      params[name] = decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
  return params;
}
