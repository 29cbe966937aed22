/**
 * A unified diff of two texts, line by line: Myers' O(ND) shortest edit script between the lines
 * that differ once the common head and tail are cut off. Rendered YAML of one object rarely
 * differs in more than a few places, so D stays small; when it does not (a rewritten ConfigMap),
 * the middle is shown as removed then added rather than spending quadratic time on it.
 */

export type LineOp = { kind: ' ' | '-' | '+'; line: string };

/** Beyond this many edits the differing middle is replaced as one block. */
const MAX_EDITS = 2000;
export const CONTEXT_LINES = 3;

export function diffLines(a: readonly string[], b: readonly string[]): LineOp[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middle = myers(a.slice(start, endA), b.slice(start, endB)) ?? [
    ...a.slice(start, endA).map((line): LineOp => ({ kind: '-', line })),
    ...b.slice(start, endB).map((line): LineOp => ({ kind: '+', line })),
  ];
  return [
    ...a.slice(0, start).map((line): LineOp => ({ kind: ' ', line })),
    ...middle,
    ...a.slice(endA).map((line): LineOp => ({ kind: ' ', line })),
  ];
}

/** The edit script, or undefined when it needs more than MAX_EDITS edits. */
function myers(a: readonly string[], b: readonly string[]): LineOp[] | undefined {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(n + m, MAX_EDITS);
  const offset = limit + 1;
  const v = new Int32Array(2 * offset + 1);
  // trace[d] holds v over k ∈ [-d, d] as it was before step d, for the walk back.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number));
      let x = down ? (v[offset + k + 1] as number) : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return walkBack(a, b, trace, d, k);
    }
  }
  return undefined;
}

function walkBack(
  a: readonly string[],
  b: readonly string[],
  trace: Int32Array[],
  d: number,
  k: number,
): LineOp[] {
  const ops: LineOp[] = [];
  let x = a.length;
  let y = b.length;
  for (let step = d; step > 0; step--) {
    const before = trace[step] as Int32Array;
    const at = (kk: number) => before[kk + step] as number;
    const down = k === -step || (k !== step && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX + (down ? 0 : 1) && y > previousY + (down ? 1 : 0)) {
      ops.push({ kind: ' ', line: a[--x] as string });
      y--;
    }
    if (down) ops.push({ kind: '+', line: b[--y] as string });
    else ops.push({ kind: '-', line: a[--x] as string });
    k = previousK;
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: ' ', line: a[--x] as string });
    y--;
  }
  return ops.reverse();
}

/**
 * `@@ -l,n +l,n @@` hunks with CONTEXT_LINES of context, as `diff -u` writes them without the
 * file header. Empty when the texts are equal.
 */
export function unifiedDiff(before: string, after: string): string {
  const ops = diffLines(splitLines(before), splitLines(after));
  const changed = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]));
  if (changed.length === 0) return '';
  const out: string[] = [];
  let cursor = 0;
  while (cursor < changed.length) {
    const first = changed[cursor] as number;
    let last = first;
    while (cursor + 1 < changed.length && (changed[cursor + 1] as number) - last <= 2 * CONTEXT_LINES + 1) {
      last = changed[++cursor] as number;
    }
    cursor++;
    const from = Math.max(0, first - CONTEXT_LINES);
    const to = Math.min(ops.length, last + CONTEXT_LINES + 1);
    let oldLine = 1;
    let newLine = 1;
    for (const op of ops.slice(0, from)) {
      if (op.kind !== '+') oldLine++;
      if (op.kind !== '-') newLine++;
    }
    const slice = ops.slice(from, to);
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    out.push(`@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@`);
    for (const op of slice) out.push(`${op.kind}${op.line}`);
  }
  return `${out.join('\n')}\n`;
}

/** A whole text as added (`+`) or removed (`-`) lines, for objects present on one side only. */
export function wholeText(text: string, kind: '+' | '-'): string {
  const lines = splitLines(text);
  const header = kind === '+' ? `@@ -0,0 +1,${lines.length} @@` : `@@ -1,${lines.length} +0,0 @@`;
  return `${[header, ...lines.map((line) => `${kind}${line}`)].join('\n')}\n`;
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  return (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
}

/** diff -u's range: `start,count`, and for an empty range the line before it. */
function range(start: number, count: number): string {
  return count === 0 ? `${start - 1},0` : `${start},${count}`;
}
