/** Spans of text as parallel arrays. */

/**
 * Spans [start, end) with a value each, as parallel arrays that grow by doubling; `count`
 * entries are in use. `clear` keeps the storage for the next use.
 */
export class SpanList<T> {
  count = 0;
  start = new Int32Array(16);
  end = new Int32Array(16);
  value: T[] = [];

  /** Appends a span. */
  push(start: number, end: number, value: T): void {
    const i = this.count;
    if (i === this.start.length) {
      const start2 = new Int32Array(i * 2);
      start2.set(this.start);
      this.start = start2;
      const end2 = new Int32Array(i * 2);
      end2.set(this.end);
      this.end = end2;
    }
    this.start[i] = start;
    this.end[i] = end;
    this.value[i] = value;
    this.count = i + 1;
  }

  /** Empties the list (its storage stays). */
  clear(): void {
    this.count = 0;
  }

  /**
   * Sorts by start; at equal starts the longer span first when `longestFirst`, else in their
   * order. Equal spans keep their order. Spans arrive from a scan almost sorted, so insertion
   * sort is linear in practice.
   */
  sortByStart(longestFirst = false): void {
    const { start, end, value } = this;
    for (let i = 1; i < this.count; i++) {
      const s = start[i]!;
      const e = end[i]!;
      let j = i - 1;
      // Span j must come after span i when it starts later (or, longest first, is shorter).
      if (!(start[j]! > s || (longestFirst && start[j] === s && end[j]! < e))) continue;
      const v = value[i]!;
      while (j >= 0 && (start[j]! > s || (longestFirst && start[j] === s && end[j]! < e))) {
        start[j + 1] = start[j]!;
        end[j + 1] = end[j]!;
        value[j + 1] = value[j]!;
        j--;
      }
      start[j + 1] = s;
      end[j + 1] = e;
      value[j + 1] = v;
    }
  }

  /**
   * Keeps, of overlapping spans, those not strictly inside a longer one; spans equal to each
   * other stand or fall together. Sorts first (`sortByStart(true)`).
   */
  keepOutermost(): void {
    this.sortByStart(true);
    const { start, end, value } = this;
    const n = this.count;
    let kept = 0;
    let maxEnd = -1;
    let i = 0;
    while (i < n) {
      const s = start[i]!;
      const e = end[i]!;
      let j = i + 1;
      while (j < n && start[j] === s && end[j] === e) j++;
      if (e > maxEnd) {
        for (let g = i; g < j; g++) {
          start[kept] = s;
          end[kept] = e;
          value[kept] = value[g]!;
          kept++;
        }
        maxEnd = e;
      }
      i = j;
    }
    this.count = kept;
  }
}
