/**
 * The lexer of Go's text/template: text, `{{ }}` actions with `{{- ` / ` -}}` trim markers, and
 * comments that are dropped. Positions are string indices; errors carry Go's wording. Other
 * delimiters can be set, as Go's `Template.Delims` does (the Flux Operator's ResourceSet uses `<< >>`).
 */

export type TokenType =
  | 'text'
  | 'leftDelim'
  | 'rightDelim'
  | 'space'
  | 'declare'
  | 'assign'
  | 'pipe'
  | 'char'
  | 'string'
  | 'rawString'
  | 'charConstant'
  | 'number'
  | 'bool'
  | 'dot'
  | 'field'
  | 'variable'
  | 'identifier'
  | 'keyword'
  | 'nil'
  | 'leftParen'
  | 'rightParen'
  | 'eof'
  | 'error';

export interface Token {
  readonly type: TokenType;
  readonly value: string;
  readonly pos: number;
}

const keywords = new Set([
  'block',
  'break',
  'continue',
  'define',
  'else',
  'end',
  'if',
  'range',
  'template',
  'with',
]);
/** Go's trim markers accept any ASCII space after `{{-` and before `-}}`. */
const spaceChars = ' \t\r\n';
const isSpace = (c: string | undefined): boolean => c !== undefined && c !== '' && spaceChars.includes(c);
const isAlphaNumeric = (c: string | undefined): boolean => c !== undefined && /^[\p{L}\p{Nd}_]$/u.test(c);

/** `%#U` as Go prints it: `U+0023 '#'`. */
export function describeRune(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(c) ? `${hex} '${c}'` : hex;
}

/** The action delimiters, `{{` and `}}` unless a template sets others (Go's `Template.Delims`). */
export interface Delimiters {
  readonly left: string;
  readonly right: string;
}

export const DEFAULT_DELIMITERS: Delimiters = { left: '{{', right: '}}' };

