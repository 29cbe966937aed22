/**
 * The parse tree, shaped like Go's text/template/parse nodes. `nodeString` reproduces Go's
 * String() methods because execution errors quote the node: `executing "x" at <.Updated>`.
 */

export interface FieldNode {
  readonly type: 'field';
  readonly pos: number;
  readonly ident: readonly string[];
}
export interface VariableNode {
  readonly type: 'variable';
  readonly pos: number;
  readonly ident: readonly string[];
}
export interface IdentifierNode {
  readonly type: 'identifier';
  readonly pos: number;
  readonly name: string;
}
export interface ChainNode {
  readonly type: 'chain';
  readonly pos: number;
  readonly node: ArgNode;
  readonly fields: readonly string[];
}
export interface DotNode {
  readonly type: 'dot';
  readonly pos: number;
}
export interface NilNode {
  readonly type: 'nil';
  readonly pos: number;
}
export interface BoolNode {
  readonly type: 'bool';
  readonly pos: number;
  readonly value: boolean;
}
export interface NumberNode {
  readonly type: 'number';
  readonly pos: number;
  readonly text: string;
  readonly value: number;
  /** Usable where Go wants an int (`1e3` is, `1.5` is not). */
  readonly isInt: boolean;
}
export interface StringNode {
  readonly type: 'string';
  readonly pos: number;
  readonly quoted: string;
  readonly text: string;
}
export interface PipeNode {
  readonly type: 'pipe';
  readonly pos: number;
  readonly isAssign: boolean;
  readonly decl: readonly VariableNode[];
  readonly cmds: readonly CommandNode[];
}
export interface CommandNode {
  readonly type: 'command';
  readonly pos: number;
  readonly args: readonly ArgNode[];
}

export type ArgNode =
  | FieldNode
  | VariableNode
  | IdentifierNode
  | ChainNode
  | DotNode
  | NilNode
  | BoolNode
  | NumberNode
  | StringNode
  | PipeNode;

export interface TextNode {
  readonly type: 'text';
  readonly pos: number;
  readonly text: string;
}
export interface ActionNode {
  readonly type: 'action';
  readonly pos: number;
  readonly pipe: PipeNode;
}
export interface BranchNode {
  readonly type: 'if' | 'with' | 'range';
  readonly pos: number;
  readonly pipe: PipeNode;
  readonly list: ListNode;
  readonly elseList: ListNode | undefined;
}
export interface TemplateNode {
  readonly type: 'template';
  readonly pos: number;
  readonly name: string;
  readonly pipe: PipeNode | undefined;
}
export interface LoopControlNode {
  readonly type: 'break' | 'continue';
  readonly pos: number;
}
export interface ListNode {
  readonly type: 'list';
  readonly pos: number;
  readonly nodes: Node[];
}

export type Node = TextNode | ActionNode | BranchNode | TemplateNode | LoopControlNode | ListNode;
export type AnyNode = Node | ArgNode | CommandNode;

/** Go's Node.String(), used in error contexts. */
export function nodeString(node: AnyNode): string {
  switch (node.type) {
    case 'field':
      return node.ident.map((id) => `.${id}`).join('');
    case 'variable':
      return node.ident.join('.');
    case 'identifier':
      return node.name;
    case 'chain':
      return (
        (node.node.type === 'pipe' ? `(${nodeString(node.node)})` : nodeString(node.node)) +
        node.fields.map((f) => `.${f}`).join('')
      );
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'bool':
      return String(node.value);
    case 'number':
      return node.text;
    case 'string':
      return node.quoted;
    case 'pipe': {
      const decl = node.decl.length > 0 ? `${node.decl.map(nodeString).join(', ')} := ` : '';
      return decl + node.cmds.map(nodeString).join(' | ');
    }
    case 'command':
      return node.args.map((a) => (a.type === 'pipe' ? `(${nodeString(a)})` : nodeString(a))).join(' ');
    case 'text':
      return node.text;
    case 'action':
      return `{{${nodeString(node.pipe)}}}`;
    case 'if':
    case 'with':
    case 'range': {
      const elseText = node.elseList ? `{{else}}${nodeString(node.elseList)}` : '';
      return `{{${node.type} ${nodeString(node.pipe)}}}${nodeString(node.list)}${elseText}{{end}}`;
    }
    case 'template':
      return `{{template ${JSON.stringify(node.name)}${node.pipe ? ` ${nodeString(node.pipe)}` : ''}}}`;
    case 'break':
    case 'continue':
      return `{{${node.type}}}`;
    case 'list':
      return node.nodes.map(nodeString).join('');
  }
}
