import type { ErrorObject } from 'ajv';
import { QUANTITY_PATTERN } from '../schema/normalize.js';
import type { JsonPath } from '../yaml/json-path.js';

/** One schema violation, in words a person reads the way kubectl writes them. */
export interface SchemaViolation {
  /** Where the violation is: the offending value, or for an unknown field the field itself. */
  path: JsonPath;
  message: string;
  /**
   * Point at the key rather than its value: for an unknown field the key is what must go, and for a
   * missing field the key of the object lacking it is the line a person reads (`spec:`).
   */
  atKey: boolean;
}

/**
 * Turns ajv's errors (collected with `allErrors` and `verbose`) into violations. `original` is
 * the object as written, before nulls were pruned, so a required field written as `null` is called
 * that rather than "missing".
 */
export function describeErrors(errors: ErrorObject[], original: unknown): SchemaViolation[] {
  const relevant = withoutBranchNoise(errors);
  const seen = new Set<string>();
  const violations: SchemaViolation[] = [];
  for (const error of relevant) {
    const violation = describe(error, original);
    const key = `${violation.path.join('\0')}\0${violation.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    violations.push(violation);
  }
  return violations;
}

/** `spec.template.spec.containers[0].image`, kubectl's spelling of a path. */
export function formatPath(path: JsonPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text === '' ? '(root)' : text;
}

/**
 * Errors inside an `anyOf`/`oneOf` branch explain why that branch failed, which is noise when the
 * union itself is reported; an `if` error only repeats the errors of its branch.
 */
function withoutBranchNoise(errors: ErrorObject[]): ErrorObject[] {
  const unions = errors
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .map((e) => `${e.schemaPath}/`);
  return errors.filter(
    (e) => e.keyword !== 'if' && !unions.some((prefix) => e.schemaPath.startsWith(prefix)),
  );
}

function describe(error: ErrorObject, original: unknown): SchemaViolation {
  const path = pathOf(error.instancePath, original);
  const where = formatPath(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      const hint = closest(field, known);
      return {
        path: [...path, field],
        atKey: true,
        message: `${where}: unknown field "${field}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
      };
    }
    case 'required': {
      const field = String(params.missingProperty);
      const written = valueAt(original, [...path, field]);
      const state = written === null ? 'is null' : 'is missing';
      return { path, atKey: path.length > 0, message: `${where}: required field "${field}" ${state}` };
    }
    case 'type':
      return {
        path,
        atKey: false,
        message: `${where}: expected ${String(params.type).split(',').join(' or ')}, got ${show(error.data)}`,
      };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return {
        path,
        atKey: false,
        message: `${where}: unsupported value ${JSON.stringify(error.data)}: supported values: ${allowed}`,
      };
    }
    case 'pattern': {
      const what =
        params.pattern === QUANTITY_PATTERN
          ? 'is not a quantity (such as 500m, 128Mi, 2Gi or 1.5)'
          : `does not match ${String(params.pattern)}`;
      return { path, atKey: false, message: `${where}: ${JSON.stringify(error.data)} ${what}` };
    }
    case 'format':
      return {
        path,
        atKey: false,
        message: `${where}: ${JSON.stringify(error.data)} is not ${FORMAT_NAMES[String(params.format)] ?? `in format ${String(params.format)}`}`,
      };
    case 'anyOf':
    case 'oneOf':
      return {
        path,
        atKey: false,
        message: `${where}: ${show(error.data)} matches none of the allowed forms`,
      };
    default:
      return {
        path,
        atKey: false,
        message: `${where}: ${error.message ?? error.keyword}, got ${show(error.data)}`,
      };
  }
}

const FORMAT_NAMES: Record<string, string> = {
  byte: 'valid base64 (standard alphabet, padded)',
  'date-time': 'an RFC 3339 date-time such as 2025-01-31T12:00:00Z',
};

/** ajv's instancePath is a JSON pointer; array indices become numbers by looking at the data. */
function pathOf(pointer: string, data: unknown): JsonPath {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let current: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(current)) {
      const index = Number(segment);
      path.push(index);
      current = current[index];
    } else {
      path.push(segment);
      current =
        current !== null && typeof current === 'object'
          ? (current as Record<string, unknown>)[segment]
          : undefined;
    }
  }
  return path;
}

function valueAt(data: unknown, path: JsonPath): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** `string "3"`, `integer 3`, `object`, `null`: the type, and the value when it is short. */
function show(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  if (typeof value === 'number') return `${Number.isInteger(value) ? 'integer' : 'number'} ${value}`;
  const text = JSON.stringify(value) ?? String(value);
  return `${typeof value} ${text.length > 60 ? `${text.slice(0, 57)}..."` : text}`;
}

/** The known field a typo most likely meant: within two edits, or differing only in case. */
function closest(field: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    if (candidate.toLowerCase() === field.toLowerCase()) return candidate;
    const distance = editDistance(field, candidate, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? limit;
}
