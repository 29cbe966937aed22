/**
 * The parser of Go's text/template: a tree per template name, with `define` and `block` adding
 * named trees. It checks at parse time what Go checks there: unknown functions, undefined
 * variables, `break`/`continue` outside `range`, and misplaced `else`/`end`.
 */
import { goQuote } from './go-format.js';
import { type Delimiters, lex, type Token } from './lexer.js';
import {
  type ArgNode,
  type CommandNode,
  type ListNode,
  type Node,
  type NumberNode,
  nodeString,
  type PipeNode,
  type VariableNode,
} from './nodes.js';
import { lineAt, TemplateError } from './template-error.js';
import { unquote } from './unquote.js';

export interface ParseOptions {
  /** Names a template may call. */
  readonly functions: ReadonlySet<string>;
  /** Why a name is not callable, for names that deserve more than Go's "not defined". */
  readonly explainMissing: (name: string) => { message: string; hint?: string } | undefined;
  /** `{{ }}` unless set. */
  readonly delims?: Delimiters;
}

type Terminator = { type: 'end'; pos: number } | { type: 'else'; pos: number };

export function parseTrees(name: string, text: string, options: ParseOptions): Map<string, ListNode> {
  return new Parser(name, text, options).parse();
}

class Parser {
  readonly #tokens: Token[];
  readonly #trees = new Map<string, ListNode>();
  #i = 0;
  #furthest = 0;
  #vars: string[] = ['$'];
  #rangeDepth = 0;
  #actionLine = 0;

  constructor(
    readonly name: string,
    readonly text: string,
    readonly options: ParseOptions,
  ) {
    this.#tokens = lex(text, options.delims);
  }

  parse(): Map<string, ListNode> {
    const root: ListNode = { type: 'list', pos: this.#peek().pos, nodes: [] };
    while (this.#peek().type !== 'eof') {
      if (this.#peek().type === 'leftDelim') {
        const save = this.#i;
        this.#next();
        const word = this.#nextNonSpace();
        if (word.type === 'keyword' && word.value === 'define') {
          this.#parseDefinition();
          continue;
        }
        this.#i = save;
      }
      const node = this.#textOrAction();
      if (node.type === 'end' || node.type === 'else') this.#fail(`unexpected {{${node.type}}}`);
      root.nodes.push(node as Node);
    }
    this.#add(this.name, root);
    return this.#trees;
  }

  #fail(message: string, hint?: string): never {
    const line = lineAt(this.text, this.#tokenAt(this.#furthest).pos);
    throw new TemplateError(`template: ${this.name}:${line}: ${message}`, hint === undefined ? {} : { hint });
  }

  /** Past the end, the last token (EOF or a lexer error) repeats, so backing up stays in step. */
  #tokenAt(i: number): Token {
    return this.#tokens[Math.min(i, this.#tokens.length - 1)] as Token;
  }

