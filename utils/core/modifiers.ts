/**
 * Modifiers a report sentence attaches to a finding: laterality, severity and sizes. Each is
 * read from the mention's sentence, nearest first.
 */
import type { Laterality, Severity } from './schema';

const LATERALITY: Record<string, Laterality> = {
  left: 'left',
  right: 'right',
  bilateral: 'bilateral',
  bilaterally: 'bilateral',
  both: 'bilateral',
  bibasilar: 'bilateral',
  bibasal: 'bilateral',
};

const SEVERITY: Record<string, Severity> = {
  minimal: 'minimal',
  trace: 'minimal',
  tiny: 'minimal',
  mild: 'mild',
  slight: 'mild',
  moderate: 'moderate',
  severe: 'severe',
  marked: 'severe',
  advanced: 'severe',
  extensive: 'severe',
  small: 'small',
  large: 'large',
};

const WORD = /[\p{L}]+/gu;
const SIZE =
  /(?<![\p{L}\p{N}.])\d+(?:\.\d+)?(?:\s*(?:x|×|by)\s*\d+(?:\.\d+)?)*\s*(?:mm|cm|hu)(?![\p{L}])/giu;

interface WordAt {
  word: string;
  index: number;
}

function words(segment: string, offset: number): WordAt[] {
  return [...segment.matchAll(WORD)].map((m) => ({
    word: m[0].toLowerCase(),
    index: m.index + offset,
  }));
}

/**
 * The value of the table word nearest to the mention in its sentence, preferring words
 * before it; a word inside the mention ("osteoarthritis of the right hip") is nearest of all.
 */
function nearest<T>(
  table: Record<string, T>,
  sentence: string,
  from: number,
  start: number,
  end: number,
): T | undefined {
  let best: { value: T; distance: number } | undefined;
  for (const { word, index } of words(sentence, from)) {
    const value = Object.hasOwn(table, word) ? table[word] : undefined;
    if (value === undefined) continue;
    // Words after the mention count as slightly further away than words before it.
    const distance = index < start ? start - index : index < end ? 0 : (index - end) * 1.5 + 1;
    if (!best || distance < best.distance) best = { value, distance };
  }
  return best?.value;
}

/** Laterality, severity and sizes stated in the sentence [from, to) around a mention. */
export function readModifiers(
  text: string,
  from: number,
  to: number,
  start: number,
  end: number,
): { laterality?: Laterality; severity?: Severity; sizes?: string[] } {
  const sentence = text.slice(from, to);
  const laterality = nearest(LATERALITY, sentence, from, start, end);
  const before = text.slice(from, start);
  // Severity words qualify the finding they precede, within its own clause.
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  const severity = nearest(SEVERITY, clause, start - clause.length, start, end);
  const sizes = [...sentence.matchAll(SIZE)].map((m) => m[0].replace(/\s+/g, ' '));
  return {
    ...(laterality ? { laterality } : {}),
    ...(severity ? { severity } : {}),
    ...(sizes.length ? { sizes } : {}),
  };
}