export function lex(input: string, delims: Delimiters = DEFAULT_DELIMITERS): Token[] {
  const { left, right } = delims;
  // Go's atTerminator ends a word at the first character of the right delimiter too.
  const terminators = `.,|:)(${right[0] ?? ''}`;
  const tokens: Token[] = [];
  let pos = 0;
  let start = 0;
  let parenDepth = 0;

  const emit = (type: TokenType, value = input.slice(start, pos)): void => {
    tokens.push({ type, value, pos: start });
    start = pos;
  };
  const fail = (message: string): Token[] => {
    tokens.push({ type: 'error', value: message, pos: start });
    return tokens;
  };
  const atRightDelim = (): { delim: boolean; trim: boolean } => {
    if (input.startsWith(right, pos)) return { delim: true, trim: false };
    if (isSpace(input[pos]) && input[pos + 1] === '-' && input.startsWith(right, pos + 2)) {
      return { delim: true, trim: true };
    }
    return { delim: false, trim: false };
  };
  const skipSpaces = (): void => {
    while (isSpace(input[pos])) pos++;
    start = pos;
  };
  const atTerminator = (): boolean => {
    const c = input[pos];
    return c === undefined || isSpace(c) || terminators.includes(c);
  };

  for (;;) {
    // Text up to the next action.
    const next = input.indexOf(left, pos);
    if (next < 0) {
      pos = input.length;
      if (pos > start) emit('text');
      tokens.push({ type: 'eof', value: '', pos });
      return tokens;
    }
    const trimLeft = input[next + left.length] === '-' && isSpace(input[next + left.length + 1]);
    let textEnd = next;
    if (trimLeft) while (textEnd > start && isSpace(input[textEnd - 1])) textEnd--;
    if (textEnd > start) tokens.push({ type: 'text', value: input.slice(start, textEnd), pos: start });
    pos = next + left.length;
    start = next;
    const afterMarker = trimLeft ? 2 : 0;
    if (input.startsWith('/*', pos + afterMarker)) {
      pos += afterMarker + 2;
      const close = input.indexOf('*/', pos);
      if (close < 0) return fail('unclosed comment');
      pos = close + 2;
      const { delim, trim } = atRightDelim();
      if (!delim) return fail('comment ends before closing delimiter');
      pos += (trim ? 2 : 0) + right.length;
      if (trim) while (isSpace(input[pos])) pos++;
      start = pos;
      continue;
    }
    emit('leftDelim', left);
    pos += afterMarker;
    start = pos;
    parenDepth = 0;

    // Inside the action.
    for (;;) {
      const { delim, trim } = atRightDelim();
      if (delim) {
        if (parenDepth > 0) return fail('unclosed left paren');
        if (trim) pos += 2;
        start = pos;
        pos += right.length;
        emit('rightDelim');
        if (trim) skipSpaces();
        break;
      }
      const c = input[pos];
      if (c === undefined) return fail('unclosed action');
      pos++;
      if (isSpace(c)) {
        let count = 1;
        while (isSpace(input[pos])) {
          pos++;
          count++;
        }
        // A space that belongs to a ` -}}` marker is not an argument separator.
        if (input[pos] === '-' && input.startsWith(right, pos + 1)) {
          pos--;
          if (count === 1) {
            start = pos;
            continue;
          }
        }
        emit('space');
      } else if (c === ':') {
        if (input[pos] !== '=') return fail('expected :=');
        pos++;
        emit('declare');
      } else if (c === '=') emit('assign');
      else if (c === '|') emit('pipe');
      else if (c === '"' || c === "'") {
        for (;;) {
          let d = input[pos++];
          if (d === '\\') {
            d = input[pos++];
            if (d !== undefined && d !== '\n') continue;
          }
          if (d === undefined || d === '\n') {
            return fail(c === '"' ? 'unterminated quoted string' : 'unterminated character constant');
          }
          if (d === c) break;
        }
        emit(c === '"' ? 'string' : 'charConstant');
      } else if (c === '`') {
        const close = input.indexOf('`', pos);
        if (close < 0) return fail('unterminated raw quoted string');
        pos = close + 1;
        emit('rawString');
      } else if (c === '$' || (c === '.' && !/[0-9]/.test(input[pos] ?? ''))) {
        if (atTerminator()) {
          emit(c === '$' ? 'variable' : 'dot');
          continue;
        }
        while (isAlphaNumeric(input[pos])) pos++;
        if (!atTerminator()) return fail(`bad character ${describeRune(input[pos] ?? '')}`);
        emit(c === '$' ? 'variable' : 'field');
      } else if (c === '.' || c === '+' || c === '-' || /[0-9]/.test(c)) {
        pos--;
        const scanned = scanNumber();
        if (scanned === 'complex' || input[pos] === '+' || input[pos] === '-') {
          return fail('complex numbers are not supported');
        }
        if (scanned === 'bad') return fail(`bad number syntax: ${JSON.stringify(input.slice(start, pos))}`);
        emit('number');
      } else if (isAlphaNumeric(c)) {
        while (isAlphaNumeric(input[pos])) pos++;
        if (!atTerminator()) return fail(`bad character ${describeRune(input[pos] ?? '')}`);
        const word = input.slice(start, pos);
        if (keywords.has(word)) emit('keyword');
        else if (word === 'nil') emit('nil');
        else if (word === 'true' || word === 'false') emit('bool');
        else emit('identifier');
      } else if (c === '(') {
        emit('leftParen');
        parenDepth++;
      } else if (c === ')') {
        emit('rightParen');
        parenDepth--;
        if (parenDepth < 0) return fail(`unexpected right paren ${describeRune(c)}`);
      } else if (c.charCodeAt(0) < 0x80 && c >= ' ' && c !== '\x7f') emit('char');
      else
        return fail(
          `unrecognized character in action: ${describeRune(String.fromCodePoint(input.codePointAt(pos - 1) ?? 0))}`,
        );
    }
  }

  /** Go's scanNumber: a permissive scan; the parser rejects what strconv cannot read. */
  function scanNumber(): 'ok' | 'bad' | 'complex' {
    const accept = (set: string): boolean => {
      const c = input[pos];
      if (c !== undefined && c !== '' && set.includes(c)) {
        pos++;
        return true;
      }
      return false;
    };
    const acceptRun = (set: string): void => {
      while (accept(set));
    };
    accept('+-');
    let digits = '0123456789_';
    if (accept('0')) {
      if (accept('xX')) digits = '0123456789abcdefABCDEF_';
      else if (accept('oO')) digits = '01234567_';
      else if (accept('bB')) digits = '01_';
    }
    acceptRun(digits);
    if (accept('.')) acceptRun(digits);
    if (digits.length === 11 && accept('eE')) {
      accept('+-');
      acceptRun('0123456789_');
    }
    if (digits.length === 23 && accept('pP')) {
      accept('+-');
      acceptRun('0123456789_');
    }
    if (accept('i')) return 'complex';
    if (isAlphaNumeric(input[pos])) {
      pos++;
      return 'bad';
    }
    return 'ok';
  }
}
