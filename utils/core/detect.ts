/**
 * The detector: finds every topic mention in a text, resolves generic terms to the
 * site-specific topic the sentence names, says what the sentence asserts about the mention,
 * and reads its laterality, severity, sizes and site. Pure: runs the same in a content
 * script, a test or a Node script.
 */
import { mentionBits, statusOf } from './assertion';
import { markDifferentials } from './differentials';
import {
  collectQualifiers,
  collectTerms,
  emptyEvents,
  finishQualifiers,
  type TextEvents,
} from './events';
import { makeFinding } from './make-finding';
import { compileLexicon, type Lexicon, type LexiconTopic, type SectionKind } from './lexicon';
import { createMatcher, SentenceWalk, type Matches } from './matcher';
import { nearestHit, refinedBy, sizesIn } from './modifiers';
import { phraseTables, type PhraseTables, type TriggerEntry } from './phrase-tables';
import type { Finding } from './schema';
import { collectSections } from './sections';
import { SpanList } from './spans';
import { higher, mentionIndicator } from './urgency';

/** Where a text stands in its report: what `Detector.read` is told about the text before. */
export interface ReadOptions {
  /**
   * The section in force where the text starts (the `sectionAtEnd` of the block before it in
   * the same report); a mention before the text's first header is in this section.
   */
  sectionAtStart?: SectionKind;
}

/** What `Detector.read` finds in a text. */
export interface Reading {
  /** The findings, in text order, offsets into the text. */
  findings: Finding[];
  /** The section in force at the text's end: pass it as the next block's `sectionAtStart`. */
  sectionAtEnd: SectionKind | undefined;
}

/** Detects findings in text. */
export interface Detector {
  /** The findings of a text read on its own (a whole report, or a text with no section). */
  detect(text: string): Finding[];
  /**
   * Reads one block of a report that goes on from an earlier block: its findings as if the
   * blocks were read together, separated by a blank line, and the section at its end.
   */
  read(text: string, options?: ReadOptions): Reading;
  /** Bytes held by the compiled automaton. */
  readonly size: number;
}

/**
 * Leftmost-longest, non-overlapping choice among the term occurrences (sorted first by start,
 * longest first), in place.
 */
function chooseMentions(terms: SpanList<unknown>): void {
  terms.sortByStart(true);
  const { start, end, value } = terms;
  let chosen = 0;
  let reach = -1;
  for (let i = 0; i < terms.count; i++) {
    if (start[i]! < reach) continue;
    start[chosen] = start[i]!;
    end[chosen] = end[i]!;
    value[chosen] = value[i]!;
    chosen++;
    reach = end[i]!;
  }
  terms.count = chosen;
}

/** The working state of one `detect` call's sentences, kept for the next call. */
interface Work {
  events: TextEvents;
  /** Trigger candidates before `finishQualifiers` sorts them. */
  candidates: SpanList<TriggerEntry | null>;
  /** Index of the first number word (in `events.numbers`) ending after the last window start. */
  number: number;
}

/**
 * Turns the term mentions of one sentence [sentenceFrom, sentenceTo), whose occurrences are
 * pass's [first, last), into findings appended to `findings`. Everything a mention's
 * finding depends on lies in its sentence, so sentences are read one at a time.
 */
