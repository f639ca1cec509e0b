/**
 * The words around a mention, for the side panel to show a finding in its sentence: cut at
 * the sentence's ends as `structure.ts` decides them (less a header such as "FINDINGS:" at
 * the sentence's start), and at most `max` characters on each side.
 */
import { headerBefore, isSentenceStart } from './structure';

/** The text before and after a mention, whitespace collapsed. */
export interface MentionContext {
  before: string;
  after: string;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');

/** How far before its colon a header can start (`headerBefore` looks no further). */
const HEADER_REACH = 60;

/**
 * Where the sentence holding `start` begins, after any header before the mention in it,
 * looking back at most `max` characters; -1 when it begins further back.
 */
function sentenceStart(text: string, start: number, max: number): number {
  const limit = Math.max(0, start - max);
  // Looked for a little further back: a header within `max` can start before `limit`.
  const reach = Math.max(0, limit - HEADER_REACH);
  let from = start;
  while (from > reach && !isSentenceStart(text, from)) from--;
  // A header ("FINDINGS:", "IMPRESSION:") is not part of the sentence after it. Known section
  // names are headers wherever they stand in a sentence, and this file has no lexicon: a run
  // of capitals before a colon counts after other words too.
  for (let i = start - 1; i >= Math.max(from, limit); i--) {
    if (text.charCodeAt(i) === 0x3a && headerBefore(text, i, from, false) >= 0) return i + 1;
  }
  return from >= limit ? from : -1;
}

/** Where the sentence holding `end` ends (where the next one starts), or -1 past `max` on. */
function sentenceEnd(text: string, end: number, max: number): number {
  const limit = Math.min(text.length, end + max);
  for (let i = end + 1; i <= limit; i++) if (isSentenceStart(text, i)) return i;
  return limit === text.length ? limit : -1; // the text's end ends it
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
  let before = collapse(text.slice(from < 0 ? start - max : from, start)).trimStart();
  let after = collapse(text.slice(end, to < 0 ? end + max : to)).trimEnd();
  if (from < 0) before = `…${before.replace(/^\S*\s/, '')}`;
  if (to < 0) after = `${after.replace(/\s\S*$/, '')}…`;
  return { before, after };
}
