/**
 * The lexer of fluxcd/pkg `envsubst/parse/scan.go`, reproduced state for state because its quirks are
 * the contract: `$$` is an escape only where escapes are switched on, a NUL character ends the input
 * (the Go scanner uses rune 0 as its end marker), and an escape is removed from the buffer itself.
 */

/** Go's `eof` rune is 0, so a literal NUL reads as the end of the text too. */
export const EOF = 0;

export enum Token {
  Illegal,
  EOF,
  Ident,
  Lbrack,
  Rbrack,
}

/** Mode bits: which tokens `scan` recognises. */
export const SCAN_IDENT = 1;
export const SCAN_LBRACK = 2;
export const SCAN_RBRACK = 4;
export const SCAN_ESCAPE = 8;

/** Escape bits: `$$` is always available once escapes are on; `\/` and `\\` only inside `${…}`. */
export const ESCAPE_DOLLAR = 1;
export const ESCAPE_BACKSLASH = 2;
export const ESCAPE_ALL = ESCAPE_DOLLAR | ESCAPE_BACKSLASH;

/** Whether a rune may continue the current token; `index` counts from 1 at the token's first rune. */
export type Accept = (rune: number, index: number) => boolean;

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

export const accept = {
  any: (): boolean => true,
  // Go's unicode.IsLetter / IsDigit: parameter names may hold any letter, not only ASCII.
  ident: (r: number): boolean =>
    r === 0x5f || LETTER.test(String.fromCodePoint(r)) || DIGIT.test(String.fromCodePoint(r)),
  colon: (r: number): boolean => r === 0x3a,
  oneHash: (r: number, i: number): boolean => r === 0x23 && i === 1,
  notClosing: (r: number): boolean => r !== 0x7d,
  hashFunc: (r: number, i: number): boolean => r === 0x23 && i < 3,
  percentFunc: (r: number, i: number): boolean => r === 0x25 && i < 3,
  defaultFunc: (r: number, i: number): boolean =>
    (i === 1 && r === 0x3a) || (i === 2 && (r === 0x3d || r === 0x2d || r === 0x3f || r === 0x2b)),
  replaceFunc: (r: number, i: number): boolean =>
    (i === 1 && r === 0x2f) || (i === 2 && (r === 0x2f || r === 0x23 || r === 0x25)),
  oneEqual: (r: number, i: number): boolean => i === 1 && r === 0x3d,
  oneColon: (r: number, i: number): boolean => i === 1 && r === 0x3a,
  notColonClose: (r: number): boolean => r !== 0x3a && r !== 0x7d,
  slash: (r: number): boolean => r === 0x2f,
  notSlash: (r: number): boolean => r !== 0x2f,
  casingFunc: (r: number, i: number): boolean => (r === 0x2c || r === 0x5e) && i < 3,
} satisfies Record<string, Accept>;

export class Scanner {
  private buf: string;
  private pos = 0;
  private start = 0;
  private width = 0;
  mode = 0;
  escapes = 0;
  accept: Accept = accept.any;

  constructor(text: string) {
    this.buf = text;
  }

  /** The next code point, or EOF. Positions count UTF-16 code units. */
  read(): number {
    if (this.pos >= this.buf.length) {
      this.width = 0;
      return EOF;
    }
    const rune = this.buf.codePointAt(this.pos) ?? EOF;
    this.width = rune > 0xffff ? 2 : 1;
    this.pos += this.width;
    return rune;
  }

  unread(): void {
    this.pos -= this.width;
  }

  peek(): number {
    const rune = this.read();
    this.unread();
    return rune;
  }

  /** The text of the token `scan` returned last, escapes already removed. */
  text(): string {
    return this.buf.slice(this.start, this.pos);
  }

  scan(): Token {
    this.start = this.pos;
    const rune = this.read();
    if (rune === EOF) return Token.EOF;
    if (this.scanLbrack(rune)) return Token.Lbrack;
    if (this.scanRbrack(rune)) return Token.Rbrack;
    if (this.scanIdent(rune)) return Token.Ident;
    return Token.Illegal;
  }

  /** Drops the (single code unit) escape character just read; the escaped character stays as text. */
  private skip(): void {
    this.buf = this.buf.slice(0, this.pos - 1) + this.buf.slice(this.pos);
  }

  private scanIdent(first: number): boolean {
    if ((this.mode & SCAN_IDENT) === 0) return false;
    if (this.scanEscaped(first)) this.skip();
    else if (!this.accept(first, this.pos - this.start)) return false;
    for (;;) {
      const rune = this.read();
      if (rune === EOF) {
        this.unread();
        break;
      }
      if (this.scanLbrack(rune)) {
        // Stop in front of the `${` so the parser sees it as the next token.
        this.unread();
        this.unread();
        break;
      }
      if (this.scanEscaped(rune)) {
        this.skip();
        continue;
      }
      if (!this.accept(rune, this.pos - this.start)) {
        this.unread();
        break;
      }
    }
    return true;
  }

  private scanLbrack(rune: number): boolean {
    if ((this.mode & SCAN_LBRACK) === 0 || rune !== 0x24) return false;
    if (this.read() === 0x7b) return true;
    this.unread();
    return false;
  }

  private scanRbrack(rune: number): boolean {
    return (this.mode & SCAN_RBRACK) !== 0 && rune === 0x7d;
  }

  private scanEscaped(rune: number): boolean {
    if ((this.mode & SCAN_ESCAPE) === 0) return false;
    if (rune === 0x24 && (this.escapes & ESCAPE_DOLLAR) !== 0 && this.peek() === 0x24) return true;
    if (rune === 0x5c && (this.escapes & ESCAPE_BACKSLASH) !== 0) {
      const next = this.peek();
      return next === 0x2f || next === 0x5c;
    }
    return false;
  }
}
