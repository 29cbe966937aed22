import { GitopsError } from '../errors.js';
import { parseTemplate } from '../template/index.js';
import { TemplateError } from '../template/template-error.js';
import type { KubeValue } from '../yaml/kubernetes-decode.js';

/** The generator parameters one Application is rendered with. */
export type Params = Record<string, unknown>;

/** How an ApplicationSet's strings are templated: `spec.goTemplate` and `spec.goTemplateOptions`. */
export interface TemplateMode {
  goTemplate: boolean;
  goTemplateOptions: readonly string[];
}

/** Why a template string could not be rendered. */
export class AppSetTemplateError extends GitopsError {
  override readonly name = 'AppSetTemplateError';
}

const NO_VALUE = '<no value>';

/**
 * applicationset/utils `Render.Replace`. With `goTemplate`, every string is a Go text/template executed
 * with the parameters as dot. Otherwise it is valyala/fasttemplate: each `{{ tag }}` whose trimmed tag
 * names a string parameter is replaced, and any other tag is left exactly as written.
 */
export function replaceTemplate(text: string, params: Params, mode: TemplateMode): string {
  return mode.goTemplate ? replaceGo(text, params, mode.goTemplateOptions) : replaceFast(text, params);
}

/**
 * applicationset/utils `deeplyReplace`: every string in the value is templated, map keys included
 * (so a key can carry a parameter, as annotations often do). Other scalars are kept as they are.
 */
export function renderTemplateValue(value: KubeValue, params: Params, mode: TemplateMode): KubeValue {
  if (typeof value === 'string') return replaceTemplate(value, params, mode);
  if (Array.isArray(value)) return value.map((item) => renderTemplateValue(item, params, mode));
  if (value !== null && typeof value === 'object') {
    const result: { [key: string]: KubeValue } = {};
    for (const [key, item] of Object.entries(value)) {
      // Go's deeplyReplace skips nil maps, slices and pointers; they would marshal as absent anyway.
      if (item === null) continue;
      result[replaceTemplate(key, params, mode)] = renderTemplateValue(item, params, mode);
    }
    return result;
  }
  return value;
}

function replaceGo(text: string, params: Params, options: readonly string[]): string {
  let output: string;
  try {
    output = parseTemplate('', text).execute(params);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    throw new AppSetTemplateError(`failed to execute go template ${text}: ${error.message}`, {
      cause: error,
    });
  }
  // Go's `missingkey=error` fails on a map key that is not there. Our engine always prints a missing key
  // as `<no value>` (Go's default), so a `<no value>` the template did not contain itself is that error.
  const strict = options.some((option) => option === 'missingkey=error');
  if (strict && countOf(output, NO_VALUE) > countOf(text, NO_VALUE)) {
    throw new AppSetTemplateError(
      `failed to execute go template ${text}: a key it reads is missing from the generator's parameters (missingkey=error)`,
      { hint: `The parameters were: ${Object.keys(params).sort().join(', ') || 'none'}.` },
    );
  }
  return output;
}

function countOf(text: string, part: string): number {
  return text.split(part).length - 1;
}

/**
 * fasttemplate's `ExecuteFuncString` with Argo CD's tag function. A `{{` without a closing `}}` makes
 * fasttemplate's parser fail, and Argo CD reports it.
 */
function replaceFast(text: string, params: Params): string {
  // Argo CD's `isTemplatedRegex` (`.*{{.*}}.*`, no `s` flag): a tag pair must open and close on one line.
  if (!/\{\{.*\}\}/.test(text)) return text;
  let result = '';
  let rest = text;
  for (;;) {
    const start = rest.indexOf('{{');
    if (start === -1) return result + rest;
    const end = rest.indexOf('}}', start + 2);
    if (end === -1) {
      throw new AppSetTemplateError(`invalid template ${text}: cannot find end tag "}}"`);
    }
    const tag = rest.slice(start + 2, end);
    const trimmed = tag.trim();
    const replacement = params[trimmed];
    result += rest.slice(0, start);
    result += trimmed !== '' && typeof replacement === 'string' ? replacement : `{{${tag}}}`;
    rest = rest.slice(end + 2);
  }
}
