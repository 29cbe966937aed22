/**
 * Execution, after Go's text/template exec.go: the same evaluation order, the same variable
 * scoping, the same node an error points at, and the same message for each failure.
 */
import { FuncError, type FuncSpec } from './functions.js';
import { formatValue, goQuote, UnsupportedFormatError } from './go-format.js';
import {
  type AnyNode,
  type ArgNode,
  type BranchNode,
  type ChainNode,
  type CommandNode,
  type FieldNode,
  type IdentifierNode,
  type ListNode,
  type Node,
  nodeString,
  type PipeNode,
  type VariableNode,
} from './nodes.js';
import { byteColumn, lineAt, TemplateError } from './template-error.js';
import {
  GoMap,
  GoStruct,
  isInt,
  isMap,
  isPlainMap,
  isTrue,
  mapGet,
  type ParamType,
  sortedEntries,
  typeName,
} from './values.js';

/** The pipeline value that has not been produced yet: the first command gets no extra argument. */
const MISSING = Symbol('missing');
type Value = unknown;

const BREAK = Symbol('break');
const CONTINUE = Symbol('continue');

/** Go allows 100000 nested template calls; a JavaScript stack is smaller, as on Go's wasm port. */
const MAX_EXEC_DEPTH = 1000;

export interface ExecContext {
  readonly parseName: string;
  readonly text: string;
  readonly trees: ReadonlyMap<string, ListNode>;
  readonly funcs: ReadonlyMap<string, FuncSpec>;
  /** Go's `missingkey=error` option: reading a key a map lacks fails instead of giving no value. */
  readonly missingKeyError?: boolean;
}

export function execute(context: ExecContext, name: string, data: unknown): string {
  const root = context.trees.get(name);
  if (!root)
    throw new TemplateError(
      `template: no template ${goQuote(name)} associated with template ${goQuote(context.parseName)}`,
    );
  const state = new State(context, name, [{ name: '$', value: data }], 0);
  state.walk(data, root);
  return state.out.join('');
}

class State {
  node: AnyNode | undefined;
  out: string[] = [];

  constructor(
    readonly ctx: ExecContext,
    readonly tmpl: string,
    readonly vars: { name: string; value: Value }[],
    readonly depth: number,
  ) {}

  errorf(message: string): never {
    if (!this.node) throw new TemplateError(`template: ${this.tmpl}: ${message}`);
    const { text, parseName } = this.ctx;
    const location = `${parseName}:${lineAt(text, this.node.pos)}:${byteColumn(text, this.node.pos)}`;
    throw new TemplateError(
      `template: ${location}: executing ${goQuote(this.tmpl)} at <${nodeString(this.node)}>: ${message}`,
    );
  }

