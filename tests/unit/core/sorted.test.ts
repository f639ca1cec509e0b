/** The core's one binary search, over numbers and over anything with a monotone test. */
import { describe, expect, it } from 'vitest';
import { firstAfter, firstAtOrAfter, firstWhere, lastAtOrBefore } from '../../../utils/core/sorted';

const values = [2, 4, 4, 9];

describe('searches over ascending numbers', () => {
  it.each([
    [0, 0, 0, -1],
    [2, 0, 1, 0],
    [4, 1, 3, 2],
    [5, 3, 3, 2],
    [9, 3, 4, 3],
    [10, 4, 4, 3],
  ])('x = %d: first >= at %d, first > at %d, last <= at %d', (x, atOrAfter, after, before) => {
    expect(firstAtOrAfter(values, values.length, x)).toBe(atOrAfter);
    expect(firstAfter(values, values.length, x)).toBe(after);
    expect(lastAtOrBefore(values, values.length, x)).toBe(before);
  });

  it('firstWhere agrees with firstAtOrAfter on every x', () => {
    for (let x = 0; x <= 10; x++) {
      expect(firstWhere(values.length, (i) => values[i]! >= x)).toBe(
        firstAtOrAfter(values, values.length, x),
      );
    }
    expect(firstWhere(0, () => true)).toBe(0);
  });
});
