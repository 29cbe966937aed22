/**
 * A parser for Go's regexp syntax (RE2 with Go's Perl flags, as `regexp.Compile` uses) that
 * emits an equivalent JavaScript `u`-mode source. It accepts exactly what Go accepts, and
 * refuses the few constructs whose JavaScript meaning would differ (see `Re2Translation`).
 * Semantics mirrored from Go's regexp/syntax: `^`/`$` are text anchors unless `(?m)`;
 * `$` never matches before a final newline; `.` excludes only `\n` unless `(?s)`; `\b` is
 * ASCII; `(?U)` swaps greedy and lazy; flags last to the end of the enclosing group.
 */
import { parseAtoms } from './re2-atoms.js';

export interface Flags {
  /** `(?i)` case-insensitive. */
  i: boolean;
  /** `(?m)` multi-line `^`/`$`. */
  m: boolean;
  /** `(?s)` `.` matches `\n`. */
  s: boolean;
  /** `(?U)` ungreedy. */
  U: boolean;
}

/** A translated piece of pattern and what the safety checks need to know about it. */
export interface Piece {
  readonly src: string;
  /** Can be quantified in JavaScript without a `(?:…)` wrapper. */
  readonly atomic: boolean;
  /** Can match the empty string. */
  readonly nullable: boolean;
  /** Largest product of nested `{n,m}` counts, for Go's 1000 limit. */
  readonly product: number;
  /** Capture group numbers inside. */
  readonly captures: readonly number[];
}

/** Shared parse state: the pattern as code points, a cursor, and what was found so far. */
export class Re2Parser {
  pos = 0;
  groupCount = 0;
  /** Group numbers by name; Go allows a name more than once. */
  readonly names = new Map<string, number[]>();
  /** Captures inside a repetition that can run more than once. */
  readonly repeatedCaptures = new Set<number>();
  /** Some repetition has an optional iteration whose body can match empty. */
  nullableRepeat = false;
  private depth = 0;
  readonly chars: readonly string[];

  constructor(
    readonly pattern: string,
    /** Throws the "not valid in Go" error. */
    readonly invalid: (detail: string) => never,
    /** Throws the "valid in Go, but refused here" error. */
    readonly refused: (detail: string) => never,
  ) {
    this.chars = [...pattern];
  }

  peek(offset = 0): string | undefined {
    return this.chars[this.pos + offset];
  }

  rest(): string {
    return this.chars.slice(this.pos).join('');
  }

  /** alternation := concat ('|' concat)*; flags set inside persist across `|` to the group's end. */
  parseAlternation(flags: Flags): Piece {
    if (++this.depth > 1000) this.invalid('expression nests too deeply');
    const branches = [this.parseConcat(flags)];
    while (this.peek() === '|') {
      this.pos++;
      branches.push(this.parseConcat(flags));
    }
    this.depth--;
    if (branches.length === 1 && branches[0]) return branches[0];
    return {
      src: branches.map((b) => b.src).join('|'),
      atomic: false,
      nullable: branches.some((b) => b.nullable),
      product: Math.max(...branches.map((b) => b.product)),
      captures: branches.flatMap((b) => b.captures),
    };
  }

  private parseConcat(flags: Flags): Piece {
    const items: Piece[] = [];
    let lastWasRepeat = false;
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      const repeat = this.readRepeat(c);
      if (repeat) {
        // Go refuses stacked operators (`a**`, possessive `a*+`, `a{2}{3}`).
        if (lastWasRepeat) this.invalid(`invalid nested repetition operator: \`${repeat.text}\``);
        const operand = items.pop();
        if (!operand) this.invalid(`missing argument to repetition operator: \`${repeat.text}\``);
        items.push(this.applyRepeat(operand, repeat, flags));
        lastWasRepeat = true;
        continue;
      }
      lastWasRepeat = false;
      items.push(...parseAtoms(this, flags));
    }
    if (items.length === 1 && items[0]) return items[0];
    return {
      src: items.length === 0 ? '(?:)' : items.map((p) => (p.atomic ? p.src : `(?:${p.src})`)).join(''),
      atomic: false,
      nullable: items.every((p) => p.nullable),
      product: Math.max(1, ...items.map((p) => p.product)),
      captures: items.flatMap((p) => p.captures),
    };
  }

  /** `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` with an optional lazy `?`; a malformed `{` is a literal. */
  private readRepeat(c: string): { min: number; max: number; lazy: boolean; text: string } | undefined {
    const start = this.pos;
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      [min, max] = c === '*' ? [0, -1] : c === '+' ? [1, -1] : [0, 1];
      this.pos++;
    } else if (c === '{') {
      const m = /^\{(0|[1-9][0-9]*)(,(0|[1-9][0-9]*)?)?\}/.exec(this.rest());
      if (!m) return undefined;
      this.pos += [...m[0]].length;
      min = boundedInt(m[1] ?? '');
      max = m[2] === undefined ? min : m[3] === undefined ? -1 : boundedInt(m[3]);
      if (min < 0 || max > 1000 || min > 1000 || (max >= 0 && min > max))
        this.invalid(`invalid repeat count: \`${m[0]}\``);
    } else return undefined;
    const lazy = this.peek() === '?';
    if (lazy) this.pos++;
    return { min, max, lazy, text: this.chars.slice(start, this.pos).join('') };
  }

  private applyRepeat(
    operand: Piece,
    r: { min: number; max: number; lazy: boolean; text: string },
    flags: Flags,
  ): Piece {
    const counted = r.text.startsWith('{');
    let product = operand.product;
    if (counted) {
      // Go's repeatIsValid: nested counted repetitions may multiply to at most 1000.
      const m = r.max < 0 ? r.min : r.max;
      if ((r.min >= 2 || r.max >= 2) && m > 0 && m * operand.product > 1000)
        this.invalid(`invalid repeat count: \`${r.text}\``);
      product = m === 0 ? 1 : m * operand.product;
    }
    // JavaScript clears a group's capture at each new iteration, where Go keeps the last one;
    // and JavaScript fails an optional iteration that matches empty (so `(?:a*?)?` takes "a"),
    // where Go accepts it (and takes ""). Remember where that can change what `extract` sees.
    if (r.max < 0 || r.max > 1) for (const g of operand.captures) this.repeatedCaptures.add(g);
    if (operand.nullable && (r.max < 0 || r.max > r.min)) this.nullableRepeat = true;
    const op = r.max < 0 ? (r.min === 0 ? '*' : r.min === 1 ? '+' : `{${r.min},}`) : '';
    const quant =
      op || (r.min === 0 && r.max === 1 ? '?' : r.min === r.max ? `{${r.min}}` : `{${r.min},${r.max}}`);
    const lazy = r.lazy !== flags.U;
    return {
      src: `${operand.atomic ? operand.src : `(?:${operand.src})`}${quant}${lazy ? '?' : ''}`,
      atomic: false,
      nullable: r.min === 0 || operand.nullable,
      product,
      captures: operand.captures,
    };
  }
}

/** Go's parseInt in regexp/syntax caps at 1e8; anything that large is an invalid count anyway. */
function boundedInt(digits: string): number {
  return digits.length > 8 ? 100_000_000 : Number(digits);
}
