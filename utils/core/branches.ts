/**
 * Which branch of a decision table fits a finding: the sizes the detector read ("6 mm",
 * "1.8 x 1.2 cm", "5 HU") against each branch's measured range. Pure.
 */
import type { BranchGroup } from './schema';

/** A measurement: lengths in millimetres, attenuation in Hounsfield units. */
export interface Measurement {
  value: number;
  unit: 'mm' | 'HU';
}

const NUMBER = String.raw`\d*\.?\d+`;
const TIMES = String.raw`\s*(?:x|×|by)\s*`;
/** Numbers joined by x or by, then a unit; a minus sign not after a number (HU) is kept. */
const SIZE = new RegExp(
  String.raw`(?<![\p{N}.])((?<![\p{N}.]\s*)[-−])?(${NUMBER}(?:${TIMES}${NUMBER})*)\s*(mm|cm|hu|millimet(?:er|re)s?|centimet(?:er|re)s?)(?![\p{L}\p{N}])`,
  'giu',
);

/** Reads size strings as written in reports; a multi-dimension size gives its largest. */
export function parseSizes(sizes: readonly string[]): Measurement[] {
  const out: Measurement[] = [];
  for (const size of sizes) {
    for (const m of size.matchAll(SIZE)) {
      const largest = Math.max(...m[2]!.split(new RegExp(TIMES, 'i')).map(Number));
      if (!Number.isFinite(largest)) continue;
      const unit = m[3]!.toLowerCase();
      if (unit === 'hu')
        out.push({ value: m[1] && largest !== 0 ? -largest : largest, unit: 'HU' });
      // A length has no sign: a dash before it is punctuation.
      else if (unit.startsWith('c'))
        out.push({ value: Math.round(largest * 1000) / 100, unit: 'mm' });
      else out.push({ value: largest, unit: 'mm' });
    }
  }
  return out;
}

/** Indexes of the branches of `group` whose range holds the finding's largest measurement. */
export function matchingBranches(group: BranchGroup, sizes: readonly string[]): number[] {
  const measured = parseSizes(sizes);
  const largest = (unit: Measurement['unit']) => {
    const values = measured.filter((m) => m.unit === unit).map((m) => m.value);
    return values.length > 0 ? Math.max(...values) : undefined;
  };
  const mm = largest('mm');
  const hu = largest('HU');
  const hits: number[] = [];
  group.branches.forEach((branch, i) => {
    const range = branch.range;
    if (!range) return;
    let value: number | undefined;
    if (range.unit === 'mm') value = mm;
    else if (range.unit === 'cm') value = mm === undefined ? undefined : mm / 10;
    else if (range.unit === 'HU') value = hu;
    if (value === undefined) return;
    if (range.min !== undefined && value < range.min) return;
    if (range.max !== undefined && value >= range.max) return;
    hits.push(i);
  });
  return hits;
}
