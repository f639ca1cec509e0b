/**
 * The structure of a report's text: where lines end a sentence, where sentences start, and
 * what a header is. The only place these rules are written; the matcher applies them in its
 * one pass (`Matches.sentenceStarts`, `Matches.headers`), `sections.ts` turns headers into
 * the section in force, and code without a pass (`mention-context.ts`) asks
 * `isSentenceStart` and `headerBefore` here.
 *
 * A sentence starts:
 * - at the text's start;
 * - at the white space after a full stop, question or exclamation mark (apostrophes and
 *   invisible characters between them aside): "effusion. No" starts one at the space;
 * - after a line break that follows such a mark;
 * - after a line break that opens a block (`lineBreakEndsSentence`): a blank line, a list
 *   item ("2.", "-", "•"), a line starting with a capital, or the line after a header line
 *   (one ending in a colon, or standing alone in capitals). Any other line break is a soft
 *   wrap, like a space.
 *
 * A header is a label in one of two forms: followed by a colon ("Findings:"), or a line of
 * its own in capitals (`isCapitalsLine`: "IMPRESSION"). A line in either form ends the
 * sentence before the next line; a section name of the lexicon in either form opens its
 * section (`standsAsHeader`); and one to six words in capitals before a colon
 * (`headerBefore`: "PAST MEDICAL HISTORY:") name no known section but still end the one
 * before them.
 */
import {
  isAsciiDigit,
  isAsciiLower,
  isAsciiUpper,
  isLineBlank,
  isSpaceOrTab,
  isWhitespace,
} from './code-units';
import { APOSTROPHE, classify, IGNORABLE, NEWLINE, SPACE, STOP } from './normalize';
import { lastAtOrBefore } from './sorted';

/** Most characters of a line that stands in capitals as a header. */
const MAX_CAPITALS_LINE = 41;

/**
 * text[from, to), blanks around it aside, is a line in capitals that can be a header: it
 * starts with a letter, holds at least two and no lowercase one, and nothing but letters,
 * spaces, "&", "/" and "-", in at most `MAX_CAPITALS_LINE` characters.
 */
export function isCapitalsLine(text: string, from: number, to: number): boolean {
  while (from < to && isLineBlank(text.charCodeAt(from))) from++;
  while (to > from && isLineBlank(text.charCodeAt(to - 1))) to--;
  if (to - from < 2 || to - from > MAX_CAPITALS_LINE) return false;
  let letters = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiUpper(c)) letters++;
    else if (c >= 0x80) {
      const ch = text[i]!;
      if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) letters++;
      else return false;
    } else if (i === from || !(isSpaceOrTab(c) || c === 0x26 || c === 0x2f || c === 0x2d)) {
      return false;
    }
  }
  return letters >= 2;
}

/**
 * Whether only blanks stand between offset `at` and the line break (or text end) before it
 * (`step` -1) or after it (`step` 1): a look over blanks only, never a walk over a line.
 */
function blanksToLineEdge(text: string, at: number, step: -1 | 1): boolean {
  let i = step < 0 ? at - 1 : at;
  while (i >= 0 && i < text.length && isLineBlank(text.charCodeAt(i))) i += step;
  return i < 0 || i >= text.length || isLineBreak(text.charCodeAt(i));
}

const isLineBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

const spaceOrEnd = (text: string, i: number) =>
  i >= text.length || isWhitespace(text.charCodeAt(i));

/** The line from `at` is blank, a list item, or starts with a capital. */
function opensBlock(text: string, at: number): boolean {
  let i = at;
  for (; i < text.length && isLineBlank(text.charCodeAt(i)); i++) {
    if (text.charCodeAt(i) === 0x0d) return true; // a line break of its own
  }
  const c = text.charCodeAt(i);
  if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return true;
  if (isAsciiUpper(c)) return true;
  if (c === 0x2d || c === 0x2a || c === 0x2022 || c === 0xb7) return spaceOrEnd(text, i + 1);
  let d = i;
  while (d < i + 2 && isAsciiDigit(text.charCodeAt(d))) d++;
  const mark = text.charCodeAt(d);
  return d > i && (mark === 0x2e || mark === 0x29) && spaceOrEnd(text, d + 1);
}

/**
 * After a line break just before `at` (with no full stop before it), whether the break ends
 * the sentence: the line from `at` opens a block (blank, a list item, a capital) or the line
 * before it is a header line. Wrapped prose goes on in lower case.
 */