  #varValue(name: string): Value {
    for (let i = this.vars.length - 1; i >= 0; i--)
      if (this.vars[i]?.name === name) return this.vars[i]?.value;
    this.errorf(`undefined variable: ${name}`);
  }

  #setVar(name: string, value: Value): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const variable = this.vars[i];
      if (variable?.name === name) {
        variable.value = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }

  walk(dot: Value, node: Node): void {
    this.node = node;
    switch (node.type) {
      case 'action': {
        const value = this.#evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) {
          this.node = node;
          this.out.push(value === undefined ? '<no value>' : formatValue(value));
        }
        return;
      }
      case 'break':
        throw BREAK;
      case 'continue':
        throw CONTINUE;
      case 'if':
      case 'with':
        this.#walkIfOrWith(dot, node);
        return;
      case 'list':
        for (const child of node.nodes) this.walk(dot, child);
        return;
      case 'range':
        this.#walkRange(dot, node);
        return;
      case 'template': {
        const tree = this.ctx.trees.get(node.name);
        if (!tree) this.errorf(`template ${goQuote(node.name)} not defined`);
        if (this.depth >= MAX_EXEC_DEPTH) this.errorf(`exceeded maximum template depth (${MAX_EXEC_DEPTH})`);
        const value = this.#evalPipeline(dot, node.pipe);
        // No dynamic scoping: the called template sees only `$`, set to its dot.
        const inner = new State(this.ctx, node.name, [{ name: '$', value }], this.depth + 1);
        inner.out = this.out;
        inner.walk(value, tree);
        return;
      }
      case 'text':
        this.out.push(node.text);
        return;
    }
  }

  #walkIfOrWith(dot: Value, node: BranchNode): void {
    const mark = this.vars.length;
    const value = this.#evalPipeline(dot, node.pipe);
    if (isTrue(value)) this.walk(node.type === 'with' ? value : dot, node.list);
    else if (node.elseList) this.walk(dot, node.elseList);
    this.vars.length = mark;
  }

  #walkRange(dot: Value, node: BranchNode): void {
    this.node = node;
    const outer = this.vars.length;
    const value = this.#evalPipeline(dot, node.pipe);
    const mark = this.vars.length;
    const { decl, isAssign } = node.pipe;
    const one = (index: Value, elem: Value): void => {
      if (decl.length > 0) {
        if (isAssign) this.#setVar(decl[0]?.ident[0] as string, decl.length > 1 ? index : elem);
        else (this.vars[this.vars.length - 1] as { value: Value }).value = elem;
      }
      if (decl.length > 1) {
        if (isAssign) this.#setVar(decl[1]?.ident[0] as string, elem);
        else (this.vars[this.vars.length - 2] as { value: Value }).value = index;
      }
      try {
        this.walk(elem, node.list);
      } catch (signal) {
        if (signal !== CONTINUE) throw signal;
      } finally {
        this.vars.length = mark;
      }
    };
    let items: [Value, Value][];
    if (value === undefined || value === null) items = [];
    else if (Array.isArray(value)) items = value.map((elem, i) => [i, elem]);
    else if (isMap(value)) items = sortedEntries(value);
    else if (isInt(value)) {
      // Go 1.24 ranges over an int n as 0..n-1, with a single variable for the value.
      if (decl.length > 1)
        this.errorf(`can't use ${formatValue(value)} to iterate over more than one variable`);
      items = Array.from({ length: Math.max(value, 0) }, (_, i) => [undefined, i]);
    } else this.errorf(`range can't iterate over ${formatValue(value)}`);
    try {
      for (const [index, elem] of items) one(index, elem);
    } catch (signal) {
      if (signal !== BREAK) throw signal;
      this.vars.length = outer;
      return;
    }
    if (items.length === 0 && node.elseList) this.walk(dot, node.elseList);
    this.vars.length = outer;
  }

  #evalPipeline(dot: Value, pipe: PipeNode | undefined): Value {
    if (!pipe) return undefined;
    this.node = pipe;
    let value: Value | typeof MISSING = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.#evalCommand(dot, cmd, value);
      // An interface{} holding nil is dug out to an invalid value, which prints <no value>.
      if (value === null) value = undefined;
    }
    for (const variable of pipe.decl) {
      if (pipe.isAssign) this.#setVar(variable.ident[0] as string, value);
      else this.vars.push({ name: variable.ident[0] as string, value });
    }
    return value;
  }

  #notAFunction(args: readonly ArgNode[], final: Value): void {
    if (args.length > 1 || final !== MISSING)
      this.errorf(`can't give argument to non-function ${nodeString(args[0] as ArgNode)}`);
  }

  #evalCommand(dot: Value, cmd: CommandNode, final: Value): Value {
    const first = cmd.args[0] as ArgNode;
    switch (first.type) {
      case 'field':
        return this.#evalFieldNode(dot, first, cmd.args, final);
      case 'chain':
        return this.#evalChainNode(dot, first, cmd.args, final);
      case 'identifier':
        return this.#evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        this.#notAFunction(cmd.args, final);
        return this.#evalPipeline(dot, first);
      case 'variable':
        return this.#evalVariableNode(dot, first, cmd.args, final);
    }
    this.node = first;
    this.#notAFunction(cmd.args, final);
    switch (first.type) {
      case 'bool':
        return first.value;
      case 'dot':
        return dot;
      case 'nil':
        this.errorf('nil is not a command');
        break;
      case 'number':
        return first.value;
      case 'string':
        return first.text;
    }
  }

  #evalFieldNode(dot: Value, field: FieldNode, args: readonly ArgNode[] | null, final: Value): Value {
    this.node = field;
    return this.#evalFieldChain(dot, dot, field, field.ident, args, final);
  }

  #evalChainNode(dot: Value, chain: ChainNode, args: readonly ArgNode[] | null, final: Value): Value {
    this.node = chain;
    if (chain.node.type === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    const receiver = this.#evalArg(dot, 'value', chain.node);
    return this.#evalFieldChain(dot, receiver, chain, chain.fields, args, final);
  }

  #evalVariableNode(
    dot: Value,
    variable: VariableNode,
    args: readonly ArgNode[] | null,
    final: Value,
  ): Value {
    this.node = variable;
    const value = this.#varValue(variable.ident[0] as string);
    if (variable.ident.length === 1) {
      if (args) this.#notAFunction(args, final);
      return value;
    }
    return this.#evalFieldChain(dot, value, variable, variable.ident.slice(1), args, final);
  }

  #evalFieldChain(
    dot: Value,
    receiver: Value,
    node: AnyNode,
    ident: readonly string[],
    args: readonly ArgNode[] | null,
    final: Value,
  ): Value {
    let current = receiver;
    ident.forEach((name, i) => {
      const last = i === ident.length - 1;
      current = this.#evalField(dot, name, node, last ? args : null, last ? final : MISSING, current);
    });
    return current;
  }

  #evalField(
    dot: Value,
    name: string,
    node: AnyNode,
    args: readonly ArgNode[] | null,
    final: Value,
    receiver: Value,
  ): Value {
    if (receiver === undefined) return undefined;
    if (receiver === null) this.errorf(`nil pointer evaluating interface {}.${name}`);
    if (receiver instanceof GoStruct) {
      const method = receiver.methods[name];
      if (method)
        return this.#evalCall(dot, { params: method.params, call: method.call }, node, name, args, final);
    }
    const hasArgs = (args !== null && args.length > 1) || final !== MISSING;
    if (receiver instanceof GoStruct) {
      const field = receiver.field(name);
      if (field.found) {
        if (hasArgs) this.errorf(`${name} has arguments but cannot be invoked as function`);
        return field.value;
      }
    } else if (isPlainMap(receiver) || (receiver instanceof GoMap && receiver.keyType === 'string')) {
      if (hasArgs) this.errorf(`${name} is not a method but has arguments`);
      const value = mapGet(receiver, name);
      const present = receiver instanceof GoMap ? receiver.has(name) : Object.hasOwn(receiver, name);
      if (this.ctx.missingKeyError && !present) {
        this.errorf(`map has no entry for key ${goQuote(name)}`);
      }
      return value;
    }
    this.errorf(`can't evaluate field ${name} in type ${typeName(receiver)}`);
  }

  #evalFunction(
    dot: Value,
    node: IdentifierNode,
    cmd: AnyNode,
    args: readonly ArgNode[] | null,
    final: Value,
  ): Value {
    this.node = node;
    const fn = this.ctx.funcs.get(node.name);
    if (!fn) this.errorf(`${goQuote(node.name)} is not a defined function`);
    return this.#evalCall(dot, fn, cmd, node.name, args, final);
  }

  #evalCall(
    dot: Value,
    fn: FuncSpec,
    node: AnyNode,
    name: string,
    argNodes: readonly ArgNode[] | null,
    final: Value,
  ): Value {
    const args = argNodes ? argNodes.slice(1) : [];
    const numIn = args.length + (final === MISSING ? 0 : 1);
    const numFixed = fn.variadic === undefined ? args.length : fn.params.length;
    if (fn.variadic !== undefined) {
      if (numIn < numFixed)
        this.errorf(`wrong number of args for ${name}: want at least ${numFixed} got ${args.length}`);
    } else if (numIn !== fn.params.length) {
      this.errorf(`wrong number of args for ${name}: want ${fn.params.length} got ${numIn}`);
    }
    if (fn.shortCircuit) {
      let value: Value;
      for (const arg of args) {
        value = this.#evalArg(dot, 'value', arg);
        if (isTrue(value) === (fn.shortCircuit === 'or')) return value;
      }
      return final === MISSING ? value : final;
    }
    const argv: Value[] = [];
    args.forEach((arg, i) => {
      argv.push(
        this.#evalArg(dot, i < numFixed ? (fn.params[i] as ParamType) : (fn.variadic as ParamType), arg),
      );
    });
    if (final !== MISSING) {
      const type = fn.variadic === undefined || numIn - 1 < numFixed ? fn.params[numIn - 1] : fn.variadic;
      argv.push(this.#validateType(final, type as ParamType));
    }
    if (name === 'call' && fn.variadic === 'value' && argNodes) argv.unshift(nodeString(args[0] as ArgNode));
    try {
      return (fn.call as (...a: Value[]) => Value)(...argv);
    } catch (error) {
      if (!(error instanceof FuncError || error instanceof UnsupportedFormatError)) throw error;
      this.node = node;
      this.errorf(`error calling ${name}: ${error.message}`);
    }
  }

  #validateType(value: Value, type: ParamType): Value {
    if (value === undefined) {
      if (type === 'value') return undefined;
      if (type === 'any' || type === 'dict') return null;
      this.errorf(`invalid value; expected ${goTypeOf(type)}`);
    }
    const ok =
      type === 'value' ||
      type === 'any' ||
      (type === 'string' && typeof value === 'string') ||
      (type === 'int' && isInt(value)) ||
      (type === 'bool' && typeof value === 'boolean') ||
      (type === 'dict' && (isPlainMap(value) || value === null));
    if (!ok) this.errorf(`wrong type for value; expected ${goTypeOf(type)}; got ${typeName(value)}`);
    return value;
  }

  #evalArg(dot: Value, type: ParamType, n: ArgNode): Value {
    this.node = n;
    switch (n.type) {
      case 'dot':
        return this.#validateType(dot, type);
      case 'nil':
        if (type === 'value') return undefined;
        if (type === 'any' || type === 'dict') return null;
        this.errorf(`cannot assign nil to ${goTypeOf(type)}`);
        break;
      case 'field':
        return this.#validateType(this.#evalFieldNode(dot, n, [n], MISSING), type);
      case 'variable':
        return this.#validateType(this.#evalVariableNode(dot, n, null, MISSING), type);
      case 'pipe':
        return this.#validateType(this.#evalPipeline(dot, n), type);
      case 'identifier':
        return this.#validateType(this.#evalFunction(dot, n, n, null, MISSING), type);
      case 'chain':
        return this.#validateType(this.#evalChainNode(dot, n, null, MISSING), type);
    }
    if (type === 'value' || type === 'any')
      return n.type === 'bool' ? n.value : n.type === 'number' ? n.value : n.text;
    if (type === 'string' && n.type === 'string') return n.text;
    if (type === 'int' && n.type === 'number' && n.isInt) return n.value;
    if (type === 'bool' && n.type === 'bool') return n.value;
    if (type === 'dict') this.errorf(`can't handle ${nodeString(n)} for arg of type map[string]interface {}`);
    const expected = type === 'int' ? 'integer' : type;
    this.errorf(`expected ${expected}; found ${nodeString(n)}`);
  }
}

function goTypeOf(type: ParamType): string {
  if (type === 'dict') return 'map[string]interface {}';
  if (type === 'any' || type === 'value') return 'interface {}';
  return type;
}
