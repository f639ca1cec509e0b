/**
 * Which branch of a decision table fits a finding: the sizes the detector read ("6 mm",
 * "1.8 x 1.2 cm", "5 HU"), turned into the number the table's guideline measures (its
 * `measure`: largest dimension, mean of long and short axes, short axis, attenuation), against
 * each branch's range. Pure.
 */
import type { BranchGroup, Measure, MeasureRange, Topic } from './schema';

/** A measurement: lengths in millimetres, attenuation in Hounsfield units. */
export interface Measurement {
  value: number;
  unit: 'mm' | 'HU';
}

/** A measurement with every dimension as written (lengths in millimetres). */
export interface Dimensions {
  axes: number[];
  unit: 'mm' | 'HU';
}

const NUMBER = String.raw`\d*\.?\d+`;
const TIMES = String.raw`\s*(?:x|×|by)\s*`;
/** Numbers joined by x or by, then a unit; a minus sign not after a number (HU) is kept. */
const SIZE = new RegExp(
  String.raw`(?<![\p{N}.])((?<![\p{N}.]\s*)[-−])?(${NUMBER}(?:${TIMES}${NUMBER})*)\s*(mm|cm|hu|millimet(?:er|re)s?|centimet(?:er|re)s?)(?![\p{L}\p{N}])`,
  'giu',
);

/** Reads size strings as written in reports, keeping every dimension of each. */
export function parseDimensions(sizes: readonly string[]): Dimensions[] {
  const out: Dimensions[] = [];
  for (const size of sizes) {
    for (const m of size.matchAll(SIZE)) {
      const axes = m[2]!.split(new RegExp(TIMES, 'i')).map(Number);
      if (!axes.every(Number.isFinite)) continue;
      const unit = m[3]!.toLowerCase();
      if (unit === 'hu') {
        const value = axes[axes.length - 1]!;
        out.push({ axes: [m[1] && value !== 0 ? -value : value], unit: 'HU' });
      } else {
        // A length has no sign: a dash before it is punctuation.
        const scale = unit.startsWith('c') ? 10 : 1;
        out.push({ axes: axes.map((a) => Math.round(a * scale * 100) / 100), unit: 'mm' });
      }
    }
  }
  return out;
}

/** Reads size strings as written in reports; a multi-dimension size gives its largest. */
export function parseSizes(sizes: readonly string[]): Measurement[] {
  return parseDimensions(sizes).map(({ axes, unit }) => ({ value: Math.max(...axes), unit }));
}

/** The value a measure takes of one measurement, or undefined when it does not apply. */
function valueOf(measure: Measure, { axes, unit }: Dimensions): number | undefined {
  const sorted = [...axes].sort((a, b) => b - a);
  switch (measure) {
    case 'largest':
      return unit === 'mm' ? sorted[0] : undefined;
    case 'mean-of-axes':
      // Long and short axis: the two largest of the dimensions given (a third is depth).
      return unit === 'mm' ? (sorted[0]! + (sorted[1] ?? sorted[0]!)) / 2 : undefined;
    case 'short-axis':
      return unit === 'mm' ? sorted[Math.min(1, sorted.length - 1)] : undefined;
    case 'attenuation':
      return unit === 'HU' ? sorted[0] : undefined;
    default:
      // Classes, scores and specific measurements are not read from a report's sizes.
      return undefined;
  }
}

/**
 * The value `measure` takes of a finding's sizes (millimetres or HU), or undefined when they
 * give none; of several sizes on the page, the largest value (the most telling).
 */
export function measuredValue(measure: Measure, sizes: readonly string[]): number | undefined {
  const values = parseDimensions(sizes)
    .map((d) => valueOf(measure, d))
    .filter((v): v is number => v !== undefined);
  return values.length > 0 ? Math.max(...values) : undefined;
}

/** True when `value` (millimetres or HU, as `measuredValue` gives it) lies in `range`. */
export function inRange(range: MeasureRange, measure: Measure, value: number): boolean {
  if (range.unit === 'points' || range.unit === 'class') return false;
  if ((range.unit === 'HU') !== (measure === 'attenuation')) return false;
  const v = range.unit === 'cm' ? value / 10 : value;
  if (range.min !== undefined && (range.minExclusive ? v <= range.min : v < range.min)) {
    return false;
  }
  return range.max === undefined || (range.maxInclusive ? v <= range.max : v < range.max);
}

/** Indexes of the branches of `group` whose range holds the finding's measured value. */
export function matchingBranches(group: BranchGroup, sizes: readonly string[]): number[] {
  const measure = group.measure ?? 'largest';
  const value = measuredValue(measure, sizes);
  if (value === undefined) return [];
  const hits: number[] = [];
  group.branches.forEach((branch, i) => {
    if (branch.range && inRange(branch.range, measure, value)) hits.push(i);
  });
  return hits;
}

/** Per branch group of `topic`, the indexes of the branches that fit the finding's sizes. */
export function branchesFor(
  topic: Pick<Topic, 'branches'>,
  finding: { sizes?: readonly string[] },
): number[][] {
  return topic.branches.map((group) =>
    finding.sizes ? matchingBranches(group, finding.sizes) : [],
  );
}
