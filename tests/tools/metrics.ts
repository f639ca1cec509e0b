/** Precision, recall and F1 from counts, and table formatting for the evaluation report. */

/** Confusion counts for one binary label. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Empty counts. */
export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

/** Adds one (gold, predicted) pair. */
export function count(c: Counts, gold: boolean, predicted: boolean): void {
  if (gold && predicted) c.tp++;
  else if (!gold && predicted) c.fp++;
  else if (gold && !predicted) c.fn++;
  else c.tn++;
}

/** Precision, recall, F1 and accuracy. */
export function scores(c: Counts): { p: number; r: number; f1: number; accuracy: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const total = c.tp + c.fp + c.fn + c.tn;
  return { p, r, f1, accuracy: total === 0 ? 0 : (c.tp + c.tn) / total };
}

/** Sums counts. */
export function sum(list: readonly Counts[]): Counts {
  return list.reduce(
    (a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, tn: a.tn + c.tn }),
    zero(),
  );
}

/** A number with three decimals. */
export const f3 = (x: number) => x.toFixed(3);

/** Left-aligned text columns. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
