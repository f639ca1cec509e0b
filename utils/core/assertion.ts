/**
 * ConText-style assertion of a mention: does its sentence deny it, hedge it, place it in the
 * past, make it hypothetical, or attribute it to someone other than the patient?
 *
 * A "pre" trigger ("no", "history of") reaches forward to the end of the sentence, a "post"
 * trigger ("has resolved", "cannot be excluded") back to its start; a termination term
 * ("but", "however", "which") or a semicolon ends the reach, and a trigger with a window
 * ("or", "versus") reaches only that many words. The report section the mention sits in
 * counts too: under INDICATION or HISTORY a mention is not a finding of this study. The
 * phrases live in `data/context-rules.json`; sentences and sections come from
 * `structure.ts` and `sections.ts`.
 */
import { isAsciiAlnum, isSpaceOrTab } from './code-units';
import { collectEvents, type TextEvents } from './events';
import { compileLexicon, type SectionKind, type TriggerCategory } from './lexicon';
import { createMatcher } from './matcher';
import { phraseTables, type TriggerEntry } from './phrase-tables';
import type { FindingStatus } from './schema';
import { firstAtOrAfter, lastAtOrBefore } from './sorted';
import { sentenceAround } from './structure';

/** The assertion of one mention. */
export interface Assertion {
  negated: boolean;
  possible: boolean;
  historical: boolean;
  hypothetical: boolean;
  experiencer: 'patient' | 'other';
  status: FindingStatus;
  /** The report section the mention is in, when a header names it. */
  section?: SectionKind;
}

/** What the assertion of a mention reads of a text's events. */
type AssertionEvents = Pick<TextEvents, 'triggers' | 'semicolons' | 'headers'>;

/** How far, in characters, a trigger can reach a mention. */
const SCOPE = 400;

const WORD = /[\p{L}\p{N}]+/gu;
/** How many words (runs of letters and digits) text[from, to) holds. */
function wordCount(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return text.slice(from, to).match(WORD)?.length ?? 0; // the full rule
    const alnum = isAsciiAlnum(c);
    if (alnum && !inWord) words++;
    inWord = alnum;
  }
  return words;
}

function hasSemicolon(semicolons: readonly number[], a: number, b: number): boolean {
  const i = lastAtOrBefore(semicolons, semicolons.length, b - 1);
  return i >= 0 && semicolons[i]! >= a;
}

/** True when a comma, semicolon, colon or the sentence's end comes before any word. */
function clauseEndsAt(text: string, from: number, sentenceTo: number): boolean {
  for (let i = from; i < sentenceTo; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2e) return true;
    if (c >= 0x80 ? /[\p{L}\p{N}]/u.test(text[i]!) : isAsciiAlnum(c)) return false;
  }
  return true;
}

/**
 * A hedge that reads both ways ("possible", "likely") and has words after it in its clause
 * hedges those words, not the mention before it: "pneumonia with possible small effusion"
 * hedges the effusion, "pneumonia, likely bacterial" its cause; "effusion, possible." and
 * "pneumonia likely" hedge the mention. `i` is the post-trigger's index among the triggers.
 */
function hedgesWhatFollows(
  text: string,
  events: AssertionEvents,
  i: number,
  sentenceTo: number,
): boolean {
  const { start, end, value, count } = events.triggers;
  const isHedge = (entry: TriggerEntry, direction: 'pre' | 'post') =>
    entry.kind === 'trigger' && entry.category === 'possible' && entry.direction === direction;
  if (!isHedge(value[i]!, 'post')) return false;
  let dual = false;
  for (const j of [i - 1, i + 1]) {
    if (j < 0 || j >= count || start[j] !== start[i] || end[j] !== end[i]) continue;
    if (isHedge(value[j]!, 'pre')) dual = true;
  }
  return dual && !clauseEndsAt(text, end[i]!, sentenceTo);
}

/** One bit per trigger category, to collect what a mention's triggers say. */
const CATEGORY_BIT: Readonly<Record<TriggerCategory, number>> = {
  negated: 1,
  possible: 2,
  historical: 4,
  hypothetical: 8,
  other: 16,
};

const QUESTION_AFTER = /^[ \t]{0,2}\?(?![\p{L}\p{N}])/u;
const QUESTION_BEFORE = /(?:^|[^\p{L}\p{N}])\?[ \t]{0,2}$/u;

/** "pneumonia?": a "?" within two blanks after the mention, not starting a word. */
function questionAfter(text: string, end: number): boolean {
  let i = end;
  while (i < end + 2 && isSpaceOrTab(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 0x3f) return false;
  const after = text.charCodeAt(i + 1);
  if (Number.isNaN(after) || i + 1 >= end + 4) return true;
  if (after < 0x80) return !isAsciiAlnum(after);
  return QUESTION_AFTER.test(text.slice(end, end + 4)); // non-ASCII: the full rule
}

/** "?pneumonia": a "?" within two blanks before the mention, standing apart from any word. */
function questionBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 4);
  let i = start - 1;
  while (i >= from && i >= start - 2 && isSpaceOrTab(text.charCodeAt(i))) i--;
  if (i < from || text.charCodeAt(i) !== 0x3f) return false;
  if (i === from) return true;
  const before = text.charCodeAt(i - 1);
  if (before < 0x80) return !isAsciiAlnum(before);
  return QUESTION_BEFORE.test(text.slice(from, start)); // non-ASCII: the full rule
}

