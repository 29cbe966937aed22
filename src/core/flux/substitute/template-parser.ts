import { PARSE_ERRORS, syntaxError } from './envsubst-error.js';
import {
  type Accept,
  accept,
  ESCAPE_ALL,
  ESCAPE_DOLLAR,
  SCAN_ESCAPE,
  SCAN_IDENT,
  SCAN_LBRACK,
  SCAN_RBRACK,
  Scanner,
  Token,
} from './template-scanner.js';

/** Literal text, escapes already applied. */
export interface TextNode {
  kind: 'text';
  value: string;
}

/**
 * One `${…}` expression: `param` is the variable, `name` the operator as written (`''` for a bare
 * `${var}`, `'#'` for `${#var}`, `':-'`, `'//'` …) and `args` its operands, which may nest.
 */
export interface FuncNode {
  kind: 'func';
  param: string;
  name: string;
  args: TemplateNode[];
}

export type TemplateNode = TextNode | FuncNode;

/**
 * Parses a text the way fluxcd/pkg `envsubst/parse/parse.go` does, into a flat list of nodes (the Go
 * tree nests them to the right; evaluation order is the same). Throws EnvsubstError (`syntax`) with
 * the library's message. Note the grammar's gaps, which Flux users meet: `${var-default}` and
 * `${var+x}` are "missing closing brace" (the parser has no `-` or `+` branch after a name), while
 * `${var:?x}` and `${var:+x}` parse and then behave like `${var:-x}`.
 */
export function parseTemplate(text: string): TemplateNode[] {
  return new Parser(text).parseAll();
}

class Parser {
  private readonly scanner: Scanner;

  constructor(text: string) {
    this.scanner = new Scanner(text);
  }

  parseAll(): TemplateNode[] {
    const nodes: TemplateNode[] = [];
    for (;;) {
      // Outside expressions only `$$` escapes; each top-level token resets this (parseAny).
      this.scanner.accept = accept.any;
      this.scanner.mode = SCAN_IDENT | SCAN_LBRACK | SCAN_ESCAPE;
      this.scanner.escapes = ESCAPE_DOLLAR;
      switch (this.scanner.scan()) {
        case Token.Ident:
          nodes.push({ kind: 'text', value: this.scanner.text() });
          break;
        case Token.Lbrack:
          nodes.push(this.parseFunc());
          break;
        case Token.EOF:
          return nodes;
        default:
          throw syntaxError(PARSE_ERRORS.badSubstitution);
      }
    }
  }

  private scanWith(acceptRune: Accept, mode: number): Token {
    this.scanner.accept = acceptRune;
    this.scanner.mode = mode;
    return this.scanner.scan();
  }

  private parseFunc(): FuncNode {
    this.scanner.escapes = ESCAPE_ALL;
    if (this.scanner.peek() === 0x23) return this.parseLength();
    if (this.scanWith(accept.ident, SCAN_IDENT) !== Token.Ident) throw syntaxError(PARSE_ERRORS.variableName);
    const param = this.scanner.text();
    switch (String.fromCodePoint(this.scanner.peek())) {
      case ':':
        return this.parseDefaultOrSubstring(param);
      case '=':
        return this.parseDefault(param);
      case ',':
      case '^':
        return this.parseCasing(param);
      case '/':
        return this.parseReplace(param);
      case '#':
        return this.parseRemove(param, accept.hashFunc);
      case '%':
        return this.parseRemove(param, accept.percentFunc);
    }
    if (this.scanWith(accept.ident, SCAN_RBRACK) !== Token.Rbrack) {
      throw syntaxError(PARSE_ERRORS.missingClosingBrace);
    }
    return { kind: 'func', param, name: '', args: [] };
  }

