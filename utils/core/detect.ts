/**
 * The detector: finds every topic mention in a text, resolves generic terms to the
 * site-specific topic the sentence names, says what the sentence asserts about the mention,
 * and reads its laterality, severity, sizes and site. Pure: runs the same in a content
 * script, a test or a Node script.
 */
import { assessStatus } from './context';
import {
  collectContext,
  collectSections,
  collectTerms,
  emptyEvents,
  finishContext,
  phraseTables,
  SpanList,
  TERM,
  type PhraseTables,
  type TextEvents,
  type TriggerEntry,
} from './events';
import { compileLexicon, type Lexicon, type LexiconTopic } from './lexicon';
import { createMatcher, type Scan } from './matcher';
import { nearestClaim, nearestHit, nearestInClause, readSizes, refinedBy } from './modifiers';
import type { Finding } from './schema';

/** Detects findings in text. */
export interface Detector {
  detect(text: string): Finding[];
  /** Bytes held by the compiled automaton. */
  readonly size: number;
}

/**
 * Leftmost-longest, non-overlapping choice among the term occurrences (sorted first by start,
 * longest first), in place.
 */
function chooseMentions(terms: SpanList<unknown>): void {
  terms.sortByStartLongestFirst();
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
  contextual: SpanList<TriggerEntry | null>;
}

/**
 * Turns the term mentions of one sentence [sentenceFrom, sentenceTo), whose occurrences are
 * the scan's [first, last), into findings appended to `findings`. Everything a mention's
 * finding depends on lies in its sentence, so sentences are read one at a time.
 */
function detectSentence(
  text: string,
  scan: Scan,
  tables: PhraseTables,
  work: Work,
  first: number,
  last: number,
  sentenceFrom: number,
  sentenceTo: number,
  findings: Finding[],
): void {
  const { events, contextual } = work;
  const terms = events.terms;
  terms.clear();
  if (collectTerms(text, scan, tables, events, first, last) === 0) return;
  chooseMentions(terms);
  let named = false;
  for (let m = 0; m < terms.count && !named; m++) named = terms.value[m]!.topicId !== '';
  if (!named) return; // only phrases that name no finding ("cystic fibrosis")
  events.triggers.clear();
  events.lateralities.clear();
  events.severities.clear();
  events.sites.clear();
  contextual.clear();
  collectContext(scan, tables, events, contextual, first, last);
  finishContext(events, contextual);
  const { start: mStart, end: mEnd, value: mEntry } = terms;
  const { lateralities, severities, sites } = events;
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
      let hit = nearestClaim(sites, topicId, windowFrom, windowTo, start, end);
      if (hit < 0) hit = nearestClaim(sites, topicId, sentenceFrom, sentenceTo, start, end);
      if (hit >= 0) {
        topicId = refinedBy(sites.value[hit]!.refines, topicId)!;
        refinedSite = sites.value[hit]!.site;
      }
    }
    const laterality = nearestHit(lateralities, windowFrom, windowTo, start, end);
    const severity = nearestInClause(text, severities, windowFrom, windowTo, start, end);
    const sizes = readSizes(text, windowFrom, windowTo, events.numbers);
    let site = entry.site ?? refinedSite;
    if (site === undefined) {
      const hit = nearestHit(sites, windowFrom, windowTo, start, end);
      if (hit >= 0) site = sites.value[hit]!.site;
    }
    // Built field by field: object spreads cost more than the rest of the loop.
    const finding: Finding = {
      topicId,
      start,
      end,
      text: text.slice(start, end),
      status: assessStatus(text, events, start, end, sentenceFrom, sentenceTo),
    };
    if (laterality >= 0) finding.laterality = lateralities.value[laterality]!;
    if (severity >= 0) finding.severity = severities.value[severity]!;
    if (sizes.length > 0) finding.sizes = sizes;
    if (site) finding.site = site;
    findings.push(finding);
  }
}

/** Builds a detector from a compiled lexicon (what content scripts receive). */
export function createDetectorFromLexicon(lexicon: Lexicon): Detector {
  const matcher = createMatcher(lexicon);
  const tables = phraseTables(lexicon);
  let work: Work | undefined;
  return {
    size: matcher.size,
    detect(text) {
      const scan = matcher.scan(text);
      const sections = collectSections(text, scan, lexicon);
      const findings: Finding[] = [];
      const current = work ?? { events: emptyEvents(scan, sections), contextual: new SpanList() };
      work = undefined; // a detect() called from within this one gets its own
      current.events.sections = sections;
      current.events.sentenceStarts = scan.sentenceStarts;
      current.events.semicolons = scan.semicolons;
      current.events.numbers = scan.numbers;
      // Sentence by sentence: occurrences come by end, and none crosses a sentence start, so
      // each sentence's occurrences follow one another.
      const starts = scan.sentenceStarts;
      const kinds = tables.kinds;
      let s = 0;
      let n = 0;
      while (n < scan.count) {
        // The next occurrence of a term, and its sentence.
        while (n < scan.count && (kinds[scan.phrase[n]!]! & TERM) === 0) n++;
        if (n === scan.count) break;
        const at = scan.start[n]!;
        while (s + 1 < starts.length && starts[s + 1]! <= at) s++;
        const sentenceFrom = starts[s]!;
        const sentenceTo = s + 1 < starts.length ? starts[s + 1]! : text.length;
        let first = n;
        while (first > 0 && scan.start[first - 1]! >= sentenceFrom) first--;
        let last = n + 1;
        while (last < scan.count && scan.start[last]! < sentenceTo) last++;
        detectSentence(
          text,
          scan,
          tables,
          current,
          first,
          last,
          sentenceFrom,
          sentenceTo,
          findings,
        );
        n = last;
      }
      work = current;
      return findings;
    },
  };
}

/** Builds a detector for the terms of `topics`. */
export function createDetector(topics: readonly LexiconTopic[]): Detector {
  return createDetectorFromLexicon(compileLexicon(topics));
}