/**
 * What is asserted of the mention text[start, end) in its sentence [sentenceFrom,
 * sentenceTo), as CATEGORY_BIT bits: the triggers that reach it and what its report section
 * adds. `statusOf` turns them into a status (the detector's per-mention path); `assess`
 * into the whole assertion.
 */
export function mentionBits(
  text: string,
  events: AssertionEvents,
  start: number,
  end: number,
  sentenceFrom: number,
  sentenceTo: number,
): number {
  // A trigger reaches at most SCOPE characters: keeps long soft-wrapped runs linear.
  const from = Math.max(sentenceFrom, start - SCOPE);
  const to = Math.min(sentenceTo, end + SCOPE);
  let found = 0;
  const { count, start: tStart, end: tEnd, value: entries } = events.triggers;
  const lo = firstAtOrAfter(tStart, count, from);
  let hi = lo;
  while (hi < count && tStart[hi]! < to) hi++;
  // Before the mention, nearest first.
  for (let i = hi - 1; i >= lo; i--) {
    const tEndI = tEnd[i]!;
    if (tEndI > to || tEndI > start) continue;
    const entry = entries[i]!;
    if (entry.kind === 'termination' || hasSemicolon(events.semicolons, tEndI, start)) break;
    if (entry.direction !== 'pre') continue;
    if (entry.window !== undefined && wordCount(text, tEndI, start) > entry.window) continue;
    found |= CATEGORY_BIT[entry.category];
  }
  // After the mention, nearest first.
  for (let i = lo; i < hi; i++) {
    const tStartI = tStart[i]!;
    if (tEnd[i]! > to || tStartI < end) continue;
    const entry = entries[i]!;
    if (entry.kind === 'termination' || hasSemicolon(events.semicolons, end, tStartI)) break;
    if (entry.direction !== 'post') continue;
    if (entry.window !== undefined && wordCount(text, end, tStartI) > entry.window) continue;
    if (hedgesWhatFollows(text, events, i, sentenceTo)) continue;
    found |= CATEGORY_BIT[entry.category];
  }
  // A clinical question: "pneumonia?" or "?pneumonia" (but not the finding before "?pneumonia").
  // A leading "?" stands apart from the word before it ("pneumothorax? Effusion" is not one);
  // it also ends a sentence, so look just before the sentence start too.
  if (questionAfter(text, end) || questionBefore(text, start)) found |= CATEGORY_BIT.possible;
  return withSection(found, events.headers.sectionAt(start));
}

/**
 * The trigger bits with what the section adds: a past-history or comparison section makes a
 * mention historical, a family-history section someone else's.
 */
function withSection(found: number, section: SectionKind | undefined): number {
  if (section === 'past-history' || section === 'comparison')
    return found | CATEGORY_BIT.historical;
  if (section === 'family-history') return found | CATEGORY_BIT.other;
  return found;
}

/** The status that the bits (`withSection`) and the section give a mention: the one rule. */
export function statusOf(bits: number, section: SectionKind | undefined): FindingStatus {
  const status: FindingStatus =
    (bits & CATEGORY_BIT.other) !== 0
      ? 'other-person'
      : (bits & CATEGORY_BIT.negated) !== 0
        ? 'absent'
        : (bits & CATEGORY_BIT.hypothetical) !== 0
          ? 'hypothetical'
          : (bits & CATEGORY_BIT.possible) !== 0
            ? 'possible'
            : (bits & CATEGORY_BIT.historical) !== 0
              ? 'historical'
              : 'present';
  // The reason for the study is not a finding of it: a question ("rule out", "?") is
  // hypothetical, anything else the patient brings is history. The flags keep what the
  // wording itself says (the temporality of the complaint is still recent).
  if (section === 'indication' && (status === 'present' || status === 'possible')) {
    return status === 'possible' ? 'hypothetical' : 'historical';
  }
  return status;
}

/** Assesses the mention text[start, end) from the events of a pass over `text`. */
function assess(text: string, events: TextEvents, start: number, end: number): Assertion {
  const [sentenceFrom, sentenceTo] = sentenceAround(events.sentenceStarts, start, text.length);
  const section = events.headers.sectionAt(start);
  const bits = mentionBits(text, events, start, end, sentenceFrom, sentenceTo);
  const assertion: Assertion = {
    negated: (bits & CATEGORY_BIT.negated) !== 0,
    possible: (bits & CATEGORY_BIT.possible) !== 0,
    historical: (bits & CATEGORY_BIT.historical) !== 0,
    hypothetical: (bits & CATEGORY_BIT.hypothetical) !== 0,
    experiencer: (bits & CATEGORY_BIT.other) !== 0 ? 'other' : 'patient',
    status: statusOf(bits, section),
  };
  if (section) assertion.section = section;
  return assertion;
}

/** Judges one span of a text: the assertion of that mention. */
export type Assessor = (text: string, start: number, end: number) => Assertion;

/**
 * An assessor of any span of any text, whether or not it is a lexicon term: the assertion
 * rules are run over the text and the span judged in its sentence. It owns its rules matcher.
 */
export function createAssessor(): Assessor {
  const matcher = createMatcher(compileLexicon([]));
  const tables = phraseTables(matcher.lexicon);
  return (text, start, end) => {
    const events = collectEvents(text, matcher.match(text), tables, { focus: [start, end] });
    return assess(text, events, start, end);
  };
}

/** What the sentence [from, to) and the section in force assert of text[start, end). */
export function statusAt(
  text: string,
  events: TextEvents,
  start: number,
  end: number,
  from: number,
  to: number,
): FindingStatus {
  return statusOf(mentionBits(text, events, start, end, from, to), events.headers.sectionAt(start));
}
