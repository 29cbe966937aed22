import type { SourceLocation } from '../../errors.js';

const BOM = '\uFEFF';

/**
 * Offsets to 1-based line and column, built on first use. The fast parse keeps no LineCounter:
 * most files have nothing to report, and those that do need only a handful of positions.
 */
export class LineIndex {
  private starts: number[] | undefined;
  private readonly file: string;
  private readonly text: string;

  // Plain fields, not parameter properties: worker threads load this module with Node's type
  // stripping when running from source, which cannot erase parameter properties.
  constructor(file: string, text: string) {
    this.file = file;
    this.text = text;
  }

  location(offset: number): SourceLocation {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    // A byte-order mark is not a column a person can see (as documents.ts counts it).
    const bomShift = low === 0 && offset > 0 && this.text.startsWith(BOM) ? 1 : 0;
    return { file: this.file, line: low + 1, column: offset - (starts[low] as number) + 1 - bomShift };
  }

  private lineStarts(): number[] {
    if (this.starts !== undefined) return this.starts;
    const starts = [0];
    for (let at = this.text.indexOf('\n'); at !== -1; at = this.text.indexOf('\n', at + 1)) {
      starts.push(at + 1);
    }
    this.starts = starts;
    return starts;
  }
}
