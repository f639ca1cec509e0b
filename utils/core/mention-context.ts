/**
 * The words around a mention, for the side panel to show a finding in its sentence: cut at
 * the sentence's ends (or a blank line), and at most `max` characters on each side.
 */

/** The text before and after a mention, whitespace collapsed. */
export interface MentionContext {
  before: string;
  after: string;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');

/** Where the sentence holding `start` begins, looking back at most `max` characters. */
function sentenceStart(text: string, start: number, max: number): number {
  const limit = Math.max(0, start - max);
  for (let i = start - 1; i >= limit; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 && i > 0 && text.charCodeAt(i - 1) === 10) return i + 1; // Blank line.
    // ". " ends a sentence unless a digit follows the point ("1.5 cm").
    if ((c === 46 || c === 33 || c === 63) && /\s/.test(text[i + 1] ?? '')) return i + 1;
    // A header ("FINDINGS:", "IMPRESSION:") is not part of the sentence after it.
    if (
      c === 58 &&
      /(?:^|[^A-Za-z])[A-Z]{3,}(?: [A-Z]{2,})*$/.test(text.slice(Math.max(0, i - 40), i))
    ) {
      return i + 1;
    }
  }
  return limit;
}

/** Where the sentence holding `end` ends (after its final point), at most `max` on. */
function sentenceEnd(text: string, end: number, max: number): number {
  const limit = Math.min(text.length, end + max);
  for (let i = end; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 && text.charCodeAt(i + 1) === 10) return i;
    if ((c === 46 || c === 33 || c === 63) && (i + 1 >= text.length || /\s/.test(text[i + 1]!))) {
      return i + 1;
    }
  }
  return limit;
}

/** The sentence around `text.slice(start, end)`, up to `max` characters each side. */
export function mentionContext(
  text: string,
  start: number,
  end: number,
  max = 120,
): MentionContext {
  const from = sentenceStart(text, start, max);
  const to = sentenceEnd(text, end, max);
  let before = collapse(text.slice(from, start)).trimStart();
  let after = collapse(text.slice(end, to)).trimEnd();
  if (from > 0 && from === start - max) before = `…${before.replace(/^\S*\s/, '')}`;
  if (to < text.length && to === end + max) after = `${after.replace(/\s\S*$/, '')}…`;
  return { before, after };
}
