/**
 * The public face of the engine: parse once, execute against data. The function map is the one
 * Flux gives commit-message templates, text/template's builtins overlaid by hermetic Sprig.
 */
import { builtins } from './builtins.js';
import { execute } from './exec.js';
import type { FuncSpec } from './functions.js';
import type { ListNode } from './nodes.js';
import { parseTrees } from './parser.js';
import { explainMissingFunction, sprigFunctions } from './sprig.js';

/** Functions added with Funcs() shadow builtins of the same name, so Sprig's `slice` wins here too. */
const fluxFunctions: ReadonlyMap<string, FuncSpec> = new Map([...builtins, ...sprigFunctions]);
const fluxFunctionNames: ReadonlySet<string> = new Set(fluxFunctions.keys());

export class Template {
  readonly #trees: ReadonlyMap<string, ListNode>;

  private constructor(
    readonly name: string,
    readonly text: string,
  ) {
    this.#trees = parseTrees(name, text, {
      functions: fluxFunctionNames,
      explainMissing: explainMissingFunction,
    });
  }

  /** Throws TemplateError with Go's message: `template: NAME:LINE: ...`. */
  static parse(name: string, text: string): Template {
    return new Template(name, text);
  }

  /** Names of the templates this text defines, itself included. */
  get definedTemplates(): string[] {
    return [...this.#trees.keys()];
  }

  /**
   * Renders the template with `data` as dot. Throws TemplateError with Go's message:
   * `template: NAME:LINE:COL: executing "NAME" at <NODE>: ...`.
   */
  execute(data: unknown): string {
    return execute(
      { parseName: this.name, text: this.text, trees: this.#trees, funcs: fluxFunctions },
      this.name,
      data,
    );
  }
}

export function parseTemplate(name: string, text: string): Template {
  return Template.parse(name, text);
}
