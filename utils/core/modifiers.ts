/**
 * Modifiers a sentence attaches to a finding: laterality, severity, sizes and site. The words
 * are lexicon phrases found by the matcher; this file picks, for each mention, the ones that
 * belong to it: inside the mention, or nearest to it within its own stretch of the sentence
 * (not reaching past a neighbouring mention), preferring words before it.
 */
import type { Laterality, Severity } from './schema';

/** Words that state a side, with the exact value they give. */
export const LATERALITY_WORDS: Record<string, Laterality> = {
  left: 'left',
  right: 'right',
  bilateral: 'bilateral',
  bilaterally: 'bilateral',
  both: 'bilateral',
  'both sides': 'bilateral',
  bibasilar: 'bilateral',
  bibasal: 'bilateral',
  biapical: 'bilateral',
};

/** Words that grade a finding, with the exact value they give. */
export const SEVERITY_WORDS: Record<string, Severity> = {
  minimal: 'minimal',
  trace: 'minimal',
  tiny: 'minimal',
  minute: 'minimal',
  mild: 'mild',
  mildly: 'mild',
  slight: 'mild',
  slightly: 'mild',
  moderate: 'moderate',
  moderately: 'moderate',
  severe: 'severe',
  severely: 'severe',
  marked: 'severe',
  markedly: 'severe',
  advanced: 'severe',
  extensive: 'severe',
  small: 'small',
  smaller: 'small',
  large: 'large',
  larger: 'large',
  massive: 'large',
  'mild to moderate': 'moderate',
  'moderate to severe': 'severe',
  'small to moderate': 'moderate',
  'moderate to large': 'large',
};

/** A modifier word found in the text. */
export interface ModifierHit<T> {
  start: number;
  end: number;
  value: T;
}

/**
 * The value nearest to the mention [start, end) among `hits` (sorted by start) inside the window
 * [from, to): a hit inside the mention wins, then distance, words after the mention counting
 * 1.5 times their distance. `accept` can refuse a hit (a clause boundary between, say).
 */
export function nearestHit<T>(
  hits: readonly ModifierHit<T>[],
  from: number,
  to: number,
  start: number,
  end: number,
  accept: (hit: ModifierHit<T>) => boolean = () => true,
): ModifierHit<T> | undefined {
  let best: ModifierHit<T> | undefined;
  let bestDistance = Infinity;
  // Hits are sorted by start: begin at the first one inside the window.
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < hits.length; i++) {
    const hit = hits[i]!;
    if (hit.start >= to) break;
    if (hit.end > to) continue;
    const distance =
      hit.start >= start && hit.end <= end
        ? 0
        : hit.end <= start
          ? start - hit.end + 1
          : (hit.start - end) * 1.5 + 1;
    if (distance < bestDistance && accept(hit)) {
      best = hit;
      bestDistance = distance;
    }
  }
  return best;
}

const SIZE =
  /(?<![\p{L}\p{N}.])\d+(?:\.\d+)?(?:\s*(?:x|×|by)\s*\d+(?:\.\d+)?)*\s*(?:mm|cm|hu|millimeters?|centimeters?)(?![\p{L}\p{N}])/giu;

/**
 * Measurements ("6 mm", "1.8 x 1.2 cm", "5 HU") in text[from, to), as written. `numbers`
 * (flat [start, end) pairs of the words holding digits, ascending) lets a stretch without
 * any number be passed over at once.
 */
export function readSizes(
  text: string,
  from: number,
  to: number,
  numbers?: readonly number[],
): string[] {
  if (numbers) {
    // The first number word that ends after `from`: does it start before `to`?
    let lo = 0;
    let hi = numbers.length >> 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (numbers[2 * mid + 1]! <= from) lo = mid + 1;
      else hi = mid;
    }
    if (lo === numbers.length >> 1 || numbers[2 * lo]! >= to) return [];
  } else {
    let digit = false;
    for (let i = from; i < to && !digit; i++) {
      const c = text.charCodeAt(i);
      digit = c >= 48 && c <= 57;
    }
    if (!digit) return [];
  }
  const slice = text.slice(from, to);
  return [...slice.matchAll(SIZE)].map((m) => m[0].replace(/\s+/g, ' '));
}

/** True when a comma, semicolon or colon stands in text between a and b. */
export function clauseBreakBetween(text: string, a: number, b: number): boolean {
  for (let i = Math.min(a, b); i < Math.max(a, b); i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58) return true;
  }
  return false;
}
