/**
 * Binary search over the first `count` entries of an ascending array of numbers (offsets,
 * mostly): the one implementation every look-up of the core uses.
 */

/** Index of the first of the `count` ascending `values` that is >= x (count when none). */
export function firstAtOrAfter(values: ArrayLike<number>, count: number, x: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first of the `count` ascending `values` that is > x (count when none). */
export function firstAfter(values: ArrayLike<number>, count: number, x: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last of the `count` ascending `values` that is <= x, or -1. */
export function lastAtOrBefore(values: ArrayLike<number>, count: number, x: number): number {
  return firstAfter(values, count, x) - 1;
}

/**
 * Index of the first of positions 0 to `count` - 1 where `test` holds, for a `test` that
 * holds from some position on (count when it never does): the search over things that are
 * not an array of numbers (blocks by their order, by their place in a document).
 */
export function firstWhere(count: number, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
