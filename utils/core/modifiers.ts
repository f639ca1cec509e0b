/**
 * Modifiers a sentence attaches to a finding: laterality, severity, sizes and site. The words
 * are lexicon phrases found by the matcher; this file picks, for each mention, the ones that
 * belong to it: inside the mention, or nearest to it within its own stretch of the sentence
 * (not reaching past a neighbouring mention), preferring words before it.
 */
import type { BoundSite } from './binding';
import type { Laterality, Severity } from './schema';
import { firstAtOrAfter } from './sorted';

/** Words that state a side, with the exact value they give. */
export const LATERALITY_WORDS: Readonly<Record<string, Laterality>> = {
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
export const SEVERITY_WORDS: Readonly<Record<string, Severity>> = {
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

/** Modifier words found in a text: spans with a value each, sorted by start. */
export interface ModifierHits<T> {
  count: number;
  start: Int32Array;
  end: Int32Array;
  value: T[];
}

/** How far a modifier word at [hitStart, hitEnd) stands from the mention [start, end). */
function distanceOf(hitStart: number, hitEnd: number, start: number, end: number): number {
  return hitStart >= start && hitEnd <= end
    ? 0
    : hitEnd <= start
      ? start - hitEnd + 1
      : (hitStart - end) * 1.5 + 1;
}

/**
 * The index of the acceptable hit nearest to the mention [start, end) among `hits` inside
 * the window [from, to), or -1. A hit inside the
 * mention wins, then distance, words after the mention counting 1.5 times their distance;
 * the first of equally near hits. With `clauseText`, a hit across a comma, semicolon or colon
 * is not acceptable.
 */
export function nearestHit<T>(
  hits: ModifierHits<T>,
  from: number,
  to: number,
  start: number,
  end: number,
  clauseText?: string,
): number {
  let best = -1;
  let bestDistance = Infinity;
  const { start: hStart, end: hEnd } = hits;
  for (let i = firstAtOrAfter(hStart, hits.count, from); i < hits.count; i++) {
    const s = hStart[i]!;
    if (s >= to) break;
    const e = hEnd[i]!;
    if (e > to) continue;
    const distance = distanceOf(s, e, start, end);
    if (distance >= bestDistance) continue;
    if (
      clauseText !== undefined &&
      (e <= start
        ? clauseBreakBetween(clauseText, e, start)
        : clauseBreakBetween(clauseText, end, s))
    ) {
      continue;
    }
    best = i;
    bestDistance = distance;
  }
  return best;
}

const SIZE =
  /(?<![\p{L}\p{N}.])(?:[-−](?=\d+(?:\.\d+)?\s*hu(?![\p{L}\p{N}])))?\d+(?:\.\d+)?(?:\s*(?:x|×|by)\s*\d+(?:\.\d+)?)*\s*(?:mm|cm|hu|millimeters?|centimeters?)(?![\p{L}\p{N}])/giu;

/** An earlier measurement: "previously 3.6 cm", "(3.6 cm previously)", "prior 3.6 cm". */
const EARLIER_BEFORE =
  /\b(?:previously|previous|prior|formerly)\s*(?:measur(?:ing|ed)\s+)?(?:approximately\s+|about\s+)?$/i;
const EARLIER_AFTER = /^\s*(?:previously|prior|on the prior|before)\b/i;

/**
 * The measurements ("6 mm", "1.8 x 1.2 cm", "5 HU") in text[from, to), as written, but for
 * earlier ones the text dates.
 */
export function sizesIn(text: string, from: number, to: number): string[] {
  const slice = text.slice(from, to);
  const sizes: string[] = [];
  for (const m of slice.matchAll(SIZE)) {
    const at = from + m.index;
    if (EARLIER_BEFORE.test(text.slice(Math.max(0, at - 30), at))) continue;
    if (EARLIER_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 16))) continue;
    sizes.push(m[0].replace(/\s+/g, ' '));
  }
  return sizes;
}

/** True when a comma, semicolon or colon stands in text between a and b. */
export function clauseBreakBetween(text: string, a: number, b: number): boolean {
  for (let i = Math.min(a, b); i < Math.max(a, b); i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58) return true;
  }
  return false;
}

const SPLIT_WORDS: readonly string[] = ['and', 'with', 'or'];

/** True when text at `at` spells lowercase ASCII `word` in any case. */
function wordAt(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++)
    if ((text.charCodeAt(at + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * Where the words that describe the next mention begin, in the gap [from, to) between two
 * mentions: after the last comma, semicolon, "and" or "with" ("2 cm cyst in the liver and a
 * 5 mm stone"), else -1.
 */
export function sizeSplit(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59) return i + 1; // , ;
    if (c !== 32 || i + 1 >= to) continue;
    // " and ", " with ", " or " ending at i (the space after the word).
    for (const word of SPLIT_WORDS) {
      const at = i - word.length;
      if (at > from && text.charCodeAt(at - 1) === 32 && wordAt(text, at, word)) return i + 1;
    }
  }
  return -1;
}

/**
 * The mention's side: the side word of its site's words ("lower pole of the left kidney",
 * "both femoral heads"), else the nearest in its stretch of the sentence; for a site that
 * takes no side (`sided` false), only "bilateral" (the small bowel has no side, whatever
 * quadrant is named beside it).
 */
export function sideOf(
  text: string,
  lateralities: ModifierHits<Laterality>,
  bound: BoundSite | undefined,
  windowFrom: number,
  windowTo: number,
  start: number,
  end: number,
  sided = true,
): Laterality | undefined {
  if (bound) {
    const first = firstAtOrAfter(lateralities.start, lateralities.count, bound.from - 16);
    for (let i = first; i < lateralities.count; i++) {
      const s = lateralities.start[i]!;
      const e = lateralities.end[i]!;
      if (s >= bound.to) break;
      const inside = s >= bound.from && e <= bound.to;
      if (inside || (e <= bound.from && /^\s*$/.test(text.slice(e, bound.from)))) {
        return lateralities.value[i];
      }
    }
  }
  const hit = nearestHit(lateralities, windowFrom, windowTo, start, end);
  const side = hit >= 0 ? lateralities.value[hit] : undefined;
  // Of a site with no side, "bilateral" still says the finding is on both sides ("facet
  // hypertrophy at L5-S1 bilaterally"); "right" or "left" belongs to something else.
  return sided || side === 'bilateral' ? side : undefined;
}
