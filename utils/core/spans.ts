/**
 * Spans of text as parallel arrays, and the report sections as such spans: the one place that
 * answers which section an offset is in.
 */
import type { SectionKind } from './lexicon';

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

/**
 * Section headers, by start: each section runs until the next header. Detection asks for
 * sections in text order, so each list remembers its last answer and walks on from it; the
 * memory belongs to the list, which one call of the detector builds and reads.
 */
export class Sections extends SpanList<SectionKind> {
  private hint = 0;

  override push(start: number, end: number, value: SectionKind): void {
    super.push(start, end, value);
    this.hint = 0;
  }

  override clear(): void {
    super.clear();
    this.hint = 0;
  }

  /** How many headers start at or before offset `at`. */
  countAtOrBefore(at: number): number {
    const { count, start } = this;
    let n = this.hint <= count ? this.hint : 0;
    if (n > 0 && start[n - 1]! > at) n = -1; // behind: search
    for (let step = 0; n >= 0 && n < count && start[n]! <= at; step++) {
      if (step === 8)
        n = -1; // far ahead: search
      else n++;
    }
    if (n < 0) {
      let lo = 0;
      let hi = count;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (start[mid]! <= at) lo = mid + 1;
        else hi = mid;
      }
      n = lo;
    }
    this.hint = n;
    return n;
  }

  /** The section a mention starting at `at` is in: the last header starting before it. */
  sectionAt(at: number): SectionKind | undefined {
    const n = this.countAtOrBefore(at - 1);
    return n > 0 ? this.value[n - 1] : undefined;
  }
}
