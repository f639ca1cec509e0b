/**
 * Sorts one pass's phrase occurrences by meaning: candidate term mentions, assertion
 * triggers, modifier and site words; keeps only the triggers that are not part of a longer
 * trigger ("no" inside "no evidence of", "excluded" inside "cannot be excluded") nor in a
 * section header's words. The report's structure (sentences, section headers) comes from
 * `structure.ts` and `sections.ts`.
 *
 * Occurrences are kept in parallel typed arrays (`SpanList`) that a caller can reuse from one
 * sentence to the next, so the detector's per-sentence work allocates nothing.
 */
import { isAsciiAlnum } from './code-units';
import { SentenceWalk, type Matches } from './matcher';
import {
  MODIFIER,
  TERM,
  TRIGGER,
  type PhraseTables,
  type SiteEntry,
  type MentionEntry,
  type TriggerEntry,
} from './phrase-tables';
import type { Course, Laterality, Severity } from './schema';
import { collectSections, type SectionHeaders } from './sections';
import { firstAfter } from './sorted';
import { SpanList } from './spans';

/** Everything one pass found in a stretch of text, sorted by meaning and by start. */
export interface TextEvents {
  /** Candidate term mentions, in the pass's order (by end). */
  terms: SpanList<MentionEntry>;
  /** Triggers and termination terms, outermost only, by start. */
  triggers: SpanList<TriggerEntry>;
  /** The section headers of the whole text, and the section in force before them. */
  headers: SectionHeaders;
  lateralities: SpanList<Laterality>;
  severities: SpanList<Severity>;
  /** Stated courses that lower urgency ("unchanged", "expected"). */
  courses: SpanList<Course>;
  /** Site words, by start. */
  sites: SpanList<SiteEntry>;
  sentenceStarts: Int32Array;
  semicolons: number[];
  /** [start, end) of the words holding digits, flat and ascending. */
  numbers: Int32Array;
}

/** True when text[start, end) is written as shown (for case-sensitive abbreviations). */
function hasRawWords(text: string, start: number, end: number, raw: string): boolean {
  // ASCII: compare the words as they are read, without building them.
  let r = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return hasRawWordsSlow(text, start, end, raw);
    if (isAsciiAlnum(c)) {
      if (!inWord) {
        if (r > 0) {
          if (raw.charCodeAt(r) !== 0x20) return false;
          r++;
        }
        inWord = true;
      }
      if (raw.charCodeAt(r) !== c) return false;
      r++;
    } else {
      inWord = false;
    }
  }
  return r === raw.length;
}

function hasRawWordsSlow(text: string, start: number, end: number, raw: string): boolean {
  const words = text
    .slice(start, end)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
  return words === raw;
}

/** A fresh, empty set of events over a pass. */
export function emptyEvents(matches: Matches, headers: SectionHeaders): TextEvents {
  return {
    terms: new SpanList<MentionEntry>(),
    triggers: new SpanList<TriggerEntry>(),
    headers,
    lateralities: new SpanList<Laterality>(),
    severities: new SpanList<Severity>(),
    courses: new SpanList<Course>(),
    sites: new SpanList<SiteEntry>(),
    sentenceStarts: matches.sentenceStarts,
    semicolons: matches.semicolons,
    numbers: matches.numbers,
  };
}

/**
 * Appends the term occurrences among the pass's occurrences [first, last) to `events.terms`
 * (case-sensitive abbreviations only as written). Occurrences ending at the same word come
 * longest first; a shorter term inside a kept one ("effusion" in "pleural effusion") can
 * never be chosen, so it is not kept. Returns how many were appended.
 */
export function collectTerms(
  text: string,
  matches: Matches,
  tables: PhraseTables,
  events: TextEvents,
  first: number,
  last: number,
): number {
  const { kinds, termFrom, terms } = tables;
  const list = events.terms;
  const before = list.count;
  let termEnd = -1;
  let termStart = -1;
  for (let n = first; n < last; n++) {
    const p = matches.phrase[n]!;
    if ((kinds[p]! & TERM) === 0) continue;
    const start = matches.start[n]!;
    const end = matches.end[n]!;
    for (let e = termFrom[p]!; e < termFrom[p + 1]!; e++) {
      if (end === termEnd && start > termStart) continue;
      const entry = terms[e]!;
      if (!entry.caseSensitive || hasRawWords(text, start, end, entry.raw)) {
        list.push(start, end, entry);
        termEnd = end;
        termStart = start;
      }
    }
  }
  return list.count - before;
}

/**
 * Appends the qualifiers among the pass's occurrences [first, last): the triggers (with
 * terminations and pseudo-triggers, to `candidates` for now) and the modifier and site words
 * (to `events`); `finishQualifiers` then sorts them.
 */
