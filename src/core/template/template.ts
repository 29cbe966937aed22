/**
 * The public face of the engine: parse once, execute against data. The function map is the one
 * Flux gives commit-message templates, text/template's builtins overlaid by hermetic Sprig; a
 * template can add its own functions, other delimiters and `missingkey=error`, as Go's
 * `Funcs`, `Delims` and `Option` do (the Flux Operator's ResourceSet uses all three).
 */
import { builtins } from './builtins.js';
import { execute } from './exec.js';
import type { FuncSpec } from './functions.js';
import type { Delimiters } from './lexer.js';
import type { ListNode } from './nodes.js';
import { parseTrees } from './parser.js';
import { explainMissingFunction, sprigFunctions } from './sprig.js';

/** Functions added with Funcs() shadow builtins of the same name, so Sprig's `slice` wins here too. */
const fluxFunctions: ReadonlyMap<string, FuncSpec> = new Map([...builtins, ...sprigFunctions]);

export interface TemplateOptions {
  /** `{{` and `}}` unless set (Go's `Delims`). */
  readonly delims?: Delimiters;
  /** Functions added over the builtins and Sprig; they shadow a function of the same name (`Funcs`). */
  readonly functions?: ReadonlyMap<string, FuncSpec>;
  /** Go's `Option("missingkey=error")`: a map key that is not there fails the execution. */
  readonly missingKeyError?: boolean;
}

export class Template {
  readonly #trees: ReadonlyMap<string, ListNode>;
  readonly #funcs: ReadonlyMap<string, FuncSpec>;
  readonly #missingKeyError: boolean;

  private constructor(
    readonly name: string,
    readonly text: string,
    options: TemplateOptions,
  ) {
    this.#funcs = options.functions ? new Map([...fluxFunctions, ...options.functions]) : fluxFunctions;
    this.#missingKeyError = options.missingKeyError ?? false;
    this.#trees = parseTrees(name, text, {
      functions: new Set(this.#funcs.keys()),
      explainMissing: explainMissingFunction,
      ...(options.delims ? { delims: options.delims } : {}),
    });
  }

  /** Throws TemplateError with Go's message: `template: NAME:LINE: ...`. */
  static parse(name: string, text: string, options: TemplateOptions = {}): Template {
    return new Template(name, text, options);
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
      {
        parseName: this.name,
        text: this.text,
        trees: this.#trees,
        funcs: this.#funcs,
        missingKeyError: this.#missingKeyError,
      },
      this.name,
      data,
    );
  }
}

export function parseTemplate(name: string, text: string, options: TemplateOptions = {}): Template {
  return Template.parse(name, text, options);
}
