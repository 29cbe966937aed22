/**
 * A parser for the part of GraphQL clients send to GitHub: one or more operations with variables,
 * fields with aliases and arguments, nested selections and inline fragments. Named fragments and
 * directives are rejected, so a query the emulator cannot answer fails loudly.
 */

export type GraphqlValue =
  | { kind: 'variable'; name: string }
  | { kind: 'literal'; value: unknown }
  | { kind: 'list'; values: GraphqlValue[] }
  | { kind: 'object'; fields: Record<string, GraphqlValue> };

export interface FieldNode {
  kind: 'field';
  alias: string;
  name: string;
  args: Record<string, GraphqlValue>;
  selections: SelectionNode[] | undefined;
}

export interface InlineFragmentNode {
  kind: 'inline-fragment';
  typeCondition: string | undefined;
  selections: SelectionNode[];
}

export type SelectionNode = FieldNode | InlineFragmentNode;

export interface OperationNode {
  type: 'query' | 'mutation';
  name: string | undefined;
  variableDefaults: Record<string, unknown>;
  selections: SelectionNode[];
}

export class GraphqlSyntaxError extends Error {
  override readonly name = 'GraphqlSyntaxError';
}

const TOKEN =
  /\s+|,|#[^\n]*|("(?:[^"\\]|\\.)*")|(\.\.\.|[{}()[\]:!$=@])|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([_A-Za-z][_0-9A-Za-z]*)/y;

function tokenize(source: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(source);
    if (match === null) throw new GraphqlSyntaxError(`Parse error on "${source.slice(start, start + 10)}"`);
    const token = match[1] ?? match[2] ?? match[3] ?? match[4];
    if (token !== undefined) tokens.push(token);
  }
  return tokens;
}

export function parseGraphql(source: string): OperationNode[] {
  const parser = new Parser(tokenize(source));
  const operations: OperationNode[] = [];
  while (!parser.done()) operations.push(parser.operation());
  if (operations.length === 0) throw new GraphqlSyntaxError('the document has no operation');
  return operations;
}

class Parser {
  private position = 0;

  constructor(private readonly tokens: string[]) {}

  done(): boolean {
    return this.position >= this.tokens.length;
  }

  operation(): OperationNode {
    if (this.peek() === '{')
      return { type: 'query', name: undefined, variableDefaults: {}, selections: this.selectionSet() };
    const type = this.next();
    if (type === 'fragment')
      throw new GraphqlSyntaxError('named fragments are not supported by the emulator');
    if (type !== 'query' && type !== 'mutation') throw new GraphqlSyntaxError(`Parse error on "${type}"`);
    const name = /^[_A-Za-z]/.test(this.peek() ?? '') ? this.next() : undefined;
    const variableDefaults: Record<string, unknown> = {};
    if (this.peek() === '(') {
      this.expect('(');
      while (this.peek() !== ')') {
        this.expect('$');
        const variable = this.next();
        this.expect(':');
        this.skipType();
        if (this.peek() === '=') {
          this.next();
          variableDefaults[variable] = literalOf(this.value());
        }
      }
      this.expect(')');
    }
    return { type, name, variableDefaults, selections: this.selectionSet() };
  }

  private selectionSet(): SelectionNode[] {
    this.expect('{');
    const selections: SelectionNode[] = [];
    while (this.peek() !== '}') selections.push(this.selection());
    this.expect('}');
    return selections;
  }

  private selection(): SelectionNode {
    if (this.peek() === '...') {
      this.next();
      if (this.peek() !== 'on' && this.peek() !== '{') {
        throw new GraphqlSyntaxError('named fragments are not supported by the emulator');
      }
      let typeCondition: string | undefined;
      if (this.peek() === 'on') {
        this.next();
        typeCondition = this.next();
      }
      return { kind: 'inline-fragment', typeCondition, selections: this.selectionSet() };
    }
    const alias = this.next();
    let name = alias;
    if (this.peek() === ':') {
      this.next();
      name = this.next();
    }
    const args: Record<string, GraphqlValue> = {};
    if (this.peek() === '(') {
      this.next();
      while (this.peek() !== ')') {
        const argument = this.next();
        this.expect(':');
        args[argument] = this.value();
      }
      this.expect(')');
    }
    if (this.peek() === '@') throw new GraphqlSyntaxError('directives are not supported by the emulator');
    const selections = this.peek() === '{' ? this.selectionSet() : undefined;
    if (!/^[_A-Za-z]/.test(name)) throw new GraphqlSyntaxError(`Parse error on "${name}"`);
    return { kind: 'field', alias, name, args, selections };
  }

  private value(): GraphqlValue {
    const token = this.next();
    if (token === '$') return { kind: 'variable', name: this.next() };
    if (token === '[') {
      const values: GraphqlValue[] = [];
      while (this.peek() !== ']') values.push(this.value());
      this.expect(']');
      return { kind: 'list', values };
    }
    if (token === '{') {
      const fields: Record<string, GraphqlValue> = {};
      while (this.peek() !== '}') {
        const field = this.next();
        this.expect(':');
        fields[field] = this.value();
      }
      this.expect('}');
      return { kind: 'object', fields };
    }
    if (token.startsWith('"')) return { kind: 'literal', value: JSON.parse(token) };
    if (/^-?\d/.test(token)) return { kind: 'literal', value: Number(token) };
    if (token === 'true' || token === 'false') return { kind: 'literal', value: token === 'true' };
    if (token === 'null') return { kind: 'literal', value: null };
    // Enum values (SQUASH, MERGE) travel as their names.
    return { kind: 'literal', value: token };
  }

  private skipType(): void {
    if (this.peek() === '[') {
      this.next();
      this.skipType();
      this.expect(']');
    } else {
      this.next();
    }
    if (this.peek() === '!') this.next();
  }

  private peek(): string | undefined {
    return this.tokens[this.position];
  }

  private next(): string {
    const token = this.tokens[this.position];
    if (token === undefined) throw new GraphqlSyntaxError('Parse error: unexpected end of document');
    this.position += 1;
    return token;
  }

  private expect(token: string): void {
    const actual = this.next();
    if (actual !== token) throw new GraphqlSyntaxError(`Parse error on "${actual}": expected "${token}"`);
  }
}

function literalOf(value: GraphqlValue): unknown {
  return resolveValue(value, {});
}

/** The argument's value with variables substituted. */
export function resolveValue(value: GraphqlValue, variables: Record<string, unknown>): unknown {
  switch (value.kind) {
    case 'variable':
      return variables[value.name] ?? null;
    case 'literal':
      return value.value;
    case 'list':
      return value.values.map((item) => resolveValue(item, variables));
    case 'object':
      return Object.fromEntries(
        Object.entries(value.fields).map(([name, field]) => [name, resolveValue(field, variables)]),
      );
  }
}