function detectSentence(
  text: string,
  matches: Matches,
  tables: PhraseTables,
  work: Work,
  first: number,
  last: number,
  sentenceFrom: number,
  sentenceTo: number,
  findings: Finding[],
): void {
  const { events, candidates } = work;
  const terms = events.terms;
  terms.clear();
  if (collectTerms(text, matches, tables, events, first, last) === 0) return;
  chooseMentions(terms);
  let named = false;
  for (let m = 0; m < terms.count && !named; m++) named = terms.value[m]!.topicId !== '';
  if (!named) return; // only phrases that name no finding ("cystic fibrosis")
  events.triggers.clear();
  events.lateralities.clear();
  events.severities.clear();
  events.courses.clear();
  events.sites.clear();
  candidates.clear();
  collectQualifiers(matches, tables, events, candidates, first, last);
  finishQualifiers(events, candidates);
  const { start: mStart, end: mEnd, value: mEntry } = terms;
  const { lateralities, severities, courses, sites } = events;
  const sentenceFirst = findings.length;
  for (let m = 0; m < terms.count; m++) {
    const entry = mEntry[m]!;
    if (entry.topicId === '') continue; // names no finding
    const start = mStart[m]!;
    const end = mEnd[m]!;
    // A mention's own stretch of the sentence ends at its neighbouring mentions.
    const windowFrom = m > 0 && mEnd[m - 1]! > sentenceFrom ? mEnd[m - 1]! : sentenceFrom;
    const windowTo =
      m + 1 < terms.count && mStart[m + 1]! < sentenceTo ? mStart[m + 1]! : sentenceTo;
    let topicId = entry.topicId;
    let refinedSite: string | undefined;
    if (entry.generic) {
      // The mention's own stretch of the sentence first, then the whole sentence ("hip joint
      // space loss ... with marginal osteophytes": the osteophytes are the hip's too).
      let hit = nearestHit(sites, windowFrom, windowTo, start, end, undefined, topicId);
      if (hit < 0)
        hit = nearestHit(sites, sentenceFrom, sentenceTo, start, end, undefined, topicId);
      if (hit >= 0) {
        topicId = refinedBy(sites.value[hit]!.refines, topicId)!;
        refinedSite = sites.value[hit]!.site;
      }
    }
    const laterality = nearestHit(lateralities, windowFrom, windowTo, start, end);
    const severity = nearestHit(severities, windowFrom, windowTo, start, end, text);
    // Sizes only where the pass saw a number: the first number word ending after the window
    // start (windows start in text order) must start before its end.
    const numbers = events.numbers;
    let p = work.number;
    while (2 * p + 1 < numbers.length && numbers[2 * p + 1]! <= windowFrom) p++;
    work.number = p;
    const sizes =
      2 * p < numbers.length && numbers[2 * p]! < windowTo
        ? sizesIn(text, windowFrom, windowTo)
        : undefined;
    let site = entry.site ?? refinedSite;
    if (site === undefined) {
      const hit = nearestHit(sites, windowFrom, windowTo, start, end);
      if (hit >= 0) site = sites.value[hit]!.site;
    }
    const severityValue = severity >= 0 ? severities.value[severity] : undefined;
    const sizesValue = sizes !== undefined && sizes.length > 0 ? sizes : undefined;
    const stated = nearestHit(courses, windowFrom, windowTo, start, end);
    const course = stated >= 0 ? courses.value[stated] : undefined;
    findings.push(
      makeFinding(
        topicId,
        start,
        end,
        text.slice(start, end),
        statusOf(
          mentionBits(text, events, start, end, sentenceFrom, sentenceTo),
          events.headers.sectionAt(start),
        ),
        mentionIndicator(tables.urgency[topicId], {
          term: entry.indicator,
          severity: severityValue,
          sizes: sizesValue,
          course,
        }),
        laterality >= 0 ? lateralities.value[laterality] : undefined,
        severityValue,
        sizesValue,
        site || undefined,
        course,
      ),
    );
  }
  shareStatedUrgency(text, findings, sentenceFirst);
  markDifferentials(text, findings, sentenceFirst);
}

/** Words, sides and spaces only, at most two words: "Bosniak IV| |cystic renal mass". */
const ONE_NAME_GAP = /^[\s-]*(?:[\p{L}\p{N}]+[\s-]+){0,2}$/u;

/**
 * Adjacent mentions of one topic that name one thing ("Bosniak IV cystic renal mass", "O-RADS
 * 5 left ovarian cyst") take the more urgent of their two indicators: the class a term states
 * is the whole finding's. Findings from `from` on are one sentence's, in text order.
 */
function shareStatedUrgency(text: string, findings: Finding[], from: number): void {
  for (let i = from + 1; i < findings.length; i++) {
    const a = findings[i - 1]!;
    const b = findings[i]!;
    if (a.topicId !== b.topicId || a.indicator === b.indicator) continue;
    if (!ONE_NAME_GAP.test(text.slice(a.end, b.start))) continue;
    const shared = higher(a.indicator, b.indicator);
    a.indicator = shared;
    b.indicator = shared;
  }
}

/** Builds a detector from a compiled lexicon (what content scripts receive). */
export function createDetectorFromLexicon(lexicon: Lexicon): Detector {
  const matcher = createMatcher(lexicon);
  const tables = phraseTables(lexicon);
  let work: Work | undefined;
  let previousMatches: Matches | undefined; // their arrays are reused by the next pass
  const read = (text: string, { sectionAtStart }: ReadOptions = {}): Reading => {
    const matches = matcher.match(text, previousMatches);
    previousMatches = undefined; // a read() called from within this one matches afresh
    const headers = collectSections(text, matches, tables, sectionAtStart);
    const findings: Finding[] = [];
    const current = work ?? {
      events: emptyEvents(matches, headers),
      candidates: new SpanList(),
      number: 0,
    };
    work = undefined; // a read() called from within this one gets its own
    current.events.headers = headers;
    current.events.sentenceStarts = matches.sentenceStarts;
    current.events.semicolons = matches.semicolons;
    current.events.numbers = matches.numbers;
    current.number = 0;
    const sentences = new SentenceWalk(matches, text.length);
    while (sentences.next()) {
      const { first, last, from, to } = sentences;
      detectSentence(text, matches, tables, current, first, last, from, to, findings);
    }
    work = current;
    previousMatches = matches;
    return { findings, sectionAtEnd: headers.sectionAtEnd() };
  };
  return {
    size: matcher.size,
    read,
    detect: (text) => read(text).findings,
  };
}

/** Builds a detector for the terms of `topics`. */
export function createDetector(topics: readonly LexiconTopic[]): Detector {
  return createDetectorFromLexicon(compileLexicon(topics));
}
