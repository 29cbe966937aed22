import { isScalar, type Node } from 'yaml';
import { isYaml11NonString } from '../yaml/yaml11.js';
import { type Edit, EditError, locationInText } from './edit.js';

/**
 * The edit that makes a scalar hold the string `newValue`, replacing only the scalar's own
 * characters: the key, an anchor or tag before it, and a comment after it stay as they are.
 * Undefined when the scalar already holds that string, so computing edits twice from the same
 * desired values yields nothing the second time.
 *
 * The scalar keeps its style, with the upgrades Flux's image automation makes (kyaml
 * `FormatNonStringStyle`): a plain scalar becomes double-quoted when the new value would read as
 * something other than a string under YAML 1.1 (`1.10`, `on`, `0x1F`), and also, unlike Flux,
 * whenever it could not be written plain at all (`a: b`, ` #`, a leading `*`, empty → `""`).
 * A single-quoted scalar switches to double quotes only for characters single quotes cannot hold
 * on one line (line breaks, control characters).
 *
 * Block scalars (`|`, `>`) are refused: replacing their content would mean choosing chomping and
 * indentation for the new text, and a wrong choice silently changes the value (a trailing newline
 * added or lost). The error says where, so a person can switch that value to a quoted style.
 */
export function scalarEdit(file: string, text: string, node: Node, newValue: string): Edit | undefined {
  if (!isScalar(node) || !node.range) {
    throw new EditError('unsupported', 'only a scalar value can be edited', { location: { file } });
  }
  const [start, end] = node.range;
  // Only an error needs the line and column, and finding them scans the text up to the scalar.
  const location = () => locationInText(file, text, start);
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    throw new EditError('unsupported', 'a block scalar (| or >) cannot be edited in place', {
      location: location(),
      hint: 'Write this value as a plain or quoted scalar so it can be updated automatically.',
    });
  }
  // Parsed with the failsafe schema the value is the text; with another schema, `source` is.
  const current = typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
  // A plain `1.10` or `yes` already has the text but not the type: Kubernetes reads a float or a
  // bool. Flux records no change there (it compares text); we quote it, since the caller asked
  // for the string.
  if (current === newValue && !(node.type === 'PLAIN' && isYaml11NonString(newValue))) return undefined;
  const old = text.slice(start, end);
  const expectedStart = node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? "'" : undefined;
  if (old === '' ? node.type !== 'PLAIN' : expectedStart !== undefined && !old.startsWith(expectedStart)) {
    throw new EditError('stale', 'the scalar node does not belong to this text', { location: location() });
  }
  return { file, range: { start, end }, old, new: renderScalar(node.type ?? 'PLAIN', newValue) };
}

/** The source text for `value` in the given style, upgraded as described on `scalarEdit`. */
export function renderScalar(style: string, value: string): string {
  if (style === 'QUOTE_DOUBLE') return doubleQuoted(value);
  if (style === 'QUOTE_SINGLE')
    return singleQuotable(value) ? `'${value.replaceAll("'", "''")}'` : doubleQuoted(value);
  return isSafePlain(value) && !isYaml11NonString(value) ? value : doubleQuoted(value);
}

/** Characters no scalar may hold raw on one line: C0 controls, DEL, C1, line and BOM marks, lone surrogates. */
function isUnprintable(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff ||
    (code >= 0xd800 && code <= 0xdfff)
  );
}

function hasUnprintable(value: string, allowTab = false): boolean {
  for (const char of value) {
    const code = char.codePointAt(0) as number;
    if (isUnprintable(code) && !(allowTab && code === 0x09)) return true;
  }
  return false;
}

/**
 * Whether `value` reads back as exactly itself when written plain after `key: ` or `- `, in block
 * and in flow context (the node does not say which, so flow indicators are always avoided). This
 * is the intersection of YAML 1.2 (the `yaml` package) and libyaml's plain-scalar rules (go-yaml).
 */
export function isSafePlain(value: string): boolean {
  if (value === '' || value.trim() !== value || value.includes('\t')) return false;
  if (hasUnprintable(value)) return false;
  if (/[,[\]{}]/.test(value)) return false;
  if (value.includes(': ') || value.endsWith(':') || value.includes(' #')) return false;
  if (value.startsWith('---') || value.startsWith('...')) return false;
  const first = value[0] as string;
  if ('?:#&*!|>\'"%@`'.includes(first)) return false;
  if (first === '-' && (value.length === 1 || value[1] === ' ')) return false;
  return true;
}

function singleQuotable(value: string): boolean {
  return !hasUnprintable(value, true);
}

/** Double-quoted YAML with only the escapes YAML 1.1 (go-yaml) and 1.2 (`yaml`) both read. */
export function doubleQuoted(value: string): string {
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0) as number;
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\t') out += '\\t';
    else if (char === '\r') out += '\\r';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (isUnprintable(code)) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  return `${out}"`;
}