  #next(): Token {
    const token = this.#tokenAt(this.#i);
    this.#furthest = Math.max(this.#furthest, this.#i);
    this.#i++;
    return token;
  }

  #peek(): Token {
    return this.#tokenAt(this.#i);
  }

  #nextNonSpace(): Token {
    let token = this.#next();
    while (token.type === 'space') token = this.#next();
    return token;
  }

  #peekNonSpace(): Token {
    while (this.#peek().type === 'space') this.#next();
    return this.#peek();
  }

  #backup(): void {
    this.#i--;
  }

  #unexpected(token: Token, context: string): never {
    if (token.type === 'error') {
      const line = lineAt(this.text, token.pos);
      let extra = '';
      if (this.#actionLine !== 0 && this.#actionLine !== line) {
        extra = ` in action started at ${this.name}:${this.#actionLine}`;
        if (token.value.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.#fail(token.value + extra);
    }
    this.#fail(`unexpected ${tokenString(token)} in ${context}`);
  }

  #expect(type: Token['type'], context: string): Token {
    const token = this.#nextNonSpace();
    if (token.type !== type) this.#unexpected(token, context);
    return token;
  }

  #add(name: string, root: ListNode): void {
    const existing = this.#trees.get(name);
    if (existing === undefined || isEmptyTree(existing)) this.#trees.set(name, root);
    else if (!isEmptyTree(root)) this.#fail(`template: multiple definition of template ${goQuote(name)}`);
  }

  /** A `define` or `block` body is a template of its own: fresh variables, not inside any range. */
  #parseBody(context: string): ListNode {
    const [vars, depth] = [this.#vars, this.#rangeDepth];
    this.#vars = ['$'];
    this.#rangeDepth = 0;
    const [list, end] = this.#itemList();
    if (end.type !== 'end') this.#fail(`unexpected {{${end.type}}} in ${context}`);
    this.#vars = vars;
    this.#rangeDepth = depth;
    return list;
  }

  #parseDefinition(): void {
    const token = this.#nextNonSpace();
    if (token.type !== 'string' && token.type !== 'rawString') this.#unexpected(token, 'define clause');
    const name = this.#unquote(token);
    this.#expect('rightDelim', 'define clause');
    this.#add(name, this.#parseBody('define clause'));
  }

  #itemList(): [ListNode, Terminator] {
    const list: ListNode = { type: 'list', pos: this.#peekNonSpace().pos, nodes: [] };
    while (this.#peekNonSpace().type !== 'eof') {
      const node = this.#textOrAction();
      if (node.type === 'end' || node.type === 'else') return [list, node as Terminator];
      list.nodes.push(node as Node);
    }
    this.#fail('unexpected EOF');
  }

  #textOrAction(): Node | Terminator {
    const token = this.#nextNonSpace();
    if (token.type === 'text') return { type: 'text', pos: token.pos, text: token.value };
    if (token.type !== 'leftDelim') this.#unexpected(token, 'input');
    this.#actionLine = lineAt(this.text, token.pos);
    try {
      return this.#action();
    } finally {
      this.#actionLine = 0;
    }
  }

  #action(): Node | Terminator {
    const token = this.#nextNonSpace();
    if (token.type === 'keyword') {
      switch (token.value) {
        case 'block':
          return this.#blockControl();
        case 'break':
        case 'continue':
          return this.#loopControl(token);
        case 'else': {
          const peek = this.#peekNonSpace();
          if (peek.type === 'keyword' && (peek.value === 'if' || peek.value === 'with')) {
            return { type: 'else', pos: peek.pos };
          }
          return { type: 'else', pos: this.#expect('rightDelim', 'else').pos };
        }
        case 'end':
          return { type: 'end', pos: this.#expect('rightDelim', 'end').pos };
        case 'if':
        case 'range':
        case 'with':
          return this.#control(token.value);
        case 'template':
          return this.#templateControl();
      }
    }
    this.#backup();
    const pos = this.#peek().pos;
    return { type: 'action', pos, pipe: this.#pipeline('command', 'rightDelim') };
  }

  #loopControl(keyword: Token): Node {
    const token = this.#nextNonSpace();
    if (token.type !== 'rightDelim') this.#unexpected(token, `{{${keyword.value}}}`);
    if (this.#rangeDepth === 0) this.#fail(`{{${keyword.value}}} outside {{range}}`);
    return { type: keyword.value as 'break' | 'continue', pos: keyword.pos };
  }

  #control(context: 'if' | 'range' | 'with'): Node {
    const mark = this.#vars.length;
    const pipe = this.#pipeline(context, 'rightDelim');
    if (context === 'range') this.#rangeDepth++;
    const [list, next] = this.#itemList();
    if (context === 'range') this.#rangeDepth--;
    let elseList: ListNode | undefined;
    if (next.type === 'else') {
      const peek = this.#peek();
      // `{{else if x}}` and `{{else with x}}` nest a control that shares the outer {{end}}.
      if (context !== 'range' && peek.type === 'keyword' && peek.value === context) {
        this.#next();
        elseList = { type: 'list', pos: next.pos, nodes: [this.#control(context)] };
      } else {
        const [list2, end] = this.#itemList();
        if (end.type !== 'end') this.#fail(`expected end; found {{${end.type}}}`);
        elseList = list2;
      }
    }
    this.#vars.length = mark;
    return { type: context, pos: pipe.pos, pipe, list, elseList };
  }

  #templateName(token: Token, context: string): string {
    if (token.type !== 'string' && token.type !== 'rawString') this.#unexpected(token, context);
    return this.#unquote(token);
  }

  #blockControl(): Node {
    const token = this.#nextNonSpace();
    const name = this.#templateName(token, 'block clause');
    const pipe = this.#pipeline('block clause', 'rightDelim');
    this.#add(name, this.#parseBody('block clause'));
    return { type: 'template', pos: token.pos, name, pipe };
  }

  #templateControl(): Node {
    const token = this.#nextNonSpace();
    const name = this.#templateName(token, 'template clause');
    let pipe: PipeNode | undefined;
    if (this.#nextNonSpace().type !== 'rightDelim') {
      this.#backup();
      pipe = this.#pipeline('template clause', 'rightDelim');
    }
    return { type: 'template', pos: token.pos, name, pipe };
  }

  #pipeline(context: string, end: 'rightDelim' | 'rightParen'): PipeNode {
    const pos = this.#peekNonSpace().pos;
    const decl: VariableNode[] = [];
    let isAssign = false;
    for (;;) {
      const v = this.#peekNonSpace();
      if (v.type !== 'variable') break;
      const save = this.#i;
      this.#next();
      const next = this.#peekNonSpace();
      if (next.type === 'assign' || next.type === 'declare') {
        isAssign = next.type === 'assign';
        this.#next();
        decl.push({ type: 'variable', pos: v.pos, ident: [v.value] });
        this.#vars.push(v.value);
        break;
      }
      if (next.type === 'char' && next.value === ',') {
        this.#next();
        decl.push({ type: 'variable', pos: v.pos, ident: [v.value] });
        this.#vars.push(v.value);
        if (context === 'range' && decl.length < 2) {
          const after = this.#peekNonSpace().type;
          if (after === 'variable' || after === 'rightDelim' || after === 'rightParen') continue;
          this.#fail('range can only initialize variables');
        }
        this.#fail(`too many declarations in ${context}`);
      }
      this.#i = save;
      break;
    }
    const cmds: CommandNode[] = [];
    for (;;) {
      const token = this.#nextNonSpace();
      if (token.type === end) break;
      if (!startsOperand(token)) this.#unexpected(token, context);
      this.#backup();
      cmds.push(this.#command());
    }
    if (cmds.length === 0) this.#fail(`missing value for ${context}`);
    cmds.slice(1).forEach((cmd, i) => {
      if (['bool', 'dot', 'nil', 'number', 'string'].includes(cmd.args[0]?.type ?? '')) {
        this.#fail(`non executable command in pipeline stage ${i + 2}`);
      }
    });
    return { type: 'pipe', pos, isAssign, decl, cmds };
  }

  #command(): CommandNode {
    const pos = this.#peekNonSpace().pos;
    const args: ArgNode[] = [];
    for (;;) {
      this.#peekNonSpace();
      const operand = this.#operand();
      if (operand) args.push(operand);
      const token = this.#next();
      if (token.type === 'space') continue;
      if (token.type === 'rightDelim' || token.type === 'rightParen') this.#backup();
      else if (token.type !== 'pipe') this.#unexpected(token, 'operand');
      break;
    }
    if (args.length === 0) this.#fail('empty command');
    return { type: 'command', pos, args };
  }

  #operand(): ArgNode | undefined {
    const node = this.#term();
    if (!node || this.#peek().type !== 'field') return node;
    // Go positions a field chain at its second field: errors point there too.
    const pos = this.#peek().pos;
    const fields: string[] = [];
    while (this.#peek().type === 'field') fields.push(this.#next().value.slice(1));
    switch (node.type) {
      case 'field':
        return { type: 'field', pos, ident: [...node.ident, ...fields] };
      case 'variable':
        return { type: 'variable', pos, ident: [...node.ident, ...fields] };
      case 'bool':
      case 'string':
      case 'number':
      case 'nil':
      case 'dot':
        this.#fail(`unexpected . after term ${goQuote(nodeString(node))}`);
        break;
      default:
        return { type: 'chain', pos, node, fields };
    }
  }

  #term(): ArgNode | undefined {
    const token = this.#nextNonSpace();
    switch (token.type) {
      case 'identifier': {
        if (!this.options.functions.has(token.value)) {
          const why = this.options.explainMissing(token.value);
          this.#fail(why?.message ?? `function ${goQuote(token.value)} not defined`, why?.hint);
        }
        return { type: 'identifier', pos: token.pos, name: token.value };
      }
      case 'dot':
        return { type: 'dot', pos: token.pos };
      case 'nil':
        return { type: 'nil', pos: token.pos };
      case 'variable': {
        const ident = token.value.split('.');
        if (!this.#vars.includes(ident[0] as string))
          this.#fail(`undefined variable ${goQuote(ident[0] as string)}`);
        return { type: 'variable', pos: token.pos, ident };
      }
      case 'field':
        return { type: 'field', pos: token.pos, ident: [token.value.slice(1)] };
      case 'bool':
        return { type: 'bool', pos: token.pos, value: token.value === 'true' };
      case 'number':
      case 'charConstant':
        return this.#number(token);
      case 'leftParen':
        return this.#pipeline('parenthesized pipeline', 'rightParen');
      case 'string':
      case 'rawString':
        return { type: 'string', pos: token.pos, quoted: token.value, text: this.#unquote(token) };
    }
    this.#backup();
    return undefined;
  }

  #unquote(token: Token): string {
    const text = unquote(token.value);
    if (text === undefined) this.#fail('invalid syntax');
    return text;
  }

  #number(token: Token): NumberNode {
    const text = token.value;
    if (token.type === 'charConstant') {
      const rune = this.#unquote(token);
      return { type: 'number', pos: token.pos, text, value: rune.codePointAt(0) ?? 0, isInt: true };
    }
    const value = parseGoNumber(text);
    if (value === undefined) this.#fail(`illegal number syntax: ${goQuote(text)}`);
    return { type: 'number', pos: token.pos, text, value, isInt: Number.isInteger(value) };
  }
}