export function lineBreakEndsSentence(text: string, at: number): boolean {
  if (opensBlock(text, at)) return true;
  let end = at - 1;
  while (end > 0 && isLineBlank(text.charCodeAt(end - 1))) end--;
  if (end > 0 && text.charCodeAt(end - 1) === 0x3a) return true;
  // A line in capitals is short: look no further back than one could be.
  let start = end;
  while (start > 0 && end - start <= MAX_CAPITALS_LINE && !isLineBreak(text.charCodeAt(start - 1)))
    start--;
  if (start > 0 && !isLineBreak(text.charCodeAt(start - 1))) return false; // too long for a header
  return isCapitalsLine(text, start, end);
}

/** A full stop, "?" or "!" stands before offset `at`, apostrophes and invisibles aside. */
function stopBefore(text: string, at: number): boolean {
  let j = at - 1;
  let k = j >= 0 ? classify(text.charCodeAt(j)) : -1;
  while (k === IGNORABLE || k === APOSTROPHE) k = --j >= 0 ? classify(text.charCodeAt(j)) : -1;
  return k === STOP;
}

/**
 * Whether a sentence starts at offset `at` (0 to `text.length`): the rule of this file, for
 * code that has no pass of the matcher. The matcher's `sentenceStarts` are exactly these
 * offsets (a property test holds them equal).
 */
export function isSentenceStart(text: string, at: number): boolean {
  if (at === 0) return true;
  if (at < 0 || at > text.length) return false;
  if (classify(text.charCodeAt(at - 1)) === NEWLINE) {
    return stopBefore(text, at - 1) || lineBreakEndsSentence(text, at);
  }
  return at < text.length && classify(text.charCodeAt(at)) === SPACE && stopBefore(text, at);
}

/** The sentence [from, to) holding offset `at`, from a pass's sentence starts. */
export function sentenceAround(
  starts: ArrayLike<number>,
  at: number,
  textLength: number,
): [number, number] {
  const i = lastAtOrBefore(starts, starts.length, at);
  const from = i >= 0 ? starts[i]! : 0;
  const to = i + 1 < starts.length ? starts[i + 1]! : textLength;
  return [from, to];
}

/**
 * Where a header written in capitals ending at the colon at `colon` ("PAST MEDICAL
 * HISTORY:") starts, or -1: one to six words holding at least two capitals and no lowercase
 * letter, within 60 characters, that open the sentence begun at `sentenceStart` (nothing else
 * stands before them in it). With `opensSentence` false, the run of capitals may follow other
 * words of the sentence ("... shortness of breath FINDINGS:").
 */
export function headerBefore(
  text: string,
  colon: number,
  sentenceStart: number,
  opensSentence = true,
): number {
  let from = colon;
  let letters = 0;
  while (from > sentenceStart && colon - from < 60) {
    const c = text.charCodeAt(from - 1);
    if (isAsciiLower(c)) {
      if (opensSentence) return -1; // prose, not a header
      break;
    }
    if (c === 0x2e || c === 0x3a || c === 0x3b || c === 0x0a) break;
    if (isAsciiUpper(c)) letters++;
    from--;
  }
  while (from < colon && isLineBlank(text.charCodeAt(from))) from++;
  if (letters < 2 || colon - from >= 60) return -1;
  // At most six words between `from` and the colon.
  let words = 0;
  let inWord = false;
  for (let i = from; i < colon; i++) {
    const blank = isWhitespace(text.charCodeAt(i));
    if (!blank && !inWord) words++;
    inWord = !blank;
  }
  return words <= 6 ? from : -1;
}

/** Where a header's name ends before its colon at `colon`: white space before it left out. */
export function headerNameEnd(text: string, start: number, colon: number): number {
  let name = colon;
  while (name > start && isWhitespace(text.charCodeAt(name - 1))) name--;
  return name;
}

/**
 * A section name at text[start, end) stands as a header: followed by a colon, or the whole
 * of its line, in capitals ("IMPRESSION").
 */
export function standsAsHeader(text: string, start: number, end: number): boolean {
  let i = end;
  while (i < text.length && isSpaceOrTab(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 0x3a) return true;
  return (
    blanksToLineEdge(text, start, -1) &&
    blanksToLineEdge(text, end, 1) &&
    isCapitalsLine(text, start, end)
  );
}