export function collectQualifiers(
  matches: Matches,
  tables: PhraseTables,
  events: TextEvents,
  candidates: SpanList<TriggerEntry | null>,
  first: number,
  last: number,
): void {
  const { kinds, triggerFrom, triggers } = tables;
  for (let n = first; n < last; n++) {
    const p = matches.phrase[n]!;
    const kind = kinds[p]!;
    if ((kind & (TRIGGER | MODIFIER)) === 0) continue;
    const start = matches.start[n]!;
    const end = matches.end[n]!;
    if ((kind & TRIGGER) !== 0) {
      for (let e = triggerFrom[p]!; e < triggerFrom[p + 1]!; e++) {
        candidates.push(start, end, triggers[e]!);
      }
    }
    if ((kind & MODIFIER) !== 0) {
      for (let e = tables.lateralityFrom[p]!; e < tables.lateralityFrom[p + 1]!; e++) {
        events.lateralities.push(start, end, tables.lateralities[e]!);
      }
      for (let e = tables.severityFrom[p]!; e < tables.severityFrom[p + 1]!; e++) {
        events.severities.push(start, end, tables.severities[e]!);
      }
      for (let e = tables.courseFrom[p]!; e < tables.courseFrom[p + 1]!; e++) {
        events.courses.push(start, end, tables.courses[e]!);
      }
      for (let e = tables.siteFrom[p]!; e < tables.siteFrom[p + 1]!; e++) {
        events.sites.push(start, end, tables.sites[e]!);
      }
    }
  }
}

/** "previously 3.6 cm", "3.6 cm previously": an earlier measurement, not a past finding. */
const SIZE_AFTER = /^[\s(]*(?:measur(?:ing|ed)\s+|was\s+|of\s+)?(?:approximately\s+|about\s+)?\d/i;
const SIZE_BEFORE = /\d\s*(?:mm|cm)[\s(,]*$/i;

/** True when the historical trigger [start, end) dates a measurement beside it. */
function priorSize(text: string, start: number, end: number): boolean {
  return (
    SIZE_AFTER.test(text.slice(end, end + 40)) ||
    SIZE_BEFORE.test(text.slice(Math.max(0, start - 16), start))
  );
}

/**
 * Sorts what `collectQualifiers` gathered: triggers not inside a longer trigger, termination
 * or pseudo-trigger, and not in a section header's words ("PATIENT HISTORY:" is no
 * "history"); modifier words not inside a longer one; sites by start.
 */
export function finishQualifiers(
  text: string,
  events: TextEvents,
  candidates: SpanList<TriggerEntry | null>,
): void {
  candidates.keepOutermost();
  const headers = events.headers;
  const triggers = events.triggers;
  for (let i = 0; i < candidates.count; i++) {
    const entry = candidates.value[i]!;
    if (entry === null) continue; // a pseudo-trigger
    const start = candidates.start[i]!;
    const end = candidates.end[i]!;
    if (headers.inHeader(start, end)) continue;
    if (entry.kind === 'trigger' && entry.category === 'historical' && priorSize(text, start, end))
      continue;
    triggers.push(start, end, entry);
  }
  events.lateralities.keepOutermost();
  events.severities.keepOutermost();
  events.courses.keepOutermost();
  events.sites.keepOutermost();
}

/** Which part of a pass `collectEvents` sorts. */
export interface EventRange {
  /** Offsets [from, to): both sentence starts (or the text's ends). Default: the whole text. */
  from?: number;
  to?: number;
  /** A span whose sentence counts even without a term (for the assessor). */
  focus?: [number, number];
  /** The section headers of the whole text, when already collected. */
  headers?: SectionHeaders;
}

/**
 * Sorts a pass's occurrences in [from, to) by meaning. Triggers and modifier words only
 * matter next to a finding, so only those in sentences that hold a term (or the span
 * `focus`) are kept.
 */
export function collectEvents(
  text: string,
  matches: Matches,
  tables: PhraseTables,
  { from = 0, to = text.length, focus, headers }: EventRange = {},
): TextEvents {
  const events = emptyEvents(matches, headers ?? collectSections(text, matches, tables));
  const candidates = new SpanList<TriggerEntry | null>();
  // The focus counts in the sentences it touches (an empty focus: the one it stands in).
  const focusFrom = focus ? focus[0] : -1;
  const focusLast = focus ? Math.max(focus[0], focus[1] - 1) : -1;
  const sentences = new SentenceWalk(
    matches,
    text.length,
    firstAfter(matches.end, matches.count, from),
    firstAfter(matches.end, matches.count, to),
  );
  // Triggers and modifier words only in sentences that hold a term or the focus.
  while (sentences.next()) {
    const { first, last } = sentences;
    const hasTerms = collectTerms(text, matches, tables, events, first, last) > 0;
    const inFocus = sentences.from <= focusLast && sentences.to > focusFrom;
    if (hasTerms || inFocus) collectQualifiers(matches, tables, events, candidates, first, last);
  }
  finishQualifiers(text, events, candidates);
  return events;
}