function startsOperand(token: Token): boolean {
  return [
    'bool',
    'charConstant',
    'dot',
    'field',
    'identifier',
    'number',
    'nil',
    'rawString',
    'string',
    'variable',
    'leftParen',
  ].includes(token.type);
}

/** Go's item.String(), for "unexpected X in Y". */
function tokenString(token: Token): string {
  if (token.type === 'eof') return 'EOF';
  if (token.type === 'keyword' || token.type === 'dot' || token.type === 'nil') return `<${token.value}>`;
  const runes = [...token.value];
  if (runes.length > 10) return `${goQuote(runes.slice(0, 10).join(''))}...`;
  return goQuote(token.value);
}

/** Go's IsEmptyTree: only blank text and comments, so a later definition may replace it. */
function isEmptyTree(list: ListNode): boolean {
  return list.nodes.every((n) => n.type === 'text' && n.text.trim() === '');
}

/** strconv's integer syntaxes (0x, 0o, 0b, legacy octal, `_` separators) and decimal floats. */
function parseGoNumber(text: string): number | undefined {
  const sign = text.startsWith('-') ? -1 : 1;
  const body = text.replace(/^[+-]/, '');
  // strconv allows `_` only between digits of an integer (a base prefix counts as a digit).
  if (body.includes('_') && !/^(0[xXoObB])?_?[0-9a-fA-F]+(_[0-9a-fA-F]+)*$/.test(body)) return undefined;
  const digits = body.replace(/_/g, '');
  const prefixed = /^0([xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)$/.exec(digits);
  if (prefixed) return sign * Number(`0${(prefixed[1] as string).toLowerCase()}`);
  if (/^0[0-7]+$/.test(digits)) return sign * Number.parseInt(digits, 8);
  if (/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(digits)) return sign * Number(digits);
  return undefined;
}