  /** One operand: a nested `${…}` or a run of text the given rule accepts. */
  private parseParam(acceptRune: Accept, mode: number): TemplateNode {
    switch (this.scanWith(acceptRune, mode | SCAN_LBRACK)) {
      case Token.Lbrack:
        return this.parseFunc();
      case Token.Ident:
        return { kind: 'text', value: this.scanner.text() };
      default:
        throw syntaxError(PARSE_ERRORS.funcSubstitution);
    }
  }

  /** The operator token, e.g. `##` or `:=`. */
  private operator(acceptRune: Accept, error: string = PARSE_ERRORS.badSubstitution): string {
    if (this.scanWith(acceptRune, SCAN_IDENT) !== Token.Ident) throw syntaxError(error);
    return this.scanner.text();
  }

  private consumeRbrack(): void {
    this.scanner.mode = SCAN_RBRACK;
    if (this.scanner.scan() !== Token.Rbrack) throw syntaxError(PARSE_ERRORS.badSubstitution);
  }

  private parseDefaultOrSubstring(param: string): FuncNode {
    this.scanner.read();
    const next = this.scanner.peek();
    this.scanner.unread();
    // `:=`, `:-`, `:?`, `:+` are defaults; anything else after `:` is an offset.
    if (next === 0x3d || next === 0x2d || next === 0x3f || next === 0x2b) return this.parseDefault(param);
    return this.parseSubstring(param);
  }

  private parseSubstring(param: string): FuncNode {
    const node: FuncNode = { kind: 'func', param, name: this.operator(accept.oneColon), args: [] };
    node.args.push(this.parseParam(accept.notColonClose, SCAN_IDENT));
    switch (this.scanWith(accept.colon, SCAN_IDENT | SCAN_RBRACK)) {
      case Token.Rbrack:
        return node;
      case Token.Ident:
        break;
      default:
        throw syntaxError(PARSE_ERRORS.badSubstitution);
    }
    node.args.push(this.parseParam(accept.notClosing, SCAN_IDENT));
    this.consumeRbrack();
    return node;
  }

  private parseRemove(param: string, acceptOperator: Accept): FuncNode {
    const node: FuncNode = { kind: 'func', param, name: this.operator(acceptOperator), args: [] };
    // A single operand: `${var#a${b}}` is a bad substitution, as in Flux.
    node.args.push(this.parseParam(accept.notClosing, SCAN_IDENT));
    this.consumeRbrack();
    return node;
  }

  private parseReplace(param: string): FuncNode {
    const node: FuncNode = { kind: 'func', param, name: this.operator(accept.replaceFunc), args: [] };
    // Only the two operands of a replacement honour `\/`, `\\` and `$$`.
    node.args.push(this.parseParam(accept.notSlash, SCAN_IDENT | SCAN_ESCAPE));
    this.operator(accept.slash);
    if (this.scanner.peek() === 0x7d) {
      this.consumeRbrack();
      return node;
    }
    node.args.push(this.parseParam(accept.notClosing, SCAN_IDENT | SCAN_ESCAPE));
    this.consumeRbrack();
    return node;
  }

  private parseDefault(param: string): FuncNode {
    const acceptOperator = this.scanner.peek() === 0x3d ? accept.oneEqual : accept.defaultFunc;
    const name = this.operator(acceptOperator, PARSE_ERRORS.defaultFunction);
    const node: FuncNode = { kind: 'func', param, name, args: [] };
    // Text and nested expressions alternate until the closing brace: `${a=x${b}-y}`.
    while (this.scanner.peek() !== 0x7d) node.args.push(this.parseParam(accept.notClosing, SCAN_IDENT));
    this.consumeRbrack();
    return node;
  }

  private parseCasing(param: string): FuncNode {
    const node: FuncNode = { kind: 'func', param, name: this.operator(accept.casingFunc), args: [] };
    this.consumeRbrack();
    return node;
  }

  private parseLength(): FuncNode {
    const name = this.operator(accept.oneHash);
    const param = this.operator(accept.ident);
    this.consumeRbrack();
    return { kind: 'func', param, name, args: [] };
  }
}
